import type { WantedType } from "../../analyze/intent.js";
import type { AnswerType } from "../../knowledge/schema.js";

/**
 * How well a fact's answer type fits the type a question wants, 0..1. Related types are in
 * between: "who is Kin Phea" is answered by his role, "who issued it" by an organisation. These
 * are meanings of the types, not fitted numbers: the fitted weight of `answerType` scales them.
 */
const FIT: Partial<Record<WantedType, Partial<Record<AnswerType, number>>>> = {
  person: { person: 1, role: 0.8, organisation: 0.85, other: 0.6, place: 0.6 },
  number: { number: 1, date: 0.55 },
  date: { date: 1, number: 0.55, event: 0.6 },
  place: { place: 1, organisation: 0.7, event: 0.7, other: 0.6 },
  reason: { reason: 1, other: 0.75, definition: 0.7, event: 0.6 },
  organisation: { organisation: 1, person: 0.8, place: 0.7, other: 0.7, definition: 0.8 },
  role: { role: 1, person: 0.9, definition: 0.85, organisation: 0.7, other: 0.7 },
  definition: {
    definition: 1,
    other: 0.9,
    role: 0.85,
    event: 0.85,
    organisation: 0.85,
    reason: 0.8,
    place: 0.7,
    person: 0.7,
  },
  other: { other: 1, reason: 0.8, definition: 0.8, event: 0.75 },
  quote: { other: 0.8, reason: 0.8, person: 0.7, definition: 0.7 },
};

/** Types that do not go together at all. */
const MISMATCH = 0.45;

export function factTypeFit(wanted: WantedType | null, actual: AnswerType): number {
  if (wanted === null) return 1;
  return FIT[wanted]?.[actual] ?? MISMATCH;
}
