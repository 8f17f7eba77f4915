import type { Readable, Writable } from "node:stream";

/** The process's streams and environment, injected so each CLI can run inside a test. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Writes one line, waiting for the stream to drain so long batches don't buffer in memory. */
export async function writeLine(stream: Writable, text: string): Promise<void> {
  if (stream.write(`${text}\n`)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = (): void => {
      stream.off("error", onError);
      resolve();
    };
    const onError = (error: Error): void => {
      stream.off("drain", onDrain);
      reject(error);
    };
    stream.once("drain", onDrain);
    stream.once("error", onError);
  });
}
