/** `npm run bench`: latency and throughput of the engine on the eval questions (see BENCH_USAGE). */
import { runBench } from "./bench/run-bench.js";
import { exitQuietlyOnBrokenPipe } from "./shared/broken-pipe.js";
import { processIo } from "./shared/cli-io.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

exitQuietlyOnBrokenPipe();
loadDotEnv();
process.exitCode = await runBench(process.argv.slice(2), processIo());
