import type { WantedType } from "../../analyze/intent.js";
import type { AnswerType } from "../../knowledge/schema.js";

/**
 * Answer types that can answer a question wanting another: "who is Kin Phea" is answered by
 * his role, "who issued it" by an organisation, "when" by an event. A relation, not a score: the
 * fitted weights of `answerType` and `relatedType` say how much each is worth.
 */
const RELATED: Partial<Record<WantedType, readonly AnswerType[]>> = {
  person: ["role", "organisation"],
  date: ["event"],
  place: ["organisation", "event"],
  reason: ["other", "definition"],
  organisation: ["person", "place", "other", "definition"],
  role: ["person", "definition", "organisation", "other"],
  definition: ["other", "role", "event", "organisation", "reason", "place", "person"],
  other: ["reason", "definition", "event"],
  quote: ["other", "reason"],
};

/** 1 when a fact's answer type is the one asked for. */
export const sameType = (wanted: WantedType, actual: AnswerType): boolean => wanted === actual;

/** 1 when a fact's answer type is a related one (see RELATED). */
export const relatedType = (wanted: WantedType, actual: AnswerType): boolean =>
  RELATED[wanted]?.includes(actual) ?? false;
