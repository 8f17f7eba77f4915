import { describe, expect, test } from "vitest";
import { commands } from "../../../src/adapters/terminal/commands/index.js";
import { completeLine } from "../../../src/adapters/terminal/complete-line.js";
import { engine, engineWith } from "./chat-helpers.js";

describe("tab completion", () => {
  test("completes command names after a slash", () => {
    expect(completeLine("/q", engine, commands)).toEqual([["/quote", "/quit"], "/q"]);
  });

  test("completes speaker names after /quote", () => {
    const [hits] = completeLine("/quote ki", engine, commands);
    expect(hits).toEqual(["/quote Kin Phea"]);
  });

  test("never throws, even when the engine does", () => {
    const broken = {
      ...engineWith(() => {
        throw new Error("x");
      }),
      suggest: () => {
        throw new Error("bug");
      },
    };
    expect(completeLine("how many", broken, commands)).toEqual([[], "how many"]);
  });
});
