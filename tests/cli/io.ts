import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "../../src/cli/shared/cli-io.js";

/** Test helper: in-memory streams for running a CLI's `run*` function in-process. */
export interface MemoryIo {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

export function memoryIo(stdin = "", env: Record<string, string | undefined> = {}): MemoryIo {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = "";
  let stderr = "";
  out.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  err.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return {
    io: { stdin: Readable.from([stdin]), stdout: out, stderr: err, env },
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
