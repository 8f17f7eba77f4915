/** Web pages and feeds in, article text and metadata out. Pure: strings in, values out. */
export {
  EXTRACTION,
  type ExtractedArticle,
  extractArticle,
  NotAnArticleError,
} from "./extract-article.js";
export { pageKnowledge, pageText } from "./page-knowledge.js";
export { type FeedEntry, FeedParseError, type ParsedFeed, parseFeedText } from "./parse-feed.js";
