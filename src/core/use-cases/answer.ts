import type { Answer } from "../answer.js";
import { composeAnswer } from "../compose/compose-answer.js";
import { decide, decisionInput } from "../decide/decide.js";
import type { EngineContext } from "../engine/engine-context.js";
import type { AskOptions } from "../engine-types.js";
import type { Doc } from "../index/article-docs.js";
import { MESSAGES } from "../messages.js";
import type { Ranked } from "../score/rank-candidates.js";
import { withAlternatives } from "./alternatives.js";
import { answerQuotes } from "./answer-quotes.js";

/** Questions about when the article itself appeared. */
const ABOUT_PUBLICATION =
  /\b(article|story|piece|report|news)\b.*\b(published|written|come out|came out|released|posted|dated)\b|\b(publication|publish) date\b|\bwhen was (this|it) (published|written|posted)\b/;

/** Questions the best candidates answer, for an abstention or to follow an answer. */
function suggestionsFrom(
  context: EngineContext,
  ranked: readonly Ranked[],
  skip: ReadonlySet<Doc>,
): string[] {
  const picked: string[] = [];
  for (const r of ranked) {
    const doc = r.input.candidate.doc;
    if (skip.has(doc)) continue;
    const q = context.canonicalQuestion(doc);
    if (q && !picked.includes(q)) picked.push(q);
    if (picked.length >= 3) break;
  }
  return picked;
}

/**
 * The one use case every adapter calls: analyse → retrieve → score → decide → compose.
 * @example answer(context)("how many cambodians work in busan").short // "Over 9,000 Cambodians"
 */
export function answerUseCase(context: EngineContext) {
  const { pipeline, corpus } = context;
  return (question: string, options: AskOptions = {}): Answer => {
    const scope = context.articleNumber(options.article);
    if (scope === null)
      return context.abstain(
        MESSAGES.unknownArticle(options.article ?? ""),
        context.fillSuggestions([], undefined),
      );
    const analyzed = pipeline.analyze(typeof question === "string" ? question : "");
    if (analyzed.text === "")
      return context.abstain(MESSAGES.empty, context.fillSuggestions([], scope));
    const examples = context.fillSuggestions([], scope);
    if (analyzed.smallTalk === "greeting")
      return context.abstain(MESSAGES.greeting(context.titlesIn(scope)), examples);
    if (analyzed.smallTalk === "thanks") return context.abstain(MESSAGES.thanks, examples);
    if (analyzed.smallTalk === "help")
      return context.abstain(MESSAGES.help(context.titlesIn(scope)), examples);
    if (ABOUT_PUBLICATION.test(analyzed.text)) {
      const inScope = scope === undefined ? corpus : corpus.slice(scope, scope + 1);
      if (!inScope.some((k) => k.article.published))
        return context.abstain(MESSAGES.notDated, examples);
    }
    if (analyzed.quoteRequest) {
      const quoted = answerQuotes(context, analyzed, scope);
      if (quoted) return quoted;
    }

    const run = pipeline.run(analyzed, scope);
    const best = run.ranked[0];
    if (!best || !run.decision?.answer) {
      const abstained = context.abstain(
        MESSAGES.notSaid,
        context.fillSuggestions(suggestionsFrom(context, run.ranked, new Set()), scope),
        run.decision?.confidence ?? 0,
      );
      return withAlternatives(context, abstained, analyzed, run.ranked, new Set());
    }
    const bestDoc = best.input.candidate.doc;
    const chosen: Doc[] = [bestDoc];
    // With several articles, another article's best answer is shown too when it is as sure.
    if (context.multi && scope === undefined) {
      const others = run.ranked.filter((r) => r.input.candidate.doc.article !== bestDoc.article);
      const input = decisionInput(analyzed, pipeline.index, others);
      const second = input ? decide(input, pipeline.model) : undefined;
      if (second?.answer && second.confidence >= run.decision.confidence * 0.95 && others[0])
        chosen.push(others[0].input.candidate.doc);
    }
    // Other answers from the same sentence would only repeat it.
    const sameSentence = new Set(
      run.ranked
        .map((r) => r.input.candidate.doc)
        .filter((d) => d.article === bestDoc.article && d.sentence === bestDoc.sentence),
    );
    const used = new Set([...chosen, ...sameSentence]);
    const answer = composeAnswer(
      context,
      chosen,
      analyzed,
      run.decision.confidence,
      suggestionsFrom(context, run.ranked, used),
    );
    return withAlternatives(context, answer, analyzed, run.ranked, used);
  };
}
