import { type Sentence, splitSentences } from "../analyze/split-sentences.js";
import { contentTerm } from "../analyze/term.js";
import { tokenize } from "../analyze/tokenize.js";
import type { AnswerType, ArticleKnowledge, Fact, Quote } from "../knowledge/schema.js";
import { type AliasIndex, dropPossessive, entityKey } from "./alias-index.js";

/** A retrievable unit: a curated or ingested fact, a quote, or a sentence of the article. */
export interface Doc {
  kind: "fact" | "quote" | "sentence";
  /** Index of the article in the corpus. */
  article: number;
  paragraph: number;
  /** The article sentence (number within the article) the doc stands on. */
  sentence: number;
  /** What a user reads as its source: the sentence, the fact's evidence, or the quote. */
  text: string;
  /** `<fact or quote id>` or `p<paragraph>` for a sentence. */
  ref: string;
  answerType: AnswerType | null;
  fact?: Fact;
  quote?: Quote;
  /** Quotes: the speaker's entity key. */
  speaker?: string;
  /** Facts: the entity key of their first declared entity, whom the fact is about. */
  subject?: string;
  /** Content terms of the source text, in order: what proximity and bigrams look at. */
  textTerms: readonly string[];
  /** Every term the doc is found by (all its fields and entity keys), with its count. */
  bag: ReadonlyMap<string, number>;
  /** Number of terms in the bag, for BM25's length normalisation. */
  length: number;
  /** Facts: the terms of each question phrasing. */
  phrasings: readonly (readonly string[])[];
  /** Entity keys the doc names anywhere. */
  entities: ReadonlySet<string>;
  /** Entity keys the doc is about: not those its evidence names only in passing. */
  about: ReadonlySet<string>;
  /** Facts: the content terms of the short answer. */
  answerTerms: readonly string[];
  /** From an article an editor curated (its facts' phrasings were written for readers' questions). */
  curated: boolean;
}

/** A sentence of an article, as features of its neighbourhood read it. */
export interface ArticleSentence {
  paragraph: number;
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
  terms: readonly string[];
  /** Its terms and the entity keys it names: a neighbour's names count as context. */
  termSet: ReadonlySet<string>;
}

/** What one article contributes to the index. */
export interface ArticleDocs {
  docs: Doc[];
  sentences: ArticleSentence[];
}

/** Content terms of a text in order, and the entity keys its words name. */
export function analyzeText(
  text: string,
  aliases: AliasIndex,
  allowed: (key: string) => boolean,
): { terms: string[]; entities: string[] } {
  const words = dropPossessive(tokenize(text).map((t) => t.word));
  const terms: string[] = [];
  for (const word of words) {
    const term = contentTerm(word);
    if (term) terms.push(term);
  }
  // The knowledge spells names as its entities do: exact alias matching, no typo tolerance.
  const entities = [...new Set(aliases.find(words, false, allowed).map((m) => m.key))];
  return { terms, entities };
}

/**
 * Builds the docs of one article: every sentence, every fact (found by its phrasings, statement,
 * answer, evidence, keywords and the names of its entities) and every quote.
 */
