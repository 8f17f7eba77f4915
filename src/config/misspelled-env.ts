import { EnvSchema } from "./env-schema.js";

/** Prefixes of the bot's own variables: an unknown one with these is a typo or a leftover. */
const OWN_PREFIXES = ["DISCORD_", "SLACK_", "KB_", "RATE_LIMIT_", "FETCH_", "FEED_"];

/**
 * Variables in the environment that look like one the bot reads but are not ("DISCORD_TOKN"),
 * each as a message naming the closest known variable; a silently ignored token is a long hunt.
 * Only names are compared and reported, never values.
 *
 * @example findMisspelledVariables({ DISCORD_TOKN: "…" }) // ["DISCORD_TOKN is not a variable … DISCORD_TOKEN?"]
 */
export function findMisspelledVariables(env: Record<string, string | undefined>): string[] {
  const known = Object.keys(EnvSchema.shape);
  const messages: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (known.includes(name)) continue;
    const upper = name.trim().toUpperCase();
    let best: { name: string; distance: number } | undefined;
    for (const candidate of known) {
      const distance = editDistance(upper, candidate);
      if (!best || distance < best.distance) best = { name: candidate, distance };
    }
    if (!best) continue;
    // Short names (PORT) only take one slip, or HOST would look like PORT.
    const close = best.distance <= (best.name.length <= 6 ? 1 : 2);
    const ours = OWN_PREFIXES.some((prefix) => upper.startsWith(prefix));
    if (close) {
      messages.push(`${name} is not a variable the bot reads; did you mean ${best.name}?`);
    } else if (ours) {
      messages.push(
        `${name} is not a variable the bot reads (the closest is ${best.name}); see .env.example.`,
      );
    }
  }
  return messages;
}

/** Edits (insert, delete, substitute, swap two neighbours) between two names. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}
