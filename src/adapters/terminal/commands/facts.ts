import { scopeOptions } from "../article-scope.js";
import { formatFacts } from "../format-listings.js";
import type { TerminalCommand } from "./types.js";

export default {
  name: "facts",
  usage: "/facts",
  summary: "the key facts and figures, in article order",
  run: (_args, { engine, style, scope }) => ({
    output: formatFacts(engine.facts(scopeOptions(scope)), style),
  }),
} satisfies TerminalCommand;
