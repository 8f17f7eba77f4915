import { helpMessage } from "../format/help-message.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import type { Command } from "./index.js";
import { AVAILABILITY } from "./shared-data.js";

export default {
  data: {
    name: "help",
    description: "How to ask the bot about the article",
    ...AVAILABILITY,
  },
  async execute(interaction, context) {
    await replyTo(interaction, helpMessage(context.engine.about()), { ephemeral: true });
  },
} satisfies Command;
