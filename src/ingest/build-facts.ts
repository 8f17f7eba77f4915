import nlp from "compromise";
import type { AnswerType, Entity, Fact } from "../core/knowledge/schema.js";
import type { EntityIndex } from "./build-entities.js";
import type { Discourse } from "./discourse.js";
import type { Quantity } from "./find-quantities.js";
import type { Statement } from "./find-statements.js";
import { REPORTING_VERBS } from "./lexicon.js";
import { finish, toWhQuestion, whQuestionsFor, withoutSpan } from "./phrase-question.js";
import { slugify, uniqueId } from "./slugify.js";
import { hasTag, lower } from "./tag-tokens.js";
import type { ParsedParagraph, Sentence } from "./types.js";

export interface FactInputs {
  paragraphs: ParsedParagraph[];
  index: EntityIndex;
  discourse: Discourse;
  statements: Statement[];
  quantities: Quantity[];
}

/** A question with a verb after its wh-word reads as English; a clipped fragment may not. */
const READS_WELL =
  /^(how (much|many|long|far|old|soon)|what|who|when|where|why|which|since when)\b.*\b(do|does|did|is|are|was|were|has|have|had|will|would|can|could)\b/i;

/** The first question is the one users are offered, so a readable one goes first. */
function readableFirst(questions: string[]): string[] {
  const [good, rest] = [
    questions.filter((q) => READS_WELL.test(q)),
    questions.filter((q) => !READS_WELL.test(q)),
  ];
  return [...good, ...rest];
}

/** The word right after an amount of money: "£38 million wing" → "wing". */
const PRICED_NOUN = /^\s+(\p{Ll}+)\b/u;
/** Words after an amount that start a clause or phrase rather than name what it buys. */
const NOT_A_NOUN: ReadonlySet<string> = new Set(
  "a an and as at by for from in into of on or over per to towards toward under was were is are has have had will would with year month each".split(
    " ",
  ),
);

/** Dates that only make sense on the day they were said. */
const DEICTIC_DATE = /^(today|tonight|now|currently|nowadays|these days|at the moment|right now)$/i;

/** Entities a reader may ask to be named by what they are ("the university", "the summit"). */
const NAMED_KINDS: ReadonlySet<string> = new Set(["organisation", "event", "place", "agreement"]);

/**
 * The common noun a name is built on: "University of Valencia" → "university", "Riverside
 * Children's Hospital" → "hospital"; none for a plain name ("Valencia", "Atlantica Power").
 */
function headNoun(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const of = words.findIndex((w) => w.toLowerCase() === "of");
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? "";
  const word = head.replace(/[^\p{L}-]/gu, "").toLowerCase();
  return COMMON_HEADS.test(word) ? word : undefined;
}

/** Heads of institutional and event names. A closed list: "Power" or "Sen" are not heads. */
const COMMON_HEADS =
  /^(university|college|school|academy|institute|hospital|clinic|association|union|federation|council|committee|commission|ministry|department|agency|bureau|office|authority|trust|foundation|fund|bank|company|corporation|group|party|court|parliament|assembly|centre|center|museum|library|stadium|airport|station|port|harbour|bridge|park|river|summit|conference|forum|festival|marathon|race|championship|cup|games|tournament|election|agreement|partnership|treaty|accord|pact|programme|program|project|plan|system|scheme|initiative|network|policy|act|law|bill|convention|organisation|organization|alliance|coalition|league|society|club|network|team)$/;

/** Words that continue a list after a counted noun: "64 beds, two theatres and…". */
const LIST_GOES_ON =
  /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|a |an |and\b|or\b|as well)/i;
/**
 * Stage: facts, each with the questions it answers generated from it: roles ("Who is Kin
 * Phea?" / "Who is the director of …?"), who said or did what ("Who urged South Korea to …?" /
 * "What did Sokhonn urge?"), numbers ("How many Cambodians …?"), dates ("When did …?"), places
 * ("Where …?") and acronyms ("What does RCEP stand for?"). Ids read as paragraph, kind and
 * subject: `p4-number-9000-cambodians`, `p10-role-kin-phea`.
 */
