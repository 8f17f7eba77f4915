import about from "./about.js";
import article from "./article.js";
import facts from "./facts.js";
import help from "./help.js";
import quit from "./quit.js";
import quote from "./quote.js";
import type { TerminalCommand } from "./types.js";

/** The terminal chat's commands, in the order /help lists them. */
export const commands: readonly TerminalCommand[] = [quote, facts, article, about, help, quit];

export type { CommandContext, CommandResult, TerminalCommand } from "./types.js";
