import type { About, AskOptions } from "../../core/index.js";
import { articleNotice, findArticle } from "../shared/find-article.js";

/** The chat's current article, set with /article; questions go to every article when unset. */
export interface ChatScope {
  article?: string;
}

export const PICK_HINT = "Pick one with /article <id>, or start a question with in:<id>.";

/**
 * The article a typed reference picks, or the message listing the articles to pick from.
 * @example pickArticle(about, "gdansk") // { ok: true, id: "record-field-of-18-500-runners-for-gdansk" }
 */
export function pickArticle(
  about: About,
  typed: string,
): { ok: true; id: string; title: string } | { ok: false; message: string } {
  const match = findArticle(about.articles, typed);
  if (match.kind === "found") return { ok: true, id: match.article.id, title: match.article.title };
  const { summary, choices } = articleNotice(typed, match, about.articles);
  const lines = [summary, ...choices.map((a) => `  - ${a.title} [${a.id}]`), PICK_HINT];
  return { ok: false, message: lines.join("\n") };
}

/** The engine options for the chat's scope. */
export function scopeOptions(scope: ChatScope): AskOptions {
  return scope.article ? { article: scope.article } : {};
}
