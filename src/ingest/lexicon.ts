/** Word lists the heuristics lean on, in one place so they are easy to read and extend. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Capitalised words of a title before a name: "Prime Minister Hun Sen", "Dr. Achebe". */
export const TITLE_WORDS = set(`
  minister prime deputy president vice secretary mayor governor director chief executive senator
  sen rep representative ambassador chairman chairwoman chair chancellor king queen prince princess
  sheikh general gen colonel col captain capt judge justice commissioner inspector sergeant sgt
  lieutenant lt officer premier bishop pope rev reverend lord lady sir dame coach superintendent
  speaker spokesman spokeswoman spokesperson dr mr mrs ms miss mx prof professor acting
  secretary-general emir sultan cardinal archbishop commander admiral marshal constable
  councillor councilor alderman mp
`);

/** Titles that are courtesy forms, not roles: kept as part of an alias ("Dr. Achebe"). */
export const HONORIFICS = set("dr mr mrs ms miss mx prof sir dame rev");

/** Head nouns of a role written before or after a name: "race director", "the chair of". */
export const ROLE_HEADS = set(`
  mayor director executive minister president secretary spokesman spokeswoman spokesperson
  chairman chairwoman chair governor senator lawmaker legislator mp official officer analyst expert
  researcher professor lecturer scientist biologist economist engineer doctor surgeon nurse runner
  champion athlete player coach captain manager founder ceo head leader chief commander ambassador
  envoy diplomat adviser advisor consultant editor reporter journalist correspondent author writer
  lawyer attorney judge prosecutor activist campaigner resident farmer fisherman fishermen worker
  owner teacher student principal dean chancellor pastor priest monk king queen prince princess
  deputy representative delegate member organiser organizer holder winner candidate commissioner
  inspector superintendent treasurer architect designer artist singer actor actress producer
  presenter host mother father daughter son wife husband parent spokesperson premier governor
  cyclist swimmer striker goalkeeper midfielder defender driver pilot historian curator
  ranger strategist negotiator inspector chairperson vice-president president-elect boss
`);

/** Last words of organisation names. */
export const ORGANISATION_HEADS = set(`
  association institute academy university college school centre center ministry department
  company corporation corp inc ltd plc group bank fund trust foundation hospital clinic council
  committee commission agency authority board office party union federation league club society
  organisation organization institution court parliament assembly senate congress post herald echo
  daily times news press gazette journal tribune telegraph guardian chronicle observer power energy
  airlines airways motors systems technologies holdings partners services network service
  secretariat police army navy forces mission embassy bureau cabinet government alliance
  coalition cooperative co-operative laboratory laboratories lab labs turbines industries
  programme program initiative network radio television tv
`);

export const EVENT_HEADS = set(`
  summit conference forum marathon games olympics cup championship championships festival expo
  fair meeting election war revolution tournament open congress convention talks dialogue
  ceremony week day race rally prix
`);

export const AGREEMENT_HEADS = set(`
  partnership agreement treaty accord pact act protocol deal charter framework plan
  law bill directive regulation
`);

export const PLACE_HEADS = set(`
  river lake sea ocean mountain mountains island islands street road avenue square park arena
  stadium bridge port harbour harbor bay coast valley peninsula province state county district
  city region airport station hall gulf strait delta desert forest canal beach hill hills
  village town borough quarter
`);

/** Lower-case nouns right after a name that make it a place: "Busan city", "the Motlawa river". */
export const PLACE_FOLLOWERS = set(`
  city province district region river lake island valley village town county state port harbour
  coast peninsula airport centre center stadium arena square street bridge hall
`);

/**
 * Lower-case nouns right before a name that make it an organisation: "the U.S. firm Northwind",
 * "Czech carmaker Skoda Auto". Listed, not "-maker" at large: a lawmaker is a person.
 */
export const ORGANISATION_CUES = set(`
  firm company group bank agency organisation organization charity carrier airline manufacturer
  startup publisher newspaper broadcaster ministry university hospital club team party
  developer operator insurer retailer supplier maker carmaker automaker chipmaker drugmaker
  steelmaker shipbuilder conglomerate lender brewer regulator watchdog
  exporter importer distributor utility chain
`);

/** Words that begin a sentence but never a name. */
export const FUNCTION_WORDS = set(`
  the a an this that these those it its their his her he she they we i you our your my us them
  meanwhile however since in on at for from after before while when if as but and also now then
  yet there here every each some many most both such other another why what who whom whose where
  how so thus still even only just once today yesterday tomorrow earlier later last next about
  according despite although though because with without under over by to of into onto upon
  all any no not none few more less several much first second third finally overall
`);

