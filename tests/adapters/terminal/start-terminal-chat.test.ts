import { PassThrough } from "node:stream";
import { describe, expect, test } from "vitest";
import { startTerminalChat } from "../../../src/adapters/terminal/index.js";
import { createMemoryLogger } from "../../../src/logger.js";
import { answerOf, article, chat, engine, engineWith, replies } from "./chat-helpers.js";

describe("terminal chat", () => {
  test("opens with a banner naming the article and how to ask, then the prompt", async () => {
    const printed = await chat("");
    const banner = printed.slice(0, printed.indexOf("ask> "));
    expect(banner).toContain(article.title);
    expect(banner).toContain("/help");
    expect(banner).toContain("/quit");
    expect(printed).toContain("ask> ");
  });

  test("answers a question with the supporting sentence, its paragraph and the article", async () => {
    const [reply] = replies(await chat("how many Cambodians work in Busan\n"));
    expect(reply).toContain("9,000");
    expect(reply).toContain(`(paragraph 4, ${article.title})`);
  });

  test("says when the article doesn't say, and suggests questions it can answer", async () => {
    const [reply] = replies(await chat("who is the mayor of Seoul\n"));
    expect(reply).toMatch(/doesn.t say|does not say/i);
    expect(reply).toContain("Try asking:");
    expect(reply).not.toContain("(paragraph");
  });

  test("an empty or whitespace-only line gets a gentle hint and the prompt again", async () => {
    const printed = await chat("\n   \t\nhow many Cambodians work in Busan\n");
    const [first, second, third] = replies(printed);
    expect(first).toContain("/help");
    expect(second).toBe(first);
    expect(third).toContain("9,000");
  });

  test("/quote lists every speaker's quotes with their paragraphs", async () => {
    const [reply] = replies(await chat("/quote\n"));
    expect(reply).toContain("Kin Phea");
    expect(reply).toContain("Prak Sokhonn");
    expect(reply).toContain("The policy framework looks at the new south direction");
    expect(reply).toMatch(/\(paragraph \d+\)/);
  });

  test("/quote <speaker> lists only that speaker's quotes", async () => {
    const [reply] = replies(await chat("/quote phea\n"));
    expect(reply).toContain("Kin Phea");
    expect(reply).toContain("The policy framework looks at the new south direction");
    expect(reply).not.toContain("Prak Sokhonn");
  });

  test("/facts lists the key facts and figures with their paragraphs", async () => {
    const [reply] = replies(await chat("/facts\n"));
    expect(reply).toMatch(/^Key facts \(\d+\):/);
    expect(reply).toContain("9,000");
    expect(reply).toContain("61,000");
    expect(reply).toContain("(paragraph 4)");
  });

  test("/about names the article, its source and its size", async () => {
    const [reply] = replies(await chat("/about\n"));
    expect(reply).toContain(article.title);
    expect(reply).toContain(article.source);
    expect(reply).toContain(`${corpusParagraphs()} paragraphs`);
  });

  test("/help lists every command and how to ask", async () => {
    const [reply] = replies(await chat("/help\n"));
    for (const usage of ["/quote [speaker]", "/facts", "/about", "/help", "/quit"]) {
      expect(reply).toContain(usage);
    }
    expect(reply).toContain(engine.about().howToAsk);
  });

  test("commands are case-insensitive and an unknown one lists the real ones", async () => {
    const [help, unknown] = replies(await chat("/HELP\n/frobnicate now\n"));
    expect(help).toContain("/quote [speaker]");
    expect(unknown).toBe(
      "Unknown command /frobnicate. Commands: /quote, /facts, /article, /good, /bad, /about, /help, /quit.",
    );
  });

  test("/quit says goodbye, ends the chat and ignores what follows", async () => {
    const printed = await chat("/quit\nhow many Cambodians work in Busan\n");
    expect(printed.trimEnd().endsWith("Bye.")).toBe(true);
    expect(printed).not.toContain("9,000");
  });

  test("/exit leaves like /quit", async () => {
    const printed = await chat("/exit\n/help\n");
    expect(printed.trimEnd().endsWith("Bye.")).toBe(true);
  });

  test("stays open until the input ends (Ctrl-D), then resolves", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.setEncoding("utf8").on("data", (c: string) => {
      printed += c;
    });
    let ended = false;
    const done = startTerminalChat({ engine, input, output }).then(() => {
      ended = true;
    });
    input.write("/about\n");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(printed).toContain(article.title);
    expect(ended).toBe(false);
    input.end();
    await done;
    expect(ended).toBe(true);
  });

  test("a line whose answer throws gets an apology and the chat carries on", async () => {
    const logger = createMemoryLogger();
    const broken = engineWith((question) => {
      if (question.includes("boom")) throw new Error("engine bug");
      return answerOf({ short: "fine" });
    });
    const [first, second] = replies(await chat("boom\nstill there?\n", { engine: broken, logger }));
    expect(first).toMatch(/^Sorry, something went wrong/);
    expect(second).toBe("fine");
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatchObject({ level: "error" });
  });

  test("prints no colour codes when the output is not a terminal", async () => {
    const printed = await chat("/help\n/facts\nhow many Cambodians work in Busan\n");
    expect(printed).not.toContain("\u001b[");
  });

  test("colours the answer when asked to", async () => {
    const printed = await chat("how many Cambodians work in Busan\n", { color: true });
    expect(printed).toContain("\u001b[1m");
  });
});

function corpusParagraphs(): number {
  return engine.about().articles[0]?.paragraphs ?? -1;
}
