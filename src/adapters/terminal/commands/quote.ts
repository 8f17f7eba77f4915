import { scopeOptions } from "../article-scope.js";
import { formatQuotes } from "../format-listings.js";
import type { TerminalCommand } from "./types.js";

export default {
  name: "quote",
  usage: "/quote [speaker]",
  summary: "every quote in the article, or one speaker's (e.g. /quote Kin Phea)",
  run: (args, { engine, style, scope }) => ({
    output: formatQuotes(engine.quotes(args || undefined, scopeOptions(scope)), style),
  }),
} satisfies TerminalCommand;
