import { PICK_HINT, pickArticle } from "../article-scope.js";
import type { TerminalCommand } from "./types.js";

/** Words that take the chat back to every article. */
const ALL = new Set(["all", "none", "*"]);

export default {
  name: "article",
  usage: "/article [id|all]",
  summary: "ask about one article only (id, start of its title), or all; alone: list them",
  run: (args, { engine, scope }) => {
    const about = engine.about();
    if (args === "") {
      const lines = about.articles.map(
        (a) => `  ${a.id === scope.article ? "*" : "-"} ${a.title} [${a.id}]`,
      );
      const now = about.articles.find((a) => a.id === scope.article);
      const head = now ? `Asking about "${now.title}" only.` : "Asking about every article.";
      return { output: [head, ...lines, `${PICK_HINT} /article all asks them all.`].join("\n") };
    }
    if (ALL.has(args.toLowerCase())) {
      delete scope.article;
      return { output: "Asking about every article again." };
    }
    const picked = pickArticle(about, args);
    if (!picked.ok) return { output: picked.message };
    scope.article = picked.id;
    return { output: `Asking about "${picked.title}" only. /article all asks them all again.` };
  },
} satisfies TerminalCommand;
