/** `npm run ask -- --jsonl < q.txt | head -1` closes stdout early: stop quietly, not with a stack trace. */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
