import type { ArticleKnowledge } from "../core/knowledge/schema.js";

/** A fact's evidence or a quote's text that does not stand verbatim in its paragraph. */
export interface VerbatimProblem {
  file: "facts.json" | "quotes.json";
  id: string;
  paragraph: number;
  text: string;
}

/** Every evidence and quote text must be a substring of its paragraph (faithfulness). */
export function findVerbatimProblems(k: ArticleKnowledge): VerbatimProblem[] {
  const paragraph = (n: number) => k.article.paragraphs[n - 1]?.text ?? "";
  const problems: VerbatimProblem[] = [];
  for (const f of k.facts) {
    if (!paragraph(f.paragraph).includes(f.evidence)) {
      problems.push({ file: "facts.json", id: f.id, paragraph: f.paragraph, text: f.evidence });
    }
  }
  for (const q of k.quotes) {
    if (!paragraph(q.paragraph).includes(q.text)) {
      problems.push({ file: "quotes.json", id: q.id, paragraph: q.paragraph, text: q.text });
    }
  }
  return problems;
}
