/**
 * A worker thread of `npm run ingest`: prepares the articles it is sent, one message each, and
 * answers with the knowledge or the problem. Started by prepare-all.ts through worker-boot.mjs.
 */
import { parentPort } from "node:worker_threads";
import { type PrepareOptions, prepareArticle } from "./prepare-article.js";
import { toOutcome } from "./prepare-outcome.js";

export interface WorkerJob {
  index: number;
  file: string;
  options: PrepareOptions;
}

parentPort?.on("message", (job: WorkerJob) => {
  parentPort?.postMessage({
    index: job.index,
    outcome: toOutcome(() => prepareArticle(job.file, job.options)),
  });
});
