import { randomUUID } from "node:crypto";
import type { Answer } from "../core/index.js";
import type { Logger } from "../logger.js";
import { hashId } from "./hash-id.js";
import {
  describeTarget,
  type LogTarget,
  type OpenedDatabase,
  openDatabase,
} from "./open-database.js";
import { pruneOlderThan } from "./prune.js";
import type { NewFeedbackRow, NewQuestionRow, QuestionRow } from "./schema.js";

export type Platform = "discord" | "slack" | "terminal" | "cli" | "eval";
export type ConversationKind = "channel" | "thread" | "dm" | "session" | "batch";
export type Verdict = "up" | "down";

/** One question and what the bot answered, as the adapter knows it (ids still raw: hashed here). */
export interface QuestionEntry {
  /** Made by the caller (`newQuestionId()`), so a feedback button can carry it before the write. */
  id: string;
  at: Date;
  platform: Platform;
  conversationKind: ConversationKind;
  /** The conversation's key (user and place); hashed before it is stored. */
  conversation?: string;
  /** The user's platform id; hashed before it is stored. */
  userId?: string;
  question: string;
  asked: string;
  followUp: string;
  form: string;
  articleScope?: string;
  answer: Answer;
}

export interface FeedbackEntry {
  questionId: string;
  at: Date;
  platform: Platform;
  userId: string;
  verdict: Verdict;
}

/** Where questions and feedback go. Writing never blocks or fails an answer. */
export interface QuestionLog {
  readonly enabled: boolean;
  /** Queues the question; it is written in the background, in a batch. */
  recordQuestion(entry: QuestionEntry): void;
  recordFeedback(entry: FeedbackEntry): void;
  /** A logged question by id, or undefined (also when the log is off or the database is down). */
  findQuestion(id: string): Promise<QuestionRow | undefined>;
  /** Writes everything queued so far; resolves (never rejects) once it is written or has failed. */
  flush(): Promise<void>;
  /** Flushes and closes the database. */
  close(): Promise<void>;
}

export interface QuestionLogSettings {
  target: LogTarget;
  salt: string;
  retentionDays: number;
  logger: Logger;
  now?: () => Date;
  /** After a failure the database is tried again no sooner than this (default 30 s). */
  retryMs?: number;
}

/** The log's own limits, in one frozen object. */
export const QUESTION_LOG = Object.freeze({
  /** Rows waiting for a database that is down; the oldest are dropped past this. */
  maxPending: 10_000,
  /** Rows written in one transaction. */
  batch: 500,
  /** How long a row waits for others to share its transaction. */
  batchDelayMs: 10,
  pruneEveryMs: 6 * 60 * 60_000,
});

export function newQuestionId(): string {
  return randomUUID();
}

/** A log that stores nothing: QUESTION_LOG=off. */
export function disabledQuestionLog(): QuestionLog {
  return {
    enabled: false,
    recordQuestion: () => undefined,
    recordFeedback: () => undefined,
    findQuestion: async () => undefined,
    flush: async () => undefined,
    close: async () => undefined,
  };
}

type Pending =
  | { table: "questions"; row: NewQuestionRow }
  | { table: "feedback"; row: NewFeedbackRow };

/**
 * The question log: rows queue in memory and are written in batches in the background, so an
 * answer never waits for the disk or the network. A database that cannot be opened or written is
 * reported once (and its recovery once); rows wait for it, up to a bound, and answers go on.
 */
