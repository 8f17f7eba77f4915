import { describe, expect, test } from "vitest";
import { createAliasIndex } from "../../../src/core/index/alias-index.js";

const index = createAliasIndex([
  { name: "Oh Keo-don", aliases: ["Busan mayor"], type: "person" },
  { name: "Gdansk Marathon", aliases: [], type: "event" },
  { name: "Busan", aliases: [], type: "place" },
  { name: "Busan Port Authority", aliases: [], type: "organisation" },
]);

const keys = (text: string) => index.find(text.split(" ")).map((m) => m.key);

describe("alias index", () => {
  test("matches a name typed without its spaces or hyphen", () => {
    expect(keys("who is oh keodon")).toContain("@oh_keo_don");
    expect(keys("what did ohkeodon say")).toContain("@oh_keo_don");
  });

  test("finds the place named inside a longer name", () => {
    expect(keys("the busan port authority said")).toEqual(
      expect.arrayContaining(["@busan_port_authority", "@busan"]),
    );
  });

  test("partOf: the things whose multi-word names hold a word, never people", () => {
    expect([...index.partOf("marathon")]).toEqual(["@gdansk_marathon"]);
    // "Busan mayor" is Oh Keo-don's alias, but "busan" alone does not name him.
    expect([...index.partOf("busan")]).toEqual(["@busan_port_authority"]);
    expect(index.partOf("mayor").size).toBe(0);
    expect(index.partOf("seoul").size).toBe(0);
  });
});
