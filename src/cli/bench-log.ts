/** `npm run bench:log`: what logging adds to a question (see LOG_BENCH_USAGE). */
import { runLogBench } from "./bench/run-log-bench.js";
import { processIo } from "./shared/cli-io.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

loadDotEnv();
process.exitCode = await runLogBench(process.argv.slice(2), processIo());
