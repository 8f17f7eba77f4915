/**
 * The engine's output: plain data that every adapter formats in its own way.
 */

/** Where an answer comes from in an article. */
export interface Source {
  /** Article id. */
  article: string;
  /** Article title, for citing. */
  title: string;
  /** Paragraph number, from 1. */
  paragraph: number;
  /** The supporting sentence or quote, verbatim from the article. */
  text: string;
  /** Quotes: who said it, so a list of several speakers' words names each. */
  speaker?: string;
}

export type AnswerKind = "fact" | "quote" | "sentence" | "none";

export interface Answer {
  /** True only when the article answers the question. */
  answered: boolean;
  /** What a user reads: the direct answer first, then the supporting sentence. */
  answer: string;
  /** The direct answer alone ("Over 9,000"), or the abstention / help text. */
  short: string;
  /** 0..1 */
  confidence: number;
  kind: AnswerKind;
  sources: Source[];
  /** Up to 3 questions the bot can answer, close to what was asked. */
  suggestions: string[];
  /** Ids of the knowledge used, as `<article>/<fact or quote id>` or `<article>/p<n>`. */
  refs: string[];
  /**
   * The next-best answers the engine ranked below this one, best first (up to 3): what a user who
   * marks the answer wrong is offered instead. Absent when nothing else came close.
   */
  alternatives?: Alternative[];
}

/** One runner-up answer: its direct answer, where it stands, its ref and its score. */
export interface Alternative {
  short: string;
  source: Source;
  ref: string;
  /** 0..1 */
  confidence: number;
}
