import type { Prepared } from "./prepare-article.js";
import { IngestInputError } from "./read-input.js";

/** A prepared article, or why it could not be: bad input (a message), or a bug (also a message). */
export type Outcome =
  | { ok: true; prepared: Prepared }
  | { ok: false; input: boolean; message: string };

/** Runs `prepare` and turns its result into a value that can cross a thread boundary. */
export function toOutcome(prepare: () => Prepared): Outcome {
  try {
    return { ok: true, prepared: prepare() };
  } catch (error) {
    const input = error instanceof IngestInputError;
    return { ok: false, input, message: error instanceof Error ? error.message : String(error) };
  }
}
