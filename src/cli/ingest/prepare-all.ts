import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { WorkerJob } from "./ingest-worker.js";
import { type PrepareOptions, prepareArticle } from "./prepare-article.js";
import { type Outcome, toOutcome } from "./prepare-outcome.js";

/**
 * Below this many files, by default, everything runs in this thread: each worker spends about
 * 3 s of CPU getting ready (tsx, compromise's lexicon, a cold JIT) before its first article.
 */
const MIN_FILES_FOR_WORKERS = 16;

export interface PrepareAllOptions {
  /**
   * Worker threads to use; 1 prepares in this thread. Default: one per core from
   * MIN_FILES_FOR_WORKERS files on, else 1.
   */
  threads?: number;
  /** Called as each file is done, in the order they finish. */
  onDone?: (file: string) => void;
}

/**
 * Prepares every file (read, ingest, validate), on worker threads when there are enough files:
 * each worker takes the next file as soon as it is free, so long and short articles balance out.
 * The outcomes come back in the order of `files`.
 */
export async function prepareAll(
  files: string[],
  options: PrepareOptions,
  { threads, onDone }: PrepareAllOptions = {},
): Promise<Outcome[]> {
  const wanted = threads ?? (files.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() : 1);
  const count = Math.min(wanted, files.length);
  if (count <= 1) {
    return files.map((file) => {
      const outcome = toOutcome(() => prepareArticle(file, options));
      onDone?.(file);
      return outcome;
    });
  }
  const outcomes: Outcome[] = new Array(files.length);
  let next = 0;
  const workers = Array.from({ length: count }, () => startWorker());
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= files.length) {
                resolve();
                return;
              }
              const index = next++;
              const job: WorkerJob = { index, file: files[index] ?? "", options };
              worker.postMessage(job);
            };
            worker.on("message", ({ index, outcome }: { index: number; outcome: Outcome }) => {
              outcomes[index] = outcome;
              onDone?.(files[index] ?? "");
              send();
            });
            worker.once("error", reject);
            worker.once("exit", (code) => {
              if (next < files.length || code !== 0)
                reject(new Error(`an ingest worker stopped (exit ${code})`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

function startWorker(): Worker {
  const entry = new URL("./ingest-worker.ts", import.meta.url).href;
  return new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData: { entry } });
}
