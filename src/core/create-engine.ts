import Fuse from "fuse.js";
import type { Alternative, Answer, Source } from "./answer.js";
import type {
  About,
  AskOptions,
  Engine,
  FactEntry,
  Mention,
  QuoteListing,
  Speaker,
  SpeakerQuotes,
} from "./engine-types.js";
import type { ArticleKnowledge, Quote } from "./knowledge/schema.js";
import { MESSAGES } from "./messages.js";
import { entityKey } from "./search/alias-index.js";
import { type AnalyzedQuestion, analyzeQuestion } from "./search/analyze-question.js";
import { buildCorpusIndex, type Doc } from "./search/corpus-index.js";
import { commonAbbreviation } from "./search/initialisms.js";
import { namesUsed, typedNames } from "./search/literal-name.js";
import { type Candidate, rankCandidates } from "./search/rank-candidates.js";
import { createSpeakerLookup } from "./search/speaker-lookup.js";
import { normalizeText } from "./text/normalize.js";
import { SAYING_WORDS, STOP_WORDS } from "./text/stop-words.js";
import { termOf } from "./text/terms.js";

/** Verbs of saying as question terms, dropped from the topic of a quote request. */
const SAYING_TERMS: ReadonlySet<string> = new Set([...SAYING_WORDS].map(termOf));

/** Every decision threshold of the engine, in one frozen object. */
export const ENGINE = Object.freeze({
  /** Below this confidence the engine abstains. */
  answerThreshold: 0.5,
  /** A second answer from another article is shown when it scores this close to the best. */
  otherArticleRatio: 0.92,
  /** A quote matches a topic ("what did Phea say about investment") from this coverage on. */
  quoteTopicCoverage: 0.5,
  suggestions: 3,
  autocompleteLimit: 25,
  /** Runner-up answers offered after a 👎: at most this many, scoring at least the floor. */
  alternatives: 3,
  alternativeFloor: 0.3,
});

/** Questions about when the article itself appeared. */
const ABOUT_PUBLICATION =
  /\b(article|story|piece|report|news)\b.*\b(published|written|come out|came out|released|posted|dated)\b|\b(publication|publish) date\b|\bwhen was (this|it) (published|written|posted)\b/;

const SUGGEST_FUSE = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.45,
  useTokenSearch: true,
  keys: ["text"],
});

interface Suggestion {
  text: string;
  /** The doc or speaker it leads to, so one fact is offered once. */
  owner: string;
}

/**
 * Builds the question-answering engine over a corpus of validated article knowledge.
 * @example
 * const engine = createEngine(loadCorpus("data"));
 * engine.answer("how many cambodians work in busan").short // "Over 9,000 Cambodians"
 */
