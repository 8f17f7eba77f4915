import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startWebIngestSetup, type WebIngestSetup } from "../../../web-ingest/web-ingest-setup.js";
import { buttonClick, MANAGER_PERMISSIONS, slashCommand, user } from "../fake-discord/payloads.js";
import type { RecordedRequest } from "../fake-discord/server.js";
import { type BotUnderTest, startBotAgainstFakeDiscord } from "../fake-discord/start-bot.js";

const EPHEMERAL = 64;
const CANONICAL = "https://pomerania-today.example/sport/2025/10/02/gdansk-marathon-record-field";

let web: WebIngestSetup;
let bot: BotUnderTest;

beforeAll(async () => {
  web = await startWebIngestSetup();
  bot = await startBotAgainstFakeDiscord({ engine: web.store.engine, addArticle: web.addArticle });
});
afterAll(async () => {
  await bot?.stop();
  await web?.close();
});

/** The deferred reply's edit: `PATCH /webhooks/<app>/<token>/messages/@original`. */
const editOf = (interaction: { token: string }) => (r: RecordedRequest) =>
  r.method === "PATCH" && r.path.includes(`/${interaction.token}/messages/`);

async function ingestAs(url: string, options: Parameters<typeof slashCommand>[2]) {
  const interaction = slashCommand("ingest", { url }, options);
  const callback = await bot.interact(interaction);
  return { interaction, callback };
}

describe("/ingest url: (real discord.js against a fake Discord, pages from 127.0.0.1)", () => {
  test("a member with Manage Server adds an article; the private reply has title, counts and three questions", async () => {
    const { interaction, callback } = await ingestAs(`${web.server.base}/pages/plain-news.html`, {
      permissions: MANAGER_PERMISSIONS,
    });
    expect(callback.body.type).toBe(5); // deferred: fetching may take longer than 3 s
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    const edit = await bot.fake.waitForRequest(editOf(interaction), 30_000);
    const [embed] = edit.body.embeds;
    expect(embed.title).toBe("Added: Record field of 18,500 runners for Gdansk Marathon");
    expect(embed.url).toBe(CANONICAL);
    expect(embed.description).toMatch(
      /^Pomerania Today\. I found 14 paragraphs, \d+ facts and \d+ quotes\./,
    );
    const buttons = edit.body.components[0].components;
    expect(buttons).toHaveLength(3);
    expect(embed.fields[0].name).toBe("Try asking");
    expect(embed.fields[0].value.split("\n")).toHaveLength(3);
    expect(edit.body.allowed_mentions.parse).toEqual([]);
    expect(web.folders()).toContain("record-field-of-18-500-runners-for-gdansk");
  });

  test("everyone can ask about it at once, and the answer cites the paragraph and the URL", async () => {
    const callback = await bot.interact(
      slashCommand("ask", { question: "how many countries are the marathon runners from" }),
    );
    const [embed] = callback.body.data.embeds;
    expect(embed.description).toContain("42 countries");
    expect(embed.fields[0].name).toMatch(/^Paragraph 1/);
    expect(embed.fields[0].value).toContain(CANONICAL);
    expect(embed.url).toBe(CANONICAL);
  });

  test("a suggested question from the reply answers about the new article", async () => {
    const { interaction } = await ingestAs(`${web.server.base}/pages/plain-news.html`, {
      permissions: MANAGER_PERMISSIONS,
    });
    const edit = await bot.fake.waitForRequest(editOf(interaction), 30_000);
    expect(edit.body.embeds[0].title).toMatch(/^Already known: Record field/);
    const [first] = edit.body.components[0].components;
    const click = await bot.interact(buttonClick(first.custom_id));
    expect(click.body.data.embeds[0].fields[0].value).toContain(CANONICAL);
  });

  test("a member without the permission is told so, and nothing is fetched or written", async () => {
    const before = web.server.requests.length;
    const folders = web.folders();
    const { callback } = await ingestAs(`${web.server.base}/pages/jsonld-date.html`, {});
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(EPHEMERAL);
    expect(callback.body.data.content).toMatch(
      /not allowed to add articles here: it needs the Manage Server permission/,
    );
    expect(web.server.requests.length).toBe(before);
    expect(web.folders()).toEqual(folders);
  });

  test("in a DM nobody may add articles", async () => {
    const { callback } = await ingestAs(`${web.server.base}/pages/jsonld-date.html`, {
      where: "dm",
      author: user("dm-user"),
    });
    expect(callback.body.data.content).toMatch(/not allowed/);
  });

  test("a refused address says why, and writes nothing", async () => {
    const folders = web.folders();
    const target = encodeURIComponent("http://169.254.169.254/latest/meta-data/");
    const { interaction } = await ingestAs(`${web.server.base}/redirect/to?url=${target}`, {
      permissions: MANAGER_PERMISSIONS,
    });
    const edit = await bot.fake.waitForRequest(editOf(interaction), 30_000);
    expect(edit.body.embeds[0].title).toBe("Not added");
    expect(edit.body.embeds[0].description).toMatch(/cloud metadata service/);
    expect(web.folders()).toEqual(folders);
  });
});
