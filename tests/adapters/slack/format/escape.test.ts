import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { escapeText, unescapeText } from "../../../../src/adapters/slack/format/escape.js";

describe("escapeText", () => {
  test.each([
    ["<!channel> hi", "&lt;!channel&gt; hi"],
    ["<!here>", "&lt;!here&gt;"],
    ["<@U123> and <#C123>", "&lt;@U123&gt; and &lt;#C123&gt;"],
    ["<https://evil.example|click>", "&lt;https://evil.example|click&gt;"],
    ["fish & chips", "fish &amp; chips"],
    ["already &lt;", "already &amp;lt;"],
    ["plain text, ünïcödé 🇰🇭", "plain text, ünïcödé 🇰🇭"],
  ])("turns %j into %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  test("never leaves a < or > that Slack could read as a mention or link", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeText(s);
        expect(out).not.toMatch(/[<>]/);
      }),
    );
  });

  test("unescapeText undoes it exactly", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(unescapeText(escapeText(s))).toBe(s);
      }),
    );
  });
});

describe("unescapeText", () => {
  test("decodes what Slack escaped in event text, &amp; last so &amp;lt; stays &lt;", () => {
    expect(unescapeText("a &lt; b &amp;&amp; c &gt; d")).toBe("a < b && c > d");
    expect(unescapeText("&amp;lt;")).toBe("&lt;");
  });
});
