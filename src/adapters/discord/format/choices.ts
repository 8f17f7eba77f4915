import type { ApplicationCommandOptionChoiceData } from "discord.js";
import { DISCORD_LIMITS, truncate } from "./limits.js";

/**
 * Autocomplete choices: at most 25, names and values within 100 characters, no duplicates.
 * The value is what Discord puts in the option when picked, so it is the question itself (cut if long).
 */
export function toChoices(
  items: readonly { name: string; value: string }[],
): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const item of items) {
    const value = truncate(item.value, DISCORD_LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: truncate(item.name, DISCORD_LIMITS.choiceName) || value, value });
    if (choices.length === DISCORD_LIMITS.choices) break;
  }
  return choices;
}
