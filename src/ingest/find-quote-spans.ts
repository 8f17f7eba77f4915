/** Stage: direct quotation marks, including quotes that run over several paragraphs. */

export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  /** The quoted words, verbatim, without the marks or a trailing comma. */
  text: string;
  /** Offsets of `text` in the paragraph. */
  textStart: number;
  textEnd: number;
  /** The quote goes on in the next paragraph (it has no closing mark here). */
  runsOn: boolean;
  /** The quote carries on from the previous paragraph (news style: “ opens each paragraph). */
  continued: boolean;
}

const OPEN = "“";
const CLOSE = "”";

/**
 * Finds “…” and "…" quotes in each paragraph. A paragraph that opens a quote without closing
 * it, followed by a paragraph opening with a quotation mark, is one quote over two paragraphs.
 *
 * @example findQuoteSpans(["Phea said: “One.", "“Two.”"]).map((q) => q.text) // ["One.", "Two."]
 */
export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let runningOn = false;
  paragraphs.forEach((text, i) => {
    const continuing = runningOn && /^[“"]/.test(text);
    runningOn = false;
    let open = -1;
    let mark = "";
    for (let k = 0; k < text.length; k++) {
      const ch = text[k];
      if (open < 0 && (ch === OPEN || (ch === '"' && opensStraight(text, k)))) {
        open = k;
        mark = ch;
      } else if (open >= 0 && ((mark === OPEN && ch === CLOSE) || (mark === '"' && ch === '"'))) {
        const span = makeSpan(
          i + 1,
          text,
          open,
          k,
          false,
          continuing && spans.length > 0 && open === 0,
        );
        if (span) spans.push(span);
        open = -1;
      }
    }
    if (open >= 0) {
      const span = makeSpan(i + 1, text, open, text.length, true, continuing && open === 0);
      if (span) spans.push(span);
      runningOn = true;
    }
  });
  return spans;
}

/** A straight quote opens at the start or after a space or opening bracket. */
function opensStraight(text: string, k: number): boolean {
  return k === 0 || /[\s([{—–-]/.test(text[k - 1] ?? "");
}

function makeSpan(
  paragraph: number,
  text: string,
  open: number,
  close: number,
  runsOn: boolean,
  continued: boolean,
): QuoteSpan | undefined {
  let textStart = open + 1;
  let textEnd = close;
  while (textStart < textEnd && /\s/.test(text[textStart] ?? "")) textStart++;
  while (textEnd > textStart && /[\s,]/.test(text[textEnd - 1] ?? "")) textEnd--;
  if (textEnd - textStart < 2 || !/\p{L}/u.test(text.slice(textStart, textEnd))) return undefined;
  return {
    paragraph,
    open,
    close,
    text: text.slice(textStart, textEnd),
    textStart,
    textEnd,
    runsOn,
    continued,
  };
}
