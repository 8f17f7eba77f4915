import type { Answer } from "./answer.js";

export interface AskOptions {
  /** Restrict the answer to one article (id). */
  article?: string;
}

export interface QuoteEntry {
  text: string;
  mode: "direct" | "reported";
  /** Reporting verb, e.g. "said", "urged". */
  verb?: string;
  paragraph: number;
  article: string;
  title: string;
}

export interface SpeakerQuotes {
  speaker: string;
  role?: string;
  quotes: QuoteEntry[];
}

export interface QuoteListing {
  /** False when a speaker was asked for and none matched. */
  found: boolean;
  /** Plain-text summary, e.g. "Kin Phea: 3 quotes" or "No quotes from X. Speakers: …". */
  message: string;
  groups: SpeakerQuotes[];
}

export interface FactEntry {
  answer: string;
  statement: string;
  paragraph: number;
  article: string;
  title: string;
}

export interface ArticleSummary {
  id: string;
  title: string;
  titleNote?: string;
  source: string;
  published?: string;
  paragraphs: number;
  facts: number;
  quotes: number;
}

export interface About {
  articles: ArticleSummary[];
  /** Example questions the bot answers well. */
  examples: string[];
  /** How to ask, in one or two plain sentences. */
  howToAsk: string;
}

export interface Speaker {
  id: string;
  name: string;
  role?: string;
  quotes: number;
}

/** An entity a text names, as the articles know it. */
export interface Mention {
  name: string;
  /** person, place, country, organisation, agreement, event, group or other. */
  type: string;
  /** Ids of the articles that name it. */
  articles: string[];
}

/** The one use case every adapter calls. */
export interface Engine {
  answer(question: string, options?: AskOptions): Answer;
  /** All quotes grouped by speaker, or one speaker's (fuzzy name or alias). */
  quotes(speaker?: string, options?: AskOptions): QuoteListing;
  /** Key facts and figures at a glance, in article order. */
  facts(options?: AskOptions): FactEntry[];
  about(): About;
  /** Answerable questions matching what a user has typed so far (autocomplete). */
  suggest(partial: string, limit?: number, options?: AskOptions): string[];
  speakers(options?: AskOptions): Speaker[];
  /**
   * The entities a text names (by any alias, typos forgiven), in the order it names them: what a
   * conversation remembers so that "he", "it" or "that" in a follow-up can be read.
   */
  mentions(text: string, options?: AskOptions): Mention[];
}
