import about from "./about.js";
import article from "./article.js";
import facts from "./facts.js";
import { bad, good } from "./feedback.js";
import help from "./help.js";
import quit from "./quit.js";
import quote from "./quote.js";
import type { TerminalCommand } from "./types.js";

/** The terminal chat's commands, in the order /help lists them. */
export const commands: readonly TerminalCommand[] = [
  quote,
  facts,
  article,
  good,
  bad,
  about,
  help,
  quit,
];

export type { ChatSession, CommandContext, CommandResult, TerminalCommand } from "./types.js";
