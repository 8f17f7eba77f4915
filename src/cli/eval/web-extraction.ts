import { readFileSync } from "node:fs";
import { type ArticleKnowledge, createEngine } from "../../core/index.js";
import { ingestArticle } from "../../ingest/index.js";
import { extractArticle, NotAnArticleError, pageKnowledge } from "../../ingest/web/index.js";
import { readEvalFile } from "./eval-file.js";
import { isCorrectByPassage, passagesOf } from "./ingested-alone.js";
import { type EvalResult, type EvalSummary, summarise } from "./score.js";
import { readWebFixtures, WEB_FIXTURES_MANIFEST } from "./web-fixtures.js";

/** The address fixture pages are read as coming from, in the eval. */
const FIXTURE_BASE = "https://fixtures.example";

export interface PageComparison {
  name: string;
  shape: string;
  /** Paragraphs of the clean text, and how extraction compares with it. */
  paragraphs: { clean: number; extracted: number; missing: string[]; extra: string[] };
  /** Metadata fields that differ from the manifest's expectation. */
  metadataMismatches: string[];
  clean: EvalSummary;
  extracted: EvalSummary;
}

export interface WebExtractionReport {
  pages: PageComparison[];
  /** Pages that are not articles, and whether extraction refused them as it should. */
  refused: { name: string; shape: string; refused: boolean; reason?: string }[];
  /** True when no page loses an answer, a paragraph, or adds one, and every non-article is refused. */
  ok: boolean;
}

/**
 * Each fixture page twice: extracted from its HTML, and ingested from the clean text of the same
 * article. Both are asked the page's questions and scored by the passage each answer cites
 * (the same article id and paragraph numbering, so a shifted or lost paragraph shows).
 *
 * @example compareWebExtraction().pages[0]?.extracted.answerable.correct
 */
export function compareWebExtraction(
  manifest: string = WEB_FIXTURES_MANIFEST,
): WebExtractionReport {
  const pages: PageComparison[] = [];
  const refused: WebExtractionReport["refused"] = [];
  for (const fixture of readWebFixtures(manifest)) {
    const html = readFileSync(fixture.html, "utf8");
    const pageUrl = `${FIXTURE_BASE}/pages/${fixture.name}.html`;
    if ("refused" in fixture) {
      try {
        extractArticle(html, pageUrl);
        refused.push({ name: fixture.name, shape: fixture.shape, refused: false });
      } catch (error) {
        if (!(error instanceof NotAnArticleError)) throw error;
        refused.push({
          name: fixture.name,
          shape: fixture.shape,
          refused: true,
          reason: error.message,
        });
      }
      continue;
    }
    const id = fixture.name;
    const clean = ingestArticle(readFileSync(fixture.clean, "utf8"), { id });
    const page = extractArticle(html, pageUrl);
    const extracted = pageKnowledge(page, { id });
    const items = readEvalFile(fixture.questions);
    const passages = passagesOf([clean]);
    const score = (k: ArticleKnowledge): EvalSummary => {
      const engine = createEngine([k]);
      return summarise(
        items.map((item): EvalResult => {
          const answer = engine.answer(item.question);
          return { item, answer, correct: isCorrectByPassage(item, answer, passages) };
        }),
      );
    };
    const cleanTexts = clean.article.paragraphs.map((p) => p.text);
    const expect = {
      ...fixture.expect,
      url: fixture.expect.url.replaceAll("{{BASE}}", FIXTURE_BASE),
    };
    const got: Record<string, unknown> = {
      title: extracted.article.title,
      byline: extracted.article.byline,
      published: extracted.article.published,
      source: extracted.article.source,
      url: extracted.article.url,
      paywalled: page.paywalled,
    };
    pages.push({
      name: fixture.name,
      shape: fixture.shape,
      paragraphs: {
        clean: cleanTexts.length,
        extracted: page.paragraphs.length,
        missing: cleanTexts.filter((t) => !page.paragraphs.includes(t)),
        extra: page.paragraphs.filter((t) => !cleanTexts.includes(t)),
      },
      metadataMismatches: Object.entries({ paywalled: false, ...expect })
        .filter(([field, value]) => got[field] !== value)
        .map(
          ([field, value]) =>
            `${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got[field])}`,
        ),
      clean: score(clean),
      extracted: score(extracted),
    });
  }
  const ok =
    refused.every((r) => r.refused) &&
    pages.every(
      (p) =>
        p.paragraphs.missing.length === 0 &&
        p.paragraphs.extra.length === 0 &&
        p.extracted.answerable.correct >= p.clean.answerable.correct &&
        p.extracted.unanswerable.correct >= p.clean.unanswerable.correct,
    );
  return { pages, refused, ok };
}
