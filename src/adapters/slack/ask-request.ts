import { splitArticlePrefix } from "../shared/article-prefix.js";
import { unescapeText } from "./format/escape.js";

/** Longer questions are refused with a message: no real question needs more, and it bounds work. */
export const MAX_QUESTION_CHARS = 500;

/**
 * What a user asked for, from `/ask …`, a mention or a DM. `article` is the reference typed
 * after `in:` (an id, a prefix or a title), still to be matched to an article.
 */
export type AskRequest =
  | { kind: "usage" }
  | { kind: "help" }
  | { kind: "about" }
  | { kind: "facts"; article?: string }
  | { kind: "quote"; speaker?: string; article?: string }
  | { kind: "question"; question: string; article?: string }
  | { kind: "too-long"; length: number }
  /** `ingest <url>`: add an article; `url` is empty when none was given. */
  | { kind: "ingest"; url: string };

/**
 * Reads the text after `/ask` (or of a mention / DM once the mention is stripped).
 * Sub-commands are single words (`help`, `about`, `facts`) or `quote [speaker]`; anything else
 * is a question. An `in:<article>` prefix scopes a question, `quote` or `facts` to one article.
 * Slack's `&amp;`/`&lt;`/`&gt;` are decoded so the engine sees what was typed.
 *
 * @example parseAskText("quote Kin Phea") // { kind: "quote", speaker: "Kin Phea" }
 * @example parseAskText("in:gdansk how many ran?") // { kind: "question", question: "how many ran?", article: "gdansk" }
 */
export function parseAskText(raw: string): AskRequest {
  const { article, rest } = splitArticlePrefix(unescapeText(raw).replace(/\s+/g, " "));
  const request = parseUnscoped(rest);
  if (article === undefined || article === "") return request;
  switch (request.kind) {
    case "facts":
    case "quote":
    case "question":
      return { ...request, article };
    default:
      return request;
  }
}

function parseUnscoped(text: string): AskRequest {
  if (text === "") return { kind: "usage" };
  const [first = "", ...rest] = text.split(" ");
  const word = first.toLowerCase();
  if (rest.length === 0 && (word === "help" || word === "about" || word === "facts")) {
    return { kind: word };
  }
  if (word === "ingest") return { kind: "ingest", url: unwrapLink(rest.join(" ")) };
  if (word === "quote" || word === "quotes") {
    const speaker = rest.join(" ");
    return speaker === "" ? { kind: "quote" } : { kind: "quote", speaker };
  }
  if (text.length > MAX_QUESTION_CHARS) return { kind: "too-long", length: text.length };
  return { kind: "question", question: text };
}

/** Slack may send a typed link as `<https://…>` or `<https://…|label>`: the address alone. */
function unwrapLink(text: string): string {
  const link = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(text.trim());
  return (link?.[1] ?? text).trim();
}

/**
 * Removes mentions of the bot (`<@U123>` or `<@U123|name>`) from a message's text, so
 * "@bot how many…" becomes the question. Other mentions stay (and are escaped when echoed).
 */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  // Slack user ids are [A-Z0-9]; dropping anything else keeps the pattern literal.
  const id = botUserId.replace(/[^A-Za-z0-9]/g, "");
  return text.replace(new RegExp(`<@${id}(?:\\|[^>]*)?>`, "g"), " ");
}
