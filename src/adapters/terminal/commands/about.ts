import { formatAbout } from "../format-listings.js";
import type { TerminalCommand } from "./types.js";

export default {
  name: "about",
  usage: "/about",
  summary: "which article(s) I know and where they come from",
  run: (_args, { engine, style }) => ({ output: formatAbout(engine.about(), style) }),
} satisfies TerminalCommand;
