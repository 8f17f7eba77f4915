import {
  type AliasIndex,
  createAliasIndex,
  dropPossessive,
  entityKey,
} from "../index/alias-index.js";
import { buildInitialisms } from "../index/initialisms.js";
import { createWordLexicon, type WordLexicon } from "../index/word-lexicon.js";
import type { AnswerType, ArticleKnowledge, Fact, Quote } from "../knowledge/schema.js";
import { words } from "../text/normalize.js";
import { roleGloss } from "../text/role-glosses.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { termOf } from "../text/terms.js";
import { QUESTION_WORDS, SYNONYM_WORDS } from "./known-words.js";
import { splitSentences } from "./sentences.js";

/** A retrievable unit: a curated fact, a quote, or an article sentence (the fallback). */
export interface Doc {
  kind: "fact" | "quote" | "sentence";
  /** Index of the article in the corpus. */
  article: number;
  paragraph: number;
  /** Supporting text, verbatim from the article. */
  text: string;
  answerType: AnswerType | null;
  fact?: Fact;
  quote?: Quote;
  /** Quotes: the speaker's entity key. */
  speaker?: string;
  /** Facts: the entity key of the first declared entity, whom a role fact describes. */
  subject?: string;
  /** Term → weight of the best field it occurs in (question phrasings and statements 1, evidence less). */
  terms: Map<string, number>;
  /** Facts: the terms of each question phrasing. */
  phrasings: Set<string>[];
  /** Entity keys the doc names anywhere, its evidence sentence included. */
  entities: Set<string>;
  /**
   * Entity keys the doc is about: a fact's declared entities and those its questions, statement
   * and answer name. Its evidence sentence often names others in passing ("representing Hun Sen").
   */
  about: Set<string>;
  /** Facts: the words of the short answer, to spot answers that only repeat the question. */
  answerWords: Set<string>;
  /** Facts: the entities the short answer names ("Prime Minister Hun Sen" → @hun_sen), if any. */
  answerNames?: readonly string[];
  /** Quotes: the terms of the reporting verb ("urged" → urg), so "who urged…" is seen to ask it. */
  verbTerms?: readonly string[];
}

/** A term's docs in order, and its weight in each; packed, as a large corpus holds millions. */
export interface Postings {
  docs: Int32Array;
  weights: Float64Array;
}

export interface CorpusIndex {
  corpus: readonly ArticleKnowledge[];
  docs: Doc[];
  /** The docs holding a term, with its weight in each. */
  postings(term: string): Postings | undefined;
  /** Doc number → article number. */
  docArticle: Int32Array;
  /** Terms the knowledge writes as words, not only inside a longer name ("marathon" in "Gdansk Marathon"). */
  written: ReadonlySet<string>;
  /** Per article, its docs' numbers [start, end): an article's docs are consecutive. */
  docRanges: readonly (readonly [number, number])[];
  /** How many docs an article has. */
  docsIn(article: number): number;
  /**
   * In how many of an article's docs a term occurs. Ranking weighs words by their rarity in
   * the doc's own article, so an article's answers do not change as others are added.
   */
  dfIn(term: string, article: number): number;
  lexicon: WordLexicon;
  aliases: AliasIndex;
  /** "rok" → the words of "Republic of Korea": initialisms of the entities' names, aliases and roles. */
  initialisms: ReadonlyMap<string, readonly string[]>;
  /** Entity key → display name. */
  entityNames: Map<string, string>;
  /** Entity key → entity type (person, place…). */
  entityTypes: Map<string, string>;
  /** Person key → the entities their role names ("Busan city mayor" → @busan). */
  roleNames: ReadonlyMap<string, readonly string[]>;
}

/** Field weights: what an editor wrote to match questions counts fully; the raw article less. */
const FIELD = Object.freeze({
  question: 1,
  statement: 1,
  answer: 1,
  keyword: 0.9,
  evidence: 0.8,
  entity: 1,
  role: 0.6,
  /** What a role's title means in plain words ("mayor" → leads local government). */
  roleGloss: 0.5,
  /** A quote's speaker as the question names them ("what did the mayor say"). */
  speakerRole: 0.9,
  alias: 0.8,
  /** A word or entity inside a longer name, relative to the name. */
  namePart: 0.8,
  quote: 1,
  sentence: 1,
});

