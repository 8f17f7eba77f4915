import { runIngest } from "./ingest/run-ingest.js";

// `npm run ingest -- <file or folder> [--title T] [--source S] [--date D] [--data DIR] [--force]`
process.exitCode = runIngest(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