export function createQuestionLog(settings: QuestionLogSettings): QuestionLog {
  const { target, salt, retentionDays, logger } = settings;
  const now = settings.now ?? (() => new Date());
  const retryMs = settings.retryMs ?? 30_000;
  const where = describeTarget(target);
  let pending: Pending[] = [];
  let dropped = 0;
  let opened: OpenedDatabase | undefined;
  let opening: Promise<OpenedDatabase | undefined> | undefined;
  let failingSince: number | undefined;
  /** No database work before this time (ms): set after a failure, so a dead server is not hammered. */
  let nextAttempt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let pruner: NodeJS.Timeout | undefined;
  let closed = false;

  const fail = (what: string, error: unknown): void => {
    if (failingSince === undefined) {
      failingSince = Date.now();
      logger.error(`question log: ${what}; answers go on without it`, { database: where, error });
    }
  };
  const recovered = (): void => {
    if (failingSince === undefined) return;
    logger.info("question log: database reachable again", { database: where, dropped });
    failingSince = undefined;
    dropped = 0;
  };

  const prune = async (): Promise<void> => {
    if (!opened) return;
    try {
      await pruneOlderThan(opened.db, now(), retentionDays);
    } catch (error) {
      fail("cannot delete old rows", error);
    }
  };

  const database = async (): Promise<OpenedDatabase | undefined> => {
    if (opened) return opened;
    opening ??= openDatabase(target).then(
      (db) => {
        opened = db;
        pruner = setInterval(() => void prune(), QUESTION_LOG.pruneEveryMs);
        pruner.unref();
        void prune();
        return db;
      },
      (error: unknown) => {
        fail("cannot open the database", error);
        backOff();
        return undefined;
      },
    );
    const result = await opening;
    opening = undefined;
    return result;
  };

  const schedule = (delayMs: number): void => {
    if (timer || closed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delayMs);
    timer.unref();
  };
  const backOff = (): void => {
    nextAttempt = Date.now() + retryMs;
    schedule(retryMs);
  };

  const enqueue = (item: Pending): void => {
    if (closed) return;
    pending.push(item);
    if (pending.length > QUESTION_LOG.maxPending) {
      pending = pending.slice(pending.length - QUESTION_LOG.maxPending);
      dropped++;
    }
    schedule(QUESTION_LOG.batchDelayMs);
  };

  const writeBatch = async (): Promise<void> => {
    while (pending.length > 0 && Date.now() >= nextAttempt) {
      const db = await database();
      if (!db) return;
      const batch = pending.slice(0, QUESTION_LOG.batch);
      try {
        await db.db.transaction().execute(async (trx) => {
          const questions = batch.flatMap((p) => (p.table === "questions" ? [p.row] : []));
          if (questions.length > 0) await trx.insertInto("questions").values(questions).execute();
          for (const p of batch) {
            if (p.table !== "feedback") continue;
            await trx
              .insertInto("feedback")
              .values(p.row)
              .onConflict((oc) =>
                oc.columns(["question_id", "user_hash"]).doUpdateSet({
                  verdict: p.row.verdict,
                  given_at: p.row.given_at,
                }),
              )
              .execute();
          }
        });
        pending = pending.slice(batch.length);
        recovered();
      } catch (error) {
        fail("cannot write to the database", error);
        backOff();
        return;
      }
    }
  };

  const flush = (): Promise<void> => {
    running = running.then(writeBatch, writeBatch);
    return running;
  };

  return {
    enabled: true,
    recordQuestion(entry) {
      const { answer } = entry;
      const articles = new Set(answer.sources.map((s) => s.article));
      enqueue({
        table: "questions",
        row: {
          id: entry.id,
          asked_at: entry.at.toISOString(),
          platform: entry.platform,
          conversation_kind: entry.conversationKind,
          conversation: entry.conversation
            ? hashId(salt, "conversation", entry.conversation)
            : null,
          user_hash: entry.userId ? hashId(salt, `${entry.platform}:user`, entry.userId) : null,
          question: entry.question,
          asked: entry.asked,
          follow_up: entry.followUp,
          form: entry.form,
          article_scope: entry.articleScope ?? null,
          answer_article:
            answer.answered && articles.size === 1 ? ([...articles][0] ?? null) : null,
          answered: answer.answered ? 1 : 0,
          confidence: answer.confidence,
          answer_kind: answer.kind,
          short_answer: answer.short,
          refs: JSON.stringify(answer.refs),
        },
      });
    },
    recordFeedback(entry) {
      enqueue({
        table: "feedback",
        row: {
          id: randomUUID(),
          question_id: entry.questionId,
          given_at: entry.at.toISOString(),
          platform: entry.platform,
          user_hash: hashId(salt, `${entry.platform}:user`, entry.userId),
          verdict: entry.verdict,
        },
      });
    },
    async findQuestion(id) {
      const db = Date.now() >= nextAttempt ? await database() : opened;
      if (!db) return undefined;
      try {
        return await db.db
          .selectFrom("questions")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirst();
      } catch (error) {
        fail("cannot read from the database", error);
        return undefined;
      }
    },
    flush,
    async close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      nextAttempt = Number.NEGATIVE_INFINITY; // one last try, even while backing off
      await flush();
      closed = true;
      if (pruner) clearInterval(pruner);
      if (opening) await opening;
      await opened?.close().catch(() => undefined);
      opened = undefined;
    },
  };
}
