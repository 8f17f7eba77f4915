import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { Logger } from "../../../logger.js";
import type { RecentEventIds } from "./recent-event-ids.js";

/**
 * Global middleware: an Events API event whose event_id was already received (Slack's retry after a
 * slow ack, `x-slack-retry-num` over HTTP, `retry_attempt` in Socket Mode) is acknowledged (Bolt
 * acks events before middleware runs) and goes no further, so it is answered once. A retry of an
 * event never received is answered: ignoring every retry would lose the ones whose first try failed.
 */
export function ignoreRedeliveredEvents(
  seen: RecentEventIds,
  logger: Logger,
): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = eventIdOf(body);
    if (eventId !== undefined && !seen.firstSighting(eventId)) {
      logger.info("Ignored a redelivered Slack event", {
        event_id: eventId,
        retry_num: context.retryNum,
        retry_reason: context.retryReason,
      });
      return;
    }
    await next();
  };
}

function eventIdOf(body: unknown): string | undefined {
  const b = body as { type?: unknown; event_id?: unknown };
  return b.type === "event_callback" && typeof b.event_id === "string" ? b.event_id : undefined;
}
