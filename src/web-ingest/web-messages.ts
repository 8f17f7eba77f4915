/** Every sentence the web ingester says about an article, in one place. */
export const WEB_MESSAGES = Object.freeze({
  isAFeed: (url: string) =>
    `${url} is a feed, not an article page. Ingest it with --feed ${url}, or add it to FEEDS so the bot reads it regularly. Nothing was written.`,
  notAFeed: (url: string) => `${url} is a web page, not an RSS or Atom feed.`,
  notAnArticle: (url: string, why: string) =>
    `${url} does not look like a news article: ${why}. Nothing was written.`,
  invalidKnowledge: (url: string, problems: string[]) =>
    `${url}: the ingested knowledge is invalid (a bug in the ingester):\n  - ${problems.join("\n  - ")}`,
  paywalled: (paragraphs: number) =>
    `The publisher marks this article as for subscribers: only the free part (${paragraphs} paragraph${paragraphs === 1 ? "" : "s"}) was read.`,
  noHeadline: "The page has no headline; the title was made from the first sentence.",
  noLink: "the feed item has no link",
});
