import { describe, expect, test } from "vitest";
import { toPayload } from "../../../../src/adapters/discord/replies/payload.js";

describe("toPayload", () => {
  test("disables every mention, including the reply ping", () => {
    expect(toPayload({ content: "@everyone hi" }).allowedMentions).toEqual({
      parse: [],
      repliedUser: false,
    });
  });

  test("keeps content within 2000 characters", () => {
    const content = toPayload({ content: "x".repeat(5000) }).content ?? "";
    expect(content.length).toBe(2000);
    expect(content.endsWith("…")).toBe(true);
  });

  test("says so when embeds had to be left out", () => {
    const big = { title: "s", description: "q".repeat(4000) };
    const payload = toPayload({ embeds: [big, big, big] });
    expect(payload.content).toMatch(/more sections? did not fit/);
  });

  test("always sends embeds and components arrays, so an update clears old buttons", () => {
    expect(toPayload({ content: "hi" })).toMatchObject({ embeds: [], components: [] });
  });
});
