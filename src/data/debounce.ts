export interface Debounced {
  /** Asks for a run: it happens once events have been quiet for `quietMs`, or after `maxWaitMs`. */
  trigger(): void;
  cancel(): void;
}

/**
 * Runs `run` once per burst of triggers: after `quietMs` without a new trigger, and at the latest
 * `maxWaitMs` after the first, so a steady stream of events (a bulk ingest) still gets runs.
 *
 * @example const d = debounce(() => store.reload(), { quietMs: 300, maxWaitMs: 2000 }); d.trigger();
 */
export function debounce(
  run: () => void,
  options: { quietMs: number; maxWaitMs: number },
): Debounced {
  let quiet: NodeJS.Timeout | undefined;
  let deadline: NodeJS.Timeout | undefined;
  const fire = (): void => {
    cancel();
    run();
  };
  const cancel = (): void => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = undefined;
    deadline = undefined;
  };
  return {
    trigger: () => {
      clearTimeout(quiet);
      quiet = setTimeout(fire, options.quietMs);
      deadline ??= setTimeout(fire, options.maxWaitMs);
    },
    cancel,
  };
}
