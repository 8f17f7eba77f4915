import { existsSync } from "node:fs";
import { loadArticle } from "../../data/load-knowledge.js";
import { DEFAULT_EVAL_FILE } from "../eval/eval-file-path.js";
import { type EvalSet, fixtureSets, seedSet, squadSet } from "../eval/eval-sets.js";
import { readSquad } from "../eval/squad-file.js";

/** Where the labelled questions live, relative to the repository (overridable on the command line). */
export const TRAINING_PATHS = Object.freeze({
  // The tests' copy of the curated seed: the fit must not depend on what a user put in data/.
  seed: "tests/fixtures/knowledge/cambodia-korea-busan-summit",
  seedQuestions: DEFAULT_EVAL_FILE,
  fixtures: "tests/fixtures/articles",
  /** News articles written for the web-ingestion tests, with their own questions: held out. */
  newsHeldOut: "tests/fixtures/web",
  squad: "../shared/eval/squad-dev/dev-v2.0-subset.json",
});

export type TrainingPaths = { -readonly [K in keyof typeof TRAINING_PATHS]: string };

/**
 * Every labelled question set fitting and evaluation use: the curated seed and its eval, the
 * ingested fixtures (training) and two news articles written later (held out), and the SQuAD dev
 * articles (each split into training and held-out).
 */
export function loadTrainingSets(paths: TrainingPaths = TRAINING_PATHS): EvalSet[] {
  return [
    seedSet([loadArticle(paths.seed)], paths.seedQuestions),
    ...fixtureSets(paths.fixtures),
    ...fixtureSets(paths.newsHeldOut, "held-out"),
    // The SQuAD file lives beside the repository (../shared); without it the rest still runs.
    ...(existsSync(paths.squad) ? [squadSet(readSquad(paths.squad))] : []),
  ];
}
