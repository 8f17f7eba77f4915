import type { Answer, Source } from "./answer.js";
import { CONVERSATION_MESSAGES as MESSAGES } from "./conversation/messages.js";
import type { AskOptions, Engine, Mention } from "./engine-types.js";
import { normalizeText } from "./text/normalize.js";
import { STOP_WORDS } from "./text/stop-words.js";

export type Verdict = "yes" | "no" | "unclear";

/** Below this share of the question's own words in the evidence, a "yes" would be a guess. */
const COVERAGE_FOR_YES = 0.6;
/** Words compared by their first letters, so "meet" finds "meeting" and "finalise" "finalised". */
const STEM = 5;

const words = (text: string): string[] => normalizeText(text).split(" ").filter(Boolean);
const stem = (word: string): string => word.slice(0, STEM);
const numbersIn = (text: string): string[] => words(text).filter((w) => /^\d[\d.]*$/.test(w));

/**
 * "Is Sokhonn the prime minister?": "No" or "Yes" first, then the evidence, through the Engine.
 * A "No" needs the article to say something else (another person in that role, another number);
 * when it says neither, the answer is that the article doesn't say so, with the closest it comes.
 *
 * @example answerYesNo(engine, "is sokhonn the prime minister?").short
 * // "No. Prak Sokhonn is Deputy Prime Minister and Minister of Foreign Affairs …"
 */
export function answerYesNo(engine: Engine, question: string, options: AskOptions = {}): Answer {
  const copula = copulaReading(engine, question, options);
  if (copula) return copula;
  const asked = numbersIn(question);
  const found =
    asked.length > 0 ? countAnswer(engine, question, options) : engine.answer(question, options);
  if (!found.answered) return found;

  const evidence = [found.short, ...found.sources.map((s) => s.text)].join(" ");
  if (asked.length > 0) {
    const given = numbersIn(evidence);
    if (asked.every((n) => given.includes(n))) return verdict("yes", found.short, found);
    if (given.length > 0) return verdict("no", `The article says: ${found.short}.`, found);
  }
  const cited = new Set(engine.mentions(evidence, options).map((m) => m.name));
  // "The request came during his meeting with Oh": a person the sentence calls "he" is in it too.
  const pronoun = /\b(he|him|his|she|her)\b/i.test(evidence);
  const named = engine.mentions(question, options);
  const missing = named.filter((m) => !cited.has(m.name) && !(pronoun && m.type === "person"));
  // Names are checked above; what is left is what the question says of them ("meet").
  const nameWords = new Set(named.flatMap((m) => words(m.name)));
  const content = words(question)
    .slice(1)
    .filter((w) => !STOP_WORDS.has(w) && !nameWords.has(w));
  const evidenceWords = words(evidence);
  const covered = content.filter((w) =>
    evidenceWords.some((e) => e.startsWith(stem(w)) || w.startsWith(stem(e))),
  ).length;
  const coverage = content.length === 0 ? 0 : covered / content.length;
  if (missing.length === 0 && coverage >= COVERAGE_FOR_YES) {
    return verdict("yes", found.short, found);
  }
  return verdict("unclear", `${MESSAGES.closest} ${found.short}`, found);
}

/** Words that only qualify a number in a yes/no question ("over 9,000", "more than"). */
const NUMBER_WORDS =
  /^(over|more|than|less|fewer|about|around|approximately|nearly|almost|at|least|most|exactly|some|there)$/;

/**
 * "Are there 10,000 Cambodians in Busan?": the article's own count, asked for as "how many
 * Cambodians in Busan", when the question as typed finds nothing (its number is not in the text).
 */
function countAnswer(engine: Engine, question: string, options: AskOptions): Answer {
  const found = engine.answer(question, options);
  const asked = numbersIn(question);
  if (found.answered && numbersIn(found.short).some((n) => asked.includes(n))) return found;
  const rest = words(question)
    .slice(1)
    .filter((w) => !/^\d/.test(w) && !NUMBER_WORDS.test(w));
  const counted = engine.answer(`how many ${rest.join(" ")}`, options);
  return counted.answered ? counted : found;
}

/**
 * "Is/was X (the) Y?" about a person or thing the article names: yes when Y names X too ("the
 * foreign minister" is Sokhonn), no when Y names someone else of X's kind ("the prime minister"
 * is Hun Sen), else compared with what the article calls X.
 */
function copulaReading(engine: Engine, question: string, options: AskOptions): Answer | undefined {
  const list = words(question);
  if (!/^(is|was|are|were)$/.test(list[0] ?? "")) return undefined;
  const rest = list.slice(1);
  // The subject: the shortest opening that names someone.
  let split = 0;
  let subject: Mention | undefined;
  for (let n = 1; n <= Math.min(6, rest.length - 1) && !subject; n++) {
    subject = engine.mentions(rest.slice(0, n).join(" "), options)[0];
    split = n;
  }
  if (!subject) return undefined;
  // "kin" already names Kin Phea; "phea" still belongs to the name, not to what is asked of him.
  const own = new Set(words(subject.name));
  while (split < rest.length - 1 && own.has(rest[split] ?? "")) split++;
  const predicate = rest.slice(split).join(" ");
  const inPredicate = engine.mentions(predicate, options);
  const role = describe(engine, subject, options);
  if (inPredicate.some((m) => m.name === subject.name)) {
    const said = role ? MESSAGES.isRole(subject.name, role.short) : subject.name;
    return verdict("yes", said, role ?? engine.answer(question, options));
  }
  const rival = inPredicate.find((m) => m.type === subject.type);
  if (rival) {
    const theirs = describe(engine, rival, options);
    const said = role ? MESSAGES.isRole(subject.name, role.short) : "";
    const sources = [...(role?.sources ?? []), ...(theirs?.sources ?? [])];
    const refs = [...(role?.refs ?? []), ...(theirs?.refs ?? [])];
    const rivalSaid = theirs ? MESSAGES.isRole(rival.name, theirs.short) : "";
    const base = theirs ?? role ?? engine.answer(question, options);
    return verdict("no", `${said} ${rivalSaid}`.trim(), { ...base, sources, refs });
  }
  if (inPredicate.length > 0 || !role) return undefined;
  // "Is Kin Phea a minister?": what the article calls him, word by word.
  const wanted = words(predicate).filter((w) => !STOP_WORDS.has(w));
  const roleStems = new Set(words(role.short).map(stem));
  if (wanted.length > 0 && wanted.every((w) => roleStems.has(stem(w)))) {
    return verdict("yes", MESSAGES.isRole(subject.name, role.short), role);
  }
  return verdict("unclear", MESSAGES.isRole(subject.name, role.short), role);
}

/** What the article calls someone or something ("who is X" / "what is X"), when it says. */
function describe(engine: Engine, who: Mention, options: AskOptions): Answer | undefined {
  const asked = who.type === "person" ? `who is ${who.name}` : `what is ${who.name}`;
  const answer = engine.answer(asked, options);
  return answer.answered ? answer : undefined;
}

/** The verdict first, then what supports it; an unclear one is not an answer. */
function verdict(kind: Verdict, said: string, found: Answer): Answer {
  const head = kind === "yes" ? MESSAGES.yes : kind === "no" ? MESSAGES.no : MESSAGES.notSaidSo;
  const short = `${head} ${said}`.trim();
  const sources: Source[] = found.sources;
  const body = sources.map((s) => `“${s.text}” (paragraph ${s.paragraph})`).join("\n");
  return {
    ...found,
    answered: kind !== "unclear",
    short,
    answer: body ? `${short}\n${body}` : short,
  };
}
