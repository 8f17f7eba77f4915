import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMemoryLogger } from "../../../src/logger.js";
import { GDANSK, SEED, twoArticleEngine } from "../two-article-corpus.js";
import { blockText, buttons } from "./fakes/blocks.js";
import { BOT_USER_ID, FakeSlack } from "./fakes/fake-slack.js";
import { appMention, buttonClick, postSigned } from "./fakes/payloads.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";

const fake = new FakeSlack();
let app: HttpApp;
let eventsUrl: string;

beforeAll(async () => {
  app = await startHttpApp(fake, twoArticleEngine(), {
    rateLimit: { max: 100, windowMs: 60_000 },
    logger: createMemoryLogger(),
  });
  ({ eventsUrl } = app);
});

afterAll(async () => {
  await app?.slack.stop();
  await fake.close();
});

let n = 0;
/** Sends `/ask <text>` and returns the body the app posted to its response_url and its blocks' text. */
async function ask(text: string) {
  n++;
  const body = await app.ask(text, `UART${n}`, `articles-${n}`);
  return { body, text: blockText(body["blocks"]) };
}

describe("Slack /ask with two articles loaded", () => {
  test("an answer cites the article it comes from by title", async () => {
    const { text } = await ask("how many runners");
    expect(text).toContain("18,500");
    expect(text).toContain(`Paragraph 1 · ${GDANSK.title}`);
  });

  test("in:<id> scopes the answer: the seed does not say how many ran", async () => {
    const { text, body } = await ask(`in:${SEED.id} how many runners`);
    expect(text).not.toContain("18,500");
    // Its suggested questions stay in the same article when clicked.
    for (const b of buttons(body["blocks"]))
      expect(b.value.startsWith(`in:${SEED.id} `)).toBe(true);
  });

  test.each(["gdansk", '"Record field"', "record-field"])(
    "in:%s finds the article by a word, a quoted title or an id prefix",
    async (reference) => {
      const { text, body } = await ask(`in:${reference} how many runners`);
      expect(text).toContain("18,500");
      const share = buttons(body["blocks"]).find((b) => b.action_id === "share_answer");
      expect(share?.value).toBe(`in:${GDANSK.id} how many runners`);
    },
  );

  test("a shared scoped answer is answered again from the same article", async () => {
    const id = "articles-share";
    await postSigned(
      eventsUrl,
      buttonClick({
        actionId: "share_answer",
        value: `in:${SEED.id} how many runners`,
        user: "USHARE01",
        responseUrl: fake.responseUrl(id),
      }),
    );
    const post = await fake.waitForCall("chat.postMessage", (p) =>
      blockText(p["blocks"]).includes("Shared by <@USHARE01>"),
    );
    expect(blockText(post.params["blocks"])).not.toContain("18,500");
  });

  test("an unknown article gets a private message listing the articles and how to pick", async () => {
    const { text, body } = await ask("in:seoul how many runners");
    expect(body["response_type"]).toBe("ephemeral");
    expect(text).toContain("No article matches");
    expect(text).toContain(SEED.id);
    expect(text).toContain(GDANSK.id);
    expect(text).toContain("in:");
  });

  test("in:<article> facts lists only that article's facts", async () => {
    const { text } = await ask("in:gdansk facts");
    expect(text).toContain("18,500");
    expect(text).not.toContain("Cambodia");
  });

  test("/ask about lists both articles with their ids and how to pick one", async () => {
    const { text } = await ask("about");
    expect(text).toContain("I know 2 articles");
    expect(text).toContain(SEED.id);
    expect(text).toContain(GDANSK.id);
    expect(text).toContain("in:");
  });

  test("a mention takes the same in: prefix", async () => {
    const ts = "1700000900.000100";
    await postSigned(
      eventsUrl,
      appMention({ user: "UMENTART", text: `<@${BOT_USER_ID}> in:gdansk how many runners`, ts }),
    );
    const post = await fake.waitForCall("chat.postMessage", (p) => p["thread_ts"] === ts);
    expect(blockText(post.params["blocks"])).toContain("18,500");
  });
});
