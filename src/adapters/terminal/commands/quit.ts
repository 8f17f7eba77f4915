import type { TerminalCommand } from "./types.js";

export default {
  name: "quit",
  aliases: ["exit"],
  usage: "/quit",
  summary: "leave the chat",
  run: () => ({ output: "Bye.", quit: true }),
} satisfies TerminalCommand;
