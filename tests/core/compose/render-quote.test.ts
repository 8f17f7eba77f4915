import { describe, expect, test } from "vitest";
import { renderQuote } from "../../../src/core/compose/render-quote.js";

describe("renderQuote", () => {
  test.each([
    [
      "direct words, in quotation marks after 'said'",
      { mode: "direct", text: "It went well." },
      "Kin Phea said: “It went well.”",
    ],
    [
      "reported clause after its verb",
      { mode: "reported", text: "South Korea to hire more workers", verb: "urged" },
      "Kin Phea urged South Korea to hire more workers",
    ],
    [
      "reported words without a verb, with 'said'",
      { mode: "reported", text: "the talks went well" },
      "Kin Phea said the talks went well",
    ],
    [
      "reported words that already open with the verb, the verb once",
      { mode: "reported", text: "expressed hope for more investment", verb: "expressed hope" },
      "Kin Phea expressed hope for more investment",
    ],
    [
      "a reported whole sentence after a colon",
      { mode: "reported", text: "This is so that workers are safe.", verb: "explained" },
      "Kin Phea explained: This is so that workers are safe.",
    ],
  ] as const)("%s", (_, quote, expected) => {
    expect(renderQuote(quote, "Kin Phea")).toBe(expected);
  });

  test("shows the quote's words once", () => {
    const line = renderQuote({ mode: "direct", text: "We will build it." }, "Ana Lopez");
    expect(line.split("We will build it.")).toHaveLength(2);
  });
});
