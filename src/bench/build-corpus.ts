import type { ArticleKnowledge, Entity, Fact, Quote } from "../core/knowledge/schema.js";
import { ingestArticle } from "../ingest/index.js";
import { slugify } from "../ingest/slugify.js";

/**
 * A synthetic corpus for the benchmark: the given articles (the seed and the ingested fixtures)
 * first, then articles generated from templates with varied people, places, organisations and
 * numbers, until there are `n`. Built in memory, deterministic for a given `seed`, and fast
 * (plain string building, no NLP): 10,000 articles take well under a second or two.
 *
 * @example buildSyntheticCorpus(1000, [seedKnowledge]).length // 1000
 */
export function buildSyntheticCorpus(
  n: number,
  base: ArticleKnowledge[] = [],
  seed = 42,
): ArticleKnowledge[] {
  const out: ArticleKnowledge[] = base.slice(0, Math.max(0, n));
  const ids = new Set(out.map((k) => k.article.id));
  const random = mulberry32(seed);
  for (let i = out.length; i < n; i++) {
    const template = TEMPLATES[i % TEMPLATES.length] ?? tradeVisit;
    const article = template(new Picker(random), i);
    let id = article.article.id;
    for (let k = 2; ids.has(id); k++) id = `${article.article.id}-${k}`;
    article.article.id = id;
    ids.add(id);
    out.push(article);
  }
  return out;
}

/** Knowledge of article texts (the test fixtures), ingested in memory, to mix into a corpus. */
export function ingestTexts(
  texts: { text: string; format?: "text" | "markdown" }[],
): ArticleKnowledge[] {
  return texts.map(({ text, format }) => ingestArticle(text, { format: format ?? "text" }));
}

/** Small, fast, seedable PRNG (public domain), so corpora are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  "Ana",
  "Miguel",
  "Priya",
  "Samuel",
  "Marta",
  "Peter",
  "Ewa",
  "Daniel",
  "Helen",
  "Tom",
  "Lina",
  "Kenji",
  "Amara",
  "Jonas",
  "Sofia",
  "Ravi",
  "Nadia",
  "Omar",
  "Clara",
  "Tariq",
  "Mei",
  "Lucas",
  "Aisha",
  "Pavel",
  "Ines",
  "Kwame",
  "Elena",
  "Hiro",
  "Zainab",
  "Mateo",
];
const FAMILY = [
  "Ferreira",
  "Santos",
  "Raman",
  "Oduya",
  "Kowalska",
  "Kiprono",
  "Nowak",
  "Okafor",
  "Achebe",
  "Whitfield",
  "Haddad",
  "Tanaka",
  "Mensah",
  "Lindqvist",
  "Rossi",
  "Sharma",
  "Petrova",
  "Farouk",
  "Moreau",
  "Qureshi",
  "Chen",
  "Silva",
  "Bello",
  "Novak",
  "Costa",
  "Asante",
  "Ivanova",
  "Sato",
  "Abubakar",
  "Herrera",
];
const CITIES = [
  "Porto Novo",
  "Leeds",
  "Gdansk",
  "Busan",
  "Valencia",
  "Mombasa",
  "Osaka",
  "Tampere",
  "Recife",
  "Cork",
  "Da Nang",
  "Kraków",
  "Lyon",
  "Surabaya",
  "Accra",
  "Bergen",
  "Cebu",
  "Plovdiv",
  "Tangier",
  "Quito",
  "Adelaide",
  "Halifax",
  "Izmir",
  "Pune",
  "Cluj",
  "Durban",
  "Malmö",
  "Split",
  "Kochi",
  "Rosario",
];
const COUNTRIES = [
  "Portugal",
  "Kenya",
  "Japan",
  "Finland",
  "Brazil",
  "Ireland",
  "Vietnam",
  "Poland",
  "France",
  "Indonesia",
  "Ghana",
  "Norway",
  "the Philippines",
  "Bulgaria",
  "Morocco",
  "Ecuador",
  "Australia",
  "Canada",
  "Turkey",
  "India",
  "Romania",
  "South Africa",
  "Sweden",
  "Croatia",
  "Chile",
];
const SECTORS = [
  "solar power",
  "rail freight",
  "fisheries",
  "tourism",
  "textiles",
  "digital payments",
  "port logistics",
  "rice farming",
  "wind energy",
  "public health",
];
const ORG_WORDS = [
  ["Regional", "Trade", "Council"],
  ["National", "Energy", "Agency"],
  ["Coastal", "Development", "Fund"],
  ["Urban", "Transport", "Authority"],
  ["Public", "Health", "Institute"],
  ["Farmers", "Cooperative", "Union"],
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["January", "March", "April", "June", "September", "October", "November"];

class Picker {
  constructor(private readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  person(): { name: string; surname: string } {
    const surname = this.one(FAMILY);
    return { name: `${this.one(GIVEN)} ${surname}`, surname };
  }
}

/**
 * Each city has one mayor in every article, as in the news: a random one per article gave each
 * city some 150 mayors at 10,000 articles, every "Leeds mayor" naming them all.
 */
