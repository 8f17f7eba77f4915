import type { Sentence } from "../core/analyze/split-sentences.js";

/** Intermediate shapes passed between the ingestion stages. Offsets are into the paragraph text. */

/** One word as the NLP library tags it, located in its paragraph. */
export interface Token {
  /** The word as written (no surrounding punctuation). */
  text: string;
  start: number;
  end: number;
  /** Punctuation and space before and after the word, as written. */
  pre: string;
  post: string;
  /** compromise tags, e.g. "ProperNoun", "Person", "Value", "Verb". */
  tags: ReadonlySet<string>;
  /** Index of the word in its paragraph. */
  index: number;
  /** Index of the sentence (in its paragraph) holding the word. */
  sentence: number;
}

export type { Sentence } from "../core/analyze/split-sentences.js";

export interface ParsedParagraph {
  /** Paragraph number, from 1. */
  n: number;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

export type MentionKind =
  | "person"
  | "place"
  | "country"
  | "organisation"
  | "agreement"
  | "event"
  | "group"
  | "other";

/** A name as it stands in the text, with what the surrounding words say about it. */
export interface Mention {
  paragraph: number;
  sentence: number;
  /** Token index range [first, last] in the paragraph. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The name, verbatim. */
  text: string;
  kind: MentionKind;
  /** How sure the kind is: "strong" from titles, lexicons and cues; "weak" from a guess. */
  certainty: "strong" | "weak";
  /** A role given by a preceding title or an apposition. */
  role?: string;
  /** An honorific written before the name ("Dr."). */
  honorific?: string;
  /** Expansion → acronym, when written "Long Name (LN)". */
  acronym?: string;
  /** The name started its sentence (so its capital letter proves little). */
  sentenceInitial: boolean;
}
