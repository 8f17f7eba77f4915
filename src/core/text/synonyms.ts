import { stem } from "./stem.js";

/**
 * Groups of words a reader uses interchangeably in news questions. Each word maps to the
 * stem of its group's first word, on both the article side and the question side.
 * General English only: article-specific names belong in entities.json aliases.
 */
const GROUPS: readonly string[] = [
  "work worker workers job jobs employ employed employment employee employees labour labor labourer laborer staff",
  "live living lives reside resides resident residents dwell inhabit",
  "migrant migrants immigrant immigrants emigrant expatriate expat",
  "urge urged ask asked asking request requested requesting press pressed push pushed appeal appealed demand demanded",
  "hope hoped hoping wish wished aspire aspiration",
  "thank thanked thanks grateful gratitude appreciate appreciated appreciation",
  "finalise finalize finalised finalized final complete completed conclude concluded finish finished seal sealed",
  "increase increased increasing raise raised boost boosted expand expanded rise hike",
  "company companies firm firms business businesses corporation corporations enterprise enterprises",
  "invest investment investments investing investor investors",
  "country countries nation nations",
  "city town municipality",
  "skill skills training train trained upskill upskilled expertise",
  "cooperation cooperate cooperating collaboration collaborate",
  "tie ties relation relations relationship relationships bond bonds",
  "trade trading commerce commercial",
  "agreement agreements deal deals pact pacts treaty treaties accord",
  "summit summits conference conferences",
  "represent representing represented representative behalf",
  "return returned returning homecoming",
  "director head heads headed chief run runs ran boss bosses",
  "institute institution",
  "tourism tourist tourists travel",
  "technology technologies tech technical technological",
  "soon quickly quick fast faster hurry rush promptly asap",
  "quota quotas cap allocation",
  "promote promoted promoting promotion encourage foster",
  "participate participating participation join joining involve involvement",
  "people person persons",
  "child children kid kids youngster youngsters",
  "council councils councillor councillors councilor councilors",
  "meet meeting met meetings",
  "attend attended attending attendance",
  "leader leaders leadership lead leads led",
  "assistance assist aid help support",
  "welfare wellbeing",
  "growth grow growing",
  "direct directly",
  "begin begins began begun beginning start starts started starting commence commenced launch launched",
  "injure injured injuries injury hurt wounded",
  "die died dead death deaths kill killed fatalities",
  "resign resigned quit",
  "choose chose chosen choosing pick picked select selected",
  "cancel cancelled canceled scrap scrapped",
  "postpone postponed delay delayed",
];

const canonical = new Map<string, string>();
for (const group of GROUPS) {
  const members = group.split(" ");
  const head = stem(members[0] ?? "");
  for (const word of members) canonical.set(stem(word), head);
}

/** The group stem for a stemmed word, or the word itself. */
export function canonicalTerm(stemmed: string): string {
  return canonical.get(stemmed) ?? stemmed;
}

/** Every word of every group, for the typo corrector's dictionary. */
export const SYNONYM_WORDS: readonly string[] = GROUPS.flatMap((g) => g.split(" "));
