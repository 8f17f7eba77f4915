import type { types } from "@slack/bolt";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  actionValue,
  BLOCK_LIMITS,
  buttonLabel,
  capBlocks,
  context,
  packSections,
  section,
  truncateText,
} from "../../../../src/adapters/slack/format/block-limits.js";
import { escapeText } from "../../../../src/adapters/slack/format/escape.js";

describe("truncateText", () => {
  test("leaves text within the limit alone", () => {
    expect(truncateText("short", 10)).toBe("short");
    expect(truncateText("x".repeat(10), 10)).toBe("x".repeat(10));
  });

  test("cuts longer text to the limit, ending with an ellipsis", () => {
    const out = truncateText("x".repeat(20), 10);
    expect(out).toHaveLength(10);
    expect(out.endsWith("…")).toBe(true);
  });

  test("never splits an emoji's surrogate pair", () => {
    const out = truncateText(`abc${"🇰🇭".repeat(10)}`, 7);
    expect(out.length).toBeLessThanOrEqual(7);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test("never cuts an entity such as &lt; in half, so escaped text stays escaped", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "<", ">", "&", " ") }),
        fc.nat(40),
        (s, max) => {
          const out = truncateText(escapeText(s), max + 2);
          expect(out.length).toBeLessThanOrEqual(max + 2);
          const withoutEntities = out.replace(/&(?:amp|lt|gt);/g, "");
          expect(withoutEntities).not.toContain("&");
        },
      ),
    );
  });
});

describe("Block Kit limits", () => {
  test("a section never holds more than 3,000 characters", () => {
    const block = section("y".repeat(5000)) as types.SectionBlock;
    expect(block.text?.text).toHaveLength(BLOCK_LIMITS.sectionText);
  });

  test("packSections splits a long list into sections that each fit", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `• line ${i} ${"z".repeat(60)}`);
    const blocks = packSections(lines) as types.SectionBlock[];
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b.text?.text.length).toBeLessThanOrEqual(3000);
    const joined = blocks.map((b) => b.text?.text).join("\n");
    expect(joined).toContain("line 0 ");
    expect(joined).toContain("line 199 ");
  });

  test("a context block keeps at most 10 elements", () => {
    const block = context(Array.from({ length: 15 }, (_, i) => `c${i}`)) as types.ContextBlock;
    expect(block.elements).toHaveLength(BLOCK_LIMITS.contextElements);
  });

  test("button labels stay within 75 characters and values within 2,000", () => {
    expect(buttonLabel("q".repeat(200))).toHaveLength(75);
    expect(actionValue("v".repeat(5000))).toHaveLength(2000);
    expect(buttonLabel("Who is Oh Keo-don?")).toBe("Who is Oh Keo-don?");
  });

  test("capBlocks keeps a message within 50 blocks, keeping the trailing buttons and saying it was cut", () => {
    const many: types.KnownBlock[] = Array.from({ length: 80 }, (_, i) => section(`s${i}`));
    const actions: types.KnownBlock = { type: "actions", elements: [] };
    const capped = capBlocks([...many, actions]);
    expect(capped).toHaveLength(BLOCK_LIMITS.blocks);
    expect(capped.at(-1)).toBe(actions);
    expect(JSON.stringify(capped.at(-2))).toContain("cut to fit");
    expect(capBlocks(many.slice(0, 5))).toHaveLength(5);
  });
});
