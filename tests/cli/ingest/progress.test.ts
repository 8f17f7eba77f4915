import { describe, expect, test } from "vitest";
import { createProgress, formatDuration } from "../../../src/cli/ingest/progress.js";

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (t: string) => writes.push(t) } };
}

describe("ingest progress", () => {
  test("a plain line at each tenth of the way, with the time left from the pace so far", () => {
    let clock = 0;
    const { writes, stream } = recorder(false);
    const progress = createProgress(20, stream, () => clock);
    for (let i = 0; i < 20; i++) {
      clock += 500;
      progress.tick();
    }
    progress.done();
    expect(writes).toHaveLength(10);
    expect(writes[0]).toBe("Ingested 2/20 articles (10 %), about 9 s left\n");
    expect(writes.at(-1)).toBe("Ingested 20/20 articles (100 %)\n");
  });

  test("on a terminal, a bar redrawn at most every 100 ms, always at the end", () => {
    let clock = 0;
    const { writes, stream } = recorder(true);
    const progress = createProgress(1000, stream, () => clock);
    for (let i = 0; i < 1000; i++) {
      clock += 1;
      progress.tick();
    }
    progress.done();
    expect(writes.length).toBeLessThanOrEqual(12);
    expect(writes.at(-2)).toBe(`\r\u001b[2K[${"█".repeat(24)}] 1000/1000 articles`);
    expect(writes.at(-1)).toBe("\n");
  });

  test("one file shows nothing", () => {
    const { writes, stream } = recorder(true);
    const progress = createProgress(1, stream);
    progress.tick();
    progress.done();
    expect(writes).toEqual([]);
  });

  test.each([
    [42_000, "42 s"],
    [185_000, "3 min 05 s"],
    [3_720_000, "1 h 02 min"],
  ])("formats %i ms as %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
