/** Ingestion: article text in, knowledge (the curated seed's schema) out. Pure: no file access. */

export { findVerbatimProblems, type VerbatimProblem } from "./check-verbatim.js";
export {
  IngestError,
  type IngestOptions,
  ingestArticle,
  ingestParagraphs,
  UNKNOWN_SOURCE,
} from "./ingest-article.js";
export { findKnowledgeProblems } from "./knowledge-problems.js";
export { type DocumentFormat, parseDocument } from "./parse-document.js";
export { slugify, uniqueId } from "./slugify.js";
