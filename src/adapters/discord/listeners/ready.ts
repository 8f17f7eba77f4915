import { Events } from "discord.js";
import type { Listener } from "./index.js";

export default {
  name: Events.ClientReady,
  once: true,
  execute(context, client) {
    context.logger.info("Discord bot ready", {
      user: client.user.tag,
      userId: client.user.id,
      guilds: client.guilds.cache.size,
      // This process's slice of the bot: with DISCORD_SHARDS=auto, what the gateway recommended.
      shards: [...client.ws.shards.keys()],
      shardCount: client.options.shardCount,
    });
  },
} satisfies Listener<Events.ClientReady>;
