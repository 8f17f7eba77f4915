import { type SlackHandle, startSlack } from "../../../../src/adapters/slack/start.js";
import type { RateLimitConfig } from "../../../../src/config/load-config.js";
import type { Engine } from "../../../../src/core/index.js";
import type { Logger } from "../../../../src/logger.js";
import type { FakeSlack } from "./fake-slack.js";
import type { FakeSocketMode } from "./fake-socket-mode.js";

/**
 * Starts `fake` and `socket`, points apps.connections.open at the socket, then starts the real
 * Bolt app in Socket Mode against them; resolves once it is connected.
 */
export async function startSocketApp(
  fake: FakeSlack,
  socket: FakeSocketMode,
  engine: Engine,
  { rateLimit, logger }: { rateLimit: RateLimitConfig; logger: Logger },
): Promise<SlackHandle> {
  await fake.start();
  await socket.start();
  fake.socketUrl = socket.url;
  return startSlack(
    {
      botToken: "xoxb-test-token",
      appToken: "xapp-test-token",
      apiUrl: fake.apiUrl,
      port: 0,
      rateLimit,
      conversations: { idleMs: 600_000, max: 1000 },
    },
    engine,
    logger,
  );
}