export function buildArticleDocs(
  knowledge: ArticleKnowledge,
  article: number,
  aliases: AliasIndex,
): ArticleDocs {
  const keyOf = new Map(knowledge.entities.map((e) => [e.id, entityKey(e)]));
  const own = new Set(keyOf.values());
  const allowed = (key: string) => own.has(key);
  const cache = new Map<string, { terms: string[]; entities: string[] }>();
  const analyse = (text: string) => {
    let found = cache.get(text);
    if (!found) {
      found = analyzeText(text, aliases, allowed);
      cache.set(text, found);
    }
    return found;
  };

  const sentences: ArticleSentence[] = [];
  const sentencesOf = new Map<number, { first: number; parts: Sentence[] }>();
  for (const p of knowledge.article.paragraphs) {
    const parts = splitSentences(p.text);
    sentencesOf.set(p.n, { first: sentences.length, parts });
    for (const s of parts) {
      const { terms, entities } = analyse(s.text);
      sentences.push({
        paragraph: p.n,
        text: s.text,
        start: s.start,
        terms,
        termSet: new Set([...terms, ...entities]),
      });
    }
  }
  const paragraphText = new Map(knowledge.article.paragraphs.map((p) => [p.n, p.text]));
  /** The article sentence holding `part` of a paragraph (its first, when it spans several). */
  const sentenceAt = (paragraph: number, part: string): number => {
    const entry = sentencesOf.get(paragraph);
    if (!entry) return 0;
    const at = (paragraphText.get(paragraph) ?? "").indexOf(part);
    const k = entry.parts.findIndex((s) => at >= s.start && at < s.end);
    return entry.first + Math.max(0, k);
  };

  const docs: Doc[] = [];
  const entityById = new Map(knowledge.entities.map((e) => [e.id, e]));
  const makeDoc = (
    base: Pick<
      Doc,
      "kind" | "paragraph" | "sentence" | "text" | "ref" | "answerType" | "fact" | "quote"
    > & { speaker?: string; subject?: string },
    fields: { text: string | undefined; about: boolean }[],
    declared: readonly string[],
    extra: { phrasings?: string[][]; answerTerms?: string[] } = {},
  ): Doc => {
    const bag = new Map<string, number>();
    const entities = new Set<string>();
    const about = new Set<string>();
    let length = 0;
    const count = (term: string) => {
      bag.set(term, (bag.get(term) ?? 0) + 1);
      length++;
    };
    for (const field of fields) {
      if (!field.text) continue;
      const found = analyse(field.text);
      for (const t of found.terms) count(t);
      for (const e of found.entities) {
        count(e);
        entities.add(e);
        if (field.about) about.add(e);
      }
    }
    for (const id of declared) {
      const key = keyOf.get(id);
      if (!key) continue;
      if (!entities.has(key)) count(key);
      entities.add(key);
      about.add(key);
    }
    const doc: Doc = {
      ...base,
      article,
      textTerms: analyse(base.text).terms,
      bag,
      length,
      phrasings: extra.phrasings ?? [],
      entities,
      about,
      answerTerms: extra.answerTerms ?? [],
      curated: knowledge.article.origin === "curated",
    };
    docs.push(doc);
    return doc;
  };

  for (const fact of knowledge.facts) {
    const named = fact.entities.flatMap((id) => {
      const e = entityById.get(id);
      return e ? [e.name, e.role] : [];
    });
    makeDoc(
      {
        kind: "fact",
        paragraph: fact.paragraph,
        sentence: sentenceAt(fact.paragraph, fact.evidence),
        text: fact.evidence,
        ref: fact.id,
        answerType: fact.answerType,
        fact,
        ...(keyOf.get(fact.entities[0] ?? "")
          ? { subject: keyOf.get(fact.entities[0] ?? "") }
          : {}),
      },
      [
        ...fact.questions.map((q) => ({ text: q, about: true })),
        { text: fact.statement, about: true },
        { text: fact.answer, about: true },
        ...fact.keywords.map((k) => ({ text: k, about: true })),
        ...named.map((text) => ({ text, about: true })),
        // The evidence often names others in passing ("…representing Hun Sen").
        { text: fact.evidence, about: false },
      ],
      fact.entities,
      {
        phrasings: fact.questions.map((q) => analyse(q).terms.concat(analyse(q).entities)),
        answerTerms: analyse(fact.answer).terms,
      },
    );
  }
  for (const quote of knowledge.quotes) {
    const speaker = entityById.get(quote.speaker);
    makeDoc(
      {
        kind: "quote",
        paragraph: quote.paragraph,
        sentence: sentenceAt(quote.paragraph, quote.text),
        // A direct quote is its own evidence; reported words read best in their sentence.
        text:
          quote.mode === "reported"
            ? sentenceAround(paragraphText.get(quote.paragraph) ?? "", quote.text)
            : quote.text,
        ref: quote.id,
        answerType: null,
        quote,
        speaker: keyOf.get(quote.speaker),
      },
      [
        { text: quote.text, about: true },
        { text: quote.verb, about: true },
        { text: quote.role ?? speaker?.role, about: true },
        { text: speaker?.name, about: true },
      ],
      [quote.speaker],
    );
  }
  sentences.forEach((s, i) => {
    makeDoc(
      {
        kind: "sentence",
        paragraph: s.paragraph,
        sentence: i,
        text: s.text,
        ref: `p${s.paragraph}`,
        answerType: null,
      },
      [{ text: s.text, about: true }],
      [],
    );
  });
  return { docs, sentences };
}

/** The sentence(s) of a paragraph that hold `part`, or `part` itself when it is not found. */
function sentenceAround(paragraph: string, part: string): string {
  const start = paragraph.indexOf(part);
  if (start < 0) return part;
  const end = start + part.length;
  const covering = splitSentences(paragraph).filter((s) => s.start < end && s.end > start);
  return covering.length > 0 ? covering.map((s) => s.text).join(" ") : part;
}
