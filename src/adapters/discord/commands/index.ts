import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { BotContext } from "../context.js";
import about from "./about.js";
import ask from "./ask.js";
import facts from "./facts.js";
import help from "./help.js";
import ingest from "./ingest.js";
import quote from "./quote.js";

/** One slash command: its registration data and its handlers (create-discord-bot's shape). */
export interface Command {
  /** Sent as-is by `npm run discord:register`. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  /** Answers autocomplete for the command's options marked `autocomplete: true`. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** Every command the bot has; the register script sends exactly this list. */
export const commands: readonly Command[] = [ask, quote, facts, about, help, ingest];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.data.name === name);
}
