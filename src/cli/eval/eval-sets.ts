import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleKnowledge } from "../../core/index.js";
import { ingestArticle } from "../../ingest/index.js";
import { readEvalFile } from "./eval-file.js";
import { type Split, seedSplit, squadSplit } from "./splits.js";
import type { SquadArticle } from "./squad-file.js";
import { holdsAnswer } from "./squad-metrics.js";

/** What a right answer cites: a fact or quote id, or for SQuAD a sentence holding a gold answer. */
export interface CitedDoc {
  ref: string;
  text: string;
}

/** A question with what counts as a right answer, about one article of its set's corpus. */
export interface LabelledQuestion {
  question: string;
  /** Which article report line it belongs to. */
  group: string;
  split: Split;
  /** Index of the article in the set's corpus the question is scoped to. */
  scope: number;
  /** Null for a question the article cannot answer. */
  isRight: ((doc: CitedDoc) => boolean) | null;
  /** SQuAD's gold short answers (for exact match and F1); empty otherwise. */
  answers: readonly string[];
  /** Eval-file line, when it comes from one. */
  line?: number;
}

/** Questions about one corpus, and how much they weigh in fitting. */
export interface EvalSet {
  name: string;
  corpus: ArticleKnowledge[];
  questions: LabelledQuestion[];
}

const byRef = (expect: readonly string[]) => (doc: CitedDoc) =>
  expect.some((id) => doc.ref === id || doc.ref.endsWith(`/${id}`));

/** The seed eval: curated knowledge, questions split by line into training and held-out. */
export function seedSet(corpus: ArticleKnowledge[], evalFile: string): EvalSet {
  const ids = corpus.map((k) => k.article.id);
  return {
    name: "seed",
    corpus,
    questions: readEvalFile(evalFile).map((item) => ({
      question: item.question,
      group: item.article ?? ids[0] ?? "seed",
      split: seedSplit(item.line),
      scope: Math.max(0, item.article ? ids.indexOf(item.article) : 0),
      isRight: item.expect.length > 0 ? byRef(item.expect) : null,
      answers: [],
      line: item.line,
    })),
  };
}

/** Ingested articles (`<name>.txt`) and their question files (`<name>.questions.jsonl`). */
export function fixtureSets(dir: string, split: Split = "train"): EvalSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".txt".length);
      const corpus = [ingestArticle(readFileSync(join(dir, file), "utf8"))];
      return {
        name: `fixture ${name}`,
        corpus,
        questions: readEvalFile(join(dir, `${name}.questions.jsonl`)).map((item) => ({
          question: item.question,
          group: name,
          split,
          scope: 0,
          isRight: item.expect.length > 0 ? byRef(item.expect) : null,
          answers: [],
          line: item.line,
        })),
      };
    });
}

/**
 * SQuAD articles, each ingested as `npm run ingest` would (paragraphs joined by blank lines) and
 * asked its own questions. `split` says which articles are held out.
 */
export function squadSet(
  articles: readonly SquadArticle[],
  split: (title: string) => Split = squadSplit,
): EvalSet {
  const corpus = articles.map((a) => ingestArticle(a.paragraphs.join("\n\n"), { title: a.title }));
  return {
    name: "squad",
    corpus,
    questions: articles.flatMap((a, scope) =>
      a.questions.map((q) => ({
        question: q.question,
        group: a.title,
        split: split(a.title),
        scope,
        isRight: q.impossible ? null : (doc: CitedDoc) => holdsAnswer(doc.text, q.answers),
        answers: q.impossible ? [] : q.answers,
      })),
    ),
  };
}
