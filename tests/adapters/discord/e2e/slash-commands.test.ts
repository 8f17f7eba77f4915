import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { autocomplete, buttonClick, slashCommand, user } from "../fake-discord/payloads.js";
import type { RecordedRequest } from "../fake-discord/server.js";
import {
  type BotUnderTest,
  FAKE_DISCORD_TOKEN,
  startBotAgainstFakeDiscord,
} from "../fake-discord/start-bot.js";

const EPHEMERAL = 64;
const MESSAGE_CONTENT_INTENT = 1 << 15;

let bot: BotUnderTest;

beforeAll(async () => {
  bot = await startBotAgainstFakeDiscord();
});

afterAll(async () => {
  await bot?.stop();
});

const interact = (interaction: { id: string }) => bot.interact(interaction);

const embedText = (request: RecordedRequest): string => JSON.stringify(request.body.data.embeds);

describe("logging in", () => {
  test("fetches the gateway through the configured API URL with the bot token", () => {
    const gateway = bot.fake.requests.find((r) => r.path === "/api/v10/gateway/bot");
    expect(gateway?.authorization).toBe(`Bot ${FAKE_DISCORD_TOKEN}`);
  });

  test("identifies with Guilds, GuildMessages and DirectMessages only (no MessageContent)", () => {
    const identify = bot.fake.gatewayPayloads.find((p) => p.op === 2);
    expect(identify).toBeDefined();
    const { intents } = (identify?.d ?? {}) as { intents?: number };
    expect(intents).toBe(1 | (1 << 9) | (1 << 12));
    expect((intents ?? 0) & MESSAGE_CONTENT_INTENT).toBe(0);
  });
});

describe("/ask", () => {
  test("answers with an embed: the short answer, the quoted paragraph and the article", async () => {
    const callback = await interact(
      slashCommand("ask", { question: "how many Cambodians work in Busan" }),
    );
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags ?? 0).toBe(0);
    const [embed] = callback.body.data.embeds;
    expect(embed.title).toBe("how many Cambodians work in Busan");
    expect(embed.description).toContain("9,000");
    expect(embed.fields[0].name).toBe("Paragraph 4");
    expect(embed.fields[0].value).toMatch(/^> .*9,000 Cambodians living and working in Busan/);
    expect(embed.footer.text).toContain("The Post");
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("says when the article doesn't tell, with up to 3 suggested questions as buttons", async () => {
    const callback = await interact(slashCommand("ask", { question: "who is the mayor of Seoul" }));
    expect(callback.body.type).toBe(4);
    expect(embedText(callback)).toContain("doesn't say");
    // The first row: the suggestions; the last: 👍 and 👎.
    const buttons = callback.body.data.components[0].components;
    const feedback = callback.body.data.components.at(-1).components;
    expect(feedback.map((b: { emoji: { name: string } }) => b.emoji.name)).toEqual(["👍", "👎"]);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(3);
    for (const button of buttons) {
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect(button.label.length).toBeLessThanOrEqual(80);
    }
  });

  test("a suggestion button answers its question in a new message", async () => {
    const abstention = await interact(
      slashCommand("ask", { question: "who is the mayor of Seoul" }),
    );
    const [first] = abstention.body.data.components[0].components;
    const click = await interact(buttonClick(first.custom_id));
    expect(click.body.type).toBe(4);
    const [embed] = click.body.data.embeds;
    expect(embed.title).toBe(first.label);
    expect(embed.fields?.[0]?.name).toMatch(/^Paragraph \d+$/);
    expect(click.body.data.allowed_mentions.parse).toEqual([]);
  });

  test("echoes a question containing @everyone without letting it ping", async () => {
    const callback = await interact(
      slashCommand("ask", {
        question: "@everyone how many Cambodians work in Busan? <@&123456789012345678>",
      }),
    );
    expect(callback.body.data.embeds[0].title).toContain("@everyone");
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("an empty question gets the help, privately", async () => {
    const callback = await interact(slashCommand("ask", { question: "   " }));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(embedText(callback)).toContain("/ask");
  });

  test("works in a DM with the bot", async () => {
    const callback = await interact(
      slashCommand("ask", { question: "how many Cambodians work in Busan" }, { where: "dm" }),
    );
    expect(embedText(callback)).toContain("9,000");
  });
});

describe("autocomplete", () => {
  test("/ask suggests answerable questions matching what was typed (≤25, names ≤100)", async () => {
    const callback = await interact(autocomplete("ask", "question", "cambodians"));
    expect(callback.body.type).toBe(8);
    const { choices } = callback.body.data;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.some((c: { name: string }) => /cambodian/i.test(c.name))).toBe(true);
  });

  test("/ask with nothing typed yet still stays within 25 choices", async () => {
    const callback = await interact(autocomplete("ask", "question", ""));
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices.length).toBeLessThanOrEqual(25);
  });

  test("/quote suggests the speakers matching what was typed", async () => {
    const callback = await interact(autocomplete("quote", "speaker", "phea"));
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices.map((c: { value: string }) => c.value)).toEqual(["Kin Phea"]);
  });
});

