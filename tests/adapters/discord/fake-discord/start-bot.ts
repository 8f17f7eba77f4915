import { type RunningDiscordBot, startDiscord } from "../../../../src/adapters/discord/start.js";
import type { AddArticle } from "../../../../src/adapters/shared/add-article.js";
import { loadConfig } from "../../../../src/config/load-config.js";
import { createEngine, type Engine } from "../../../../src/core/index.js";
import { loadCorpus } from "../../../../src/data/load-knowledge.js";
import type { QuestionLog } from "../../../../src/log/question-log.js";
import { createMemoryLogger } from "../../../../src/logger.js";
import { FIXTURE_DATA_DIR } from "../../../fixtures/knowledge-dir.js";
import {
  type FakeDiscord,
  isCallbackFor,
  type RecordedRequest,
  startFakeDiscord,
} from "./server.js";

/** Shaped like a real bot token (three dot-separated parts); the fake Discord accepts any. */
export const FAKE_DISCORD_TOKEN =
  "MTA4NjY2MjA3NjU0MzU4NTI3Mg.GfAkE1.fake-signature-for-tests-0123456789";

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
  return createEngine(loadCorpus(FIXTURE_DATA_DIR));
}

/**
 * Starts a fake Discord and the real bot logged in to it, configured through the same
 * environment variables as in production.
 */
export async function startBotAgainstFakeDiscord({
  env = {},
  engine = realEngine(),
  addArticle,
  log,
}: {
  env?: Record<string, string>;
  engine?: Engine;
  /** How /ingest adds an article; without it /ingest says it is off. */
  addArticle?: AddArticle;
  /** Where questions and 👍/👎 go (default: nowhere). */
  log?: QuestionLog;
} = {}): Promise<BotUnderTest> {
  const fake = await startFakeDiscord();
  const logger = createMemoryLogger();
  const config = loadConfig({
    DISCORD_TOKEN: FAKE_DISCORD_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    ...env,
  });
  if (!config.discord) throw new Error("test setup: Discord config missing");
  try {
    const bot = await startDiscord(config.discord, engine, logger, {
      ...(addArticle ? { addArticle } : {}),
      ...(log ? { log } : {}),
    });
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
