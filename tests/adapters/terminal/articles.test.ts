import { describe, expect, test } from "vitest";
import { commands } from "../../../src/adapters/terminal/commands/index.js";
import { completeLine } from "../../../src/adapters/terminal/complete-line.js";
import { GDANSK, SEED, twoArticleEngine } from "../two-article-corpus.js";
import { chat, replies } from "./chat-helpers.js";

const engine = twoArticleEngine();
const talk = async (text: string) => replies(await chat(text, { engine }));

describe("terminal chat with two articles", () => {
  test("the banner lists both articles and the /article command", async () => {
    const printed = await chat("", { engine });
    expect(printed).toContain(SEED.title);
    expect(printed).toContain(GDANSK.title);
    expect(printed).toContain("/article");
  });

  test("an answer cites the article it comes from", async () => {
    const [reply] = await talk("how many runners\n");
    expect(reply).toContain(`(paragraph 1, ${GDANSK.title})`);
  });

  test("in:<article> scopes one question, like Slack", async () => {
    const [scoped, open] = await talk(`in:${SEED.id} how many runners\nhow many runners\n`);
    expect(scoped).not.toContain("18,500");
    expect(open).toContain("18,500");
  });

  test("/article <ref> scopes every question after it, /article all undoes it", async () => {
    const [set, scoped, facts, all, open] = await talk(
      "/article cambodia\nhow many runners\n/facts\n/article all\nhow many runners\n",
    );
    expect(set).toContain(`Asking about "${SEED.title}" only`);
    expect(scoped).not.toContain("18,500");
    expect(facts).toContain("9,000");
    expect(facts).not.toContain("18,500");
    expect(all).toContain("every article");
    expect(open).toContain("18,500");
  });

  test("/article alone lists the articles, marking the current one", async () => {
    const [, list] = await talk("/article gdansk\n/article\n");
    expect(list).toContain(`* ${GDANSK.title} [${GDANSK.id}]`);
    expect(list).toContain(`- ${SEED.title} [${SEED.id}]`);
  });

  test("an unknown article is named, with the articles to pick from; the scope is unchanged", async () => {
    const [unknown, prefixed, open] = await talk(
      "/article seoul\nin:seoul how many runners\nhow many runners\n",
    );
    expect(unknown).toContain('No article matches "seoul"');
    expect(unknown).toContain(`[${GDANSK.id}]`);
    expect(unknown).toContain("/article <id>");
    expect(prefixed).toContain('No article matches "seoul"');
    expect(open).toContain("18,500");
  });

  test("tab completes article ids after /article, and questions from the chat's article", () => {
    expect(completeLine("/article gda", engine, commands)).toEqual([
      [`/article ${GDANSK.id}`],
      "/article gda",
    ]);
    const [questions] = completeLine("how many", engine, commands, { article: SEED.id });
    expect(questions.join(" ")).not.toMatch(/runner/i);
  });
});
