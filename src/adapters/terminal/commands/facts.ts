import { formatFacts } from "../format-listings.js";
import type { TerminalCommand } from "./types.js";

export default {
  name: "facts",
  usage: "/facts",
  summary: "the key facts and figures, in article order",
  run: (_args, { engine, style }) => ({ output: formatFacts(engine.facts(), style) }),
} satisfies TerminalCommand;
