import type { Client } from "discord.js";
import type { BotContext } from "../context.js";
import { describeEventTarget, sendErrorNotice } from "../replies/error-notice.js";
import { type Listener, listeners } from "./index.js";

/**
 * Runs one listener so that nothing escapes: a thrown error or rejected promise is logged
 * with its context and the user is told, instead of becoming an `error` event (which
 * discord.js raises for rejected async listeners) or an unhandled rejection.
 */
export async function runListener(
  listener: Listener,
  context: BotContext,
  args: readonly unknown[],
): Promise<void> {
  try {
    await (listener.execute as (context: BotContext, ...args: readonly unknown[]) => unknown)(
      context,
      ...args,
    );
  } catch (error) {
    const target = describeEventTarget(args[0]);
    context.logger.error("Discord handler failed", { event: listener.name, ...target, error });
    try {
      await sendErrorNotice(args[0]);
    } catch (noticeError) {
      context.logger.warn("Could not tell the user about the error", {
        event: listener.name,
        ...target,
        error: noticeError,
      });
    }
  }
}

export function registerListeners(client: Client, context: BotContext): void {
  for (const listener of listeners) {
    const handler = (...args: unknown[]): void => {
      void runListener(listener, context, args);
    };
    if (listener.once) client.once(listener.name, handler);
    else client.on(listener.name, handler);
  }
}
