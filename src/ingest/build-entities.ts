import type { Entity } from "../core/knowledge/schema.js";
import { slugify, uniqueId } from "./slugify.js";
import { hasTag } from "./tag-tokens.js";
import type { Mention, MentionKind, ParsedParagraph } from "./types.js";

/** Entities, and which entity each kept mention names. */
export interface EntityIndex {
  entities: Entity[];
  /** Mentions kept, in article order, each with its entity id. */
  mentions: { mention: Mention; entity: string }[];
  /** The entity named at a paragraph's token, if any. */
  at(paragraph: number, tokenIndex: number): { mention: Mention; entity: string } | undefined;
  /** "female"/"male" when a person's first name tells. */
  gender(entity: string): "female" | "male" | undefined;
}

interface Draft {
  id: string;
  kind: MentionKind;
  strength: number;
  name: string;
  aliases: Set<string>;
  role?: string;
  honorific?: string;
  acronym?: string;
  gender?: "female" | "male";
  nameTokens: string[];
}

const SPECIFIC_KINDS: MentionKind[] = [
  "person",
  "country",
  "organisation",
  "agreement",
  "event",
  "place",
  "group",
];

/**
 * Stage: entities. Groups mentions into people, places, organisations…: a full name and the
 * surname or given name the text uses alone ("Prak Sokhonn" ↔ "Sokhonn", "Oh Keo-don" ↔ "Oh"),
 * an expansion and its acronym ("Regional Comprehensive Economic Partnership" ↔ "RCEP"), a
 * country and its short form ("South Korea" ↔ "Korea"). Capitalised words that open a sentence
 * and name nothing else in the article ("Organisers", "Cancer") are dropped.
 */
export function buildEntities(paragraphs: ParsedParagraph[], all: Mention[]): EntityIndex {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const assigned: { mention: Mention; draft: Draft }[] = [];
  const pending: Mention[] = [];

  const add = (m: Mention, kind: MentionKind): Draft => {
    const key = keyOf(m.text);
    let draft = byKey.get(key);
    if (!draft) {
      draft = {
        id: "",
        kind,
        strength: 0,
        name: m.text,
        aliases: new Set(),
        nameTokens: m.text.split(/[\s]+/),
      };
      byKey.set(key, draft);
      drafts.push(draft);
    }
    const strength = m.certainty === "strong" ? 2 : 1;
    if (
      strength > draft.strength ||
      (strength === draft.strength && moreSpecific(kind, draft.kind))
    ) {
      draft.kind = kind;
      draft.strength = strength;
    }
    if (m.role && !draft.role) draft.role = m.role;
    if (m.honorific && !draft.honorific) draft.honorific = m.honorific;
    if (m.acronym && !draft.acronym) {
      draft.acronym = m.acronym;
      byKey.set(keyOf(m.acronym), draft);
    }
    if (kind === "person" && !draft.gender) draft.gender = genderOf(paragraphs, m);
    assigned.push({ mention: m, draft });
    return draft;
  };

  // Pass 1: full names (several words, or a kind the context made certain).
  for (const m of all) {
    const single = !m.text.includes(" ");
    if (single && !m.acronym) pending.push(m);
    else add(m, m.kind);
  }
  // Pass 2: single words: an alias of a full name, or a name of their own.
  const counts = new Map<string, number>();
  for (const m of pending) counts.set(keyOf(m.text), (counts.get(keyOf(m.text)) ?? 0) + 1);
  for (const m of pending) {
    const key = keyOf(m.text);
    const known = byKey.get(key);
    if (known) {
      assigned.push({ mention: m, draft: known });
      continue;
    }
    const owner = ownerOfShortName(drafts, m.text);
    if (owner) {
      owner.aliases.add(m.text);
      assigned.push({ mention: m, draft: owner });
      continue;
    }
    const evidence = hasProperEvidence(paragraphs, m);
    if (m.sentenceInitial && !evidence && m.kind === "other") continue;
    if (m.kind === "other" && (counts.get(key) ?? 0) < 2) continue;
    add(m, m.kind);
  }

  // Ids, aliases, roles.
  const taken = new Set<string>();
  for (const d of drafts)
    d.id = uniqueId(slugify(d.name.replace(/^the\s+/i, "")) || "entity", taken);
  const names = new Set(drafts.filter((d) => d.kind !== "person").map((d) => d.name));
  const entities = drafts.map((d) => toEntity(d, names));
  dropSharedAliases(entities);

  const mentions = assigned
    .map(({ mention, draft }) => ({ mention, entity: draft.id }))
    .sort((a, b) => a.mention.paragraph - b.mention.paragraph || a.mention.first - b.mention.first);
  const lookup = new Map<string, { mention: Mention; entity: string }>();
  for (const entry of mentions) {
    for (let i = entry.mention.first; i <= entry.mention.last; i++) {
      lookup.set(`${entry.mention.paragraph}:${i}`, entry);
    }
  }
  const genders = new Map(drafts.map((d) => [d.id, d.gender] as const));
  return {
    entities,
    mentions,
    at: (paragraph, tokenIndex) => lookup.get(`${paragraph}:${tokenIndex}`),
    gender: (entity) => genders.get(entity),
  };
}

