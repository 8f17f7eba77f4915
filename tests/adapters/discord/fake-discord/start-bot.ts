import { type RunningDiscordBot, startDiscord } from "../../../../src/adapters/discord/start.js";
import { loadConfig } from "../../../../src/config/load-config.js";
import { createEngine, type Engine } from "../../../../src/core/index.js";
import { loadCorpus } from "../../../../src/data/load-knowledge.js";
import type { QuestionLog } from "../../../../src/log/question-log.js";
import { createMemoryLogger } from "../../../../src/logger.js";
import {
  type FakeDiscord,
  isCallbackFor,
  type RecordedRequest,
  startFakeDiscord,
} from "./server.js";

export interface BotUnderTest {
  fake: FakeDiscord;
  engine: Engine;
  logger: ReturnType<typeof createMemoryLogger>;
  /** What startDiscord returned. */
  running: RunningDiscordBot;
  /** Sends an interaction through the gateway and returns the bot's callback request. */
  interact(interaction: { id: string }): Promise<RecordedRequest>;
  /** Stops the bot, then the fake Discord. */
  stop(): Promise<void>;
}

/** The real engine on the real data, as `npm start` builds it. */
export function realEngine(): Engine {
  return createEngine(loadCorpus("data"));
}

/**
 * Starts a fake Discord and the real bot logged in to it, configured through the same
 * environment variables as in production.
 */
export async function startBotAgainstFakeDiscord({
  env = {},
  engine = realEngine(),
  log,
}: {
  env?: Record<string, string>;
  engine?: Engine;
  /** Where questions and 👍/👎 go (default: nowhere). */
  log?: QuestionLog;
} = {}): Promise<BotUnderTest> {
  const fake = await startFakeDiscord();
  const logger = createMemoryLogger();
  const config = loadConfig({ DISCORD_TOKEN: "test-token", DISCORD_API_URL: fake.apiUrl, ...env });
  if (!config.discord) throw new Error("test setup: Discord config missing");
  try {
    const bot = await startDiscord(config.discord, engine, logger, log);
    return {
      fake,
      engine,
      logger,
      running: bot,
      interact(interaction) {
        fake.dispatch("INTERACTION_CREATE", interaction);
        return fake.waitForRequest(isCallbackFor(interaction));
      },
      async stop() {
        await bot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
