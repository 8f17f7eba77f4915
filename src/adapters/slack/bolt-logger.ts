import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logger.js";

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/**
 * Bolt (and its Web API and Socket Mode clients) log through this, so their lines come out as
 * our JSON lines with `source: "bolt"`. Debug is dropped unless the level is set to debug.
 */
export function toBoltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  let name = "bolt";
  const emit = (at: LogLevel, parts: unknown[]): void => {
    if (RANK[at] < RANK[level]) return;
    const errors = parts.filter((p): p is Error => p instanceof Error);
    const message = parts
      .filter((p) => !(p instanceof Error))
      .map((p) => (typeof p === "string" ? p : safeJson(p)))
      .join(" ");
    const context: Record<string, unknown> = { source: name };
    if (errors[0]) context["error"] = errors[0];
    const text = message || errors[0]?.message || "";
    if (at === LogLevel.ERROR) logger.error(text, context);
    else if (at === LogLevel.WARN) logger.warn(text, context);
    else logger.info(text, context);
  };
  return {
    debug: (...msg: unknown[]) => emit(LogLevel.DEBUG, msg),
    info: (...msg: unknown[]) => emit(LogLevel.INFO, msg),
    warn: (...msg: unknown[]) => emit(LogLevel.WARN, msg),
    error: (...msg: unknown[]) => emit(LogLevel.ERROR, msg),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
