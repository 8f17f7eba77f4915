import type { ArticleSummary } from "../../core/index.js";

/** What a user's article reference (`in:gdansk`, an autocomplete value, `/article porto`) points at. */
export type ArticleMatch =
  | { kind: "found"; article: ArticleSummary }
  /** Several articles fit what was typed equally well. */
  | { kind: "ambiguous"; candidates: ArticleSummary[] }
  | { kind: "unknown" };

/** Ids and titles compared as plain lower-case words: "Gdańsk-Marathon" finds "gdansk marathon". */
function words(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How well `typed` (normalised) fits an article: 0 when not at all, higher is closer. */
function closeness(article: ArticleSummary, typed: string): number {
  const id = words(article.id);
  const title = words(article.title);
  if (id === typed || title === typed) return 4;
  if (id.startsWith(typed) || title.startsWith(typed)) return 3;
  if (` ${id} `.includes(` ${typed}`) || ` ${title} `.includes(` ${typed}`)) return 2;
  const all = `${id} ${title}`;
  return typed.split(" ").every((w) => all.includes(w)) ? 1 : 0;
}

/**
 * The articles that fit what was typed, closest first (the exact id or title, then a prefix,
 * then a word of the title, then every typed word somewhere); all of them for empty input.
 *
 * @example filterArticles(about.articles, "gdansk").map((a) => a.id) // ["record-field-…-gdansk"]
 */
export function filterArticles(
  articles: readonly ArticleSummary[],
  typed: string,
): ArticleSummary[] {
  const query = words(typed);
  if (query === "") return [...articles];
  return articles
    .map((article, order) => ({ article, order, score: closeness(article, query) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((c) => c.article);
}

/**
 * Resolves a reference to one article: an exact id always wins; otherwise the single closest
 * article, or "ambiguous" when several fit equally well.
 *
 * @example findArticle(about.articles, "porto") // { kind: "found", article: { id: "porto-novo-…" } }
 */
export function findArticle(articles: readonly ArticleSummary[], typed: string): ArticleMatch {
  const exact = articles.find((a) => a.id === typed.trim());
  if (exact) return { kind: "found", article: exact };
  const query = words(typed);
  if (query === "") return { kind: "unknown" };
  const scored = articles.map((article) => ({ article, score: closeness(article, query) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best === 0) return { kind: "unknown" };
  const top = scored.filter((s) => s.score === best).map((s) => s.article);
  const [only] = top;
  return top.length === 1 && only
    ? { kind: "found", article: only }
    : { kind: "ambiguous", candidates: top };
}

/** What to tell a user whose reference found no single article, and the articles to pick from. */
export function articleNotice(
  typed: string,
  match: Exclude<ArticleMatch, { kind: "found" }>,
  articles: readonly ArticleSummary[],
): { summary: string; choices: ArticleSummary[] } {
  if (match.kind === "ambiguous") {
    return {
      summary: `"${typed}" fits more than one article. Which one did you mean?`,
      choices: match.candidates,
    };
  }
  return { summary: `No article matches "${typed}". The articles I know:`, choices: [...articles] };
}
