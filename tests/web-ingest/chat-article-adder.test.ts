import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { startWebIngestSetup, type WebIngestSetup } from "./web-ingest-setup.js";

let web: WebIngestSetup;
beforeEach(async () => {
  web = await startWebIngestSetup();
});
afterEach(async () => {
  await web?.close();
});

describe("adding an article from chat", { timeout: 60_000 }, () => {
  test("adds it, reloads the store and offers three questions the engine answers about it", async () => {
    const result = await web.addArticle(`${web.server.base}/pages/heavy-navigation.html`, "test:1");
    if (result.status === "refused") throw new Error(result.message);
    expect(result).toMatchObject({
      status: "added",
      id: "porto-novo-offshore-wind-farm-approved-after",
      title: "Porto Novo offshore wind farm approved after three-year dispute",
      source: "Atlantic Energy Review",
      url: "https://atlantic-energy-review.example/offshore-wind/porto-novo-wind-farm-approved",
      paragraphs: 14,
    });
    expect(result.facts).toBeGreaterThan(0);
    expect(result.questions).toHaveLength(3);
    for (const question of result.questions) {
      const answer = web.store.engine.answer(question, { article: result.id });
      expect(answer.answered, question).toBe(true);
    }
    expect(
      web.logger.lines.some(
        (l) => l["message"] === "article added" && l["requestedBy"] === "test:1",
      ),
    ).toBe(true);
  });

  test("a page added by the command line while the bot runs is loaded when a chat user adds it", async () => {
    const url = `${web.server.base}/pages/jsonld-date.html`;
    expect((await web.ingester.addUrl(url)).status).toBe("added");
    expect(web.store.engine.about().articles).toHaveLength(1);
    const result = await web.addArticle(url, "test:2");
    expect(result.status).toBe("known");
    expect(web.store.engine.about().articles).toHaveLength(2);
  });

  test("a refusal carries the fetcher's message", async () => {
    const result = await web.addArticle("file:///etc/passwd", "test:3");
    expect(result).toEqual({
      status: "refused",
      message: expect.stringMatching(/only http:\/\/ and https:\/\/ addresses are fetched/),
    });
  });
});
