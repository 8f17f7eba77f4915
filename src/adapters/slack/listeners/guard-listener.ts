import type { Logger } from "../../../logger.js";

/** Where a listener ran, for the log line. */
export type ListenerContext = Record<string, string | undefined>;

/**
 * Runs a listener's work; on failure logs it with context and tries to tell the user (`apologise`
 * gets the error, so the notice can say whether the answer may have arrived after all).
 * Never throws: one failed reply must not reach Bolt as an unhandled error or take the app down.
 */
export async function guardListener(
  logger: Logger,
  where: ListenerContext,
  work: () => Promise<unknown>,
  apologise: (error: unknown) => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error("Slack listener failed", { ...where, error: describe(error) });
    try {
      await apologise(error);
    } catch (apologyError) {
      logger.error("Could not tell the user about the failure", {
        ...where,
        error: describe(apologyError),
      });
    }
  }
}

/** Errors from the Web API carry a `code` and `data.error` ("not_in_channel"); keep them. */
export function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const e = error as Error & { code?: unknown; data?: { error?: unknown } };
  return {
    name: e.name,
    message: e.message,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.data?.error !== undefined ? { apiError: e.data.error } : {}),
  };
}
