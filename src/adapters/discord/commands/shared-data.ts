import { ApplicationIntegrationType, InteractionContextType } from "discord.js";

/** Installed to servers; usable in servers and in the bot's DMs. */
export const AVAILABILITY = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};
