import { words } from "./normalize.js";

/**
 * What a title means in plain words, as readers ask it: "who leads the city government" is
 * the mayor, "his position in government" a minister's. General English, like the synonym
 * groups; a role's own words are indexed as they are, these are added beside them.
 */
const GLOSSES: ReadonlyMap<string, string> = new Map([
  ["mayor", "leads local government"],
  ["governor", "leads state province government"],
  ["minister", "government ministry cabinet"],
  ["premier", "leads government"],
  ["prime minister", "leads government"],
  ["president", "leads head state"],
  ["chancellor", "leads government"],
  ["ambassador", "diplomat envoy"],
  ["envoy", "diplomat"],
  ["spokesman", "speaks spokesperson"],
  ["spokeswoman", "speaks spokesperson"],
  ["spokesperson", "speaks"],
  ["ceo", "leads head company boss"],
  ["chief executive", "leads head company boss ceo"],
  ["chairman", "leads head chair"],
  ["chairwoman", "leads head chair"],
  ["chairperson", "leads head chair"],
  ["councillor", "council local government"],
  ["councilor", "council local government"],
  ["senator", "lawmaker legislator"],
  ["lawmaker", "legislator parliament"],
  ["mp", "lawmaker parliament"],
  ["professor", "academic university"],
  ["lecturer", "academic university"],
  ["analyst", "expert"],
  ["researcher", "expert research"],
  ["coach", "trainer team"],
  ["superintendent", "police officer"],
  ["inspector", "police officer"],
]);

/**
 * Plain-word glosses of the titles a role text holds: "Busan city mayor" → "leads local
 * government". Two-word titles first; a deputy does not lead.
 */
export function roleGloss(role: string): string {
  const w = words(role);
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const pair = GLOSSES.get(`${w[i]} ${w[i + 1] ?? ""}`);
    const gloss = pair ?? GLOSSES.get(w[i] ?? "");
    if (gloss) out.push(w[i - 1] === "deputy" ? gloss.replace(/\bleads\b/g, "") : gloss);
    if (pair) i++;
  }
  return out.join(" ");
}
