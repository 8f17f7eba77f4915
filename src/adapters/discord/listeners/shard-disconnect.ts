import { Events } from "discord.js";
import type { Listener } from "./index.js";

/**
 * A connection discord.js will not reopen: its guilds go unanswered until a restart. Close code
 * 4010 or 4011 means the shard ids or count do not fit the bot (see docs/deploy.md).
 */
export default {
  name: Events.ShardDisconnect,
  execute(context, event, shardId) {
    context.logger.error("Discord shard disconnected and will not reconnect", {
      shardId,
      code: event.code,
    });
  },
} satisfies Listener<Events.ShardDisconnect>;
