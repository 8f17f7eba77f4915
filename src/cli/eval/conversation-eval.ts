import { readFileSync } from "node:fs";
import { ingestTexts } from "../../bench/build-corpus.js";
import { type ArticleKnowledge, createEngine } from "../../core/index.js";
import type { ConversationEvalFile } from "./conversation-file.js";
import { percent, type Tally } from "./score.js";
import {
  type ConversationSummary,
  scoreConversations,
  summariseConversations,
  type TurnResult,
} from "./score-conversations.js";

export const DEFAULT_CONVERSATION_FILE = "tests/eval/conversations.jsonl";

/** The target, enforced like the question eval's floors: follow-up turns answered right. */
export const CONVERSATION_FLOOR = 0.9;

/**
 * Runs the conversation eval over the curated corpus plus the texts the file asks to ingest,
 * with no article chosen, so conversations must also keep to (or move between) articles.
 */
export function runConversationEval(
  corpus: readonly ArticleKnowledge[],
  file: ConversationEvalFile,
): ConversationSummary {
  const ingested = ingestTexts(file.ingest.map((path) => ({ text: readFileSync(path, "utf8") })));
  const engine = createEngine([...corpus, ...ingested]);
  return summariseConversations(scoreConversations(engine, file.conversations));
}

const line = (label: string, t: Tally) => `${label} ${t.correct}/${t.total} = ${percent(t.rate)}`;

function formatTurnMiss(m: TurnResult): string {
  const said = m.answer.answered
    ? `answered ${JSON.stringify(m.answer.short.slice(0, 120))} refs [${m.answer.refs.slice(0, 3).join(", ")}]`
    : `abstained: ${JSON.stringify(m.answer.short)}`;
  const asked = m.asked === m.question ? "" : `\n    read as:  ${JSON.stringify(m.asked)}`;
  return `  ${m.conversation} turn ${m.turn + 1} ${JSON.stringify(m.question)}${asked}\n    got:      ${said}`;
}

/** The conversation eval for a terminal: follow-ups with context and alone, per kind, misses. */
export function formatConversationReport(summary: ConversationSummary, file: string): string {
  const { followUps, allTurns } = summary;
  const lines = [
    `Conversations: ${summary.conversations} from ${file}, ${allTurns.withContext.total} turns, ${followUps.withContext.total} of them follow-ups`,
    `  ${line("follow-up turns right, with the conversation:", followUps.withContext)}`,
    `  ${line("follow-up turns right, each asked alone:     ", followUps.alone)}`,
    `  ${line("all turns right, with the conversation:      ", allTurns.withContext)}`,
    "  Follow-ups by kind (with the conversation / alone):",
  ];
  for (const [kind, t] of Object.entries(summary.byKind)) {
    lines.push(
      `    ${kind.padEnd(15)} ${t.withContext.correct}/${t.withContext.total} / ${t.alone.correct}/${t.alone.total}`,
    );
  }
  if (summary.misses.length > 0) {
    lines.push(
      "",
      `Conversation misses (${summary.misses.length}):`,
      ...summary.misses.map(formatTurnMiss),
    );
  }
  if (followUps.withContext.rate < CONVERSATION_FLOOR) {
    lines.push(
      "",
      `Below the floor: follow-up turns ${percent(followUps.withContext.rate)} < ${percent(CONVERSATION_FLOOR)}`,
    );
  }
  return lines.join("\n");
}