/**
 * Terms and entity keys of a text's words, with aliases turned into entity keys. Only `allowed`
 * entities are named: an article's "Busan mayor" is its own mayor, not another article's.
 */
function textTerms(
  textWords: readonly string[],
  aliases: AliasIndex,
  allowed: (key: string) => boolean,
): { terms: string[]; entities: string[] } {
  const w = dropPossessive(textWords);
  // The knowledge spells its names as its entities do: no typo matching, which costs most.
  const matches = aliases.find(w, false, allowed);
  const covered = new Set<number>();
  for (const m of matches) for (let i = m.start; i < m.end; i++) covered.add(i);
  const terms: string[] = [];
  w.forEach((word, i) => {
    if (!covered.has(i) && !STOP_WORDS.has(word)) terms.push(termOf(word));
  });
  const entities = [...new Set(matches.map((m) => m.key))];
  return { terms: [...terms, ...entities], entities };
}

export function buildCorpusIndex(corpus: readonly ArticleKnowledge[]): CorpusIndex {
  const aliases = createAliasIndex(corpus.flatMap((k) => k.entities));
  const wordCounts = new Map<string, number>();
  // Roles, aliases and template sentences repeat across docs and articles: split each text once.
  const wordsCache = new Map<string, string[]>();
  const wordsOf = (text: string): string[] => {
    let w = wordsCache.get(text);
    if (!w) {
      w = words(text);
      wordsCache.set(text, w);
    }
    return w;
  };
  const countWords = (text: string | undefined): void => {
    if (!text) return;
    for (const w of wordsOf(text)) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  };
  for (const w of [...QUESTION_WORDS, ...SYNONYM_WORDS]) wordCounts.set(w, 1);

  const partsOf = namePartsOf(corpus, aliases);
  // Per article: its entities, and each text's terms (roles and aliases repeat on every fact).
  let ownKeys = new Set<string>();
  let analysed = new Map<string, { terms: string[]; entities: string[] }>();
  const termsOf = (text: string) => {
    let found = analysed.get(text);
    if (!found) {
      found = textTerms(wordsOf(text), aliases, (key) => ownKeys.has(key));
      analysed.set(text, found);
    }
    return found;
  };
  const written = new Set<string>();
  const docs: Doc[] = [];
  const entityNames = new Map<string, string>();
  const entityTypes = new Map<string, string>();
  const roleNames = new Map<string, readonly string[]>();

  corpus.forEach((k, article) => {
    const keyOf = new Map(k.entities.map((e) => [e.id, entityKey(e)]));
    ownKeys = new Set(keyOf.values());
    analysed = new Map();
    const entityById = new Map(k.entities.map((e) => [e.id, e]));
    // A role's gloss is added to every person or role fact about its holder: work it out once.
    const glossOf = new Map(k.entities.map((e) => [e.id, roleGloss(e.role ?? "")]));
    for (const e of k.entities) {
      entityNames.set(entityKey(e), e.name);
      entityTypes.set(entityKey(e), e.type);
      // Not the person themself: "Busan city mayor" is also an alias of the mayor.
      const self = entityKey(e);
      const named = e.role
        ? textTerms(wordsOf(e.role), aliases, (key) => key !== self && ownKeys.has(key)).entities
        : [];
      if (named.length > 0) roleNames.set(self, named);
      for (const text of [e.name, ...e.aliases, e.role, e.description]) countWords(text);
    }
    for (const p of k.article.paragraphs) countWords(p.text);

    const makeDoc = (
      base: Omit<Doc, "terms" | "phrasings" | "entities" | "about" | "answerWords">,
    ): Doc => {
      const doc: Doc = {
        ...base,
        terms: new Map(),
        phrasings: [],
        entities: new Set(),
        about: new Set(),
        answerWords: new Set(),
      };
      docs.push(doc);
      return doc;
    };
    const setTerm = (doc: Doc, term: string, weight: number): void => {
      doc.terms.set(term, Math.max(doc.terms.get(term) ?? 0, weight));
    };
    const add = (doc: Doc, text: string | undefined, weight: number, passing = false): string[] => {
      if (!text) return [];
      countWords(text);
      const { terms, entities } = termsOf(text);
      for (const t of terms) {
        setTerm(doc, t, weight);
        written.add(t);
      }
      for (const e of entities) {
        doc.entities.add(e);
        if (!passing) doc.about.add(e);
        // "the Asean-Republic of Korea Summit" is also about Asean, Korea and a summit.
        const parts = partsOf(e);
        if (!parts) continue;
        for (const t of parts.terms) setTerm(doc, t, weight * FIELD.namePart);
        for (const p of parts.entities) {
          if (!ownKeys.has(p)) continue;
          doc.entities.add(p);
          if (!passing) doc.about.add(p);
        }
      }
      return terms;
    };
    const addEntity = (doc: Doc, id: string): void => {
      const key = keyOf.get(id);
      if (!key) return;
      doc.entities.add(key);
      doc.about.add(key);
      doc.terms.set(key, FIELD.entity);
      const entity = entityById.get(id);
      add(doc, entity?.role, FIELD.role);
      // Only where the answer is a person or a role: elsewhere the gloss would only add noise.
      if (doc.answerType === "person" || doc.answerType === "role")
        add(doc, glossOf.get(id), FIELD.roleGloss);
      // Descriptive aliases ("the minister", "workers") are not names, but they do describe it.
      for (const alias of entity?.aliases ?? []) add(doc, alias, FIELD.alias);
    };

    for (const fact of k.facts) {
      const doc = makeDoc({
        kind: "fact",
        article,
        paragraph: fact.paragraph,
        text: fact.evidence,
        answerType: fact.answerType,
        fact,
        subject: keyOf.get(fact.entities[0] ?? ""),
      });
      for (const q of fact.questions) doc.phrasings.push(new Set(add(doc, q, FIELD.question)));
      add(doc, fact.statement, FIELD.statement);
      const answerNames = add(doc, fact.answer, FIELD.answer).filter((t) => t.startsWith("@"));
      if (answerNames.length > 0) doc.answerNames = answerNames;
      doc.answerWords = new Set(words(fact.answer).filter((w) => !STOP_WORDS.has(w)));
      add(doc, fact.evidence, FIELD.evidence, true);
      for (const kw of fact.keywords) add(doc, kw, FIELD.keyword);
      for (const id of fact.entities) addEntity(doc, id);
    }
    const paragraphText = new Map(k.article.paragraphs.map((p) => [p.n, p.text]));
    for (const quote of k.quotes) {
      const doc = makeDoc({
        kind: "quote",
        article,
        paragraph: quote.paragraph,
        // A direct quote is its own evidence; reported words ("the decision, saying…") read
        // best in the sentence they stand in.
        text:
          quote.mode === "reported"
            ? sentenceAround(paragraphText.get(quote.paragraph) ?? "", quote.text)
            : quote.text,
        answerType: null,
        quote,
        speaker: keyOf.get(quote.speaker),
      });
      add(doc, quote.text, FIELD.quote);
      doc.verbTerms = add(doc, quote.verb, FIELD.quote);
      add(doc, quote.role, FIELD.role);
      // Matched whole, "Ostrava mayor" turns into the speaker; "what did the mayor say" needs its words.
      for (const w of wordsOf(quote.role ?? ""))
        if (!STOP_WORDS.has(w)) setTerm(doc, termOf(w), FIELD.speakerRole);
      addEntity(doc, quote.speaker);
    }
    for (const p of k.article.paragraphs) {
      for (const sentence of splitSentences(p.text)) {
        const doc = makeDoc({
          kind: "sentence",
          article,
          paragraph: p.n,
          text: sentence,
          answerType: null,
        });
        add(doc, sentence, FIELD.sentence);
      }
    }
  });

  const postings = packPostings(docs);
  const docArticle = Int32Array.from(docs, (doc) => doc.article);
  // Docs are made article by article, so each article's docs are one run of doc numbers.
  const docRanges = corpus.map((): [number, number] => [0, 0]);
  docs.forEach((doc, i) => {
    const range = docRanges[doc.article];
    if (!range) return;
    if (range[1] === 0) range[0] = i;
    range[1] = i + 1;
  });

  return {
    corpus,
    docs,
    postings,
    docArticle,
    written,
    docRanges,
    docsIn: (article) => {
      const [start, end] = docRanges[article] ?? [0, 0];
      return end - start;
    },
    dfIn: (term, article) => {
      const list = postings(term)?.docs;
      const [start, end] = docRanges[article] ?? [0, 0];
      return list ? firstAtOrAfter(list, end) - firstAtOrAfter(list, start) : 0;
    },
    lexicon: createWordLexicon(wordCounts),
    aliases,
    // From the names and roles the knowledge declares, which hold the capitalised names an
    // initialism stands for, and from the paragraphs' words (split once, above) for names
    // written in lower case ("employment permit system").
    initialisms: buildInitialisms(
      corpus.flatMap((k) => k.entities.flatMap((e) => [e.name, ...e.aliases, e.role ?? ""])),
      corpus.flatMap((k) => k.article.paragraphs.map((p) => wordsOf(p.text))),
    ),
    entityNames,
    entityTypes,
    roleNames,
  };
}

