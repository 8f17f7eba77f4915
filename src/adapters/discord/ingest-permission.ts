import { PermissionFlagsBits } from "discord.js";

export class UnknownPermissionError extends Error {
  override name = "UnknownPermissionError";
}

/**
 * The permission bit for a discord.js permission name (DISCORD_INGEST_PERMISSION), e.g.
 * "ManageGuild" (shown as Manage Server in Discord). An unknown name names the variable.
 *
 * @example ingestPermission("ManageGuild") // 32n
 */
export function ingestPermission(name: string): bigint {
  const bit = (PermissionFlagsBits as Record<string, bigint | undefined>)[name];
  if (bit === undefined) {
    throw new UnknownPermissionError(
      `DISCORD_INGEST_PERMISSION: "${name}" is not a Discord permission; use a name such as ManageGuild, Administrator or ManageMessages.`,
    );
  }
  return bit;
}

/** "ManageGuild" → "Manage Server", as Discord shows it to people. */
export function permissionLabel(name: string): string {
  const shown: Record<string, string> = {
    ManageGuild: "Manage Server",
    ManageChannels: "Manage Channels",
  };
  return shown[name] ?? name.replace(/([a-z])([A-Z])/g, "$1 $2");
}
