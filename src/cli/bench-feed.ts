/**
 * `npm run bench:feed [-- N]`: ingests a feed of N (default 50) generated articles served on
 * 127.0.0.1 into a fresh folder, twice, and prints how long each run took. A benchmark: it
 * asserts nothing.
 */
import { benchFeed } from "./bench/feed-bench.js";

const n = Number(process.argv[2] ?? 50);
if (!Number.isInteger(n) || n < 1) {
  process.stderr.write("Usage: npm run bench:feed [-- N]   (N items, default 50)\n");
  process.exitCode = 2;
} else {
  const result = await benchFeed(n);
  const run = (r: { seconds: number; added: number; known: number; other: number }) =>
    `${r.seconds.toFixed(2)} s (${r.added} added, ${r.known} already ingested, ${r.other} other)`;
  process.stdout.write(
    [
      `Feed of ${result.items} items served on 127.0.0.1:`,
      `  first run, in process:   ${run(result.first)}`,
      `  second run, in process:  ${run(result.second)}`,
      ...(result.secondAsCommand
        ? [
            `  second run as \`npm run ingest -- --feed\` (new process, start-up included): ${result.secondAsCommand.seconds.toFixed(2)} s, exit ${result.secondAsCommand.exitCode}`,
          ]
        : []),
      "",
    ].join("\n"),
  );
}
