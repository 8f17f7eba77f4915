import { ApplicationCommandOptionType } from "discord.js";
import { toChoices } from "../format/choices.js";
import { quotesMessage } from "../format/quotes-message.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import type { Command } from "./index.js";
import { AVAILABILITY } from "./shared-data.js";

export default {
  data: {
    name: "quote",
    description: "What people in the article said, word for word",
    ...AVAILABILITY,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "speaker",
        description: "Whose quotes (leave empty for everyone's)",
        required: false,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  async execute(interaction, context) {
    const speaker = interaction.options.getString("speaker")?.trim() || undefined;
    const listing = context.engine.quotes(speaker);
    await replyTo(interaction, quotesMessage(listing, context.engine.about()), {
      ephemeral: !listing.found,
    });
  },
  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const speakers = context.engine
      .speakers()
      .filter((s) => `${s.name} ${s.role ?? ""}`.toLowerCase().includes(typed));
    await interaction.respond(
      toChoices(
        speakers.map((s) => ({
          name: `${s.name} (${s.quotes} ${s.quotes === 1 ? "quote" : "quotes"})`,
          value: s.name,
        })),
      ),
    );
  },
} satisfies Command;
