import { expect } from "vitest";
import type { AddArticle } from "../../../../src/adapters/shared/add-article.js";
import {
  type SlackAppOptions,
  type SlackHandle,
  startSlack,
} from "../../../../src/adapters/slack/start.js";
import type { RateLimitConfig, SlackIngestUsers } from "../../../../src/config/load-config.js";
import type { Engine } from "../../../../src/core/index.js";
import type { QuestionLog } from "../../../../src/log/question-log.js";
import type { Logger } from "../../../../src/logger.js";
import type { FakeSlack } from "./fake-slack.js";
import { postSigned, slashCommand } from "./payloads.js";

export interface HttpApp {
  slack: SlackHandle;
  /** `http://127.0.0.1:<port>` */
  base: string;
  eventsUrl: string;
  /** Sends `/ask <text>` as `user` and returns the first body the app posts to its response_url. */
  ask(text: string, user: string, id: string): Promise<Record<string, unknown>>;
}

/**
 * Starts `fake` (its Web API must listen first: the app calls auth.test while starting), then
 * the real Bolt app in HTTP mode against it, on 127.0.0.1 with an ephemeral port. `options`
 * shorten the app's waits; its retry policy is production's.
 */
export async function startHttpApp(
  fake: FakeSlack,
  engine: Engine,
  {
    rateLimit,
    logger,
    addArticle,
    log,
    ingestUsers,
    options = {},
  }: {
    rateLimit: RateLimitConfig;
    logger: Logger;
    /** How `/ask ingest` adds an article, and who may (SLACK_INGEST_USERS). */
    addArticle?: AddArticle;
    ingestUsers?: SlackIngestUsers;
    /** Where questions and 👍/👎 go (default: nowhere). */
    log?: QuestionLog;
    /** Shortens the app's waits (delivery policy, sleep, client time-out). */
    options?: SlackAppOptions;
  },
): Promise<HttpApp> {
  await fake.start();
  const config = {
    botToken: "xoxb-test-token",
    signingSecret: "test-secret",
    apiUrl: fake.apiUrl,
    port: 0,
    rateLimit,
    ...(ingestUsers ? { ingestUsers } : {}),
    conversations: { idleMs: 600_000, max: 1000 },
  };
  const slack = await startSlack(config, engine, logger, {
    host: "127.0.0.1",
    ...options,
    ...(addArticle ? { addArticle } : {}),
    ...(log ? { log } : {}),
  });
  const base = `http://127.0.0.1:${slack.port}`;
  const eventsUrl = `${base}/slack/events`;
  return {
    slack,
    base,
    eventsUrl,
    async ask(text, user, id) {
      const res = await postSigned(
        eventsUrl,
        slashCommand({ text, user, responseUrl: fake.responseUrl(id) }),
      );
      expect(res.status).toBe(200);
      return (await fake.waitForResponse(id)).body;
    },
  };
}
