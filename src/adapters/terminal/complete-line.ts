import type { Engine } from "../../core/index.js";
import type { TerminalCommand } from "./commands/index.js";

/** Tab completion: command names after "/", speakers after "/quote ", else answerable questions. */
export function completeLine(
  line: string,
  engine: Engine,
  commands: readonly TerminalCommand[],
): [string[], string] {
  try {
    const quoteArgs = /^\/quote\s+(.*)$/i.exec(line);
    if (quoteArgs) {
      const typed = (quoteArgs[1] ?? "").toLowerCase();
      const prefix = line.slice(0, line.length - typed.length);
      const names = engine
        .speakers()
        .map((s) => s.name)
        .filter((name) => name.toLowerCase().startsWith(typed));
      return [names.map((name) => prefix + name), line];
    }
    if (line.startsWith("/")) {
      const names = commands.map((c) => `/${c.name}`).filter((name) => name.startsWith(line));
      return [names, line];
    }
    if (line.trim().length < 2) return [[], line];
    return [engine.suggest(line, 10), line];
  } catch {
    // Completion is a convenience; it must never break the prompt.
    return [[], line];
  }
}
