import { vi } from "vitest";

/** Waits until the memory logger holds a line with every field of `match`, and returns it. */
export async function waitForLog(
  logger: { lines: Record<string, unknown>[] },
  match: Record<string, unknown>,
  timeout = 5000,
): Promise<Record<string, unknown>> {
  return vi.waitFor(
    () => {
      const line = logger.lines.find((l) =>
        Object.entries(match).every(([key, value]) => l[key] === value),
      );
      if (!line) throw new Error(`no log line like ${JSON.stringify(match)}`);
      return line;
    },
    { timeout, interval: 10 },
  );
}
