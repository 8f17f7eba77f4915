import { findMisspelledVariables } from "../config/misspelled-env.js";
import { runIngest } from "./ingest/run-ingest.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

// `npm run ingest -- <file, folder or URL> [--title T] [--source S] [--date D] [--data DIR] [--force]`
// `npm run ingest -- --feed URL [--data DIR]`
// FETCH_* limits may live in .env, as for `npm start`.
loadDotEnv();
for (const warning of findMisspelledVariables(process.env)) {
  process.stderr.write(`Warning: ${warning}\n`);
}
process.exitCode = await runIngest(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr,
});
