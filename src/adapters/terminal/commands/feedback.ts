import type { Verdict } from "../../../log/question-log.js";
import { formatFeedbackReply } from "../format-feedback.js";
import type { CommandContext, CommandResult, TerminalCommand } from "./types.js";

const NOTHING_YET = "Ask a question first: /good and /bad are about the last answer.";

async function give(verdict: Verdict, context: CommandContext): Promise<CommandResult> {
  const { session, conversations, style } = context;
  const id = session.lastQuestionId;
  if (!id) return { output: NOTHING_YET };
  const reply = await conversations.feedback(id, verdict, {
    platform: "terminal",
    userId: session.userId,
  });
  return { output: formatFeedbackReply(reply, style) };
}

export const good = {
  name: "good",
  aliases: ["up", "+1"],
  usage: "/good",
  summary: "the last answer was right (recorded)",
  run: (_args, context) => give("up", context),
} satisfies TerminalCommand;

export const bad = {
  name: "bad",
  aliases: ["down", "-1", "wrong"],
  usage: "/bad",
  summary: "the last answer was wrong: recorded, and other answers shown",
  run: (_args, context) => give("down", context),
} satisfies TerminalCommand;
