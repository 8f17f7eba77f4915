import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

/**
 * The lines of a text stream, split only at "\n" (a "\r\n" ending loses its "\r"). Unlike
 * node:readline, a lone "\r" inside a line does not end it, so one input line is one item:
 * `ask --jsonl` pairs each answer with its question.
 *
 * @example for await (const line of readLines(process.stdin)) console.log(line);
 */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let end = pending.indexOf("\n");
    while (end >= 0) {
      yield withoutCarriageReturn(pending.slice(0, end));
      pending = pending.slice(end + 1);
      end = pending.indexOf("\n");
    }
  }
  pending += decoder.end();
  if (pending.length > 0) yield withoutCarriageReturn(pending);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
