import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import { ingestMessage, notAllowedMessage } from "../format/ingest-message.js";
import { permissionLabel } from "../ingest-permission.js";
import { toPayload } from "../replies/payload.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import type { Command } from "./index.js";

/**
 * `/ingest url:` adds a news article from its web address. Discord shows it only to members
 * with Manage Server unless an admin changes that (Server Settings → Integrations); the bot
 * checks the permission the operator set (DISCORD_INGEST_PERMISSION) itself as well.
 */
export default {
  data: {
    name: "ingest",
    description: "Add a news article from its web address (for moderators)",
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild],
    // Registered with the operator's permission by the deploy script; this is the default.
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "url",
        description: "The article's web address, https://…",
        required: true,
        max_length: 2000,
      },
    ],
  },
  async execute(interaction, context) {
    const ingest = context.ingest;
    if (!ingest) {
      await replyTo(
        interaction,
        { content: "Adding articles is not turned on for this bot." },
        { ephemeral: true },
      );
      return;
    }
    if (!interaction.inGuild() || !interaction.memberPermissions?.has(ingest.permission)) {
      await replyTo(interaction, notAllowedMessage(permissionLabel(ingest.permissionName)), {
        ephemeral: true,
      });
      return;
    }
    // Fetching and reading a page can take longer than the 3 s Discord waits for a reply.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const url = interaction.options.getString("url", true);
    const result = await ingest.addArticle(url, `discord:${interaction.user.id}`);
    await interaction.editReply(toPayload(ingestMessage(result)));
  },
} satisfies Command;