export function buildFacts(inputs: FactInputs): Fact[] {
  const builder = new FactBuilder(inputs);
  builder.roles();
  builder.acronyms();
  builder.statements();
  builder.actions();
  builder.quantities();
  builder.places();
  builder.names();
  return builder.facts.sort((a, b) => a.paragraph - b.paragraph);
}

class FactBuilder {
  readonly facts: Fact[] = [];
  private readonly taken = new Set<string>();
  private readonly entitiesCache = new Map<string, string[]>();
  private readonly entities: Map<string, Entity>;

  constructor(private readonly inputs: FactInputs) {
    this.entities = new Map(inputs.index.entities.map((e) => [e.id, e]));
  }

  /** A person's role, both ways: "Who is Kin Phea?" and "Who is the director of …?". */
  roles(): void {
    for (const entity of this.inputs.index.entities) {
      if (entity.type !== "person" || !entity.role) continue;
      const role = entity.role;
      const mention = this.inputs.index.mentions.find(
        (m) => m.entity === entity.id && m.mention.role === role,
      )?.mention;
      if (!mention) continue;
      const sentence = this.sentence(mention.paragraph, mention.sentence);
      if (!sentence) continue;
      const short = this.shortName(entity.id);
      const ids = [entity.id, ...this.entitiesIn(mention.paragraph, sentence, role)];
      const the = /^\p{Lu}/u.test(role) || /^(a|an|the)\s/i.test(role) ? "" : "the ";
      const roleKeywords = ["role", "job", "title", "position", lastWord(role)];
      this.add({
        kind: "role",
        paragraph: mention.paragraph,
        slug: entity.id,
        answerType: "role",
        answer: capitalise(role),
        statement: `${entity.name} is ${the}${role}.`,
        evidence: sentence.text,
        questions: [
          `Who is ${entity.name}?`,
          `What is ${entity.name}'s role?`,
          `What does ${short} do?`,
          `What is ${short}'s job title?`,
          `What position does ${entity.name} hold?`,
        ],
        entities: ids,
        keywords: roleKeywords,
      });
      this.add({
        kind: "person",
        paragraph: mention.paragraph,
        slug: shortSlug(role, 6),
        answerType: "person",
        answer: entity.name,
        statement: `${capitalise(the)}${role} is ${entity.name}.`,
        evidence: sentence.text,
        questions: roleQuestions(role),
        entities: ids,
        keywords: ["name", lastWord(role)],
      });
    }
  }

  /**
   * "What is the name of the university?" → "University of Valencia": a named organisation,
   * event or place by the common noun at the head of its name, from its first mention.
   */
  names(): void {
    for (const entity of this.inputs.index.entities) {
      if (!NAMED_KINDS.has(entity.type)) continue;
      const head = headNoun(entity.name);
      if (!head) continue;
      const first = this.inputs.index.mentions.find((m) => m.entity === entity.id)?.mention;
      const sentence = first && this.sentence(first.paragraph, first.sentence);
      if (!first || !sentence) continue;
      this.add({
        kind: "name",
        paragraph: first.paragraph,
        slug: entity.id,
        answerType:
          entity.type === "place" ? "place" : entity.type === "event" ? "event" : "organisation",
        answer: entity.name,
        statement: `The ${head} is ${entity.name}.`,
        evidence: sentence.text,
        questions: [`What is the name of the ${head}?`, `Which ${head} is it?`, `What ${head}?`],
        entities: [entity.id],
        keywords: ["name", head],
      });
    }
  }

  /** "Regional Comprehensive Economic Partnership (RCEP)" → what RCEP stands for. */
  acronyms(): void {
    for (const { mention } of this.inputs.index.mentions) {
      if (!mention.acronym) continue;
      const sentence = this.sentence(mention.paragraph, mention.sentence);
      const entity = this.inputs.index.at(mention.paragraph, mention.first)?.entity;
      if (!sentence || !entity) continue;
      const acr = mention.acronym;
      this.add({
        kind: "definition",
        paragraph: mention.paragraph,
        slug: acr,
        answerType: "definition",
        answer: mention.text,
        statement: `${acr} stands for ${mention.text}.`,
        evidence: sentence.text,
        questions: [
          `What does ${acr} stand for?`,
          `What is ${acr}?`,
          `What is the full name of ${acr}?`,
          `What is the acronym for ${mention.text}?`,
        ],
        entities: [entity],
        keywords: ["stand for", "acronym", "abbreviation", "full form", "meaning"],
      });
    }
  }

