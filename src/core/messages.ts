/** Every sentence the engine says on its own behalf, in one place (as fuse.js keeps its errors). */
export const MESSAGES = Object.freeze({
  empty: "Ask me a question about the article, for example one of these.",
  notSaid: "The article doesn't say.",
  notDated: "The article doesn't give the date it was published.",
  noQuoteOnTopic: (name: string) => `The article doesn't quote ${name} on that.`,
  tryThese: "Questions I can answer:",
  greeting: (titles: string) =>
    `Hello! I answer questions about ${titles}. Ask in plain words, for example one of these.`,
  thanks: "You're welcome! Ask me anything else about the article.",
  help: (titles: string) =>
    `I answer questions about ${titles}: who said what, numbers, dates, places and reasons, each with the sentence it comes from. Ask in plain words; typos are fine. Commands: /quote [speaker], /facts, /about, /help.`,
  noQuotesFrom: (name: string) => `The article doesn't quote ${name}.`,
  noSuchSpeaker: (asked: string, speakers: string) =>
    `No quotes from "${asked}" in the article. Quoted: ${speakers}.`,
  quoteCount: (groups: number, quotes: number) =>
    `${quotes} ${quotes === 1 ? "quote" : "quotes"} from ${groups} ${groups === 1 ? "speaker" : "speakers"}.`,
  /** How to ask, with an example question from the articles loaded. */
  howToAsk: (example: string | undefined) =>
    `Ask a question in plain words${example ? ` ("${example}")` : ""}; I answer with the fact and the sentence it comes from, or tell you the article doesn't say.`,
  unknownArticle: (id: string) => `No article with id "${id}".`,
});
