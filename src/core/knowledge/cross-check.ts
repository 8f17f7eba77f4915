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
 * Checks what a per-file schema cannot: unique ids, references to entities,
 * paragraph numbers that exist.
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
  k.quotes.forEach((q, entry) => {
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
