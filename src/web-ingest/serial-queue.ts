/**
 * Runs tasks one at a time in the order they were queued: the bot's feed poller and chat users
 * share one data directory and ledger, and two writers must not interleave.
 */
export function createSerialQueue(): <T>(task: () => Promise<T> | T) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