  /** Reported statements: "Who urged …?" → the speaker; "What did X urge?" → what was urged. */
  statements(): void {
    for (const st of this.inputs.statements) {
      if (st.mode !== "reported") continue;
      const sentence = this.sentence(st.paragraph, st.sentence);
      const speaker = this.entities.get(st.speaker);
      if (!sentence || !speaker) continue;
      const short = this.shortName(speaker.id);
      const verb = st.verb;
      const gist = firstWords(st.text, 10);
      const ids = [speaker.id, ...this.entitiesIn(st.paragraph, sentence, st.text)];
      this.add({
        kind: "who",
        paragraph: st.paragraph,
        slug: `${verb.split(" ")[0]} ${firstWords(st.text, 4)}`,
        answerType: speaker.type === "person" ? "person" : "organisation",
        answer: speaker.name,
        statement: `${speaker.name} ${verb} ${st.text}.`,
        evidence: sentence.text,
        questions: unique([
          finish(`Who ${verb} ${st.text}`),
          finish(`Who ${verb} ${gist}`),
          finish(`Who ${simpleVerb(verb)} ${gist}`),
        ]),
        entities: ids,
        keywords: [verb],
      });
      const what = whatQuestions(st, speaker.name, short);
      this.add({
        kind: "what",
        paragraph: st.paragraph,
        slug: `${speaker.id} ${verb.split(" ")[0]} ${firstWords(st.text, 3)}`,
        answerType: "other",
        answer: capitalise(st.text),
        statement: `${speaker.name} ${verb} ${st.text}.`,
        evidence: sentence.text,
        questions: what,
        entities: ids,
        keywords: [verb, st.infinitive],
      });
    }
  }

  /** Who did what, for sentences whose subject is a named person or organisation. */
  actions(): void {
    for (const p of this.inputs.paragraphs) {
      for (const s of p.sentences) {
        const subject = this.inputs.discourse.subjectOf(p.n, s.index);
        const entity = subject ? this.entities.get(subject) : undefined;
        if (!entity) continue;
        const verbAt = this.mainVerbAfterSubject(p, s, subject ?? "");
        if (verbAt === undefined) continue;
        const verbToken = p.tokens[verbAt];
        if (
          !verbToken ||
          REPORTING_VERBS.has(lower(verbToken)) ||
          /^(called|expressed)$/.test(lower(verbToken))
        )
          continue;
        if (this.inputs.discourse.inQuote(p.n, verbToken.start)) continue;
        const predicate = clauseEnd(p.text.slice(verbToken.start, s.end));
        if (predicate.split(/\s+/).length < 3) continue;
        const ids = [entity.id, ...this.entitiesIn(p.n, s, predicate)];
        const short = this.shortName(entity.id);
        const infinitive = infinitiveOf(predicate);
        this.add({
          kind: "who",
          paragraph: p.n,
          slug: firstWords(predicate, 5),
          answerType: entity.type === "person" ? "person" : "organisation",
          answer: entity.name,
          statement: `${entity.name} ${predicate}.`,
          evidence: s.text,
          questions: unique([
            finish(`Who ${predicate}`),
            finish(`Who ${firstWords(predicate, 8)}`),
          ]),
          entities: ids,
          keywords: [],
        });
        const object = predicate.split(/\s+/).slice(1).join(" ");
        if (infinitive && object.split(/\s+/).length >= 2) {
          this.add({
            kind: "what",
            paragraph: p.n,
            slug: `${entity.id} ${firstWords(predicate, 2)}`,
            answerType: "other",
            answer: capitalise(object),
            statement: `${entity.name} ${predicate}.`,
            evidence: s.text,
            questions: unique([
              finish(`What did ${entity.name} ${infinitive}`),
              finish(`What did ${short} ${infinitive}`),
            ]),
            entities: ids,
            keywords: [],
          });
        }
      }
    }
  }

