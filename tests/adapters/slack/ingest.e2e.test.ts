import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startWebIngestSetup, type WebIngestSetup } from "../../web-ingest/web-ingest-setup.js";
import { blockText, buttons } from "./fakes/blocks.js";
import { FakeSlack } from "./fakes/fake-slack.js";
import { buttonClick, postSigned, slashCommand } from "./fakes/payloads.js";
import { type HttpApp, startHttpApp } from "./fakes/start-http-app.js";
import { TestSleeps } from "./fakes/test-sleeps.js";

const EDITOR = "UEDITOR01";
const DESK_MEMBER = "UDESK0001";
const READER = "UREADER01";
const CANONICAL = "https://pennine-post.example/health/leeds-childrens-hospital-cancer-wing";

const fake = new FakeSlack();
/** Backoffs end at once: the retries are real, the waits are not. */
const sleeps = new TestSleeps();
let web: WebIngestSetup;
let app: HttpApp;

beforeAll(async () => {
  web = await startWebIngestSetup();
  fake.userGroups.set("SNEWSDESK", [DESK_MEMBER]);
  fake.userGroups.set("SEMPTY", []);
  app = await startHttpApp(fake, web.store.engine, {
    rateLimit: { max: 100, windowMs: 60_000 },
    logger: web.logger,
    addArticle: web.addArticle,
    ingestUsers: { users: [EDITOR], groups: ["SNEWSDESK", "SEMPTY"] },
    options: { sleep: sleeps.sleep },
  });
});
afterAll(async () => {
  await app?.slack.stop();
  await fake.close();
  await web?.close();
});

let n = 0;
/** Sends `/ask <text>` as `user`; returns the text of the `count` responses it posts privately. */
async function command(text: string, user: string, count: number) {
  const id = `ingest-${++n}`;
  const res = await postSigned(
    app.eventsUrl,
    slashCommand({ text, user, responseUrl: fake.responseUrl(id) }),
  );
  expect(res.status).toBe(200);
  const bodies = [];
  for (let i = 1; i <= count; i++) {
    // The first article loads the DOM and the NLP pipeline: seconds on a loaded machine.
    const nth = await fake.waitFor(
      () => fake.responsesTo(id)[i - 1],
      `response #${i} to ${id}`,
      15_000,
    );
    bodies.push(nth.body);
  }
  for (const body of bodies) expect(body["response_type"]).toBe("ephemeral");
  return bodies;
}
const text = (body: Record<string, unknown> | undefined) => blockText(body?.["blocks"]);

