import { FUNCTION_WORDS, ROLE_HEADS } from "./lexicon.js";
import { hasTag, isCapitalised, lower } from "./tag-tokens.js";
import type { ParsedParagraph, Token } from "./types.js";

export interface FoundRole {
  role?: string;
  /** An age written as an apposition: "Kiprono, 29, has trained". */
  age?: string;
}

const MAX_ROLE_WORDS = 7;

/** Role words come right before a name: "Busan city mayor Oh Keo-don", "race director Marta Kowalska". */
export function findRoleBefore(p: ParsedParagraph, nameFirst: number): FoundRole | undefined {
  const name = p.tokens[nameFirst];
  const head = p.tokens[nameFirst - 1];
  if (!name || !head || head.sentence !== name.sentence) return undefined;
  if (/^\s+$/.test(head.post) && isRoleHead(head)) {
    let k = nameFirst - 1;
    while (k - 1 >= 0 && nameFirst - (k - 1) <= MAX_ROLE_WORDS) {
      const t = p.tokens[k - 1];
      if (!t || t.sentence !== name.sentence || !/^\s+$/.test(t.post) || !canModifyRole(t)) break;
      k--;
    }
    return { role: p.text.slice(p.tokens[k]?.start ?? head.start, head.end) };
  }
  // "The hospital’s chief executive, Mark Ellison, requested…": the role, a comma, the name.
  if (/^,\s+$/.test(head.post) && isRoleHead(head)) {
    let k = nameFirst - 1;
    while (k - 1 >= 0) {
      const t = p.tokens[k - 1];
      if (!t || t.sentence !== name.sentence || !/^\s+$/.test(t.post)) break;
      k--;
    }
    if (nameFirst - 1 - k > MAX_ROLE_WORDS) return undefined;
    while (k < nameFirst - 1 && hasTag(p.tokens[k], "Determiner")) k++;
    const words = p.tokens.slice(k, nameFirst);
    if (words.some((t) => hasTag(t, "Verb") && !hasTag(t, "Noun"))) return undefined;
    return { role: p.text.slice(p.tokens[k]?.start ?? head.start, head.end) };
  }
  return undefined;
}

/**
 * An apposition after a name: "Kin Phea, the director of the Royal Academy…, told" gives
 * "director of the Royal Academy…"; "Kiprono, 29, has trained" gives an age.
 */
export function findRoleAfter(
  p: ParsedParagraph,
  nameFirst: number,
  nameLast: number,
): FoundRole | undefined {
  const name = p.tokens[nameLast];
  if (!name || !/^,\s+$/.test(name.post)) return undefined;
  let k = nameLast + 1;
  const first = p.tokens[k];
  if (!first || first.sentence !== p.tokens[nameFirst]?.sentence || first.pre !== "")
    return undefined;
  if (/^\d{1,3}$/.test(first.text) && /^,/.test(first.post)) return { age: first.text };
  if (/^(who|whose|which|where|when|that|said|says|told)$/.test(lower(first))) return undefined;
  if (/^(the|a|an|its|their|his|her)$/.test(lower(first))) k++;
  const start = p.tokens[k];
  if (!start) return undefined;
  let end = k;
  let sawHead = false;
  for (let i = k; i < p.tokens.length && i - k < 16; i++) {
    const t = p.tokens[i];
    if (!t || t.sentence !== first.sentence) return undefined;
    if (i - k < 4 && isRoleHead(t)) sawHead = true;
    end = i;
    if (/[,;:.)”"]/.test(t.post)) break;
  }
  const endToken = p.tokens[end];
  if (!sawHead || !endToken) return undefined;
  // The apposition closes with a comma (or the sentence), then the sentence goes on.
  if (!/^,|^\.?\s*$|^\.$/.test(endToken.post)) return undefined;
  return { role: p.text.slice(start.start, endToken.end) };
}

function isRoleHead(t: Token): boolean {
  const word = lower(t);
  if (isCapitalised(t)) return false; // capitalised titles are read inside the name run
  if (ROLE_HEADS.has(word)) return true;
  // compromise tags some participles as actors ("representing"); a role head is a noun.
  return hasTag(t, "Actor") && hasTag(t, "Noun") && !/ing$/.test(word);
}

/** Words allowed before a role head: nouns, adjectives, names ("Atlantica Power chief executive"). */
function canModifyRole(t: Token): boolean {
  if (FUNCTION_WORDS.has(lower(t))) return false;
  if (
    hasTag(
      t,
      "Determiner",
      "Preposition",
      "Pronoun",
      "Conjunction",
      "Value",
      "Adverb",
      "Copula",
      "Auxiliary",
      "Modal",
      "QuestionWord",
    )
  ) {
    return false;
  }
  // Lower-case verbs end the role ("representing Prime Minister"), but "race director" is fine.
  if (!isCapitalised(t) && hasTag(t, "PastTense", "Gerund", "Participle")) return false;
  return true;
}