  quantities(): void {
    for (const q of this.inputs.quantities) {
      const p = this.inputs.paragraphs[q.paragraph - 1];
      const s = p?.sentences[q.sentence];
      if (!p || !s) continue;
      const clause = boundedClause(this.clauseAround(p, s, q.start, q.end), q.start, q.end);
      const ids = this.entitiesIn(p.n, s, s.text);
      const rest = this.resolvePronouns(
        p,
        s,
        withoutSpan(clause.text, q.start - clause.start, q.end - clause.start),
      );
      if (q.kind === "date") this.dateFact(p, s, q, rest, ids);
      else this.numberFact(p, s, q, clause, ids);
    }
  }

  private dateFact(
    p: ParsedParagraph,
    s: Sentence,
    q: Quantity,
    rest: string,
    ids: string[],
  ): void {
    // "Today we are giving them…": without the publication date, "today" answers no "when".
    if (DEICTIC_DATE.test(q.text.trim())) return;
    const wh = q.preposition === "since" ? "since when" : "when";
    const events = ids.map((id) => this.entities.get(id)).filter((e) => e?.type === "event");
    const ask = whQuestionsFor(rest);
    const questions = [ask(wh), ask("when")];
    // "When was the summit?" belongs to the date nearest the event's name, not to "said on Thursday".
    const datesHere = this.inputs.quantities.filter(
      (x) => x.kind === "date" && x.paragraph === q.paragraph && x.sentence === q.sentence,
    );
    for (const e of events) {
      if (!e) continue;
      const at = this.inputs.index.mentions.find(
        (m) => m.entity === e.id && m.mention.paragraph === p.n && m.mention.sentence === s.index,
      )?.mention;
      const nearest = at
        ? [...datesHere].sort((a, b) => Math.abs(a.start - at.end) - Math.abs(b.start - at.end))[0]
        : q;
      if (nearest === q) questions.push(`When was the ${e.name}?`);
    }
    if (/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/.test(q.text)) {
      questions.push(ask("what day"));
    }
    if (/^\D*\d{4}$/.test(q.text)) questions.push(ask("what year"));
    this.add({
      kind: "date",
      paragraph: p.n,
      slug: q.text,
      answerType: "date",
      answer: capitalise(q.text),
      statement: this.resolvePronouns(p, s, s.text),
      evidence: s.text,
      questions: unique(questions.filter(isString)),
      entities: ids,
      keywords: ["date", "day", "time", "when"],
    });
  }