describe("/quote", () => {
  test("with a speaker: that speaker's quotes verbatim, with paragraph numbers", async () => {
    const callback = await interact(slashCommand("quote", { speaker: "Kin Phea" }));
    expect(callback.body.type).toBe(4);
    const { embeds } = callback.body.data;
    expect(embeds).toHaveLength(1);
    expect(embeds[0].title).toBe("Kin Phea");
    expect(embeds[0].description).toContain(
      "The policy framework looks at the new south direction, in which [South] Korea moves toward counties in Southeast Asia and India.",
    );
    expect(embeds[0].description).toContain("(paragraph 11)");
  });

  test("without a speaker: everyone's quotes, grouped by speaker", async () => {
    const callback = await interact(slashCommand("quote"));
    const titles = callback.body.data.embeds.map((e: { title: string }) => e.title);
    expect(titles).toEqual(expect.arrayContaining(["Prak Sokhonn", "Kin Phea"]));
  });

  test("an unknown speaker gets a private note naming who is quoted", async () => {
    const callback = await interact(slashCommand("quote", { speaker: "Nobody Atall" }));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(embedText(callback)).toContain("Kin Phea");
  });
});

describe("/facts, /about, /help", () => {
  test("/facts lists the key figures, across follow-ups if needed, each within the limits", async () => {
    const interaction = slashCommand("facts");
    const callback = await interact(interaction);
    expect(callback.body.type).toBe(4);
    const title: string = callback.body.data.embeds[0].title;
    const pages = Number(/\((\d+)\/(\d+)\)$/.exec(title)?.[2] ?? 1);
    const followUps = await Promise.all(
      Array.from({ length: pages - 1 }, (_, i) =>
        bot.fake.waitForRequest(
          (r) =>
            r.method === "POST" &&
            r.path.includes(`/webhooks/`) &&
            r.path.includes(interaction.token) &&
            JSON.stringify(r.body).includes(`(${i + 2}/${pages})`),
        ),
      ),
    );
    const all = [callback.body.data, ...followUps.map((f) => f.body)];
    const text = JSON.stringify(all.map((m) => m.embeds));
    expect(text).toContain("9,000");
    expect(text).toContain("61,000");
    for (const message of all) {
      expect(message.embeds[0].description.length).toBeLessThanOrEqual(4096);
      expect(message.allowed_mentions.parse).toEqual([]);
    }
  });

  test("/about names the article, its source and its size", async () => {
    const callback = await interact(slashCommand("about"));
    const text = embedText(callback);
    const [article] = bot.engine.about().articles;
    expect(text).toContain(article?.title);
    expect(text).toContain("The Post");
    expect(text).toContain(`${article?.paragraphs} paragraphs`);
  });

  test("/help explains the commands, privately", async () => {
    const callback = await interact(slashCommand("help"));
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    for (const command of ["/ask", "/quote", "/facts", "/about"]) {
      expect(embedText(callback)).toContain(command);
    }
  });
});

test("each user has their own question budget: the one over it gets a private notice", async () => {
  // The bot here runs with the default limit of 5 questions per 10 seconds.
  const asker = user("eager");
  const callbacks: RecordedRequest[] = [];
  for (let i = 0; i < 6; i++) {
    callbacks.push(
      await interact(slashCommand("ask", { question: "who spoke?" }, { author: asker })),
    );
  }
  expect(callbacks.slice(0, 5).every((c) => (c.body.data.flags ?? 0) === 0)).toBe(true);
  const notice = callbacks[5]?.body.data;
  expect(notice.flags).toBe(EPHEMERAL);
  expect(notice.content).toMatch(/wait \d+ seconds?/);
  expect(notice.allowed_mentions.parse).toEqual([]);

  const someoneElse = await interact(slashCommand("ask", { question: "who spoke?" }));
  expect(someoneElse.body.data.flags ?? 0).toBe(0);
});

test("every message the bot sent in this file disabled mentions", () => {
  const sent = bot.fake.requests.filter(
    (r) => r.method !== "GET" && r.body && (r.body.data?.embeds || r.body.embeds || r.body.content),
  );
  expect(sent.length).toBeGreaterThan(10);
  for (const request of sent) {
    const payload = request.body.data ?? request.body;
    expect(payload.allowed_mentions).toEqual({ parse: [], replied_user: false });
  }
});