/** Reporting verbs for reported statements, mapped to how they read in a question. */
export const REPORTING_VERBS: ReadonlyMap<string, { verb: string; infinitive: string }> = new Map(
  (
    [
      ["said", "say"],
      ["says", "say"],
      ["told", "tell"],
      ["urged", "urge"],
      ["urges", "urge"],
      ["thanked", "thank"],
      ["thanks", "thank"],
      ["requested", "request"],
      ["asked", "ask"],
      ["warned", "warn"],
      ["stressed", "stress"],
      ["noted", "note"],
      ["added", "add"],
      ["announced", "announce"],
      ["promised", "promise"],
      ["pledged", "pledge"],
      ["insisted", "insist"],
      ["argued", "argue"],
      ["claimed", "claim"],
      ["welcomed", "welcome"],
      ["praised", "praise"],
      ["criticised", "criticise"],
      ["criticized", "criticize"],
      ["recommended", "recommend"],
      ["proposed", "propose"],
      ["suggested", "suggest"],
      ["confirmed", "confirm"],
      ["denied", "deny"],
      ["acknowledged", "acknowledge"],
      ["explained", "explain"],
      ["emphasised", "emphasise"],
      ["emphasized", "emphasize"],
      ["vowed", "vow"],
      ["demanded", "demand"],
      ["reiterated", "reiterate"],
      ["encouraged", "encourage"],
      ["invited", "invite"],
      ["hoped", "hope"],
      ["believes", "believe"],
      ["believed", "believe"],
    ] as const
  ).map(([verb, infinitive]) => [verb, { verb, infinitive }]),
);

/** Multi-word reporting verbs, matched before single words: "called for", "expressed hope". */
export const REPORTING_PHRASES: readonly { words: string[]; verb: string; infinitive: string }[] = [
  { words: ["called", "for"], verb: "called for", infinitive: "call for" },
  { words: ["calls", "for"], verb: "called for", infinitive: "call for" },
  { words: ["expressed", "hope"], verb: "expressed hope", infinitive: "hope" },
  { words: ["expressed", "his", "hope"], verb: "expressed hope", infinitive: "hope" },
  { words: ["expressed", "her", "hope"], verb: "expressed hope", infinitive: "hope" },
  { words: ["expressed", "concern"], verb: "expressed concern", infinitive: "worry" },
  { words: ["appealed", "for"], verb: "appealed for", infinitive: "appeal for" },
  { words: ["appealed", "to"], verb: "appealed to", infinitive: "appeal to" },
  { words: ["pointed", "out"], verb: "pointed out", infinitive: "point out" },
];

/** Verbs that attribute a direct quote: “…,” X said / X told reporters: “…”. */
export const QUOTE_VERBS = set(`
  said says told added explained asked stressed noted insisted warned recalled continued
  replied wrote declared admitted argued remarked joked laughed tweeted posted
`);

/** Words before a number that belong to the answer: "over 9,000", "more than 61,000". */
export const NUMBER_QUALIFIERS: readonly string[][] = [
  ["more", "than"],
  ["less", "than"],
  ["fewer", "than"],
  ["at", "least"],
  ["at", "most"],
  ["up", "to"],
  ["as", "many", "as"],
  ["as", "much", "as"],
  ["over"],
  ["about"],
  ["around"],
  ["nearly"],
  ["almost"],
  ["some"],
  ["roughly"],
  ["approximately"],
  ["just"],
  ["only"],
  ["under"],
  ["record"],
  ["another"],
  ["exactly"],
];

/** Units that say what a number measures when no counted noun follows. */
export const UNITS = set(`
  percent per cent % kilometres kilometers km metres meters m miles mile kilograms kg tonnes tons
  hours hour minutes minute seconds days day weeks week months month years year euros euro dollars
  dollar pounds pound yen won riel baht yuan rupees points
`);

export const MONEY_WORDS = set(
  "euros euro dollars dollar pounds pound yen won riel baht yuan rupees usd eur gbp",
);

export const DURATION_UNITS = set(
  "hours hour minutes minute seconds days day weeks week months month years year decades decade",
);

export const DISTANCE_UNITS = set("kilometres kilometers km metres meters miles mile");

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
    "sixteen seventeen eighteen nineteen twenty",
  ]
    .join(" ")
    .split(" ")
    .map((w, i) => [w, i] as const),
);

export const WEEKDAYS = set("monday tuesday wednesday thursday friday saturday sunday");
export const MONTHS = set(
  "january february march april may june july august september october november december",
);

/** Pronouns that stand for the last person named. */
export const PERSON_PRONOUNS: ReadonlyMap<string, "male" | "female"> = new Map([
  ["he", "male"],
  ["she", "female"],
]);