  private numberFact(
    p: ParsedParagraph,
    s: Sentence,
    q: Quantity,
    clause: { text: string; start: number },
    ids: string[],
  ): void {
    const local = localClause(clause.text, q.start - clause.start, q.end - clause.start);
    const rest = this.resolvePronouns(
      p,
      s,
      withoutSpan(local.text, local.answerStart, local.answerEnd),
    );
    let phrased: ((wh: string) => string | undefined) | undefined;
    const ask = (wh: string) => {
      phrased ??= whQuestionsFor(rest);
      return phrased(wh);
    };
    const counted = q.counted ? pluralise(q.counted) : undefined;
    const after = q.countedEnd !== undefined ? phraseAfter(p, q.countedEnd, s) : "";
    const questions: (string | undefined)[] = [];
    let answer = q.text;
    const keywords: string[] = [];
    switch (q.unit) {
      case "money": {
        // "The £38 million wing" is what the wing costs: ask that, not "how much … has 64 beds".
        const priced = PRICED_NOUN.exec(local.text.slice(local.answerEnd))?.[1];
        if (priced && !NOT_A_NOUN.has(priced.toLowerCase()))
          questions.push(`How much does the ${priced.toLowerCase()} cost?`);
        questions.push(ask("how much"), finish(`How much money ${firstWords(rest, 8)}`));
        keywords.push("cost", "price", "worth", "value", "money", "budget");
        break;
      }
      case "age":
        questions.push(
          ...ids
            .filter((id) => this.entities.get(id)?.type === "person")
            .map((id) => `How old is ${this.entities.get(id)?.name}?`),
        );
        answer = q.text;
        keywords.push("age", "old", "years old");
        break;
      case "duration":
        questions.push(ask(`how many ${counted ?? "years"}`), ask("how long"));
        keywords.push("long", "duration", "time");
        break;
      case "distance":
        questions.push(ask("how far"), ask(`how many ${counted ?? "kilometres"}`));
        keywords.push("far", "distance");
        break;
      case "percent":
        questions.push(ask("what percentage"), ask("what share"));
        keywords.push("percent", "share", "proportion");
        break;
      default:
        if (counted) {
          const fragments = [
            finish(`How many ${counted} ${after}`),
            finish(`Number of ${counted} ${after}`),
          ];
          const withoutCounted = rest.replace(q.counted ?? "", "");
          const whole = toWhQuestion(`how many ${counted}`, withoutCounted);
          // "64 beds, two operating theatres…": what follows is the next item of a list, not
          // a clause, so "How many beds does the wing have?" reads better first.
          if (LIST_GOES_ON.test(after)) questions.push(whole, ...fragments);
          else questions.push(...fragments, whole);
        } else {
          questions.push(ask("how many"));
        }
        keywords.push("number", "how many", "count", "total");
    }
    if (q.counted && q.unit !== "count") answer = `${q.text} ${q.counted}`;
    if (q.counted && q.unit === "count") answer = `${q.text} ${q.counted}`;
    if (q.text.includes("-") && q.counted) answer = q.text;
    this.add({
      kind: "number",
      paragraph: p.n,
      slug: `${q.text.replace(/[,$£€]/g, "")} ${q.counted ?? ""}`,
      answerType: "number",
      answer: capitalise(answer),
      statement: this.resolvePronouns(p, s, s.text),
      evidence: s.text,
      questions: unique(questions.filter(isString)),
      entities: ids,
      keywords: [...keywords, ...(q.counted ? [q.counted, singular(q.counted)] : [])],
    });
  }

  /** "Where …?" for a place named after "in"/"at" in a sentence with a named subject. */
  places(): void {
    for (const { mention, entity } of this.inputs.index.mentions) {
      const e = this.entities.get(entity);
      if (!e || !["place", "country"].includes(e.type)) continue;
      const p = this.inputs.paragraphs[mention.paragraph - 1];
      const s = p?.sentences[mention.sentence];
      if (!p || !s) continue;
      const before = p.tokens[mention.first - 1];
      if (!before || !/^(in|at)$/.test(lower(before))) continue;
      if (this.inputs.discourse.inQuote(p.n, before.start)) continue;
      const clause = boundedClause(
        this.clauseAround(p, s, before.start, mention.end),
        before.start,
        mention.end,
      );
      let end = mention.end;
      const follower = p.tokens[mention.last + 1];
      if (follower && /^(city|province|district|region)$/.test(lower(follower))) end = follower.end;
      const rest = this.resolvePronouns(
        p,
        s,
        withoutSpan(clause.text, before.start - clause.start, end - clause.start),
      );
      const ids = [e.id, ...this.entitiesIn(p.n, s, s.text)];
      const questions = [toWhQuestion("where", rest)];
      for (const id of ids) {
        const ev = this.entities.get(id);
        if (ev?.type === "event") questions.push(`Where was the ${ev.name}?`);
      }
      this.add({
        kind: "place",
        paragraph: p.n,
        slug: `${e.name} ${firstWords(rest, 3)}`,
        answerType: "place",
        answer: p.text.slice(mention.start, end),
        statement: this.resolvePronouns(p, s, s.text),
        evidence: s.text,
        questions: unique(questions.filter(isString)),
        entities: unique(ids),
        keywords: ["where", "place", "location", "city"],
      });
    }
  }

