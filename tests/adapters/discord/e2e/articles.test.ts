import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commands } from "../../../../src/adapters/discord/commands/index.js";
import { GDANSK, SEED, twoArticleEngine } from "../../two-article-corpus.js";
import { APP_ID, autocomplete, channelMessage, slashCommand } from "../fake-discord/payloads.js";
import { isReplyTo, type RecordedRequest } from "../fake-discord/server.js";
import { type BotUnderTest, startBotAgainstFakeDiscord } from "../fake-discord/start-bot.js";

const EPHEMERAL = 64;
let bot: BotUnderTest;

beforeAll(async () => {
  bot = await startBotAgainstFakeDiscord({ engine: twoArticleEngine() });
});

afterAll(async () => {
  await bot?.stop();
});

const interact = (interaction: { id: string }) => bot.interact(interaction);

const embedText = (request: RecordedRequest): string => JSON.stringify(request.body.data.embeds);
type Choice = { name: string; value: string };

describe("with two articles loaded", () => {
  test("/ask, /quote and /facts register an optional article option with autocomplete", () => {
    for (const name of ["ask", "quote", "facts"]) {
      const option = commands
        .find((c) => c.data.name === name)
        ?.data.options?.find((o) => o.name === "article");
      expect(option).toMatchObject({ type: 3, required: false, autocomplete: true });
    }
  });

  test("an answer cites the article it comes from", async () => {
    const callback = await interact(slashCommand("ask", { question: "how many runners" }));
    expect(callback.body.data.embeds[0].footer.text).toContain(GDANSK.title);
  });

  test("article autocomplete shows titles, gives ids, and filters by what was typed", async () => {
    const all = await interact(autocomplete("ask", "article", ""));
    expect(all.body.type).toBe(8);
    expect(all.body.data.choices).toEqual([
      { name: SEED.title, value: SEED.id },
      { name: GDANSK.title, value: GDANSK.id },
    ]);
    const some = await interact(autocomplete("ask", "article", "marath"));
    expect(some.body.data.choices.map((c: Choice) => c.value)).toEqual([GDANSK.id]);
  });

  test("question autocomplete follows the article picked first", async () => {
    const scoped = await interact(
      autocomplete("ask", "question", "how many", { others: { article: SEED.id } }),
    );
    const names = scoped.body.data.choices.map((c: Choice) => c.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.join(" ")).not.toMatch(/runner|marathon/i);
  });

  test("the article option scopes the answer: the seed does not say how many ran", async () => {
    const open = await interact(slashCommand("ask", { question: "how many runners" }));
    expect(embedText(open)).toContain("18,500");
    const scoped = await interact(
      slashCommand("ask", { question: "how many runners", article: SEED.id }),
    );
    expect(embedText(scoped)).not.toContain("18,500");
    expect(scoped.body.data.embeds[0].footer.text).toContain(`${SEED.title} — The Post only`);
  });

  test("a typed title instead of an id works when it fits one article", async () => {
    const callback = await interact(
      slashCommand("ask", { question: "how many runners", article: "gdansk marathon" }),
    );
    expect(embedText(callback)).toContain("18,500");
  });

  test("an unknown article gets a private message listing the articles and how to pick", async () => {
    const callback = await interact(
      slashCommand("ask", { question: "how many runners", article: "seoul" }),
    );
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    const text = embedText(callback);
    expect(text).toContain('No article matches \\"seoul\\"');
    expect(text).toContain(SEED.id);
    expect(text).toContain(GDANSK.id);
    expect(text).toContain("article:");
  });

  test("/facts with an article lists only that article's facts", async () => {
    const callback = await interact(slashCommand("facts", { article: GDANSK.id }));
    expect(embedText(callback)).toContain("18,500");
    expect(embedText(callback)).not.toContain("Cambodia");
  });

  test("/quote speaker autocomplete follows the article", async () => {
    const callback = await interact(
      autocomplete("quote", "speaker", "", { others: { article: GDANSK.id } }),
    );
    const names = callback.body.data.choices.map((c: Choice) => c.value);
    expect(names).toContain("Marta Kowalska");
    expect(names).not.toContain("Kin Phea");
  });

  test("/about lists both articles with the ids to pick", async () => {
    const callback = await interact(slashCommand("about"));
    const text = embedText(callback);
    expect(text).toContain(SEED.id);
    expect(text).toContain(GDANSK.id);
    expect(text).toContain("article:");
  });

  test("a mention can scope its question with in:<article>", async () => {
    const scoped = channelMessage(`<@${APP_ID}> in:gdansk how many runners`);
    bot.fake.dispatch("MESSAGE_CREATE", scoped);
    const reply = await bot.fake.waitForRequest(isReplyTo(scoped));
    expect(JSON.stringify(reply.body.embeds)).toContain("18,500");

    const unknown = channelMessage(`<@${APP_ID}> in:seoul how many runners`);
    bot.fake.dispatch("MESSAGE_CREATE", unknown);
    const notice = await bot.fake.waitForRequest(isReplyTo(unknown));
    expect(JSON.stringify(notice.body.embeds)).toContain("in:");
    expect(JSON.stringify(notice.body.embeds)).toContain(GDANSK.id);
  });
});
