import type { EngineContext } from "../engine/engine-context.js";
import type { AskOptions, Speaker } from "../engine-types.js";

/** The people quoted, with how many quotes each has. */
export function speakersUseCase(context: EngineContext) {
  return (options: AskOptions = {}): Speaker[] => {
    const scope = context.articleNumber(options.article);
    return scope === null ? [] : context.speakersIn(scope);
  };
}
