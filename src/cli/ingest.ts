import { findMisspelledVariables } from "../config/misspelled-env.js";
import { runIngest } from "./ingest/run-ingest.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

// `npm run ingest -- <file or folder> [--title T] [--source S] [--date D] [--data DIR] [--force]`
loadDotEnv();
for (const warning of findMisspelledVariables(process.env)) {
  process.stderr.write(`Warning: ${warning}\n`);
}
process.exitCode = await runIngest(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr,
});
