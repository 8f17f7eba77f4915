import { covered, type Signal } from "../candidate.js";

/** Share of the question's weight found anywhere in the doc: a fact's phrasings and keywords too. */
export const fields: Signal = (input) => covered(input, (t) => input.candidate.doc.bag.has(t));
