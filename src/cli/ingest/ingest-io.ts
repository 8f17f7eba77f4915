import type { ProgressStream } from "./progress.js";

/** Where `npm run ingest` writes its lines: results to `out`, problems to `err`. */
export interface IngestIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where the progress bar or progress lines go (stderr); none when absent. */
  progress?: ProgressStream;
  /** Worker threads for a folder of files; default one per core. */
  threads?: number;
}
