import type { LogContents } from "../log/read-log.js";
import { groupQuestions, type QuestionGroup } from "./group-questions.js";

export interface Tally {
  questions: number;
  answered: number;
  /** answered / questions, or 0 when nothing was asked. */
  answerRate: number;
  up: number;
  down: number;
}

/** An answer users marked 👎, with the questions that got it. */
export interface DislikedAnswer {
  answer: string;
  refs: string[];
  down: number;
  up: number;
  questions: { question: string; count: number }[];
}

export interface Report {
  generatedAt: string;
  /** The first day counted (ISO date), when the report was limited to recent days. */
  since?: string;
  totals: Tally;
  /** Unanswered questions, grouped when they ask the same thing, most asked first. */
  unanswered: QuestionGroup[];
  /** 👎 answers, most disliked first. */
  disliked: DislikedAnswer[];
  /** One row per day (UTC) with a question or a verdict, oldest first. */
  byDay: ({ day: string } & Tally)[];
  /** One row per article answered from ("(none)" for abstentions), most asked first. */
  byArticle: ({ article: string } & Tally)[];
}

const emptyTally = (): Tally => ({ questions: 0, answered: 0, answerRate: 0, up: 0, down: 0 });
const withRate = <T extends Tally>(t: T): T => ({
  ...t,
  answerRate: t.questions === 0 ? 0 : Math.round((t.answered / t.questions) * 1000) / 1000,
});

/**
 * What the question log says: answer rate, unanswered questions grouped, 👎 answers, and both
 * per day and per article. Pure: rows in, report out.
 */
export function buildReport(log: LogContents, now: Date, since?: string): Report {
  const byId = new Map(log.questions.map((q) => [q.id, q]));
  const totals = emptyTally();
  const days = new Map<string, Tally>();
  const articles = new Map<string, Tally>();
  const tallyOf = (map: Map<string, Tally>, key: string): Tally => {
    let t = map.get(key);
    if (!t) {
      t = emptyTally();
      map.set(key, t);
    }
    return t;
  };
  const articleOf = (q: { answer_article: string | null; article_scope: string | null }) =>
    q.answer_article ?? q.article_scope ?? "(none)";

  for (const q of log.questions) {
    for (const t of [
      totals,
      tallyOf(days, q.asked_at.slice(0, 10)),
      tallyOf(articles, articleOf(q)),
    ]) {
      t.questions++;
      if (q.answered) t.answered++;
    }
  }
  const disliked = new Map<string, DislikedAnswer & { asked: Map<string, number> }>();
  for (const f of log.feedback) {
    const q = byId.get(f.question_id);
    const verdict = f.verdict === "up" ? "up" : "down";
    const targets = [totals, tallyOf(days, f.given_at.slice(0, 10))];
    if (q) targets.push(tallyOf(articles, articleOf(q)));
    for (const t of targets) t[verdict]++;
    if (!q) continue;
    const key = `${q.short_answer}\u0000${q.refs}`;
    const entry = disliked.get(key) ?? {
      answer: q.short_answer,
      refs: parseRefs(q.refs),
      down: 0,
      up: 0,
      questions: [],
      asked: new Map<string, number>(),
    };
    entry[verdict]++;
    if (verdict === "down") entry.asked.set(q.question, (entry.asked.get(q.question) ?? 0) + 1);
    disliked.set(key, entry);
  }

  return {
    generatedAt: now.toISOString(),
    ...(since ? { since } : {}),
    totals: withRate(totals),
    unanswered: groupQuestions(
      log.questions
        .filter((q) => !q.answered)
        .map((q) => ({ question: q.question, at: q.asked_at })),
    ),
    disliked: [...disliked.values()]
      .filter((d) => d.down > 0)
      .map(({ asked, ...d }) => ({
        ...d,
        questions: [...asked]
          .map(([question, count]) => ({ question, count }))
          .sort((a, b) => b.count - a.count),
      }))
      .sort((a, b) => b.down - a.down || a.answer.localeCompare(b.answer)),
    byDay: [...days]
      .map(([day, t]) => withRate({ day, ...t }))
      .sort((a, b) => a.day.localeCompare(b.day)),
    byArticle: [...articles]
      .map(([article, t]) => withRate({ article, ...t }))
      .sort((a, b) => b.questions - a.questions || a.article.localeCompare(b.article)),
  };
}

function parseRefs(refs: string): string[] {
  try {
    const parsed: unknown = JSON.parse(refs);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
