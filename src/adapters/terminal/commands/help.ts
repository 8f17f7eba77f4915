import type { TerminalCommand } from "./types.js";

export default {
  name: "help",
  usage: "/help",
  summary: "how to ask, and these commands",
  run: (_args, { engine, style, commands }) => {
    const about = engine.about();
    const width = Math.max(...commands.map((c) => c.usage.length));
    const lines = [about.howToAsk];
    const example = about.examples[0];
    if (example) lines.push(`For example: ${style.cyan(example)}`);
    lines.push("Commands:");
    for (const c of commands) lines.push(`  ${c.usage.padEnd(width)}  ${c.summary}`);
    lines.push("Ctrl-D also leaves.");
    return { output: lines.join("\n") };
  },
} satisfies TerminalCommand;
