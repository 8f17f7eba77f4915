/** `npm run fit`: fits the engine's weights on the training questions and writes the weights file. */
import { writeFileSync } from "node:fs";
import { DEFAULT_MODEL } from "../core/model/model.js";
import { formatSplitFigures } from "./eval/format-figures.js";
import { outcomeOf } from "./eval/measure.js";
import { fitModel } from "./fit/fit-model.js";
import { collectRecords } from "./fit/records.js";
import { loadTrainingSets, TRAINING_PATHS } from "./fit/training-sets.js";
import { exitQuietlyOnBrokenPipe } from "./shared/broken-pipe.js";
import { parseCliArgs } from "./shared/parse-cli-args.js";

const USAGE = `Usage: npm run fit [-- options]

Fits the ranking, decision and short-answer weights on the training part of the labelled
questions (the seed eval's training lines, the ingested fixtures, the SQuAD dev articles not
held out) and writes them to the weights file. Held-out questions are never read by the fit;
their figures are printed beside the training ones.

Options:
  --out FILE      weights file to write (default src/core/model/weights.json)
  --squad FILE    SQuAD v2.0 file (default ${TRAINING_PATHS.squad})
  --dry-run       fit and report, write nothing
  -h, --help      show this help`;

exitQuietlyOnBrokenPipe();
const parsed = parseCliArgs(process.argv.slice(2), {
  out: { type: "string" },
  squad: { type: "string" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
});
if (!parsed.ok || parsed.positionals.length > 0) {
  process.stderr.write(`${parsed.ok ? "Unexpected argument" : parsed.error}\n\n${USAGE}\n`);
  process.exit(2);
}
if (parsed.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const started = Date.now();
const records = collectRecords(
  loadTrainingSets({ ...TRAINING_PATHS, squad: parsed.values.squad ?? TRAINING_PATHS.squad }),
);
process.stderr.write(
  `${records.length} questions run in ${((Date.now() - started) / 1000).toFixed(1)} s; fitting…\n`,
);
const model = fitModel(records, DEFAULT_MODEL);
const outcomes = records.map((r) => outcomeOf(r, model));
process.stdout.write(`${formatSplitFigures(outcomes)}\n`);
if (!parsed.values["dry-run"]) {
  const out = parsed.values.out ?? "src/core/model/weights.json";
  const note = `Written by \`npm run fit\` on ${new Date().toISOString().slice(0, 10)} from ${records.filter((r) => r.item.split === "train").length} training questions; do not edit by hand.`;
  writeFileSync(out, `${JSON.stringify({ note, ...model }, null, 2)}\n`);
  process.stdout.write(`Wrote ${out}\n`);
}
