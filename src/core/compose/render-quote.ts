import type { Quote } from "../knowledge/schema.js";
import { normalizeText } from "../text/normalize.js";
import { STOP_WORDS } from "../text/stop-words.js";

/**
 * A quote as one line: "Kin Phea said: “…”" for direct words; reported speech keeps its verb
 * ("Sokhonn urged South Korea to…").
 * @example renderQuote({ mode: "direct", text: "It went well." }, "Kin Phea") // "Kin Phea said: “It went well.”"
 */
export function renderQuote(quote: Pick<Quote, "mode" | "text" | "verb">, name: string): string {
  if (quote.mode === "direct") return `${name} said: “${quote.text}”`;
  const verb = quote.verb ?? "said";
  if (normalizeText(quote.text).startsWith(normalizeText(verb))) return `${name} ${quote.text}`;
  // A whole sentence ("This is so that…") follows a colon; a clause ("South Korea to…") the verb.
  const first = quote.text.split(/\s/, 1)[0] ?? "";
  return /^\p{Lu}/u.test(first) && STOP_WORDS.has(first.toLowerCase())
    ? `${name} ${verb}: ${quote.text}`
    : `${name} ${verb} ${quote.text}`;
}
