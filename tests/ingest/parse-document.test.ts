import { describe, expect, test } from "vitest";
import { parseDocument } from "../../src/ingest/parse-document.js";

describe("parseDocument", () => {
  test.each([
    ["splits paragraphs at blank lines", "One.\n\nTwo.\n\n\nThree.", ["One.", "Two.", "Three."]],
    [
      "joins hard-wrapped lines",
      "One line\nwrapped here.\n\nTwo.",
      ["One line wrapped here.", "Two."],
    ],
    ["accepts Windows line ends", "One.\r\n\r\nTwo.", ["One.", "Two."]],
    ["treats whitespace-only lines as blank", "One.\n  \t\nTwo.", ["One.", "Two."]],
    [
      "drops blocks without words",
      "One.\n\n---\n\n***\n\nTwo.",
      ["One.", "---", "***", "Two."].filter((p) => /\w/.test(p)),
    ],
    ["keeps brackets in plain text", "Phea said [South] Korea.", ["Phea said [South] Korea."]],
  ])("plain text: %s", (_name, input, paragraphs) => {
    expect(parseDocument(input, "text").paragraphs).toEqual(paragraphs);
  });

  test("takes a short first line without closing punctuation as the headline", () => {
    const doc = parseDocument("Rain floods Leeds\n\nIt rained all day. Rivers rose.", "text");
    expect(doc.title).toBe("Rain floods Leeds");
    expect(doc.paragraphs).toEqual(["It rained all day. Rivers rose."]);
  });

  test("does not take a sentence as a headline", () => {
    expect(parseDocument("It rained.\n\nRivers rose.", "text").title).toBeUndefined();
  });

  test.each([
    ["strips emphasis", "It was **very** _wet_ and *cold*.", "It was very wet and cold."],
    ["keeps link text", "Read [the report](https://example.org/r) now.", "Read the report now."],
    ["drops images", "A ![chart](c.png) shows it.", "A shows it."],
    ["strips code spans", "Run `ingest` now.", "Run ingest now."],
    ["strips block quotes", "> Quoted words here.", "Quoted words here."],
    ["strips list markers", "- first point", "first point"],
  ])("markdown: %s", (_name, input, paragraph) => {
    expect(parseDocument(input, "markdown").paragraphs).toEqual([paragraph]);
  });

  test("takes a leading # heading as the title and drops other headings", () => {
    const doc = parseDocument(
      "# Busan summit\n\nFirst para.\n\n## Background\n\nSecond para.",
      "markdown",
    );
    expect(doc.title).toBe("Busan summit");
    expect(doc.paragraphs).toEqual(["First para.", "Second para."]);
  });

  test("reads a setext heading as the title", () => {
    expect(parseDocument("Busan summit\n===\n\nBody.", "markdown").title).toBe("Busan summit");
  });

  test("has no paragraphs when there are no words", () => {
    expect(parseDocument("\n\n  \n---\n", "markdown").paragraphs).toEqual([]);
  });

  test("a Markdown byline is the byline, not paragraph 1", () => {
    const doc = parseDocument(
      "# Busan summit\n\n*By staff reporter*\n\nThe summit opened on Monday.\n\nIt closed on Wednesday.",
      "markdown",
    );
    expect(doc.byline).toBe("staff reporter");
    expect(doc.paragraphs).toEqual(["The summit opened on Monday.", "It closed on Wednesday."]);
  });

  test("a plain-text byline under the headline is neither headline nor paragraph", () => {
    const doc = parseDocument(
      "Port reopens after strike\n\nBy Camila Rojas, Valparaíso\n\nThe port reopened on Friday.\n\nShips queued.",
      "text",
    );
    expect(doc).toEqual({
      title: "Port reopens after strike",
      byline: "Camila Rojas, Valparaíso",
      paragraphs: ["The port reopened on Friday.", "Ships queued."],
    });
  });

  test("a first line that is a byline is not taken as the headline", () => {
    const doc = parseDocument("By Jane Smith\n\nThe port reopened on Friday.", "text");
    expect(doc.title).toBeUndefined();
    expect(doc.byline).toBe("Jane Smith");
    expect(doc.paragraphs).toEqual(["The port reopened on Friday."]);
  });

  test("a sentence that starts with By stays a paragraph", () => {
    const doc = parseDocument(
      "By 2030 the city wants more trams.\n\nBy Friday the port had reopened.",
      "text",
    );
    expect(doc.byline).toBeUndefined();
    expect(doc.paragraphs).toHaveLength(2);
  });

  test("a byline deep in the text is left alone", () => {
    const doc = parseDocument("One.\n\nTwo.\n\nBy Jane Smith\n\nThree.", "text");
    expect(doc.paragraphs).toEqual(["One.", "Two.", "By Jane Smith", "Three."]);
  });
});
