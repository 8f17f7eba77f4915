import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { ArticleKnowledge } from "../core/index.js";
import { FactsSchema } from "../core/knowledge/schema.js";
import { CURATED_FOLDER, KnowledgeError } from "./load-knowledge.js";

/** The folder under `dataDir` whose article.json has this id. */
function articleFolder(dataDir: string, id: string): string | undefined {
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const file = join(dataDir, entry.name, "article.json");
    if (!existsSync(file)) continue;
    try {
      if ((JSON.parse(readFileSync(file, "utf8")) as { id?: unknown }).id === id) {
        return join(dataDir, entry.name);
      }
    } catch {
      // An unreadable article.json is the loader's to report.
    }
  }
  return undefined;
}

/**
 * Adds `question` to a fact's questions as a curated correction: `data/<article>/curated/facts.json`
 * gets the fact (the curated entry if there is one, else the loaded fact) with the new phrasing.
 * The file is validated before it is written, and written whole through a temporary file.
 * Returns the file written.
 */
export function writeCuratedPhrasing(
  dataDir: string,
  corpus: readonly ArticleKnowledge[],
  suggestion: { article: string; factId: string; question: string },
): string {
  const folder = articleFolder(dataDir, suggestion.article);
  const fact = corpus
    .find((k) => k.article.id === suggestion.article)
    ?.facts.find((f) => f.id === suggestion.factId);
  if (!folder || !fact) {
    throw new KnowledgeError(
      `No fact "${suggestion.factId}" in article "${suggestion.article}" under ${dataDir}`,
    );
  }
  const dir = join(folder, CURATED_FOLDER);
  const path = join(dir, "facts.json");
  const existing = existsSync(path)
    ? FactsSchema.parse(JSON.parse(readFileSync(path, "utf8")))
    : [];
  const current = existing.find((f) => f.id === fact.id) ?? fact;
  const updated = current.questions.includes(suggestion.question)
    ? current
    : { ...current, questions: [...current.questions, suggestion.question] };
  const next = existing.some((f) => f.id === fact.id)
    ? existing.map((f) => (f.id === fact.id ? updated : f))
    : [...existing, updated];
  const valid = FactsSchema.parse(next);
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`);
  renameSync(temp, path);
  return path;
}
