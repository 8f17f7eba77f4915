import { pathToFileURL } from "node:url";
import {
  type APIApplication,
  REST,
  type RESTPutAPIApplicationCommandsResult,
  Routes,
} from "discord.js";
import { loadDotEnv } from "../../cli/shared/load-dotenv.js";
import { ConfigError, type DiscordConfig, loadConfig } from "../../config/load-config.js";
import { findMisspelledVariables } from "../../config/misspelled-env.js";
import { commands } from "./commands/index.js";
import { ingestPermission, UnknownPermissionError } from "./ingest-permission.js";

export interface Registration {
  scope: "guild" | "global";
  applicationId: string;
  /** Names of the commands Discord now has, as it answered. */
  registered: string[];
}

/**
 * Registers the bot's slash commands: to one server when `guildId` is set (instant, for
 * development), otherwise globally. A PUT replaces the whole list, so running it again is safe.
 */
export async function registerCommands(
  config: Pick<DiscordConfig, "token" | "applicationId" | "guildId" | "apiUrl"> &
    Partial<Pick<DiscordConfig, "ingestPermission">>,
): Promise<Registration> {
  // A command that needs a permission (/ingest) is registered with the one the operator set.
  const permission = config.ingestPermission
    ? ingestPermission(config.ingestPermission)
    : undefined;
  const body = commands.map((c) =>
    permission !== undefined && c.data.default_member_permissions !== undefined
      ? { ...c.data, default_member_permissions: String(permission) }
      : c.data,
  );
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const applicationId =
    config.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const route = config.guildId
    ? Routes.applicationGuildCommands(applicationId, config.guildId)
    : Routes.applicationCommands(applicationId);
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return {
    scope: config.guildId ? "guild" : "global",
    applicationId,
    registered: result.map((c) => c.name),
  };
}

async function main(): Promise<void> {
  loadDotEnv();
  for (const warning of findMisspelledVariables(process.env)) console.error(`Warning: ${warning}`);
  const config = loadConfig(process.env);
  if (!config.discord) {
    throw new ConfigError(
      "DISCORD_TOKEN is required to register commands (the bot token from the Developer Portal, Bot page).",
    );
  }
  const { scope, registered, applicationId } = await registerCommands(config.discord);
  const where =
    scope === "guild"
      ? `to server ${config.discord.guildId} (available now)`
      : "globally (every server the bot is in; Discord clients may take a few minutes to show them)";
  console.log(
    `Registered ${registered.length} commands ${where} for application ${applicationId}: ${registered.map((n) => `/${n}`).join(", ")}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(
      error instanceof ConfigError || error instanceof UnknownPermissionError
        ? error.message
        : `Could not register commands: ${String(error)}`,
    );
    process.exitCode = 1;
  });
}
