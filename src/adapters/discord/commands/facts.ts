import { factsMessages } from "../format/facts-message.js";
import { toPayload } from "../replies/payload.js";
import { replyTo } from "../replies/reply-to-interaction.js";
import { ARTICLE_OPTION, articleScope, respondWithArticles } from "./article-option.js";
import type { Command } from "./index.js";
import { AVAILABILITY } from "./shared-data.js";

export default {
  data: {
    name: "facts",
    description: "The article's key facts and figures at a glance",
    ...AVAILABILITY,
    options: [ARTICLE_OPTION],
  },
  async execute(interaction, context) {
    const { engine } = context;
    const about = engine.about();
    const scope = articleScope(interaction, about);
    if (!scope.ok) {
      await replyTo(interaction, scope.notice, { ephemeral: true });
      return;
    }
    const facts = engine.facts(scope.options);
    const [first, ...rest] = factsMessages(facts, about);
    await replyTo(interaction, first ?? { content: "No key facts are loaded yet." });
    for (const page of rest) await interaction.followUp(toPayload(page));
  },
  async autocomplete(interaction, context) {
    await respondWithArticles(interaction, context.engine.about());
  },
} satisfies Command;
