import { describe, expect, test } from "vitest";
import { filterArticles, findArticle } from "../../../src/adapters/shared/find-article.js";
import type { ArticleSummary } from "../../../src/core/index.js";

const summary = (id: string, title: string): ArticleSummary => ({
  id,
  title,
  source: "The Post",
  paragraphs: 3,
  facts: 2,
  quotes: 1,
});
const articles = [
  summary("cambodia-korea-busan-summit", "Cambodia urges South Korea to finalise RCEP"),
  summary(
    "record-field-of-18-500-runners-for-gdansk",
    "Record field of 18,500 runners for Gdańsk Marathon",
  ),
  summary("porto-novo-offshore-wind-farm", "Porto Novo offshore wind farm approved"),
  summary("porto-alegre-floods", "Porto Alegre floods recede"),
];

const found = (typed: string) => {
  const match = findArticle(articles, typed);
  return match.kind === "found" ? match.article.id : match.kind;
};

describe("findArticle", () => {
  test.each([
    { typed: "porto-novo-offshore-wind-farm", id: "porto-novo-offshore-wind-farm" },
    { typed: "cambodia", id: "cambodia-korea-busan-summit" },
    { typed: "Porto Novo", id: "porto-novo-offshore-wind-farm" },
    { typed: "gdansk marathon", id: "record-field-of-18-500-runners-for-gdansk" },
    { typed: "RECORD FIELD", id: "record-field-of-18-500-runners-for-gdansk" },
    { typed: "wind farm", id: "porto-novo-offshore-wind-farm" },
  ])("finds $id from $typed", ({ typed, id }) => {
    expect(found(typed)).toBe(id);
  });

  test("is ambiguous when several articles fit equally well", () => {
    const match = findArticle(articles, "porto");
    expect(match.kind).toBe("ambiguous");
    if (match.kind === "ambiguous") {
      expect(match.candidates.map((a) => a.id)).toEqual([
        "porto-novo-offshore-wind-farm",
        "porto-alegre-floods",
      ]);
    }
  });

  test.each(["seoul", "", "   "])("finds nothing for %j", (typed) => {
    expect(found(typed)).toBe("unknown");
  });
});

describe("filterArticles", () => {
  test("every article for empty input, in corpus order", () => {
    expect(filterArticles(articles, "")).toEqual(articles);
  });

  test("closest first: a title that starts with the words before one that contains them", () => {
    const ids = filterArticles(articles, "porto").map((a) => a.id);
    expect(ids).toEqual(["porto-novo-offshore-wind-farm", "porto-alegre-floods"]);
    expect(filterArticles(articles, "floods").map((a) => a.id)).toEqual(["porto-alegre-floods"]);
  });
});
