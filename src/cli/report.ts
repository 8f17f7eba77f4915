/** `npm run report`: what users asked, from the question log (see REPORT_USAGE). */
import { runReport } from "./report/run-report.js";
import { exitQuietlyOnBrokenPipe } from "./shared/broken-pipe.js";
import { processIo } from "./shared/cli-io.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

exitQuietlyOnBrokenPipe();
loadDotEnv();
process.exitCode = await runReport(process.argv.slice(2), processIo());
