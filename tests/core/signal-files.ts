import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The signal files a signals/index.ts under src/core/ imports (as `{ a, b } from "./file.js"`),
 * each with the names it gives and whether tests/core mirrors it with a test file.
 * @example signalFiles("score/signals") // [{ file: "bm25", names: ["bm25"], tested: true }, …]
 */
export function signalFiles(folder: string): { file: string; names: string[]; tested: boolean }[] {
  const source = fileURLToPath(new URL(`../../src/core/${folder}/`, import.meta.url));
  const tests = fileURLToPath(new URL(`./${folder}/`, import.meta.url));
  const index = readFileSync(`${source}index.ts`, "utf8");
  return [...index.matchAll(/import \{([^}]+)\} from "\.\/([\w-]+)\.js"/g)].map((m) => {
    const file = m[2] ?? "";
    return {
      file,
      names: (m[1] ?? "").split(",").map((n) => n.trim()),
      tested: existsSync(`${tests}${file}.test.ts`),
    };
  });
}