function mayorOf(city: string): { name: string; surname: string } {
  const i = CITIES.indexOf(city);
  const surname = FAMILY[(i * 7 + 3) % FAMILY.length] as string;
  return { name: `${GIVEN[(i * 11 + 5) % GIVEN.length]} ${surname}`, surname };
}

type Template = (pick: Picker, index: number) => ArticleKnowledge;

/** Assembles knowledge from paragraphs and (paragraph, sentence, fact) specs; evidence stays verbatim. */
class Draft {
  readonly paragraphs: string[] = [];
  readonly entities: Entity[] = [];
  readonly facts: Fact[] = [];
  readonly quotes: Quote[] = [];

  paragraph(text: string): number {
    this.paragraphs.push(text);
    return this.paragraphs.length;
  }
  entity(type: Entity["type"], name: string, aliases: string[] = [], role?: string): string {
    const id = slugify(name) || `entity-${this.entities.length + 1}`;
    if (!this.entities.some((e) => e.id === id)) {
      this.entities.push({ id, type, name, aliases, ...(role ? { role } : {}) });
    }
    return id;
  }
  fact(
    paragraph: number,
    kind: string,
    fact: Omit<Fact, "id" | "paragraph" | "evidence" | "keywords"> & { keywords?: string[] },
  ): void {
    let id = slugify(`p${paragraph} ${kind} ${fact.answer}`, 64);
    for (let k = 2; this.facts.some((f) => f.id === id); k++)
      id = `${slugify(`p${paragraph} ${kind} ${fact.answer}`, 60)}-${k}`;
    const text = this.paragraphs[paragraph - 1] ?? "";
    this.facts.push({ id, paragraph, evidence: text, keywords: [], ...fact });
  }
  quote(
    paragraph: number,
    speaker: string,
    text: string,
    mode: Quote["mode"],
    verb: string,
    role?: string,
  ): void {
    this.quotes.push({
      id: `p${paragraph}-${mode === "direct" ? "quote" : "reported"}-${speaker}`,
      speaker,
      text,
      mode,
      verb,
      paragraph,
      ...(role ? { role } : {}),
    });
  }
  build(id: string, title: string): ArticleKnowledge {
    return {
      article: {
        id,
        title,
        titleNote: "Synthetic article generated for the benchmark.",
        source: "Synthetic Wire",
        origin: "ingested",
        paragraphs: this.paragraphs.map((text, i) => ({ n: i + 1, text })),
      },
      entities: this.entities,
      facts: this.facts,
      quotes: this.quotes,
    };
  }
}

