/** Where `npm run ingest` writes its lines: results to `out`, problems to `err`. */
export interface IngestIo {
  out: (line: string) => void;
  err: (line: string) => void;
}
