import { stemmer } from "stemmer";

/** Words that do not tell two questions apart. */
const FILLER = new Set(
  `a an the is are was were be been do does did of in on at to for from by with about and or
  what who whom whose when where why how which that this it its he she they his her their there
  many much any some me you i we please tell article story say says said`.split(/\s+/),
);

/** The words that carry a question's meaning, stemmed: "Who's the mayor of Busan?" → mayor, busan. */
export function keyTerms(question: string): Set<string> {
  const words = question
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FILLER.has(w));
  return new Set(words.map((w) => stemmer(w)));
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface QuestionGroup {
  /** The wording asked most often. */
  question: string;
  count: number;
  /** Every wording in the group, most asked first. */
  variants: { question: string; count: number }[];
  lastAsked: string;
}

/** Two questions ask the same thing when this share of their key terms is common. */
export const SAME_QUESTION = 0.5;

/**
 * Groups questions that ask the same thing in other words ("who is the mayor?", "Who's the
 * mayor??", "name of the mayor"), most asked first. Greedy: each wording joins the first group
 * whose key terms it shares enough of.
 * @example groupQuestions([{ question: "who is the mayor", at: "…" }, …])[0].count
 */
export function groupQuestions(
  asked: readonly { question: string; at: string }[],
): QuestionGroup[] {
  const byWording = new Map<string, { question: string; count: number; last: string }>();
  for (const { question, at } of asked) {
    const key = question.trim().toLowerCase().replace(/\s+/g, " ");
    const entry = byWording.get(key) ?? { question: question.trim(), count: 0, last: at };
    entry.count++;
    if (at > entry.last) entry.last = at;
    byWording.set(key, entry);
  }
  const wordings = [...byWording.values()].sort(
    (a, b) => b.count - a.count || a.question.localeCompare(b.question),
  );
  const groups: { terms: Set<string>; variants: typeof wordings }[] = [];
  for (const wording of wordings) {
    const terms = keyTerms(wording.question);
    const home = groups.find((g) => similarity(g.terms, terms) >= SAME_QUESTION);
    if (home) home.variants.push(wording);
    else groups.push({ terms, variants: [wording] });
  }
  return groups
    .map(({ variants }) => ({
      question: variants[0]?.question ?? "",
      count: variants.reduce((n, v) => n + v.count, 0),
      variants: variants.map((v) => ({ question: v.question, count: v.count })),
      // ISO times sort as text: the last one is the latest.
      lastAsked:
        variants
          .map((v) => v.last)
          .sort()
          .at(-1) ?? "",
    }))
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}