const tradeVisit: Template = (pick, index) => {
  const d = new Draft();
  const minister = pick.person();
  const city = pick.one(CITIES);
  const mayor = mayorOf(city);
  const country = pick.one(COUNTRIES);
  const sector = pick.one(SECTORS);
  const day = pick.one(DAYS);
  const workers = `${pick.int(2, 95)},${pick.int(100, 999)}`;
  const since = pick.int(1995, 2018);
  const orgWords = pick.one(ORG_WORDS);
  const orgName = `${city} ${orgWords.join(" ")}`;
  const acronym = orgWords.map((w) => w[0]).join("") + city[0];
  const mid = d.entity("person", minister.name, [minister.surname], "trade minister");
  const yid = d.entity("person", mayor.name, [mayor.surname, `${city} mayor`], `${city} mayor`);
  const cid = d.entity("place", city, [`${city} city`]);
  const kid = d.entity("country", country);
  const oid = d.entity("organisation", `${orgWords.join(" ")} of ${city}`, [acronym]);
  const p1 = d.paragraph(
    `Trade minister ${minister.name} urged ${country} to open its ${sector} market to small firms from ${city} as soon as possible.`,
  );
  const p2 = d.paragraph(
    `He met ${city} mayor ${mayor.name} on ${day}. The two discussed the welfare of migrant workers in the city.`,
  );
  const p3 = d.paragraph(
    `${minister.surname} said that since ${since}, more than ${workers} workers have found jobs in ${country} through the exchange programme.`,
  );
  const p4 = d.paragraph(
    `The ${orgWords.join(" ")} of ${city} (${acronym}) will fund ${pick.int(3, 40)} training centres over the next ${pick.int(2, 9)} years.`,
  );
  const p5 = d.paragraph(
    `“We want every worker to come home with a better skill,” ${mayor.surname} said. “That is how ${city} grows.”`,
  );
  const deadline = `${pick.one(MONTHS)} ${pick.int(2026, 2031)}`;
  const p6 = d.paragraph(
    `${mayor.surname} expressed hope that the ${sector} talks will end by ${deadline}.`,
  );
  const p7 = d.paragraph(
    `Officials said ${orgName} handled ${pick.int(10, 900)} applications last year, up from ${pick.int(5, 400)} the year before.`,
  );
  d.fact(p1, "role", {
    answerType: "role",
    answer: "Trade minister",
    statement: `${minister.name} is the trade minister.`,
    questions: [`Who is ${minister.name}?`, `What is ${minister.surname}'s job?`],
    entities: [mid],
  });
  d.fact(p1, "who-urged", {
    answerType: "person",
    answer: minister.name,
    statement: `${minister.name} urged ${country} to open its ${sector} market.`,
    questions: [`Who urged ${country} to open its ${sector} market?`],
    entities: [mid, kid, cid],
  });
  d.fact(p2, "date", {
    answerType: "date",
    answer: `On ${day}`,
    statement: `${minister.surname} met ${mayor.name} on ${day}.`,
    questions: [`When did ${minister.surname} meet the mayor of ${city}?`],
    entities: [mid, yid],
  });
  d.fact(p2, "person", {
    answerType: "person",
    answer: mayor.name,
    statement: `${mayor.name} is the ${city} mayor.`,
    questions: [`Who is the mayor of ${city}?`, `Who is the ${city} mayor?`],
    entities: [yid, cid],
  });
  d.fact(p3, "number", {
    answerType: "number",
    answer: `More than ${workers} workers`,
    statement: `More than ${workers} workers have found jobs in ${country}.`,
    questions: [
      `How many workers found jobs in ${country}?`,
      `Number of workers from ${city} in ${country}`,
    ],
    entities: [mid, kid],
  });
  d.fact(p3, "date", {
    answerType: "date",
    answer: `Since ${since}`,
    statement: `The exchange programme has run since ${since}.`,
    questions: [`Since when has the exchange programme with ${country} run?`],
    entities: [kid],
  });
  d.fact(p4, "definition", {
    answerType: "definition",
    answer: `${orgWords.join(" ")} of ${city}`,
    statement: `${acronym} stands for ${orgWords.join(" ")} of ${city}.`,
    questions: [`What does ${acronym} stand for?`],
    entities: [oid],
  });
  d.quote(
    p3,
    mid,
    `since ${since}, more than ${workers} workers have found jobs in ${country} through the exchange programme`,
    "reported",
    "said",
    "trade minister",
  );
  d.quote(
    p5,
    yid,
    "We want every worker to come home with a better skill",
    "direct",
    "said",
    `${city} mayor`,
  );
  d.quote(
    p6,
    yid,
    `the ${sector} talks will end by ${deadline}`,
    "reported",
    "expressed hope",
    `${city} mayor`,
  );
  void p7;
  const title = `${minister.name} urges ${country} to open ${sector} market to ${city}`;
  return d.build(`synthetic-${index}-${slugify(`${city} ${sector}`, 40)}`, title);
};

