import { Events } from "discord.js";
import type { Listener } from "./index.js";

/** Each gateway connection of this process, as it comes up (again after a reconnect). */
export default {
  name: Events.ShardReady,
  execute(context, shardId) {
    context.logger.info("Discord shard ready", { shardId });
  },
} satisfies Listener<Events.ShardReady>;
