/** The core's public API: adapters, the CLI and tests import from here only. */
export type { Alternative, Answer, AnswerKind, Source } from "./answer.js";
export { answerYesNo } from "./answer-yes-no.js";
export {
  CONVERSATION,
  type ConversationState,
  type ConverseOptions,
  type ConverseResult,
  converse,
  type FollowUpKind,
} from "./conversation/index.js";
export { createEngine } from "./create-engine.js";
export type {
  About,
  ArticleSummary,
  AskOptions,
  Engine,
  FactEntry,
  Mention,
  QuoteEntry,
  QuoteListing,
  Speaker,
  SpeakerQuotes,
} from "./engine-types.js";
export {
  type ArticleIndex,
  type ArticleIndexOptions,
  buildArticleIndex,
  tagArticleSpans,
} from "./index/article-index.js";
export { assembleCorpusIndex, type CorpusIndex } from "./index/corpus-index.js";
export type { ArticleKnowledge } from "./knowledge/schema.js";
export { type QuestionForm, questionForm } from "./question-form.js";
export { summarizeArticle } from "./summarize-article.js";
export { createSwappableEngine, type SwappableEngine } from "./swappable-engine.js";
