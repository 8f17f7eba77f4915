import { splitArticlePrefix } from "../shared/article-prefix.js";
import { pickArticle } from "./article-scope.js";
import type { CommandContext, CommandResult } from "./commands/index.js";
import { formatAnswer } from "./format-answer.js";

export const EMPTY_LINE_HINT = "Type a question about the article, or /help to see what I can do.";

/**
 * Turns one line typed in the chat into what to print: a slash command's output,
 * or the engine's answer to the line as a question (from the chat's article, or the one
 * an `in:<article>` prefix names, as in Slack).
 */
export function handleLine(
  line: string,
  context: CommandContext,
): CommandResult | Promise<CommandResult> {
  const text = line.trim();
  if (text === "") return { output: EMPTY_LINE_HINT };
  if (!text.startsWith("/")) return { output: answerLine(text, context) };

  const [word = ""] = text.slice(1).split(/\s+/, 1);
  const name = word.toLowerCase();
  const args = text.slice(1 + word.length).trim();
  const command = context.commands.find((c) => c.name === name || c.aliases?.includes(name));
  if (!command) {
    const shown = word.length > 40 ? `${word.slice(0, 40)}…` : word;
    const names = context.commands.map((c) => `/${c.name}`).join(", ");
    return { output: `Unknown command /${shown}. Commands: ${names}.` };
  }
  return command.run(args, context);
}

function answerLine(text: string, context: CommandContext): string {
  const { engine, style } = context;
  const { article, rest } = splitArticlePrefix(text);
  if (article === undefined) return ask(text, context.scope.article, context);
  const picked = pickArticle(engine.about(), article);
  if (!picked.ok) return picked.message;
  if (rest === "") return EMPTY_LINE_HINT;
  return ask(rest, picked.id, context);

  function ask(question: string, scope: string | undefined, { session }: CommandContext): string {
    const asked = context.conversations.ask(question, {
      platform: "terminal",
      conversationKind: "session",
      conversationKey: session.key,
      userId: session.userId,
      ...(scope ? { article: scope } : {}),
    });
    session.lastQuestionId = asked.id;
    return formatAnswer(asked.answer, style);
  }
}
