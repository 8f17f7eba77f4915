import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { buildArticleIndex } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { STORED_INDEX_FORMAT } from "../../src/data/stored-index.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

/**
 * What index.json would hold for the fixture (its knowledge as loaded and its index with every
 * sentence's spans), fingerprinted. When this test fails, a stored index of the same files now
 * comes out different: raise STORED_INDEX_FORMAT in src/data/stored-index.ts, so indexes written
 * by the old code are built again rather than read, and copy the new format and hash here.
 */
const FINGERPRINT = {
  format: 1,
  sha256: "db61a1cb7a0571f3f8c2dcca1048cb9b3e819711892cc736aabbf848021177cb",
};

describe("STORED_INDEX_FORMAT", () => {
  test("changes whenever what a stored index holds does", () => {
    const [seed] = loadCorpus(FIXTURE_DATA_DIR);
    if (!seed) throw new Error("the fixture knowledge has no article");
    const sha256 = createHash("sha256")
      .update(JSON.stringify({ knowledge: seed, index: buildArticleIndex(seed, { spans: true }) }))
      .digest("hex");
    expect(
      { format: STORED_INDEX_FORMAT, sha256 },
      "the stored index changed: raise STORED_INDEX_FORMAT and update FINGERPRINT",
    ).toEqual(FINGERPRINT);
  });
});