/** Names made of other names; a person's or a group's name ("Cambodian workers") is not one. */
const NAMED_WHOLES: ReadonlySet<string> = new Set(["event", "organisation", "agreement", "other"]);

interface NameParts {
  terms: string[];
  entities: string[];
}

/**
 * For each entity with a name of several words, the words and the other entities inside it:
 * a question about "the Asean Korea summit" should reach what the article says of the
 * "Asean-Republic of Korea Commemorative Summit" when no alias spells it that way.
 */
function namePartsOf(
  corpus: readonly ArticleKnowledge[],
  aliases: AliasIndex,
): (key: string) => NameParts | undefined {
  const byKey = new Map<string, NameParts>();
  for (const k of corpus) {
    for (const e of k.entities) {
      const key = entityKey(e);
      if (byKey.has(key) || !NAMED_WHOLES.has(e.type)) continue;
      const w = dropPossessive(words(e.name));
      if (w.length < 2) continue;
      const entities = new Set<string>();
      for (let a = 0; a < w.length; a++) {
        for (let b = a + 1; b <= w.length; b++) {
          if (b - a === w.length) continue;
          for (const part of aliases.phrases.get(w.slice(a, b).join(" ")) ?? [])
            if (part !== key) entities.add(part);
        }
      }
      const terms = w.filter((x) => !STOP_WORDS.has(x)).map(termOf);
      byKey.set(key, { terms, entities: [...entities] });
    }
  }
  return (key) => byKey.get(key);
}