/** A role held for someone: "council's transport chief" → "transport chief". */
const OWNED_ROLE = /^(?:the\s+)?[\p{L}-]+['’]s\s+(.+)$/iu;

/**
 * "Atlantica Power chief executive" ⇄ "chief executive of Atlantica Power", when the owner is an
 * organisation or place the article names (so "Opposition lawmaker" is left alone) and the role
 * is plain lower-case words ("marine biologist at the University of Coimbra" is not turned).
 */
const OWNER_FIRST = /^((?:\p{Lu}[\p{L}'’-]*\s+)+)(\p{Ll}[\p{Ll}\s-]*)$/u;
const OWNER_LAST = /^(\p{Ll}[\p{Ll}\s-]*?)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*)+)$/u;
const PREPOSITION = /\b(?:at|in|for|from|on|with|of|to)\b/;

function roleTurnedAround(role: string, ownerNames: ReadonlySet<string>): string | undefined {
  const first = OWNER_FIRST.exec(role);
  const owner = first?.[1]?.trim();
  const title = first?.[2]?.trim();
  if (owner && title && ownerNames.has(owner) && !PREPOSITION.test(title)) {
    return `${title} of ${owner}`;
  }
  const last = OWNER_LAST.exec(role);
  const lastTitle = last?.[1]?.trim();
  const lastOwner = last?.[2]?.trim();
  if (lastOwner && lastTitle && ownerNames.has(lastOwner) && !PREPOSITION.test(lastTitle)) {
    return `${lastOwner} ${lastTitle}`;
  }
  return undefined;
}

function toEntity(d: Draft, ownerNames: ReadonlySet<string>): Entity {
  const aliases = new Set<string>(d.aliases);
  if (d.acronym) aliases.add(d.acronym);
  if (d.kind === "person") {
    const surname = d.nameTokens[d.nameTokens.length - 1];
    if (surname && d.nameTokens.length > 1 && surname.length > 2) aliases.add(surname);
    if (d.honorific && surname) {
      aliases.add(`${d.honorific} ${surname}`);
      aliases.add(`${d.honorific.replace(/\.$/, "")} ${surname}`);
    }
    const roleWords = d.role?.split(/\s+/).length ?? 0;
    if (d.role && roleWords >= 2 && roleWords <= 5) aliases.add(d.role);
    // "the council's transport chief" is asked after as "the transport chief".
    const owned = d.role ? OWNED_ROLE.exec(d.role)?.[1] : undefined;
    if (owned && owned.split(/\s+/).length >= 2) aliases.add(owned);
    // English says a named owner's role both ways: "Atlantica Power chief executive" is also
    // asked after as "the chief executive of Atlantica Power", and the reverse.
    const turned = d.role ? roleTurnedAround(d.role, ownerNames) : undefined;
    if (turned) aliases.add(turned);
  }
  if (d.kind === "group" && /s$/.test(d.name)) aliases.add(d.name.replace(/s$/, ""));
  aliases.delete(d.name);
  const type = d.kind;
  return {
    id: d.id,
    type,
    name: d.name,
    aliases: [...aliases].sort(),
    ...(d.role ? { role: d.role } : {}),
  };
}

/** An alias two entities share would send questions to the wrong one: keep it for neither. */
function dropSharedAliases(entities: Entity[]): void {
  const owners = new Map<string, number>();
  for (const e of entities) {
    for (const a of new Set([e.name, ...e.aliases].map((x) => x.toLowerCase()))) {
      owners.set(a, (owners.get(a) ?? 0) + 1);
    }
  }
  for (const e of entities)
    e.aliases = e.aliases.filter((a) => (owners.get(a.toLowerCase()) ?? 0) < 2);
}

/** "Sokhonn" → Prak Sokhonn; "Oh" → Oh Keo-don; "Korea" → South Korea. Only when unambiguous. */
function ownerOfShortName(drafts: Draft[], word: string): Draft | undefined {
  const w = keyOf(word);
  const candidates = drafts.filter((d) => {
    const parts = d.nameTokens.map(keyOf);
    if (d.kind === "person")
      return parts.length > 1 && (parts[0] === w || parts[parts.length - 1] === w);
    if (d.kind === "country" || d.kind === "place") {
      return (
        parts.length === 2 && parts[1] === w && /^(north|south|east|west|new)$/.test(parts[0] ?? "")
      );
    }
    return false;
  });
  return candidates.length === 1 ? candidates[0] : undefined;
}

function hasProperEvidence(paragraphs: ParsedParagraph[], m: Mention): boolean {
  const token = paragraphs[m.paragraph - 1]?.tokens[m.first];
  return hasTag(token, "Person", "Place", "Country", "City", "Region", "Acronym");
}

function genderOf(paragraphs: ParsedParagraph[], m: Mention): "female" | "male" | undefined {
  const token = paragraphs[m.paragraph - 1]?.tokens[m.first];
  if (hasTag(token, "FemaleName")) return "female";
  if (hasTag(token, "MaleName")) return "male";
  return undefined;
}

function moreSpecific(a: MentionKind, b: MentionKind): boolean {
  const rank = (k: MentionKind) => (SPECIFIC_KINDS.includes(k) ? SPECIFIC_KINDS.indexOf(k) : 99);
  return rank(a) < rank(b);
}

/** Compares names ignoring case, a leading "the", curly apostrophes and hyphen spacing. */
export function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/’/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
