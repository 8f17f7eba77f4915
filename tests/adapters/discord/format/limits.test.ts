import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  cutAt,
  DISCORD_LIMITS,
  ELLIPSIS,
  embedLength,
  fitEmbeds,
  joinLinesWithin,
  paginateLines,
  truncate,
} from "../../../../src/adapters/discord/format/limits.js";

/** True when `text` has a surrogate half without its partner (a character cut in two). */
const hasLoneSurrogate = (text: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe("truncate", () => {
  test("leaves text within the limit unchanged", () => {
    expect(truncate("Over 9,000", 10)).toBe("Over 9,000");
  });

  test("cuts longer text to the limit, ending with an ellipsis", () => {
    const cut = truncate("Over 9,000 Cambodians", 10);
    expect(cut).toBe(`Over 9,00${ELLIPSIS}`);
    expect(cut.length).toBe(10);
  });

  test("drops trailing spaces before the ellipsis", () => {
    expect(truncate("one two three", 5)).toBe(`one${ELLIPSIS}`);
  });

  test("never splits an emoji, a surrogate pair or a combining mark", () => {
    const family = "👨‍👩‍👧";
    expect(truncate(`ab${family}cd`, 6)).toBe(`ab${ELLIPSIS}`);
    expect(truncate("😀😀😀", 4)).toBe(`😀${ELLIPSIS}`);
    expect(truncate("cafe\u0301 noir", 5)).toBe(`caf${ELLIPSIS}`);
  });

  test("handles the smallest limits", () => {
    expect(truncate("abc", 1)).toBe(ELLIPSIS);
    expect(truncate("abc", 0)).toBe("");
  });

  test("any text, any limit: the result fits and has no lone surrogate", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.nat(400), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(hasLoneSurrogate(cut)).toBe(false);
        if (text.length <= max) expect(cut).toBe(text);
      }),
    );
  });
});

describe("cutAt", () => {
  test("cuts without an ellipsis, at a character boundary", () => {
    expect(cutAt("abc😀", 4)).toBe("abc");
    expect(cutAt("abc", 10)).toBe("abc");
  });
});

describe("joinLinesWithin", () => {
  const lines = Array.from({ length: 50 }, (_, i) => `line number ${i + 1}`);

  test("joins everything when it fits", () => {
    expect(joinLinesWithin(["a", "b"], 10)).toBe("a\nb");
  });

  test("keeps whole lines and says how many were left out", () => {
    const joined = joinLinesWithin(lines, 100, (n) => `… and ${n} more`);
    expect(joined.length).toBeLessThanOrEqual(100);
    const kept = joined.split("\n");
    const note = kept.pop();
    expect(kept.every((l) => lines.includes(l))).toBe(true);
    expect(note).toBe(`… and ${50 - kept.length} more`);
  });

  test("truncates a single line that is longer than the whole budget", () => {
    expect(joinLinesWithin(["x".repeat(50), "y"], 10).length).toBeLessThanOrEqual(10);
  });
});

describe("paginateLines", () => {
  test("splits lines into pages within the limit, losing none", () => {
    const lines = Array.from({ length: 40 }, (_, i) => `fact ${i} ${"w".repeat(i)}`);
    const pages = paginateLines(lines, 200);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.length <= 200)).toBe(true);
    expect(pages.join("\n").split("\n")).toEqual(lines);
  });
});

describe("fitEmbeds", () => {
  test("truncates each part of an embed to its own limit", () => {
    const { embeds } = fitEmbeds([
      {
        title: "t".repeat(300),
        description: "d".repeat(2000),
        fields: [{ name: "n".repeat(300), value: "v".repeat(2000) }],
        footer: { text: "f".repeat(1000) },
      },
    ]);
    const [embed] = embeds;
    expect(embed?.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(embed?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed?.fields?.[0]?.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
    expect(embed?.fields?.[0]?.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  test("one embed over 6000 gives up footer and description before its quoted sources", () => {
    const { embeds } = fitEmbeds([
      {
        title: "question",
        description: "d".repeat(4096),
        fields: [{ name: "Paragraph 4", value: "v".repeat(1024) }],
        footer: { text: "f".repeat(2048) },
      },
    ]);
    const [embed] = embeds;
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(embed?.fields?.[0]?.value).toBe("v".repeat(1024));
    expect(embed?.footer?.text.length).toBeLessThan(2048);
  });

  test("keeps the total of all embeds within 6000 and reports what was left out", () => {
    const big = { title: "speaker", description: "q".repeat(4000) };
    const { embeds, omitted } = fitEmbeds([big, big, big]);
    const total = embeds.reduce((sum, e) => sum + embedLength(e), 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(embeds.length + omitted).toBe(3);
    expect(omitted).toBeGreaterThan(0);
  });

  test("never sends more than 10 embeds", () => {
    const { embeds, omitted } = fitEmbeds(Array.from({ length: 12 }, () => ({ title: "x" })));
    expect(embeds).toHaveLength(10);
    expect(omitted).toBe(2);
  });

  test("any embeds: the result respects every limit", () => {
    const text = (max: number) => fc.string({ maxLength: max });
    const embed = fc.record(
      {
        title: text(400),
        description: text(6000),
        footer: fc.record({ text: text(2500) }),
        fields: fc.array(fc.record({ name: text(300), value: text(1500) }), { maxLength: 30 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), (input) => {
        const { embeds } = fitEmbeds(input);
        expect(embeds.length).toBeLessThanOrEqual(10);
        expect(embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(6000);
        for (const e of embeds) {
          expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
          expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
          for (const f of e.fields ?? []) {
            expect(f.name.length).toBeLessThanOrEqual(256);
            expect(f.value.length).toBeLessThanOrEqual(1024);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
