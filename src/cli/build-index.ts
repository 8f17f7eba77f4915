/** `npm run index`: writes the stored index of every article that needs one (see INDEX_USAGE). */
import { runBuildIndex } from "./build-index/run-build-index.js";
import { exitQuietlyOnBrokenPipe } from "./shared/broken-pipe.js";
import { processIo } from "./shared/cli-io.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

exitQuietlyOnBrokenPipe();
loadDotEnv();
process.exitCode = await runBuildIndex(process.argv.slice(2), processIo());
