import { aboutMessage } from "../format/about-message.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import type { Command } from "./index.js";
import { AVAILABILITY } from "./shared-data.js";

export default {
  data: {
    name: "about",
    description: "Which article the bot knows, where it comes from, and how to ask",
    ...AVAILABILITY,
  },
  async execute(interaction, context) {
    await replyTo(interaction, aboutMessage(context.engine.about()));
  },
} satisfies Command;
