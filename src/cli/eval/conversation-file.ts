import { readFileSync } from "node:fs";
import { z } from "zod";
import { EvalFileError } from "./eval-file.js";

/**
 * One turn of an eval conversation, and what counts as right for it: citing one of `expect`
 * (abstaining when it is empty), a yes/no `verdict`, a `summary` of an article, or `fresh`: read
 * on its own because the context has expired. `article`: the answer must come from it.
 */
const TurnSchema = z.strictObject({
  question: z.string(),
  expect: z.array(z.string().min(1)).optional(),
  verdict: z.enum(["yes", "no"]).optional(),
  summary: z.string().min(1).optional(),
  fresh: z.literal(true).optional(),
  article: z.string().min(1).optional(),
  /** Minutes since the turn before (default 1). */
  gapMinutes: z.number().nonnegative().optional(),
});
export type EvalTurn = z.infer<typeof TurnSchema>;

const ConversationSchema = z.strictObject({
  id: z.string().min(1),
  /** pronoun, ellipsis, swap, new-subject, change-article, expired, yes-no, summary… */
  kind: z.string().min(1),
  turns: z.array(TurnSchema).min(2).max(4),
});
export type EvalConversation = z.infer<typeof ConversationSchema> & { line: number };

/** `{"ingest": "path.txt"}`: an article ingested from that text joins the corpus. */
const IngestSchema = z.strictObject({ ingest: z.string().min(1) });

export interface ConversationEvalFile {
  conversations: EvalConversation[];
  /** Texts to ingest beside the knowledge directory, so conversations cross articles. */
  ingest: string[];
}

/** Parses a conversation eval file (JSONL); throws EvalFileError naming every bad line and field. */
export function parseConversationFile(text: string, path: string): ConversationEvalFile {
  const conversations: EvalConversation[] = [];
  const ingest: string[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push(`${path}:${line}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const asIngest = IngestSchema.safeParse(json);
    if (asIngest.success) {
      ingest.push(asIngest.data.ingest);
      return;
    }
    const parsed = ConversationSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${path}:${line}: field "${issue.path.join(".")}": ${issue.message}`);
      }
      return;
    }
    parsed.data.turns.forEach((turn, i) => {
      const checks = [turn.expect, turn.verdict, turn.summary, turn.fresh].filter(
        (c) => c !== undefined,
      );
      if (checks.length !== 1) {
        problems.push(
          `${path}:${line}: turn ${i}: give exactly one of expect, verdict, summary, fresh`,
        );
      }
    });
    conversations.push({ ...parsed.data, line });
  });
  if (problems.length > 0) {
    throw new EvalFileError(
      `Invalid conversation file:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  if (conversations.length === 0) throw new EvalFileError(`${path}: no conversations`);
  return { conversations, ingest };
}

export function readConversationFile(path: string): ConversationEvalFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new EvalFileError(`Cannot read conversation file ${path}: ${(error as Error).message}`);
  }
  return parseConversationFile(text, path);
}
