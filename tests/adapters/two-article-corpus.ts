import { readFileSync } from "node:fs";
import { ingestTexts } from "../../src/bench/build-corpus.js";
import { type ArticleKnowledge, createEngine, type Engine } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

/** The curated seed, as `npm start` loads it. */
export const SEED = {
  id: "cambodia-korea-busan-summit",
  title:
    "Cambodia urges South Korea to finalise RCEP and look after Cambodian migrant workers in Busan",
};
/** The Gdansk fixture, ingested: the second article of the corpus. */
export const GDANSK = {
  id: "record-field-of-18-500-runners-for-gdansk",
  title: "Record field of 18,500 runners for Gdansk Marathon",
};

let corpus: ArticleKnowledge[] | undefined;

/** A corpus of two articles (the seed and an ingested fixture), so adapters must say which is which. */
export function twoArticleEngine(): Engine {
  corpus ??= [
    ...loadCorpus(FIXTURE_DATA_DIR),
    ...ingestTexts([{ text: readFileSync("tests/fixtures/articles/gdansk-marathon.txt", "utf8") }]),
  ];
  return createEngine(corpus);
}
