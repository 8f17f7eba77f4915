import nlp from "compromise";

const AUXILIARIES = new Set([
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
  "shall",
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "am",
  "does",
  "do",
  "did",
]);

/**
 * Turns a declarative clause into a wh-question with compromise's verb analysis:
 * "the company will hire 450 local workers" + "how many local workers" (object removed by the
 * caller) → "How many local workers will the company hire?". With no subject left, the wh-word
 * takes its place: "urged South Korea to …" + "who" → "Who urged South Korea to …?".
 *
 * @example toWhQuestion("when", "Sokhonn met Oh") // "When did Sokhonn meet Oh?"
 */
export function toWhQuestion(wh: string, clause: string): string | undefined {
  return whQuestionsFor(clause)(wh);
}

/**
 * The same, for several wh-words asked of one clause: the clause is parsed once, not once per
 * question ("when", "what day", "what year" of the same date).
 *
 * @example whQuestionsFor("Sokhonn met Oh")("what day") // "What day did Sokhonn meet Oh?"
 */
export function whQuestionsFor(clause: string): (wh: string) => string | undefined {
  const text = tidy(clause);
  if (text.length === 0) return () => undefined;
  const json = nlp(text).verbs().eq(0).json({ offset: true })[0] as VerbJson | undefined;
  if (!json?.verb || !json.offset) return (wh) => finish(`${wh} ${text}`);
  const start = json.offset.start;
  const end = start + json.offset.length;
  const subject = lowerFirst(
    text
      .slice(0, start)
      .replace(/[,\s]+$/, "")
      .trim(),
  );
  const verbText = text.slice(start, end).trim();
  const rest = text.slice(end).trim();
  if (subject.length === 0) return (wh) => finish(`${wh} ${verbText} ${rest}`);
  const words = verbText.split(/\s+/);
  const firstWord = (words[0] ?? "").toLowerCase();
  if (words.length === 1 && /^(has|have|had)$/.test(firstWord)) {
    // "The wing has 64 beds" → "How many beds does the wing have?"
    const helper = firstWord === "had" ? "did" : firstWord === "has" ? "does" : "do";
    return (wh) => finish(`${wh} ${helper} ${subject} have ${rest}`);
  }
  if (AUXILIARIES.has(firstWord)) {
    const remainder = words.slice(1).join(" ");
    return (wh) => finish(`${wh} ${firstWord} ${subject} ${remainder} ${rest}`);
  }
  const infinitive = json.verb.infinitive || firstWord;
  const tense = json.verb.grammar?.tense ?? "";
  const helper = tense === "PastTense" ? "did" : /s$/.test(firstWord) ? "does" : "do";
  const particle = words.slice(1).join(" ");
  return (wh) => finish(`${wh} ${helper} ${subject} ${infinitive} ${particle} ${rest}`);
}

interface VerbJson {
  offset?: { start: number; length: number };
  verb?: { infinitive?: string; grammar?: { tense?: string } };
}

/** Removes a span of words (the answer) from a clause and tidies the gaps. */
export function withoutSpan(clause: string, start: number, end: number): string {
  return tidy(`${clause.slice(0, start)} ${clause.slice(end)}`);
}

function tidy(text: string): string {
  return (
    text
      .replace(/[“”"]/g, "")
      // Appositions make questions long without helping: "Kin Phea, the director of …, told".
      .replace(/(\p{Lu}[\p{L}-]+), (?:the|a|an) [^,]{3,120}, /gu, "$1 ")
      .replace(/\s+([,.;:])/g, "$1")
      .replace(/,\s*,/g, ",")
      .replace(/\s{2,}/g, " ")
      .replace(/^[,;:\s]+|[,;:.!?\s]+$/g, "")
      .trim()
  );
}

function lowerFirst(text: string): string {
  // "The project" → "the project", but names keep their capital ("Sokhonn").
  return /^(The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\b/.test(text)
    ? text[0]?.toLowerCase() + text.slice(1)
    : text;
}

/** Capitalises, collapses spaces, ends with a question mark. */
export function finish(question: string): string {
  const q = tidy(question.replace(/\s+/g, " "));
  return `${q.charAt(0).toUpperCase()}${q.slice(1)}?`;
}
