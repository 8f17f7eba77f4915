import type { AnswerType } from "../knowledge/schema.js";
import { STOP_WORDS } from "../text/stop-words.js";

/** What kind of answer a question wants; "quote" asks for someone's words. */
export type WantedType = AnswerType | "quote";

export type SmallTalk = "greeting" | "thanks" | "help";

const GREETING =
  /^(hi+|hello+|hey+|hiya|howdy|yo|sup|greetings|good (morning|afternoon|evening|day)|what s up|wassup)( there| all| everyone| folks| guys| team)?$/;
const THANKS =
  /^((ok|okay|great|cool|nice|awesome|perfect|got it)\s)?(thanks?( a lot| so much| very much| again)?|thank you( so much| very much| again)?|thx|ty|tysm|cheers|much appreciated|appreciate it)$/;
const HELP =
  /^(help|h|commands|usage|menu|info|start|what can you do|what can i ask( you)?|what do you know( about)?|how does this work|how do i (use this|use you|ask)|who are you|what are you|what is this)$/;
/** Filler that may surround small talk without changing it ("hey bot", "thanks!"). */
const FILLER = /\b(bot|please|pls|mate|buddy)\b/g;

/**
 * Greetings, thanks and requests for help, recognised only when that is the whole message,
 * so "what did Sokhonn thank South Korea for" stays a question.
 */
export function detectSmallTalk(normalized: string): SmallTalk | null {
  const text = normalized.replace(FILLER, " ").replace(/\s+/g, " ").trim();
  if (text === "") return null;
  if (HELP.test(text)) return "help";
  if (GREETING.test(text)) return "greeting";
  if (THANKS.test(text)) return "thanks";
  const [first, ...rest] = text.split(/ (?=what|how|who)/);
  if (first && rest.length > 0 && GREETING.test(first) && HELP.test(rest.join(" "))) return "help";
  return null;
}

const QUOTE_VERBS =
  "say|said|says|saying|tell|told|state|stated|think|thinks|thought|comment|commented|remark|remarked|speak|spoke|talk|talked";
/** Verbs of reported speech: "what did Sokhonn urge" asks for what he urged. */
const REPORTING_VERBS =
  "urge|urged|request|requested|ask|asked|call for|called for|hope|hoped|thank|thanked|demand|demanded|propose|proposed|want|wanted|express|expressed";
const QUOTE_REQUEST = new RegExp(
  [
    `\\b(what|anything|something|everything)\\b.*\\b(${QUOTE_VERBS})\\b`,
    `\\b(${QUOTE_VERBS})\\b.*\\b(anything|something)\\b`,
    "\\bquote[sd]?\\b",
    "\\bquotations?\\b",
    "\\b(words|comments|remarks|views|opinions?|thoughts|statements?|take)\\b( of| from| by| on)?",
    "\\bwho said what\\b",
  ].join("|"),
);
/** A question that starts like these wants a fact even if it mentions saying. */
const NOT_QUOTE = /^(when|where|how many|how much|why|who|which|whose)\b/;

const REPORTED = new RegExp(`^what (did|does|has) .+ (${REPORTING_VERBS})$`);

/** True for "what did Kin Phea say", "Sokhonn's quotes", "show me the quotes", "what did he urge". */
export function isQuoteRequest(normalized: string): boolean {
  return (
    (QUOTE_REQUEST.test(normalized) || REPORTED.test(normalized)) && !NOT_QUOTE.test(normalized)
  );
}