export function createEngine(corpus: ArticleKnowledge[]): Engine {
  const index = buildCorpusIndex(corpus);
  const multi = corpus.length > 1;
  const { docs } = index;

  const articleNumbers = new Map<string, number>();
  corpus.forEach((k, n) => {
    if (!articleNumbers.has(k.article.id)) articleNumbers.set(k.article.id, n);
  });
  /** undefined: no article asked for; null: an id no article has. */
  const articleNumber = (id: string | undefined): number | undefined | null =>
    id === undefined ? undefined : (articleNumbers.get(id) ?? null);
  const titleOf = (article: number): string => corpus[article]?.article.title ?? "";
  const idOf = (article: number): string => corpus[article]?.article.id ?? "";
  const speakerName = (doc: Doc): string =>
    index.entityNames.get(doc.speaker ?? "") ?? doc.quote?.speaker ?? "";
  const allTitles = corpus.map((k) => `"${k.article.title}"`).join(", ");
  const titlesIn = (scope: number | undefined): string =>
    scope === undefined ? allTitles : `"${titleOf(scope)}"`;

  const canonicalQuestion = (doc: Doc): string | undefined => {
    if (doc.fact) return doc.fact.questions[0];
    if (doc.quote) return `What did ${speakerName(doc)} say?`;
    return undefined;
  };
  const refOf = (doc: Doc): string =>
    `${idOf(doc.article)}/${doc.fact?.id ?? doc.quote?.id ?? `p${doc.paragraph}`}`;
  const sourceOf = (doc: Doc): Source => ({
    article: idOf(doc.article),
    title: titleOf(doc.article),
    paragraph: doc.paragraph,
    text: doc.text,
    ...(doc.quote ? { speaker: speakerName(doc) } : {}),
  });
  const cite = (doc: Doc): string =>
    `paragraph ${doc.paragraph}${multi ? `, "${titleOf(doc.article)}"` : ""}`;

  /** Per article, the first fact question of each paragraph: examples spread over the article. */
  const examplesByArticle = corpus.map((k) => {
    const seen = new Set<number>();
    return k.facts
      .filter((f) => !seen.has(f.paragraph) && seen.add(f.paragraph))
      .map((f) => f.questions[0] ?? "");
  });
  /** Across the corpus: round-robin over the articles. */
  const examples: string[] = (() => {
    const out: string[] = [];
    for (let i = 0; out.length < 50 && examplesByArticle.some((l) => i < l.length); i++) {
      for (const list of examplesByArticle) if (list[i]) out.push(list[i] as string);
    }
    return out;
  })();
  /** A scoped question is only ever offered questions about its own article. */
  const examplesIn = (scope: number | undefined): string[] =>
    scope === undefined ? examples : (examplesByArticle[scope] ?? []);

  // Quote requests look quotes up by speaker, not by scanning every doc.
  const quoteDocs = docs.filter((d) => d.quote);
  const quoteDocsBy = new Map<string, Doc[]>();
  for (const doc of quoteDocs) {
    const list = quoteDocsBy.get(doc.speaker ?? "") ?? [];
    list.push(doc);
    quoteDocsBy.set(doc.speaker ?? "", list);
  }
  const speakersByArticle: Speaker[][] = corpus.map((k) =>
    k.entities
      .map((e) => ({ e, count: k.quotes.filter((q) => q.speaker === e.id).length }))
      .filter(({ count }) => count > 0)
      .map(({ e, count }) => ({ id: e.id, name: e.name, role: e.role, quotes: count })),
  );
  const speakerEntries: Speaker[] = speakersByArticle.flat();
  const speakersIn = (scope: number | undefined): Speaker[] =>
    scope === undefined ? speakerEntries : (speakersByArticle[scope] ?? []);
  /** Autocomplete searches one article's questions, or all: each index is built when first asked. */
  const suggestionsOf = (article: number): Suggestion[] => {
    const [start, end] = index.docRanges[article] ?? [0, 0];
    const pool: Suggestion[] = [];
    for (let i = start; i < end; i++) {
      for (const text of docs[i]?.fact?.questions ?? []) pool.push({ text, owner: `d${i}` });
    }
    for (const s of speakersByArticle[article] ?? [])
      pool.push({ text: `What did ${s.name} say?`, owner: `s:${s.name}` });
    return pool;
  };
  const suggestFuses = new Map<number | "all", Fuse<Suggestion>>();
  const suggestFuse = (scope: number | undefined): Fuse<Suggestion> => {
    const key = scope ?? "all";
    let fuse = suggestFuses.get(key);
    if (!fuse) {
      const pool =
        scope === undefined ? corpus.flatMap((_, a) => suggestionsOf(a)) : suggestionsOf(scope);
      fuse = new Fuse(pool, SUGGEST_FUSE);
      suggestFuses.set(key, fuse);
    }
    return fuse;
  };
  const speakerLookup = createSpeakerLookup(
    corpus.flatMap((k) =>
      k.entities.map((e) => ({ key: entityKey(e), names: [e.name, ...e.aliases] })),
    ),
  );

  const fillSuggestions = (first: string[], scope: number | undefined): string[] => {
    const out: string[] = [];
    for (const s of [...first, ...examplesIn(scope)]) {
      if (out.length >= ENGINE.suggestions) break;
      if (s && !out.includes(s)) out.push(s);
    }
    return out;
  };
  const suggestionsFrom = (candidates: Candidate[], skip: Set<number> = new Set()): string[] => {
    const picked: string[] = [];
    for (const c of candidates) {
      const doc = docs[c.doc];
      if (!doc || skip.has(c.doc)) continue;
      const q = canonicalQuestion(doc);
      if (q && !picked.includes(q)) picked.push(q);
      if (picked.length >= ENGINE.suggestions) break;
    }
    return picked;
  };

  const abstain = (short: string, suggestions: string[], confidence = 0): Answer => ({
    answered: false,
    answer:
      suggestions.length > 0
        ? `${short}\n${MESSAGES.tryThese}\n${suggestions.map((s) => `- ${s}`).join("\n")}`
        : short,
    short,
    confidence,
    kind: "none",
    sources: [],
    suggestions,
    refs: [],
  });

  const renderQuote = (doc: Doc): string => {
    const q = doc.quote as Quote;
    const name = speakerName(doc);
    if (q.mode === "direct") return `${name} said: “${q.text}”`;
    // Reported speech already reads as a sentence in the article; the paragraph's sentence says it best.
    const verb = q.verb ?? "said";
    if (normalizeText(q.text).startsWith(normalizeText(verb))) return `${name} ${q.text}`;
    // A whole sentence ("This is so that…") follows a colon; a clause ("South Korea to…") the verb.
    const first = q.text.split(/\s/, 1)[0] ?? "";
    return /^\p{Lu}/u.test(first) && STOP_WORDS.has(first.toLowerCase())
      ? `${name} ${verb}: ${q.text}`
      : `${name} ${verb} ${q.text}`;
  };

  const fromDocs = (chosen: Doc[], confidence: number, related: string[]): Answer => {
    const first = chosen[0] as Doc;
    const kind = first.kind;
    const shortOf = (doc: Doc): string =>
      doc.fact ? doc.fact.answer : doc.quote ? renderQuote(doc) : doc.text;
    const lines = chosen.map((doc) => {
      const prefix = chosen.length > 1 && multi ? `In "${titleOf(doc.article)}": ` : "";
      const support = doc.kind === "sentence" ? "" : `\n“${doc.text}”`;
      return `${prefix}${shortOf(doc)}${support} (${cite(doc)})`;
    });
    return {
      answered: true,
      answer: lines.join("\n\n"),
      short: shortOf(first),
      confidence: Math.round(confidence * 1000) / 1000,
      kind,
      sources: chosen.map(sourceOf),
      suggestions: related,
      refs: chosen.map(refOf),
    };
  };

  const answerQuotes = (
    analyzed: AnalyzedQuestion,
    scope: number | undefined,
  ): Answer | undefined => {
    const inScope = (article: number) => scope === undefined || article === scope;
    const speakerKeys = analyzed.entities.filter((key) =>
      (quoteDocsBy.get(key) ?? []).some((doc) => inScope(doc.article)),
    );
    const speakerTerms = new Set(speakerKeys);
    // "what did Sokhonn say about RCEP": RCEP is the topic, Sokhonn the speaker.
    const topic = analyzed.terms.filter(
      (t) => !speakerTerms.has(t.term) && !SAYING_TERMS.has(t.term),
    );
    const plainTopic = topic.filter((t) => !t.entity);
    if (speakerKeys.length === 0) {
      const person = analyzed.entities.find((key) => index.entityTypes.get(key) === "person");
      if (person && plainTopic.length === 0) {
        const name = index.entityNames.get(person) ?? person;
        return abstain(
          MESSAGES.noQuotesFrom(name),
          fillSuggestions(
            speakersIn(scope).map((s) => `What did ${s.name} say?`),
            scope,
          ),
        );
      }
      if (analyzed.terms.length === 0) {
        const all = quoteDocs.filter((d) => inScope(d.article));
        return all.length > 0 ? fromDocs(all, 1, []) : undefined;
      }
      return undefined; // a topic question ("what does it say about RCEP"): rank as usual
    }
    const spoken = speakerKeys
      .flatMap((key) => quoteDocsBy.get(key) ?? [])
      .filter((doc) => inScope(doc.article));
    let chosen = spoken;
    const unknownTopic = topic.filter((t) => !t.known && t.specific);
    if (unknownTopic.length > 0) {
      const name = index.entityNames.get(speakerKeys[0] ?? "") ?? "";
      return abstain(
        MESSAGES.noQuoteOnTopic(name),
        fillSuggestions([`What did ${name} say?`], scope),
      );
    }
    if (topic.length > 0) {
      const total = topic.length;
      const scored = chosen.map((doc) => ({
        doc,
        cov: topic.filter((t) => doc.terms.has(t.term)).length / total,
      }));
      const best = Math.max(0, ...scored.map((s) => s.cov));
      if (best >= ENGINE.quoteTopicCoverage) {
        // Best-covering first; of those, the ones that name the topic as the question does ("RCEP").
        const names = typedNames(analyzed, index);
        chosen = scored
          .filter((s) => s.cov >= best * 0.75)
          .map((s) => ({ ...s, named: namesUsed(s.doc, names) }))
          .sort((a, b) => b.cov - a.cov || b.named - a.named)
          .map((s) => s.doc);
      }
    }
    if (chosen.length === 0) return undefined;
    const others = speakersIn(scope)
      .filter((s) => !speakerKeys.includes(entityKey(s)))
      .map((s) => `What did ${s.name} say?`);
    return fromDocs(chosen, 1, fillSuggestions(others, scope));
  };

  /** An expansion helps only if the articles use one of its words. */
  const knownExpansion = (expansion: readonly string[] | undefined) =>
    expansion?.some((w) => index.lexicon.has(w)) ? expansion : undefined;

  const answer = (question: string, options: AskOptions = {}): Answer => {
    const scope = articleNumber(options.article);
    if (scope === null)
      return abstain(
        MESSAGES.unknownArticle(options.article ?? ""),
        fillSuggestions([], undefined),
      );
    const analyzed = analyzeQuestion(
      typeof question === "string" ? question : "",
      index.lexicon,
      index.aliases,
      (term) => index.written.has(term),
      (word) => index.initialisms.get(word) ?? knownExpansion(commonAbbreviation(word)),
    );
    if (analyzed.text === "") return abstain(MESSAGES.empty, fillSuggestions([], scope));
    if (analyzed.smallTalk === "greeting")
      return abstain(MESSAGES.greeting(titlesIn(scope)), fillSuggestions([], scope));
    if (analyzed.smallTalk === "thanks")
      return abstain(MESSAGES.thanks, fillSuggestions([], scope));
    if (analyzed.smallTalk === "help")
      return abstain(MESSAGES.help(titlesIn(scope)), fillSuggestions([], scope));

    // "When was this article published?" is about the article, not in it.
    if (ABOUT_PUBLICATION.test(analyzed.text)) {
      const inScope = scope === undefined ? corpus : corpus.slice(scope, scope + 1);
      if (!inScope.some((k) => k.article.published))
        return abstain(MESSAGES.notDated, fillSuggestions([], scope));
    }
    if (analyzed.quoteRequest) {
      const quoted = answerQuotes(analyzed, scope);
      if (quoted) return quoted;
    }

    const ranked = rankCandidates(analyzed, index, scope);
    const best = ranked[0];
    const bestDoc = best ? docs[best.doc] : undefined;
    if (!best || !bestDoc || best.score < ENGINE.answerThreshold) {
      return withAlternatives(
        abstain(
          MESSAGES.notSaid,
          fillSuggestions(suggestionsFrom(ranked), scope),
          best?.score ?? 0,
        ),
        ranked,
        new Set(),
      );
    }
    const chosen = [bestDoc];
    const runnerUp = ranked.find((c) => docs[c.doc]?.article !== bestDoc.article);
    if (
      runnerUp &&
      runnerUp.score >= ENGINE.answerThreshold &&
      runnerUp.score >= best.score * ENGINE.otherArticleRatio
    ) {
      chosen.push(docs[runnerUp.doc] as Doc);
    }
    const used = new Set([best.doc, ...(runnerUp ? [runnerUp.doc] : [])]);
    const sameAnswer = (c: Candidate) => {
      const d = docs[c.doc];
      return (
        d !== undefined &&
        d.article === bestDoc.article &&
        d.paragraph === bestDoc.paragraph &&
        d.kind !== "fact"
      );
    };
    return withAlternatives(
      fromDocs(
        chosen,
        best.score,
        suggestionsFrom(
          ranked.filter((c) => !sameAnswer(c)),
          used,
        ),
      ),
      ranked,
      // A runner-up from another article that was not shown is still an alternative.
      new Set(chosen.length > 1 && runnerUp ? [best.doc, runnerUp.doc] : [best.doc]),
    );
  };

  const quotes = (speaker?: string, options: AskOptions = {}): QuoteListing => {
    const scope = articleNumber(options.article);
    if (scope === null)
      return { found: false, message: MESSAGES.unknownArticle(options.article ?? ""), groups: [] };
    const groups = new Map<string, SpeakerQuotes>();
    corpus.forEach((k, a) => {
      if (scope !== undefined && a !== scope) return;
      for (const q of k.quotes) {
        const entity = k.entities.find((e) => e.id === q.speaker);
        const key = entity ? entityKey(entity) : q.speaker;
        const group = groups.get(key) ?? {
          speaker: entity?.name ?? q.speaker,
          role: entity?.role,
          quotes: [],
        };
        group.quotes.push({
          text: q.text,
          mode: q.mode,
          verb: q.verb,
          paragraph: q.paragraph,
          article: k.article.id,
          title: k.article.title,
        });
        groups.set(key, group);
      }
    });
    const everyone = [...groups.values()];
    const names = everyone.map((g) => g.speaker).join(", ");
    if (speaker === undefined || speaker.trim() === "") {
      const count = everyone.reduce((n, g) => n + g.quotes.length, 0);
      return {
        found: count > 0,
        message: MESSAGES.quoteCount(everyone.length, count),
        groups: everyone,
      };
    }
    const key = speakerLookup(speaker);
    const group = key ? groups.get(key) : undefined;
    if (!group) {
      const known = key ? index.entityNames.get(key) : undefined;
      const message = known
        ? `${MESSAGES.noQuotesFrom(known)} Quoted: ${names}.`
        : MESSAGES.noSuchSpeaker(speaker.trim().slice(0, 100), names);
      return { found: false, message, groups: [] };
    }
    return { found: true, message: MESSAGES.quoteCount(1, group.quotes.length), groups: [group] };
  };

  const facts = (options: AskOptions = {}): FactEntry[] => {
    const scope = articleNumber(options.article);
    if (scope === null) return [];
    return corpus.flatMap((k, a) =>
      scope !== undefined && a !== scope
        ? []
        : [...k.facts]
            .sort((x, y) => x.paragraph - y.paragraph)
            .map((f) => ({
              answer: f.answer,
              statement: f.statement,
              paragraph: f.paragraph,
              article: k.article.id,
              title: k.article.title,
            })),
    );
  };

  const about = (): About => ({
    articles: corpus.map((k) => ({
      id: k.article.id,
      title: k.article.title,
      titleNote: k.article.titleNote,
      source: k.article.source,
      published: k.article.published,
      paragraphs: k.article.paragraphs.length,
      facts: k.facts.length,
      quotes: k.quotes.length,
    })),
    examples: examples.slice(0, 5),
    howToAsk: MESSAGES.howToAsk,
  });

  const suggest = (
    partial: string,
    limit = ENGINE.autocompleteLimit,
    options: AskOptions = {},
  ): string[] => {
    const scope = articleNumber(options.article);
    if (scope === null) return [];
    const max = Math.max(0, Math.min(limit, ENGINE.autocompleteLimit));
    const query = normalizeText(typeof partial === "string" ? partial.slice(0, 100) : "");
    if (query === "") return examplesIn(scope).slice(0, max);
    const seen = new Set<string>();
    const out: string[] = [];
    for (const r of suggestFuse(scope).search(query)) {
      if (out.length >= max) break;
      if (seen.has(r.item.owner)) continue;
      seen.add(r.item.owner);
      out.push(r.item.text);
    }
    return out;
  };

  const speakers = (options: AskOptions = {}): Speaker[] => {
    const scope = articleNumber(options.article);
    return scope === null ? [] : speakersIn(scope);
  };

  // ---- Conversation support, kept apart: the entities a text names, and runner-up answers ----
  const articlesOfEntity = new Map<string, string[]>();
  for (const k of corpus) {
    for (const e of k.entities) {
      const list = articlesOfEntity.get(entityKey(e)) ?? [];
      if (!list.includes(k.article.id)) list.push(k.article.id);
      articlesOfEntity.set(entityKey(e), list);
    }
  }
  const mentions = (text: string, options: AskOptions = {}): Mention[] => {
    const scope = articleNumber(options.article);
    if (scope === null || typeof text !== "string") return [];
    const analyzed = analyzeQuestion(text, index.lexicon, index.aliases, (term) =>
      index.written.has(term),
    );
    return analyzed.entities
      .map((key) => ({
        name: index.entityNames.get(key) ?? key,
        type: index.entityTypes.get(key) ?? "other",
        articles: articlesOfEntity.get(key) ?? [],
      }))
      .filter((m) => scope === undefined || m.articles.includes(idOf(scope)));
  };
  /** Adds the best-ranked answers not already given (one per short answer) to `answer`. */
  const withAlternatives = (answer: Answer, ranked: Candidate[], used: Set<number>): Answer => {
    const seen = new Set(answer.answered ? [answer.short] : []);
    const alternatives: Alternative[] = [];
    for (const c of ranked) {
      if (alternatives.length >= ENGINE.alternatives || c.score < ENGINE.alternativeFloor) break;
      const doc = docs[c.doc];
      if (!doc || used.has(c.doc)) continue;
      const short = doc.fact ? doc.fact.answer : doc.quote ? renderQuote(doc) : doc.text;
      if (seen.has(short)) continue;
      seen.add(short);
      alternatives.push({
        short,
        source: sourceOf(doc),
        ref: refOf(doc),
        confidence: Math.round(c.score * 1000) / 1000,
      });
    }
    return alternatives.length > 0 ? { ...answer, alternatives } : answer;
  };

  return { answer, quotes, facts, about, suggest, speakers, mentions };
}
