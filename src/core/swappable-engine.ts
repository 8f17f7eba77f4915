import type { Engine } from "./engine-types.js";

/** An Engine whose knowledge can be replaced while the bot runs. */
export interface SwappableEngine {
  /** Hand this to adapters: every call goes to the engine current at the time of the call. */
  readonly engine: Engine;
  current(): Engine;
  /** Replaces the engine in one step; a call already running finishes on the old one. */
  swap(next: Engine): void;
}

/**
 * Wraps an engine so that new knowledge can be swapped in atomically: answers are synchronous,
 * so a question in flight always completes on the engine it started with.
 * @example
 * const live = createSwappableEngine(createEngine(corpus));
 * startDiscord(config, live.engine);
 * live.swap(createEngine(newCorpus));
 */
export function createSwappableEngine(initial: Engine): SwappableEngine {
  let current = initial;
  const engine: Engine = {
    answer: (question, options) => current.answer(question, options),
    quotes: (speaker, options) => current.quotes(speaker, options),
    facts: (options) => current.facts(options),
    about: () => current.about(),
    suggest: (partial, limit, options) => current.suggest(partial, limit, options),
    speakers: (options) => current.speakers(options),
    mentions: (text, options) => current.mentions(text, options),
  };
  return {
    engine,
    current: () => current,
    swap: (next) => {
      current = next;
    },
  };
}
