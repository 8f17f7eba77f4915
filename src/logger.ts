/** One JSON line per event on stderr, so stdout stays free for the CLI's answers. */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

type Level = "info" | "warn" | "error";

export function createLogger(
  scope: string,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const log = (level: Level, message: string, context?: Record<string, unknown>): void => {
    const fields: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      scope,
      message,
    };
    for (const [k, v] of Object.entries(context ?? {})) {
      fields[k] = v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v;
    }
    write(JSON.stringify(fields));
  };
  return {
    info: (m, c) => log("info", m, c),
    warn: (m, c) => log("warn", m, c),
    error: (m, c) => log("error", m, c),
  };
}

/** A logger that keeps lines in memory, for tests. */
export function createMemoryLogger(): Logger & { lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger("test", (line) => lines.push(JSON.parse(line)));
  return Object.assign(logger, { lines });
}
