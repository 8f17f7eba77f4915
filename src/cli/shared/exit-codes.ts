/** Exit codes shared by the CLIs and `npm start`. */
export const EXIT = {
  ok: 0,
  /** Invalid configuration or data, a failed start-up, eval below its floors. */
  failure: 1,
  /** Bad usage: unknown flag, missing question, unknown article. */
  usage: 2,
} as const;
