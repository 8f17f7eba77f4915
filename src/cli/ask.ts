/**
 * `npm run ask -- "question"`: one answer from the command line (see ASK_USAGE).
 */
import { runAsk } from "./ask/run-ask.js";
import { exitQuietlyOnBrokenPipe } from "./shared/broken-pipe.js";
import { processIo } from "./shared/cli-io.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

exitQuietlyOnBrokenPipe();
loadDotEnv();
process.exitCode = await runAsk(process.argv.slice(2), processIo());
