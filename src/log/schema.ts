import type { Insertable, Selectable } from "kysely";

/**
 * The question log's tables, as Kysely sees them. Times are ISO-8601 UTC strings, booleans
 * 0/1 integers and lists JSON text, so SQLite and PostgreSQL store and compare them alike.
 */
export interface QuestionsTable {
  /** A random UUID, made when the question is asked (feedback buttons carry it). */
  id: string;
  asked_at: string;
  /** discord, slack, terminal, cli or eval. */
  platform: string;
  /** channel, thread, dm, session or batch. */
  conversation_kind: string;
  /** Salted hash of the conversation's key (user and place), so turns can be grouped. */
  conversation: string | null;
  /** Salted hash of the user id; never the id itself. */
  user_hash: string | null;
  /** The question as typed. */
  question: string;
  /** The question as put to the engine (a follow-up with its pronouns read). */
  asked: string;
  /** standalone, pronoun, ellipsis, swap or open. */
  follow_up: string;
  /** question, summary or yes-no. */
  form: string;
  /** The article the user chose, if any. */
  article_scope: string | null;
  /** The article the answer came from, if it was answered from one. */
  answer_article: string | null;
  answered: number;
  confidence: number;
  /** fact, quote, sentence or none. */
  answer_kind: string;
  /** The direct answer shown, so 👎 answers can be read in the report. */
  short_answer: string;
  /** JSON array of the facts, quotes or paragraphs cited (`<article>/<id>`). */
  refs: string;
}

export interface FeedbackTable {
  id: string;
  question_id: string;
  given_at: string;
  platform: string;
  user_hash: string;
  /** up or down. */
  verdict: string;
}

export interface LogDatabase {
  questions: QuestionsTable;
  feedback: FeedbackTable;
}

export type QuestionRow = Selectable<QuestionsTable>;
export type NewQuestionRow = Insertable<QuestionsTable>;
export type FeedbackRow = Selectable<FeedbackTable>;
export type NewFeedbackRow = Insertable<FeedbackTable>;
