import type { ClientEvents } from "discord.js";
import type { BotContext } from "../context.js";
import interactionCreate from "./interaction-create.js";
import messageCreate from "./message-create.js";
import ready from "./ready.js";
import shardDisconnect from "./shard-disconnect.js";
import shardReady from "./shard-ready.js";

/** One client event handler (create-discord-bot's `Event`, plus the bot's context). */
export interface Listener<E extends keyof ClientEvents = keyof ClientEvents> {
  name: E;
  once?: boolean;
  execute(context: BotContext, ...args: ClientEvents[E]): Promise<void> | void;
}

export const listeners: readonly Listener[] = [
  ready,
  shardReady,
  shardDisconnect,
  interactionCreate,
  messageCreate,
];