describe("/ask ingest <url> (real Bolt against a fake Slack, pages from 127.0.0.1)", () => {
  test("a listed user adds an article: reading, then title, counts and three questions", async () => {
    const url = `${web.server.base}/pages/jsonld-date.html`;
    const [reading, done] = await command(`ingest <${url}>`, EDITOR, 2);
    expect(text(reading)).toBe(`Reading ${url} …`);
    expect(text(done)).toMatch(
      new RegExp(
        `^\\*Added:\\* <${CANONICAL}\\|Leeds children’s hospital opens new cancer wing>\\nThe Pennine Post\\. I found 14 paragraphs, \\d+ facts and \\d+ quotes\\.`,
      ),
    );
    const suggested = buttons(done?.["blocks"]);
    expect(suggested).toHaveLength(3);
    for (const b of suggested)
      expect(b.value).toMatch(/^in:leeds-childrens-hospital-opens-new-cancer-wing /);
    expect(web.folders()).toContain("leeds-childrens-hospital-opens-new-cancer-wing");
  });

  test("everyone can ask about it at once; the answer links the article with its paragraph", async () => {
    const [answer] = await command("how many beds does the wing have", READER, 1);
    expect(text(answer)).toContain("64 beds");
    expect(text(answer)).toMatch(
      new RegExp(
        `Paragraph \\d+ · <${CANONICAL}\\|Leeds children’s hospital opens new cancer wing> · The Pennine Post`,
      ),
    );
  });

  test("a suggested question from the reply answers about the new article", async () => {
    const [, done] = await command(`ingest ${web.server.base}/pages/jsonld-date.html`, EDITOR, 2);
    expect(text(done)).toMatch(/^\*Already known:\*/);
    const [first] = buttons(done?.["blocks"]);
    if (!first) throw new Error("no suggested question");
    const id = `ingest-click-${n}`;
    await postSigned(
      app.eventsUrl,
      buttonClick({
        actionId: first.action_id,
        value: first.value,
        user: READER,
        responseUrl: fake.responseUrl(id),
      }),
    );
    expect(text((await fake.waitForResponse(id)).body)).toContain(CANONICAL);
  });

  test("a member of a listed user group may add articles", async () => {
    const [, done] = await command(
      `ingest ${web.server.base}/pages/byline-in-body.html`,
      DESK_MEMBER,
      2,
    );
    expect(text(done)).toMatch(/^\*Added:\* .*Valparaíso dockworkers/);
    expect(fake.calls("usergroups.users.list").map((c) => c.params["usergroup"])).toContain(
      "SNEWSDESK",
    );
  });

  test("anyone else is told they are not allowed, and nothing is fetched or written", async () => {
    const before = web.server.requests.length;
    const folders = web.folders();
    const [reply] = await command(`ingest ${web.server.base}/pages/paywall-teaser.html`, READER, 1);
    expect(text(reply)).toMatch(/not allowed to add articles here.*SLACK_INGEST_USERS/);
    expect(web.server.requests.length).toBe(before);
    expect(web.folders()).toEqual(folders);
  });

  test("when the user group cannot be read, it says so instead of guessing", async () => {
    fake.failNext("usergroups.users.list", 200, { ok: false, error: "missing_scope" });
    const [reply] = await command(`ingest ${web.server.base}/pages/paywall-teaser.html`, READER, 1);
    expect(text(reply)).toMatch(/could not check your user group.*usergroups:read/);
  });

  test("without an address it says what to give", async () => {
    const [reply] = await command("ingest", EDITOR, 1);
    expect(text(reply)).toMatch(/Give the article's web address/);
  });

  test("a refused address says why, and writes nothing", async () => {
    const folders = web.folders();
    const [, done] = await command(
      `ingest ${web.server.base}/pages/not-an-article.html`,
      EDITOR,
      2,
    );
    expect(text(done)).toMatch(/^Not added\. .* does not look like a news article/);
    expect(web.folders()).toEqual(folders);
  });

  test("a user group lookup that fails for a moment is tried again, and the member is let in", async () => {
    const before = fake.calls("usergroups.users.list").length;
    fake.failNext("usergroups.users.list", 503, { ok: false, error: "service_unavailable" });
    const [, done] = await command(
      `ingest ${web.server.base}/pages/jsonld-date.html`,
      DESK_MEMBER,
      2,
    );
    expect(text(done)).toMatch(/^\*Already known:\*/);
    const lookups = fake.calls("usergroups.users.list").slice(before);
    expect(lookups.map((c) => c.params["usergroup"])).toEqual(["SNEWSDESK", "SNEWSDESK"]);
  });

  test("both replies go through the delivery policy: a response_url that fails once gets each again", async () => {
    const id = "ingest-retried";
    fake.scriptResponse(id, { status: 500, body: "upstream exploded" });
    const res = await postSigned(
      app.eventsUrl,
      slashCommand({
        text: `ingest ${web.server.base}/pages/jsonld-date.html`,
        user: EDITOR,
        responseUrl: fake.responseUrl(id),
      }),
    );
    expect(res.status).toBe(200);
    const sent = await fake.waitFor(
      () => {
        const all = fake.responsesTo(id);
        return all.length >= 3 && all.every((r) => r.status !== undefined) ? all : undefined;
      },
      "three answered responses",
      15_000,
    );
    expect(sent.map((r) => r.status)).toEqual([500, 200, 200]);
    expect(sent.map((r) => text(r.body))).toEqual([
      `Reading ${web.server.base}/pages/jsonld-date.html …`,
      `Reading ${web.server.base}/pages/jsonld-date.html …`,
      expect.stringMatching(/^\*Already known:\*/),
    ]);
  });
});
