import type { About } from "../../../core/index.js";
import { COLORS, type MessageParts } from "./message-parts.js";

/** How to use the bot: its commands, mentions and DMs, and a few example questions. */
export function helpMessage(about: About): MessageParts {
  const lines = [
    "**/ask** `question` — ask about the article; start typing to see questions I can answer.",
    "**/quote** `speaker` — what someone said, word for word (leave empty for everyone).",
    "**/facts** — the key facts and figures at a glance.",
    ...(about.articles.length > 1
      ? ["Each of these takes an optional `article:` to ask about one article only."]
      : []),
    "**/about** — which article I know and where it comes from.",
    "**/help** — this message.",
    "**/ingest** `url` — add a news article from its web address (for members the server allows).",
    "",
    "You can also mention me in a channel with your question, or send me a direct message.",
    "I answer only from the article, and say so when it doesn't tell.",
  ];
  const examples = about.examples.slice(0, 3);
  if (examples.length > 0) lines.push("", "**For example**", ...examples.map((e) => `• ${e}`));
  return {
    embeds: [{ color: COLORS.info, title: "How to ask me", description: lines.join("\n") }],
  };
}