/** The sentence(s) of a paragraph that hold `part`, or `part` itself when it is not found. */
function sentenceAround(paragraph: string, part: string): string {
  const start = paragraph.indexOf(part);
  if (start < 0) return part;
  const end = start + part.length;
  let offset = 0;
  const covering: string[] = [];
  for (const sentence of splitSentences(paragraph)) {
    const at = paragraph.indexOf(sentence, offset);
    offset = at + sentence.length;
    if (at < end && offset > start) covering.push(sentence);
  }
  return covering.length > 0 ? covering.join(" ") : part;
}

/** Index of the first of sorted doc numbers at or after `doc`. */
export function firstAtOrAfter(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((docs[mid] ?? 0) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every term's postings in two shared typed arrays, each term a slice of them: a corpus holds
 * millions of postings and hundreds of thousands of terms, most with one or two.
 */
function packPostings(docs: readonly Doc[]): (term: string) => Postings | undefined {
  const ids = new Map<string, number>();
  const sizes: number[] = [];
  for (const doc of docs) {
    for (const term of doc.terms.keys()) {
      let id = ids.get(term);
      if (id === undefined) {
        id = sizes.length;
        ids.set(term, id);
        sizes.push(0);
      }
      sizes[id] = (sizes[id] ?? 0) + 1;
    }
  }
  const starts = new Int32Array(sizes.length + 1);
  sizes.forEach((size, id) => {
    starts[id + 1] = (starts[id] ?? 0) + size;
  });
  const total = starts[sizes.length] ?? 0;
  const allDocs = new Int32Array(total);
  const allWeights = new Float64Array(total);
  const next = starts.slice(0, sizes.length);
  docs.forEach((doc, i) => {
    for (const [term, weight] of doc.terms) {
      const id = ids.get(term) ?? 0;
      const at = next[id] ?? 0;
      allDocs[at] = i;
      allWeights[at] = weight;
      next[id] = at + 1;
    }
  });
  return (term) => {
    const id = ids.get(term);
    if (id === undefined) return undefined;
    const start = starts[id] ?? 0;
    const end = starts[id + 1] ?? 0;
    return { docs: allDocs.subarray(start, end), weights: allWeights.subarray(start, end) };
  };
}
