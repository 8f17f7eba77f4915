import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const manifest = readFileSync(new URL("../../../slack/manifest.yml", import.meta.url), "utf8");

/** The YAML list items under `key:` (indented "- item" lines), without comments. */
function listUnder(key: string): string[] {
  const lines = manifest.split("\n");
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  if (start === -1) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*#/.test(line)) continue;
    const item = /^\s*-\s+(\S+)\s*$/.exec(line);
    if (!item?.[1]) break;
    items.push(item[1]);
  }
  return items;
}

describe("slack/manifest.yml", () => {
  test("asks for only the bot scopes the app uses", () => {
    expect(listUnder("bot").sort()).toEqual(
      ["app_mentions:read", "chat:write", "commands", "im:history", "usergroups:read"].sort(),
    );
  });

  test("subscribes to app_mention and message.im", () => {
    expect(listUnder("bot_events").sort()).toEqual(["app_mention", "message.im"]);
  });

  test("declares /ask with a usage hint, interactivity and Socket Mode", () => {
    expect(manifest).toMatch(/- command: \/ask\n\s+description: .+\n\s+usage_hint: .+/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
    expect(manifest).toMatch(/bot_user:\n\s+display_name: .+/);
  });
});
