/**
 * The frozen held-out part: fitting (`npm run fit`) never sees these questions, and `npm run eval`
 * reports them beside the training part. Chosen by rule before the first fit, never by results:
 * every fourth SQuAD article in title order (from the fourth), every fifth line of the seed eval.
 */
export const HELD_OUT = Object.freeze({
  squadArticles: Object.freeze(["French and Indian War", "Islamism", "Yuan dynasty"]),
  /** Lines of tests/eval/questions.jsonl whose number is a multiple of this are held out. */
  seedLineModulus: 5,
});

export type Split = "train" | "held-out";

export const squadSplit = (title: string): Split =>
  HELD_OUT.squadArticles.includes(title) ? "held-out" : "train";

export const seedSplit = (line: number): Split =>
  line % HELD_OUT.seedLineModulus === 0 ? "held-out" : "train";
