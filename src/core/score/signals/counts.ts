import { termOf } from "../../analyze/term.js";
import { tokenize } from "../../analyze/tokenize.js";
import { docMemo } from "../../index/doc-memo.js";
import { STOP_WORDS } from "../../text/stop-words.js";
import type { Signal } from "../candidate.js";

const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens".split(
    " ",
  ),
);

/** True for a number written in digits or words. */
export const isNumberWord = (word: string): boolean => /\d/.test(word) || NUMBER_WORDS.has(word);

/**
 * The terms standing right after a number in a text: what its numbers count ("9,000 Cambodians").
 * With `only`, just the numbers given there (a fact's own figure, found in its statement).
 */
export function countedIn(text: string, only?: ReadonlySet<string>): Set<string> {
  const words = tokenize(text).map((t) => t.word);
  const out = new Set<string>();
  words.forEach((word, i) => {
    if (!isNumberWord(word) || (only && !only.has(word))) return;
    for (const next of words.slice(i + 1, i + 4)) {
      if (isNumberWord(next) || STOP_WORDS.has(next)) continue;
      out.add(termOf(next));
      break;
    }
  });
  return out;
}

/**
 * For "how many X" questions: 1 when a number in the doc counts X ("42 countries" for "how many
 * countries"), 0 when its numbers count other things (or its figure counts nothing, as an
 * amount of money), 0.5 when it gives no number at all.
 */
export const counts: Signal = ({ question, candidate }) => {
  if (question.counted.length === 0) return 0;
  const { counted, figure } = countedOf(candidate.doc);
  if (question.counted.some((t) => counted.has(t))) return 1;
  return counted.size === 0 && !figure ? 0.5 : 0;
};

/**
 * What a doc's numbers count. A fact's own figure is its short answer, and what it counts is
 * said after it there or in its statement: "About 9,000" counts Cambodians, while the "120
 * cranes" the statement also gives are not the fact's; "£38 million" counts no beds.
 */
const countedOf = docMemo((doc) => {
  const answer = doc.fact?.answer;
  const figures = answer
    ? new Set(
        tokenize(answer)
          .map((t) => t.word)
          .filter(isNumberWord),
      )
    : undefined;
  if (answer && figures && figures.size > 0)
    return { counted: countedIn(`${answer}. ${doc.fact?.statement ?? ""}`, figures), figure: true };
  return { counted: countedIn(doc.text), figure: false };
});