  private add(draft: {
    kind: string;
    paragraph: number;
    slug: string;
    answerType: AnswerType;
    answer: string;
    statement: string;
    evidence: string;
    questions: string[];
    entities: string[];
    keywords: string[];
  }): void {
    const questions = readableFirst(
      unique(draft.questions.map((q) => q.trim()).filter((q) => q.length > 3)),
    );
    if (questions.length === 0 || draft.answer.trim().length === 0) return;
    const base = slugify(`p${draft.paragraph} ${draft.kind} ${draft.slug}`, 64);
    this.facts.push({
      id: uniqueId(base, this.taken),
      paragraph: draft.paragraph,
      answerType: draft.answerType,
      answer: draft.answer.trim(),
      statement: draft.statement.trim(),
      evidence: draft.evidence,
      questions,
      entities: unique(draft.entities.filter((id) => this.entities.has(id))),
      keywords: unique(draft.keywords.map((k) => k.trim()).filter((k) => k.length > 0)),
    });
  }

  private sentence(paragraph: number, index: number): Sentence | undefined {
    return this.inputs.paragraphs[paragraph - 1]?.sentences[index];
  }

  /** Entity ids named in a sentence (or in a part of it), pronouns resolved. */
  private entitiesIn(paragraph: number, s: Sentence, part: string): string[] {
    // Every number and date of a sentence asks for the whole sentence's entities: scan it once.
    const key = `${paragraph}:${s.index}:${part}`;
    const known = this.entitiesCache.get(key);
    if (known) return [...known];
    const found = this.scanEntities(paragraph, s, part);
    this.entitiesCache.set(key, found);
    return [...found];
  }

  private scanEntities(paragraph: number, s: Sentence, part: string): string[] {
    const p = this.inputs.paragraphs[paragraph - 1];
    if (!p) return [];
    const from = Math.max(s.start, p.text.indexOf(part, s.start));
    const to = from + part.length;
    const ids: string[] = [];
    for (const t of p.tokens) {
      if (t.sentence !== s.index || t.start < from || t.end > to) continue;
      const id = this.inputs.discourse.entityAt(paragraph, t.index);
      if (id) ids.push(id);
    }
    const subject = this.inputs.discourse.subjectOf(paragraph, s.index);
    if (subject) ids.push(subject);
    return unique(ids);
  }

