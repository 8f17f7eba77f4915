import { normalizeText } from "./text/normalize.js";

/** What shape of answer a question wants, beyond a fact: the article's gist, or a yes or a no. */
export type QuestionForm = "summary" | "yes-no" | "question";

/** "what is this article about", "summarise", "tl;dr", "give me the gist" (normalised text). */
const SUMMARY = new RegExp(
  [
    "^(tl ?dr|tldr|summary|summari[sz]e( it| this| the (article|story))?|sum (it |this )?up|recap|gist|overview|synopsis)( please| pls)?$",
    "^(give|tell) me (a |the )?(summary|gist|rundown|overview|short version|main points|key points)\\b",
    "^(can|could) you (summari[sz]e|sum up)\\b",
    "^what (is|s|are|was) (this|the|that|it) (article|story|piece|report|text|news)? ?(all )?about$",
    "^what (is|s) it (all )?about$",
    "^what (are|were) the (main|key) points\\b",
    "^what does (the|this) (article|story|piece|report) say$",
    "^(tell me )?(about|summari[sz]e) (the|this) (article|story|piece)$",
  ].join("|"),
);

/** Auxiliaries that open a question answered by yes or no. */
const YES_NO =
  /^(is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|isn t|aren t|wasn t|weren t|doesn t|don t|didn t|hasn t|haven t|won t)\b/;
/** Polite openers that wrap another question ("can you tell me who…", "do you know when…"). */
const WRAPPER =
  /^(can|could|would|will) you\b|^do you (know|have)\b|^is there (anything|something)\b/;

/**
 * Reads which form of answer a question wants.
 * @example questionForm("tl;dr") // "summary"
 * @example questionForm("Is Sokhonn the prime minister?") // "yes-no"
 */
export function questionForm(question: string): QuestionForm {
  const text = normalizeText(typeof question === "string" ? question : "")
    .replace(/^(and|so|ok|okay|but|please|pls) /, "")
    .replace(/ (please|pls)$/, "");
  if (text === "") return "question";
  if (SUMMARY.test(text)) return "summary";
  if (YES_NO.test(text) && !WRAPPER.test(text)) return "yes-no";
  return "question";
}
