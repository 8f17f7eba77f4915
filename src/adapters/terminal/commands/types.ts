import type { Engine } from "../../../core/index.js";
import type { ConversationService } from "../../shared/conversations/conversation-service.js";
import type { ChatScope } from "../article-scope.js";
import type { Style } from "../style.js";

export interface CommandContext {
  engine: Engine;
  style: Style;
  /** The chat's article, which /article changes; questions, /quote and /facts follow it. */
  scope: ChatScope;
  /** Every command, so /help can list them without importing the list (no import cycle). */
  commands: readonly TerminalCommand[];
  /** Follow-ups, the question log and feedback. */
  conversations: ConversationService;
  /** This chat: one conversation, and the last answer /good and /bad are about. */
  session: ChatSession;
}

export interface ChatSession {
  /** The conversation's key (one per chat). */
  key: string;
  /** Who is typing, as the log hashes it. */
  userId: string;
  lastQuestionId?: string;
}

export interface CommandResult {
  output: string;
  /** True when the chat should end after printing the output. */
  quit?: boolean;
}

/** One slash command of the terminal chat, mirroring the chat platforms' commands. */
export interface TerminalCommand {
  /** Without the slash: "quote". */
  name: string;
  /** Other names that run it ("exit" for "quit"). */
  aliases?: readonly string[];
  /** "/quote [speaker]" */
  usage: string;
  summary: string;
  run(args: string, context: CommandContext): CommandResult | Promise<CommandResult>;
}
