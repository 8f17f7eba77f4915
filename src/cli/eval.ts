/** `npm run eval`: accuracy of the engine on tests/eval/questions.jsonl (see EVAL_USAGE). */
import { runEval } from "./eval/run-eval.js";
import { exitQuietlyOnBrokenPipe } from "./shared/broken-pipe.js";
import { processIo } from "./shared/cli-io.js";
import { loadDotEnv } from "./shared/load-dotenv.js";

exitQuietlyOnBrokenPipe();
loadDotEnv();
process.exitCode = await runEval(process.argv.slice(2), processIo());
