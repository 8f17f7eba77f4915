import { contextHas, covered, type Signal } from "../candidate.js";

/**
 * Share of the question's weight in the doc's sentence and the ones either side of it: a
 * question often names in its words what the previous sentence said ("It was granted in 1650").
 */
export const context: Signal = (input) => covered(input, contextHas(input));
