import { describe, expect, test } from "vitest";
import { benchFeed } from "../../../src/cli/bench/feed-bench.js";

// The feed benchmark's figures are reported, not asserted; this checks that what it measures is
// real work: every generated page is read as an article, and the second run finds them all known.
describe("npm run bench:feed", { timeout: 60_000 }, () => {
  test("ingests every item of the served feed, then finds each in the ledger", async () => {
    const result = await benchFeed(3, false);
    expect(result.first).toMatchObject({ added: 3, known: 0, other: 0 });
    expect(result.second).toMatchObject({ added: 0, known: 3, other: 0 });
  });
});
