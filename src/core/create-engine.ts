import { createEngineContext } from "./engine/engine-context.js";
import type { Engine } from "./engine-types.js";
import type { CorpusIndex } from "./index/corpus-index.js";
import type { ArticleKnowledge } from "./knowledge/schema.js";
import type { Model } from "./model/model.js";
import { createPipeline } from "./pipeline.js";
import { aboutUseCase } from "./use-cases/about.js";
import { answerUseCase } from "./use-cases/answer.js";
import { factsUseCase } from "./use-cases/facts.js";
import { mentionsUseCase } from "./use-cases/mentions.js";
import { quotesUseCase } from "./use-cases/quotes.js";
import { speakersUseCase } from "./use-cases/speakers.js";
import { suggestUseCase } from "./use-cases/suggest.js";

export interface EngineOptions {
  /** Fitted weights; the committed src/core/model/weights.json by default. */
  model?: Model;
  /**
   * The corpus's index, put together from stored article indexes (`assembleCorpusIndex`);
   * built from the corpus when absent.
   */
  index?: CorpusIndex;
}

/**
 * The question-answering engine over a corpus of validated article knowledge: one pipeline
 * (analyse → retrieve → score → decide → compose) and the use cases bound to it.
 * @example
 * const engine = createEngine(loadCorpus("data"));
 * engine.answer("how many cambodians work in busan").short // "Over 9,000 Cambodians"
 */
export function createEngine(corpus: ArticleKnowledge[], options: EngineOptions = {}): Engine {
  const context = createEngineContext(corpus, createPipeline(corpus, options.model, options.index));
  return {
    answer: answerUseCase(context),
    quotes: quotesUseCase(context),
    facts: factsUseCase(context),
    about: aboutUseCase(context),
    suggest: suggestUseCase(context),
    speakers: speakersUseCase(context),
    mentions: mentionsUseCase(context),
  };
}
