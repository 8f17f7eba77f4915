import type { ArticleKnowledge } from "./schema.js";

/** A problem found across files, located the way the loader reports zod issues. */
export interface KnowledgeIssue {
  file: "article.json" | "entities.json" | "facts.json" | "quotes.json";
  /** Index of the entry in its file, when the issue is about one entry. */
  entry?: number;
  /** The entry's id, when it has one. */
  id?: string;
  field: string;
  message: string;
}

/**
 * Checks what a per-file schema cannot: unique ids, references to entities, paragraph numbers
 * that exist, and faithfulness: every fact's evidence and every quote's text must stand verbatim
 * in its paragraph, since the bot shows them to users as the article's own words.
 */
export function crossCheckKnowledge(k: ArticleKnowledge): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const paragraphCount = k.article.paragraphs.length;
  const entityIds = new Set<string>();

  k.entities.forEach((e, entry) => {
    if (entityIds.has(e.id)) {
      issues.push({ file: "entities.json", entry, id: e.id, field: "id", message: "duplicate id" });
    }
    entityIds.add(e.id);
  });

  const checkEntries = (
    file: "facts.json" | "quotes.json",
    entries: { id: string; paragraph: number }[],
  ): void => {
    const seen = new Set<string>();
    entries.forEach((e, entry) => {
      if (seen.has(e.id))
        issues.push({ file, entry, id: e.id, field: "id", message: "duplicate id" });
      seen.add(e.id);
      if (e.paragraph > paragraphCount) {
        issues.push({
          file,
          entry,
          id: e.id,
          field: "paragraph",
          message: `the article has ${paragraphCount} paragraphs, not ${e.paragraph}`,
        });
      }
    });
  };
  checkEntries("facts.json", k.facts);
  checkEntries("quotes.json", k.quotes);

  k.facts.forEach((f, entry) => {
    f.entities.forEach((ref, i) => {
      if (!entityIds.has(ref)) {
        issues.push({
          file: "facts.json",
          entry,
          id: f.id,
          field: `entities.${i}`,
          message: `unknown entity "${ref}" (not in entities.json)`,
        });
      }
    });
  });
  const paragraphText = new Map(k.article.paragraphs.map((p) => [p.n, p.text]));
  const verbatim = (
    file: "facts.json" | "quotes.json",
    entry: number,
    e: { id: string; paragraph: number },
    field: string,
    text: string,
  ): void => {
    const paragraph = paragraphText.get(e.paragraph);
    if (paragraph === undefined || paragraph.includes(text)) return;
    issues.push({
      file,
      entry,
      id: e.id,
      field,
      message: `is not word for word in paragraph ${e.paragraph}; it must be copied from the paragraph exactly (${JSON.stringify(clip(text))})`,
    });
  };
  k.facts.forEach((f, entry) => {
    verbatim("facts.json", entry, f, "evidence", f.evidence);
  });
  k.quotes.forEach((q, entry) => {
    verbatim("quotes.json", entry, q, "text", q.text);
    if (!entityIds.has(q.speaker)) {
      issues.push({
        file: "quotes.json",
        entry,
        id: q.id,
        field: "speaker",
        message: `unknown entity "${q.speaker}" (not in entities.json)`,
      });
    }
  });
  return issues;
}

function clip(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}