const infrastructure: Template = (pick, index) => {
  const d = new Draft();
  const boss = pick.person();
  const critic = pick.person();
  const city = pick.one(CITIES);
  const country = pick.one(COUNTRIES);
  const homes = `${pick.int(10, 900)},000`;
  const cost = `${pick.int(1, 9)}.${pick.int(1, 9)} billion euros`;
  const year = pick.int(2026, 2035);
  const km = pick.int(5, 80);
  const company = `${pick.one(["Atlantica", "Northwind", "Meridian", "Solstice", "Harbourline"])} ${pick.one(["Power", "Rail", "Energy", "Water"])}`;
  const bid = d.entity("person", boss.name, [boss.surname], `${company} chief executive`);
  const xid = d.entity("person", critic.name, [critic.surname], "opposition lawmaker");
  const cid = d.entity("place", city);
  const kid = d.entity("country", country);
  const oid = d.entity("organisation", company);
  const p1 = d.paragraph(
    `Regulators in ${country} approved a ${cost} project on ${pick.one(DAYS)} that will link ${city} to ${homes} homes by ${year}.`,
  );
  const p2 = d.paragraph(
    `${company} chief executive ${boss.name} said the company will hire ${pick.int(100, 900)} local workers during construction.`,
  );
  const p3 = d.paragraph(
    `“This is the biggest investment ${city} has seen in a generation,” ${boss.surname} told reporters.`,
  );
  const p4 = d.paragraph(
    `The line will run ${km} kilometres along the coast, according to the plans.`,
  );
  const p5 = d.paragraph(
    `Opposition lawmaker ${critic.name} called for an independent review of the contract, saying the final price had not been published.`,
  );
  d.fact(p1, "number", {
    answerType: "number",
    answer: cost,
    statement: `The project costs ${cost}.`,
    questions: [`How much does the ${city} project cost?`],
    entities: [cid, kid],
    keywords: ["cost", "price"],
  });
  d.fact(p1, "number", {
    answerType: "number",
    answer: `${homes} homes`,
    statement: `The project will link ${city} to ${homes} homes.`,
    questions: [`How many homes will the ${city} project reach?`],
    entities: [cid],
  });
  d.fact(p1, "date", {
    answerType: "date",
    answer: `By ${year}`,
    statement: `The project will be finished by ${year}.`,
    questions: [`When will the ${city} project be finished?`],
    entities: [cid],
  });
  d.fact(p2, "role", {
    answerType: "role",
    answer: `${company} chief executive`,
    statement: `${boss.name} is the ${company} chief executive.`,
    questions: [`Who is ${boss.name}?`, `Who runs ${company}?`],
    entities: [bid, oid],
  });
  d.fact(p4, "number", {
    answerType: "number",
    answer: `${km} kilometres`,
    statement: `The line will run ${km} kilometres.`,
    questions: [`How long is the ${city} line?`],
    entities: [cid],
  });
  d.fact(p5, "who-called-for", {
    answerType: "person",
    answer: critic.name,
    statement: `${critic.name} called for an independent review.`,
    questions: [`Who called for a review of the ${company} contract?`],
    entities: [xid, oid],
  });
  d.quote(
    p3,
    bid,
    `This is the biggest investment ${city} has seen in a generation`,
    "direct",
    "told",
    `${company} chief executive`,
  );
  d.quote(
    p5,
    xid,
    "an independent review of the contract, saying the final price had not been published",
    "reported",
    "called for",
    "opposition lawmaker",
  );
  return d.build(
    `synthetic-${index}-${slugify(`${city} ${company}`, 40)}`,
    `${city} project by ${company} approved in ${country}`,
  );
};

const TEMPLATES: Template[] = [tradeVisit, infrastructure];
