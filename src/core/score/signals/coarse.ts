import { meetsGranularity } from "../../analyze/intent.js";
import type { Signal } from "../candidate.js";

/** 1 when the answer is less precise than asked: "Monday" for "what time", "last week" for "which year". */
export const coarse: Signal = ({ question, candidate }) => {
  if (question.granularity === null) return 0;
  const { doc } = candidate;
  return meetsGranularity(question.granularity, doc.fact?.answer ?? doc.text) ? 0 : 1;
};
