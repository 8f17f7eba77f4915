import type { Entity, Quote } from "../core/knowledge/schema.js";
import type { Statement } from "./find-statements.js";
import { slugify, uniqueId } from "./slugify.js";

/**
 * Stage: quotes.json entries from attributed statements, in article order. Ids read as
 * paragraph, mode and speaker: `p11-quote-kin-phea`, `p13-reported-kin-phea-expressed-hope`.
 */
export function buildQuotes(statements: Statement[], entities: Entity[]): Quote[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const taken = new Set<string>();
  return [...statements]
    .sort((a, b) => a.paragraph - b.paragraph || a.textStart - b.textStart)
    .flatMap((s) => {
      const speaker = byId.get(s.speaker);
      if (!speaker) return [];
      const base =
        s.mode === "direct"
          ? slugify(`p${s.paragraph} quote ${speaker.id}`)
          : slugify(
              `p${s.paragraph} reported ${speaker.id} ${s.verb.split(" ").slice(0, 2).join(" ")}`,
            );
      const quote: Quote = {
        id: uniqueId(base, taken),
        speaker: speaker.id,
        ...(speaker.role ? { role: speaker.role } : {}),
        text: s.text,
        mode: s.mode,
        verb: s.verb,
        paragraph: s.paragraph,
      };
      return [quote];
    });
}
