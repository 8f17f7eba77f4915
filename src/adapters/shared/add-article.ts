/**
 * Adding an article from chat, as the adapters see it: a function that takes a web address and
 * says what came of it, in plain values each adapter formats in its own way.
 */
export type ArticleAddition =
  | {
      /** "added" now, or "known" from before (nothing fetched or written again). */
      status: "added" | "known";
      id: string;
      title: string;
      source: string;
      url?: string;
      paragraphs: number;
      facts: number;
      quotes: number;
      /** Up to three questions the bot answers about it. */
      questions: string[];
      /** Things the person should know (a paywall: only the free part was read). */
      notes: string[];
    }
  | { status: "refused"; message: string };

/** `requestedBy` names who asked ("discord:<user id>"), for the log. */
export type AddArticle = (url: string, requestedBy: string) => Promise<ArticleAddition>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "14 paragraphs, 52 facts and 12 quotes" */
export function additionCounts(a: { paragraphs: number; facts: number; quotes: number }): string {
  return `${plural(a.paragraphs, "paragraph")}, ${plural(a.facts, "fact")} and ${plural(a.quotes, "quote")}`;
}
