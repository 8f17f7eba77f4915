import type { Engine } from "../../core/index.js";
import { filterArticles } from "../shared/find-article.js";
import { type ChatScope, scopeOptions } from "./article-scope.js";
import type { TerminalCommand } from "./commands/index.js";

/**
 * Tab completion: command names after "/", speakers after "/quote ", article ids after
 * "/article ", else answerable questions.
 */
export function completeLine(
  line: string,
  engine: Engine,
  commands: readonly TerminalCommand[],
  scope: ChatScope = {},
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
    const articleArgs = /^\/article\s+(.*)$/i.exec(line);
    if (articleArgs) {
      const typed = articleArgs[1] ?? "";
      const prefix = line.slice(0, line.length - typed.length);
      const ids = filterArticles(engine.about().articles, typed).map((a) => prefix + a.id);
      return [ids, line];
    }
    if (line.startsWith("/")) {
      const names = commands.map((c) => `/${c.name}`).filter((name) => name.startsWith(line));
      return [names, line];
    }
    if (line.trim().length < 2) return [[], line];
    return [engine.suggest(line, 10, scopeOptions(scope)), line];
  } catch {
    // Completion is a convenience; it must never break the prompt.
    return [[], line];
  }
}