  /** The short form the article itself uses most ("Sokhonn", "Oh"), else the full name. */
  private shortName(id: string): string {
    const e = this.entities.get(id);
    if (!e) return id;
    const parts = e.name.split(/\s+/);
    const counts = new Map<string, number>();
    for (const { mention, entity } of this.inputs.index.mentions) {
      if (entity === id && parts.includes(mention.text))
        counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return best ?? e.name;
  }

  /** The reported clause holding a span, or else the sentence. */
  private clauseAround(
    p: ParsedParagraph,
    s: Sentence,
    start: number,
    end: number,
  ): { text: string; start: number } {
    const st = this.inputs.statements.find(
      (x) =>
        x.paragraph === p.n && x.mode === "reported" && x.textStart <= start && x.textEnd >= end,
    );
    if (st) return { text: st.text, start: st.textStart };
    return { text: s.text, start: s.start };
  }

  /** "He also urged …" → "Prak Sokhonn also urged …"; "his meeting" → "Prak Sokhonn's meeting". */
  private resolvePronouns(p: ParsedParagraph, s: Sentence, text: string): string {
    return text.replace(/\b(He|She|he|she|his)\b/g, (word) => {
      const id =
        this.inputs.discourse.subjectOf(p.n, s.index) ??
        this.inputs.discourse.resolve(p.n, s.index, word.toLowerCase());
      const name = id ? this.entities.get(id)?.name : undefined;
      if (!name) return word;
      return word === "his" ? `${name}'s` : name;
    });
  }

  private mainVerbAfterSubject(
    p: ParsedParagraph,
    s: Sentence,
    subject: string,
  ): number | undefined {
    let seenSubject = false;
    for (const t of p.tokens) {
      if (t.sentence !== s.index) continue;
      if (this.inputs.discourse.entityAt(p.n, t.index) === subject) {
        seenSubject = true;
        continue;
      }
      if (!seenSubject) continue;
      if (/,\s*$/.test(t.post) && !hasTag(t, "Verb")) return undefined; // an apposition: skip the sentence
      // "Tom Whitfield, whose daughter Lily was treated …": the verb belongs to someone else.
      if (/^(who|whose|which)$/.test(lower(t)) || this.inputs.discourse.entityAt(p.n, t.index))
        return undefined;
      if (hasTag(t, "Adverb")) continue;
      if (hasTag(t, "Verb")) return t.index; // "was attending", "opened", "has trained"
    }
    return undefined;
  }
}

/** Questions asking for the person who holds a role. */
function roleQuestions(role: string): string[] {
  const bare = stripArticle(role);
  const questions = [`Who is the ${bare}?`];
  const words = bare.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  // "Busan city mayor" → "Who is the mayor of Busan city?"
  const prefix = words.slice(0, -1);
  if (
    prefix.length > 0 &&
    prefix.length <= 4 &&
    /^\p{Ll}/u.test(head) &&
    prefix.some((w) => /^\p{Lu}/u.test(w)) &&
    !/ of /.test(role)
  ) {
    const lowerPrefix = prefix.filter(
      (w) => /^\p{Lu}/u.test(w) || !/^(chief|senior|deputy)$/.test(w),
    );
    const modifiers = prefix.filter((w) => /^(chief|senior|deputy)$/.test(w));
    questions.push(`Who is the ${[...modifiers, head].join(" ")} of ${lowerPrefix.join(" ")}?`);
  }
  // "director of the Royal Academy of Cambodia’s International Relations Institute" → shorter forms.
  const parts = bare.split(/\s+(?:of|at)\s+(?:the\s+)?/);
  const tail = parts[parts.length - 1] ?? "";
  if (parts.length > 1 && parts[0]) {
    questions.push(`Who is the ${parts[0]} of ${tail}?`);
    const afterPossessive = tail.split(/['’]s\s+/)[1];
    if (afterPossessive) questions.push(`Who is the ${parts[0]} of the ${afterPossessive}?`);
    questions.push(`Who is the ${parts[0]}?`);
  }
  questions.push(`What is the name of the ${bare}?`);
  return unique(questions);
}

function whatQuestions(st: Statement, name: string, short: string): string[] {
  const verb = st.infinitive;
  const out: string[] = [];
  const words = st.text.split(/\s+/);
  if (st.verb === "urged" || st.verb.startsWith("request") || st.verb === "asked") {
    // "urged South Korea to finalise …" → "What did Sokhonn urge South Korea to do?"
    const to = words.indexOf("to");
    if (to > 0 && to <= 6)
      out.push(finish(`What did ${short} ${verb} ${words.slice(0, to).join(" ")} to do`));
  }
  if (st.verb === "thanked") {
    const forAt = words.indexOf("for");
    if (forAt > 0 && forAt <= 5)
      out.push(finish(`What did ${short} thank ${words.slice(0, forAt).join(" ")} for`));
  }
  if (st.verb.startsWith("told ")) out.push(finish(`What did ${short} tell ${st.verb.slice(5)}`));
  out.push(finish(`What did ${name} ${verb}`), finish(`What did ${short} ${verb}`));
  const topic = keyNouns(st.text);
  if (topic && !/^(there|it|this|that|they|he|she|we)$/i.test(topic)) {
    out.push(finish(`What did ${short} ${verb} about ${topic}`));
  }
  return unique(out);
}

/** The first content nouns of a text, for "what did X say about …". */
function keyNouns(text: string): string {
  const nouns = nlp(text).nouns().out("array") as string[];
  return (nouns[0] ?? firstWords(text, 3)).replace(/[,.;:]+$/, "");
}

function infinitiveOf(predicate: string): string | undefined {
  const verb = nlp(predicate).verbs().eq(0).json()[0] as
    | { verb?: { infinitive?: string } }
    | undefined;
  return verb?.verb?.infinitive || undefined;
}

/**
 * The longest clause a question is phrased from. News sentences are far shorter (the longest
 * paragraph of the seed and fixtures has 265 characters); a list-like sentence of 10 KB holds
 * hundreds of dates and numbers, and phrasing each one's question from the whole sentence made
 * ingestion quadratic in its length.
 */
const MAX_PHRASED_CLAUSE = 600;

/**
 * A clause cut down to the part around an answer when it is too long to phrase a question from:
 * the answer's own comma-delimited clause, at most MAX_PHRASED_CLAUSE characters, cut at spaces.
 * Shorter clauses, that is every normal sentence, are returned as they are.
 */
function boundedClause(
  clause: { text: string; start: number },
  start: number,
  end: number,
): { text: string; start: number } {
  if (clause.text.length <= MAX_PHRASED_CLAUSE) return clause;
  const local = localClause(clause.text, start - clause.start, end - clause.start);
  const localStart = clause.start + (start - clause.start - local.answerStart);
  if (local.text.length <= MAX_PHRASED_CLAUSE) return { text: local.text, start: localStart };
  const half = Math.floor((MAX_PHRASED_CLAUSE - (end - start)) / 2);
  let from = Math.max(0, local.answerStart - half);
  let to = Math.min(local.text.length, local.answerEnd + half);
  from = from === 0 ? 0 : local.text.indexOf(" ", from) + 1 || from;
  const lastSpace = local.text.lastIndexOf(" ", to);
  to = to === local.text.length || lastSpace < local.answerEnd ? to : lastSpace;
  return { text: local.text.slice(from, to), start: localStart + from };
}

/**
 * The part of a clause around an answer: from the last comma or "and" before it to the next comma
 * after it, so "How many …?" asks about the number's own clause.
 */
function localClause(
  text: string,
  start: number,
  end: number,
): { text: string; answerStart: number; answerEnd: number } {
  const before = text.slice(0, start);
  const cut = Math.max(
    before.lastIndexOf(", "),
    before.lastIndexOf(" and "),
    before.lastIndexOf("; "),
  );
  const from = cut < 0 ? 0 : cut + (before.startsWith(" and ", cut) ? 5 : 2);
  const after = text.slice(end);
  const stop = after.search(/[,;]\s/);
  const to = stop < 0 ? text.length : end + stop;
  return { text: text.slice(from, to), answerStart: start - from, answerEnd: end - from };
}

function phraseAfter(p: ParsedParagraph, from: number, s: Sentence): string {
  const words: string[] = [];
  for (let i = from; i < p.tokens.length; i++) {
    const t = p.tokens[i];
    if (!t || t.sentence !== s.index) break;
    // Stop after about eight words, but never inside a name ("South Korea").
    if (words.length >= 8 && !/^\p{Lu}/u.test(t.text)) break;
    words.push(t.text);
    if (/[,.;:!?]/.test(t.post)) break;
  }
  return words.join(" ");
}

/** The predicate up to its first comma or "and"-joined second clause. */
function clauseEnd(text: string): string {
  return (
    text
      .split(/,\s|;\s/)[0]
      ?.replace(/[.!?]+$/, "")
      .trim() ?? text
  );
}

function simpleVerb(verb: string): string {
  return verb.startsWith("told ") ? "said" : verb;
}

function pluralise(noun: string): string {
  if (/s$/.test(noun)) return noun;
  return remembered(plurals, noun, () => nlp(noun).nouns().toPlural().text() || noun);
}

function singular(noun: string): string {
  return remembered(singulars, noun, () => nlp(noun).nouns().toSingular().text() || noun);
}

/** A counted noun recurs in every number of an article: parse it once, not once per number. */
const plurals = new Map<string, string>();
const singulars = new Map<string, string>();

function remembered(cache: Map<string, string>, key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= 10_000) cache.clear(); // bounded: a worker ingests many articles
    value = make();
    cache.set(key, value);
  }
  return value;
}

function firstWords(text: string, n: number): string {
  return text
    .split(/\s+/)
    .slice(0, n)
    .join(" ")
    .replace(/[,.;:]+$/, "");
}

function shortSlug(text: string, n: number): string {
  return firstWords(text.replace(/['’]s\b/g, ""), n);
}

function lastWord(text: string): string {
  const words = text.replace(/[,.;:]+$/, "").split(/\s+/);
  return words[words.length - 1] ?? text;
}

function stripArticle(text: string): string {
  return text.replace(/^(the|a|an)\s+/i, "");
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function isString(x: string | undefined): x is string {
  return typeof x === "string" && x.length > 0;
}
