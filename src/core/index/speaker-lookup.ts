import Fuse from "fuse.js";
import { normalizeText } from "../text/normalize.js";

export interface SpeakerName {
  key: string;
  names: string[];
}

const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.35,
  keys: ["names"],
});

/** Finds a speaker by any of their names, forgiving typos ("kin pea", "sokhon"). */
export function createSpeakerLookup(
  speakers: SpeakerName[],
): (asked: string) => string | undefined {
  const prepared = speakers.map((s) => ({ key: s.key, names: s.names.map(normalizeText) }));
  const fuse = new Fuse(prepared, FUSE_OPTIONS);
  return (asked) => {
    const query = normalizeText(asked).slice(0, 32);
    if (query === "") return undefined;
    return fuse.search(query)[0]?.item.key;
  };
}
