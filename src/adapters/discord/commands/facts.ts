import { factsMessages } from "../format/facts-message.js";
import { toPayload } from "../replies/payload.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import type { Command } from "./index.js";
import { AVAILABILITY } from "./shared-data.js";

export default {
  data: {
    name: "facts",
    description: "The article's key facts and figures at a glance",
    ...AVAILABILITY,
  },
  async execute(interaction, context) {
    const { engine } = context;
    const [first, ...rest] = factsMessages(engine.facts(), engine.about());
    await replyTo(interaction, first ?? { content: "No key facts are loaded yet." });
    for (const page of rest) await interaction.followUp(toPayload(page));
  },
} satisfies Command;
