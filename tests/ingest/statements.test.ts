import { describe, expect, test } from "vitest";
import { ingestArticle } from "../../src/ingest/index.js";

const quotes = (text: string) =>
  ingestArticle(text).quotes.map((q) => ({
    speaker: q.speaker,
    mode: q.mode,
    verb: q.verb,
    text: q.text,
  }));

describe("direct quotes and reported statements", () => {
  test.each([
    [
      "“…,” X said",
      "Ana Ferreira spoke first.\n\n“We were never against clean energy,” Ferreira said.",
      { speaker: "ana-ferreira", mode: "direct", text: "We were never against clean energy" },
    ],
    [
      "X said: “…”",
      "Kin Phea met reporters.\n\nPhea said: “The policy looks south.”",
      { speaker: "kin-phea", mode: "direct", text: "The policy looks south." },
    ],
    [
      "“…,” X told reporters",
      "Daniel Okafor arrived.\n\n“This is the largest investment,” Okafor told reporters in Lisbon.",
      { speaker: "daniel-okafor", mode: "direct", verb: "told" },
    ],
    [
      "“…,” Dr. X said",
      "Dr. Helen Achebe works here.\n\n“Parents wanted beds,” Dr. Achebe said.",
      { speaker: "helen-achebe", mode: "direct", text: "Parents wanted beds" },
    ],
    [
      "X said that …",
      "Prak Sokhonn said that since 2007 many Cambodians worked there.",
      {
        speaker: "prak-sokhonn",
        mode: "reported",
        verb: "said",
        text: "since 2007 many Cambodians worked there",
      },
    ],
    [
      "X urged …",
      "Prak Sokhonn urged South Korea to finalise the pact.",
      {
        speaker: "prak-sokhonn",
        mode: "reported",
        verb: "urged",
        text: "South Korea to finalise the pact",
      },
    ],
    [
      "X called for …",
      "Joana Pires called for the fund to be doubled.",
      { speaker: "joana-pires", verb: "called for", text: "the fund to be doubled" },
    ],
    [
      "X expressed hope that …",
      "Kin Phea expressed hope that there will be more investment.",
      { speaker: "kin-phea", verb: "expressed hope", text: "there will be more investment" },
    ],
    [
      "X requested …",
      "Rui Matos requested an independent review of the contract.",
      { speaker: "rui-matos", verb: "requested", text: "an independent review of the contract" },
    ],
    [
      "X thanked …",
      "Samuel Oduya thanked more than 12,000 donors for the money.",
      { speaker: "samuel-oduya", verb: "thanked" },
    ],
    [
      "X, apposition, told The Post that …",
      "Kin Phea, the director of the institute, told The Post on Thursday that the leaders agree.",
      { speaker: "kin-phea", verb: "told The Post", text: "the leaders agree" },
    ],
    [
      "…, X, who said …",
      "The plan was proposed by Mayor Lucia Ortega, who said the lanes would cut car traffic.",
      { speaker: "lucia-ortega", verb: "said", text: "the lanes would cut car traffic" },
    ],
    [
      "…, X said (trailing)",
      "The city expects about 60,000 spectators, Aleksandra Nowicka said.",
      {
        speaker: "aleksandra-nowicka",
        verb: "said",
        text: "The city expects about 60,000 spectators",
      },
    ],
  ])("%s", (_name, text, expected) => {
    expect(quotes(text)).toContainEqual(expect.objectContaining(expected));
  });

  test("resolves he/she to the last person named as a subject", () => {
    const k = ingestArticle(
      "Ana Ferreira approved the plan. Daniel Okafor was in Lisbon.\n\nShe also urged the company to publish data.",
    );
    expect(k.quotes.find((q) => q.verb === "urged")?.speaker).toBe("ana-ferreira");
  });

  test("skips a reported verb whose subject is not a person or a named body", () => {
    expect(quotes("A press release issued by the ministry said talks went well.")).toEqual([]);
  });

  test("a named body reports too, but not one ending a person's apposition", () => {
    const group = quotes(
      "Environmental group Green Circle said the plant would need 3 million cubic metres of water.",
    );
    expect(group.map((q) => q.speaker)).toEqual(["green-circle"]);
    const phea = quotes(
      "Kin Phea, director of the Royal Academy of Cambodia’s International Relations Institute, told The Post on Thursday that ties would deepen.",
    );
    expect(phea.map((q) => q.speaker)).toEqual(["kin-phea"]);
  });

  test("a second quote in a paragraph keeps the speaker of the first", () => {
    const q = quotes(
      "Dr. Helen Achebe works here.\n\n“Parents wanted beds,” Dr. Achebe said. “Every room has one.”",
    );
    expect(q.filter((x) => x.mode === "direct").map((x) => x.speaker)).toEqual([
      "helen-achebe",
      "helen-achebe",
    ]);
  });
});
