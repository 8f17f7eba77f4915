import { Events, type Message } from "discord.js";
import { questionFromMessage } from "../format/question-text.js";
import { askQuestion } from "../replies/ask-question.js";
import { toPayload } from "../replies/payload.js";
import type { Listener } from "./index.js";

/**
 * Discord sends the text of a message without the MessageContent intent only when the
 * message mentions the bot or is a DM, so those are the messages the bot answers.
 */
function isForTheBot(message: Message, botId: string): boolean {
  if (message.author.bot || message.author.id === botId || message.webhookId || message.system) {
    return false;
  }
  return !message.inGuild() || message.mentions.users.has(botId);
}

export default {
  name: Events.MessageCreate,
  async execute(context, message) {
    const botId = message.client.user.id;
    if (!isForTheBot(message, botId)) return;
    const asker = {
      userId: message.author.id,
      channelId: message.channelId,
      guildId: message.guildId,
      thread: message.channel.isThread(),
    };
    const outcome = askQuestion(context, asker, questionFromMessage(message.content, botId));
    // A reply to the message, in channels and DMs alike; mentions (and the reply ping) disabled.
    await message.reply(toPayload(outcome.parts));
  },
} satisfies Listener<Events.MessageCreate>;
