/**
 * Which Discord gateway shards this process runs. A shard is one gateway connection carrying the
 * events of the guilds whose `(guild_id >> 22) % count` is its id (DMs arrive on shard 0); several
 * machines split one bot by running different ids of the same count.
 */
export type DiscordShards =
  /** As many shards as Discord recommends (GET /gateway/bot), all in this process. */
  | { mode: "auto" }
  /** These ids out of `count` shards in all (`count` must be the same on every machine). */
  | { mode: "fixed"; ids: number[]; count: number };

/** Today's default: one process, one connection. */
export const ONE_SHARD: DiscordShards = Object.freeze({ mode: "fixed", ids: [0], count: 1 });

/** The shard variables as the schema has read them (ids still as written: "0", "2-3"). */
export interface ShardVariables {
  DISCORD_SHARDS?: "auto";
  DISCORD_SHARD_IDS?: string[];
  DISCORD_SHARD_COUNT?: number;
}

export type ShardsResult = { ok: true; shards: DiscordShards } | { ok: false; problems: string[] };

/**
 * Checks the three variables against each other: `auto` alone, or ids with the total count, or a
 * count alone (every shard here). Each problem names the variable it is about.
 *
 * @example discordShardsOf({ DISCORD_SHARD_IDS: ["0", "2-3"], DISCORD_SHARD_COUNT: 4 })
 *          // { ok: true, shards: { mode: "fixed", ids: [0, 2, 3], count: 4 } }
 */
export function discordShardsOf(v: ShardVariables): ShardsResult {
  const { DISCORD_SHARDS: auto, DISCORD_SHARD_IDS: written, DISCORD_SHARD_COUNT: count } = v;
  if (auto) {
    if (written || count) {
      return fail(
        "DISCORD_SHARDS: auto cannot be combined with DISCORD_SHARD_IDS or DISCORD_SHARD_COUNT " +
          "(auto runs every shard Discord recommends in this process; to split the bot across " +
          "machines, leave DISCORD_SHARDS empty and set DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT)",
      );
    }
    return { ok: true, shards: { mode: "auto" } };
  }
  if (written && count === undefined) {
    return fail(
      "DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT, the number of shards across all machines",
    );
  }
  if (count === undefined) return { ok: true, shards: ONE_SHARD };
  if (!written) {
    return { ok: true, shards: { mode: "fixed", ids: range(0, count - 1), count } };
  }

  const problems: string[] = [];
  const ids: number[] = [];
  for (const item of written) {
    const [from, to = from] = item.split("-").map(Number) as [number, number?];
    if (to < from) {
      problems.push(`DISCORD_SHARD_IDS: the range ${item} runs backwards (write ${to}-${from})`);
    } else if (to > count - 1) {
      problems.push(
        `DISCORD_SHARD_IDS: ${item} is outside 0..${count - 1} (DISCORD_SHARD_COUNT=${count} numbers the shards 0 to ${count - 1})`,
      );
    } else {
      ids.push(...range(from, to));
    }
  }
  const seen = new Set<number>();
  const twice = ids.find((id) => seen.size === seen.add(id).size);
  if (twice !== undefined) problems.push(`DISCORD_SHARD_IDS: shard ${twice} is listed twice`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, shards: { mode: "fixed", ids: ids.sort((a, b) => a - b), count } };
}

function fail(problem: string): ShardsResult {
  return { ok: false, problems: [problem] };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