/** "did…", "is…", "can…": a yes/no question names what it asks about; it wants no type of its own. */
const YES_NO = /^(did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/;

/** "is X a Y or a Z": which of two things X is. */
const ALTERNATIVE_ROLE = /^(is|was|are|were) .+ (a|an) \S+( \S+)? or (a|an) \S+( \S+)?$/;

const RULES: ReadonlyArray<readonly [RegExp, WantedType]> = [
  // "what did Cambodia ask Busan to do": an action asked of someone, not a count or a name.
  [
    /^what (did|does|do|has|have|will|would) .+\b(ask|asked|urge|urged|request|requested|want|wanted|press|pressed|call on|called on|tell|told)\b.* to\b/,
    "other",
  ],
  // "how long is the network" asks a length; "how long did the talks last" a time.
  [/\bhow long (is|are|was|were) (the|a|an|its|their|this|that)\b/, "number"],
  // "how many days" asks how long, which dates answer.
  [/\bhow many (days|weeks|months|years|hours)\b/, "date"],
  [
    /\b(how many|how much|number of|what number|how large|how big|how old|what percentage|how often)\b/,
    "number",
  ],
  [
    /\b(when|what (date|day|time|year|month|week)|which (date|day|year|month|week)|how (long|soon|fast|quickly)|since when|by when|what dates)\b/,
    "date",
  ],
  [
    /\b(where|(what|which) (city|cities|town|towns|village|villages|country|countries|state|states|province|provinces|region|regions|area|areas|district|districts|place|places|location|locations|venue|venues|river|rivers|lake|sea|island|islands|street|road|port|airport|stadium)|in what (city|country|town|region))\b/,
    "place",
  ],
  // "the capital of Cambodia" is a city, whatever else the word means.
  [/\b(capital|capital city) of\b/, "place"],
  // "which Cambodian official…": a person named by what they are.
  [
    /\b(which|what) (\S+ )?(official|officials|minister|politician|analyst|expert|spokesman|spokeswoman|spokesperson|leader|mayor|president|diplomat|person|man|woman|director|chief|officer|executive|researcher|scientist|doctor|reporter|journalist|author|coach|player|winner|candidate)\b/,
    "person",
  ],
  [
    /\b(why|what for|for what (reason|purpose)|reason|reasons|purpose|how come)\b|\b(aim|goal|point|objective|idea) (of|behind)\b/,
    "reason",
  ],
  [
    /\b(stand for|stands for|acronym|abbreviation|meaning|define|definition)\b|\bwhat does \S+( \S+)? mean\b/,
    "definition",
  ],
  [
    /\b(what|which) (organisation|organization|organisations|organizations|agency|institute|institution|ministry|body|department|group|centre|center|newspaper|newspapers|paper|magazine|outlet|broadcaster|publication|company|companies|firm|firms|carmaker|university|association|union|charity|bank)\b/,
    "organisation",
  ],
  // "Who is in charge of transport" asks for the person; "what is he in charge of" for a role.
  [/^(who|whom)( is| s| was| will be| are| were)? in charge of\b/, "person"],
  [
    /\b(role|position|title|occupation|in charge of)\b|\b(his|her|their) job\b|\bwhat does \S+( \S+)? do\b/,
    "role",
  ],
  // Not "name": "name of the summit" wants an event, "name the centres" organisations.
  [/^(who|whom|whose)\b|\bwho\b/, "person"],
];

/** Words that only say what type of answer is wanted ("his title", "the reason"): not content. */
export const TYPE_CUE_WORDS: ReadonlySet<string> = new Set(
  "role position title job occupation name named official officials reason reasons purpose aim goal point objective meaning define definition stand acronym abbreviation date day time year location place venue".split(
    " ",
  ),
);

/** Phrases that only shape the question ("how long", "in charge of"): never content, whatever the type. */
const CUE_PHRASES: ReadonlyArray<readonly string[]> = [
  "how long",
  "how soon",
  "how fast",
  "how quickly",
  "in charge of",
  "of the week",
  "official title",
  "official position",
  "official role",
  "job title",
].map((p) => p.split(" "));

/** Word positions inside cue phrases. */
export function cuePhrasePositions(words: readonly string[]): Set<number> {
  const positions = new Set<number>();
  words.forEach((_, i) => {
    for (const phrase of CUE_PHRASES) {
      if (phrase.every((w, k) => words[i + k] === w))
        for (let k = 0; k < phrase.length; k++) positions.add(i + k);
    }
  });
  return positions;
}

/** How precise a date or time the question wants: "what time" is not answered by "Monday". */
export type Granularity = "time" | "year" | "month" | "weekday" | "span" | "money";

const GRANULARITY: ReadonlyArray<readonly [RegExp, Granularity, RegExp]> = [
  [
    /\b(what|which|at what) (time|hour)\b/,
    "time",
    /\b\d{1,2}([:.]\d{2})? ?(am|pm|a\.m|p\.m|h)\b|\b(noon|midnight|morning|afternoon|evening|night|o'?clock)\b|\b\d{1,2}:\d{2}\b/i,
  ],
  // "How long…" is a span (three days, 120 km, from May 2 to 6), never a day ("on Thursday").
  [
    /\bhow long\b/,
    "span",
    /\bsince\b|\b(from|between)\b.+\b(to|and|until)\b|(\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a|an))[\s-]*(second|minute|hour|day|night|week|month|year|decade|centur|metre|meter|kilomet|km|mile|foot|feet)/i,
  ],
  // "How much did it cost" is an amount of money, not "two wings".
  [
    /\bhow much\b.*\b(cost|costs|spend|spent|pay|paid|price|worth|budget|funding|invest|invested|donate|donated|give|gave)\b|\bhow much money\b/,
    "money",
    /[£$€¥₩]|\b(euros?|dollars?|pounds?|yen|yuan|rupees?|francs?|won|riel|usd|eur|gbp|cents?|pence)\b/i,
  ],
  [/\b(what|which|in what) year\b/, "year", /\b(1[89]|20)\d{2}\b|\byear\b/i],
  [
    /\b(what|which|in what) month\b/,
    "month",
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bmonth\b/i,
  ],
  [
    /\b(what|which) day of the week\b|\bweekday\b/,
    "weekday",
    /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  ],
];

export function detectGranularity(normalized: string): Granularity | null {
  for (const [pattern, granularity] of GRANULARITY)
    if (pattern.test(normalized)) return granularity;
  return null;
}

/** True when an answer is as precise as the question asks ("2007" for "what year"). */
export function meetsGranularity(granularity: Granularity | null, answer: string): boolean {
  if (granularity === null) return true;
  const rule = GRANULARITY.find(([, g]) => g === granularity);
  return rule ? rule[2].test(answer) : true;
}

/** The answer type a question asks for, or null when it does not say ("what…", "tell me about…"). */
export function detectWantedType(normalized: string): WantedType | null {
  if (isQuoteRequest(normalized)) return "quote";
  // "Is Oh Keo-don a minister or a mayor?" asks what he is.
  if (ALTERNATIVE_ROLE.test(normalized)) return "role";
  if (YES_NO.test(normalized) && !/\b(how|when|where|who|why|which)\b/.test(normalized))
    return null;
  const clause = mainClause(normalized);
  for (const [pattern, type] of RULES) if (pattern.test(clause)) return type;
  return null;
}

const WH = /\b(what|which|who|whom|whose|when|where|why|how)\b/g;

/**
 * The question up to a second question word: "how does it help workers when they go home" asks
 * how, not when; "what did he say when he met her" asks what.
 */
function mainClause(normalized: string): string {
  const starts = [...normalized.matchAll(WH)].map((m) => m.index);
  const second = starts[1];
  // "how many", "what year": the second word belongs to the first one's phrase only when adjacent.
  return second !== undefined && second > (starts[0] ?? 0) + 12
    ? normalized.slice(0, second)
    : normalized;
}

/** Words that may sit between "how many" and the thing counted ("how many more Cambodian workers"). */
const COUNT_FILLER = new Set([
  "more",
  "extra",
  "additional",
  "of",
  "the",
  "a",
  "an",
  "new",
  "total",
]);

/**
 * The thing a "how many / how big / number of" question counts: "how many Cambodian workers…" →
 * ["cambodian", "workers"]; empty when the question does not name it ("how much did it rise").
 */
export function countedHead(words: readonly string[]): string[] {
  const text = words.join(" ");
  const m = /\b(how many|number of|how much|how (big|large) (is|are|was|were)( the| a)?)\b/.exec(
    text,
  );
  if (!m) return [];
  const start = text.slice(0, m.index + m[0].length).split(" ").length;
  const head: string[] = [];
  for (let i = start; i < words.length && head.length < 2; i++) {
    const word = words[i] ?? "";
    if (COUNT_FILLER.has(word)) continue;
    // "how many cambodians in busan": the count ends at a small word.
    if (head.length > 0 && STOP_WORDS.has(word)) break;
    if (/^(did|does|do|is|are|was|were|will|has|have|had|can|could|would|should)$/.test(word))
      break;
    head.push(word);
  }
  return head;
}
