import { join } from "node:path";
import type { z } from "zod";
import { crossCheckKnowledge, type KnowledgeIssue } from "../core/knowledge/cross-check.js";
import { mergeKnowledge } from "../core/knowledge/merge-knowledge.js";
import {
  type Article,
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
  QuotesSchema,
} from "../core/knowledge/schema.js";
import { type ArticleFiles, readArticleFiles } from "./article-files.js";
import { KnowledgeError } from "./knowledge-error.js";
import {
  type ArticleFolder,
  CURATED_FOLDER,
  type DataDirScan,
  describeFsError,
  scanDataDir,
} from "./scan-data-dir.js";

export { CURATED_FOLDER, KnowledgeError };

type ListFile = "entities.json" | "facts.json" | "quotes.json";
const LIST_SCHEMAS = {
  "entities.json": EntitiesSchema,
  "facts.json": FactsSchema,
  "quotes.json": QuotesSchema,
} as const;
const KEY_OF = {
  "entities.json": "entities",
  "facts.json": "facts",
  "quotes.json": "quotes",
} as const;

export interface LoadCorpusOptions {
  /** Told about each folder that is skipped (a symbolic link, unreadable); default: stderr. */
  onSkipped?: (message: string) => void;
}

/**
 * Loads every article folder under `dir` (each holding the four JSON files, and optionally a
 * `curated/` folder of corrections). Hidden folders are skipped: `npm run ingest` writes into
 * `.<id>.ingest-…` first, and one left behind by a killed run is not an article. A folder that
 * cannot be loaded for what it is (a link, unreadable) is skipped and reported to `onSkipped`.
 * Throws a KnowledgeError listing every problem of every article, so an editor can fix them in one pass.
 */
export function loadCorpus(dir: string, options: LoadCorpusOptions = {}): ArticleKnowledge[] {
  const onSkipped = options.onSkipped ?? ((m: string) => process.stderr.write(`Warning: ${m}\n`));
  const scan = scanDataDir(dir);
  for (const message of scan.skipped) onSkipped(message);
  return loadArticleFolders(dir, scan).map((a) => a.knowledge);
}

/**
 * Loads every folder of a scan; throws one KnowledgeError naming every problem of every article
 * (and any article id two folders share), or saying why there are no articles at all.
 */
export function loadArticleFolders(
  dir: string,
  scan: DataDirScan,
): { folder: ArticleFolder; knowledge: ArticleKnowledge }[] {
  return loadEachFolder(dir, scan, loadArticle, (k) => k.article.id).map(({ folder, loaded }) => ({
    folder,
    knowledge: loaded,
  }));
}

/**
 * Loads every folder of a scan with `load`, collecting every folder's problems (and article ids
 * two folders share) into one KnowledgeError, so one start-up names them all.
 */
export function loadEachFolder<T>(
  dir: string,
  scan: DataDirScan,
  load: (path: string) => T,
  idOf: (loaded: T) => string,
): { folder: ArticleFolder; loaded: T }[] {
  if (scan.folders.length === 0) {
    const why = scan.skipped.map((m) => `\n  - ${m}`).join("");
    throw new KnowledgeError(
      `No articles in ${dir}: expected folders holding article.json, entities.json, facts.json and quotes.json.${why}`,
    );
  }
  const problems: string[] = [];
  const result: { folder: ArticleFolder; loaded: T }[] = [];
  const seen = new Map<string, string>();
  for (const folder of scan.folders) {
    try {
      const loaded = load(folder.path);
      const id = idOf(loaded);
      const other = seen.get(id);
      if (other) {
        problems.push(`  - Duplicate article id "${id}" in ${other} and ${folder.path}`);
        continue;
      }
      seen.set(id, folder.path);
      result.push({ folder, loaded });
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      problems.push(error.message.replace(/^Invalid knowledge data:\n/, ""));
    }
  }
  if (problems.length > 0)
    throw new KnowledgeError(`Invalid knowledge data:\n${problems.join("\n")}`);
  return result;
}

/**
 * Loads and validates one article folder: the four files, then the editor's `curated/` files
 * (each optional; entries replace the ingested ones with the same id, new ids are added, and a
 * curated article.json may give only the fields it corrects). Both layers are validated and the
 * merged result cross-checked; every problem names the file it is in.
 */
export function loadArticle(
  folder: string,
  /** The folder's files, when they were read already (to hash them). */
  files: ArticleFiles = readArticleFiles(folder),
): ArticleKnowledge {
  const problems: string[] = [];
  const base = readLayer(files, "", problems, { required: true });
  const curatedDir = join(folder, CURATED_FOLDER);
  const curated = files.curated
    ? readLayer(files, CURATED_FOLDER, problems, { required: false })
    : undefined;
  const { article, entities, facts, quotes } = base;
  if (!article || !entities || !facts || !quotes || (curated && !curated.valid)) {
    throw new KnowledgeError(formatProblems(problems));
  }

  const ingested: ArticleKnowledge = { article: article.value, entities, facts, quotes };
  const merged = curated ? mergeLayers(ingested, curated, curatedDir, problems) : ingested;
  if (!merged) throw new KnowledgeError(formatProblems(problems));

  for (const issue of crossCheckKnowledge(merged)) {
    const at = locate(issue, merged, folder, base, curatedDir, curated);
    const entry =
      at.entry === undefined ? "" : ` entry ${at.entry}${issue.id ? ` (id "${issue.id}")` : ""}`;
    problems.push(`${at.path}:${entry} field "${issue.field}": ${issue.message}`);
  }
  if (problems.length > 0) throw new KnowledgeError(formatProblems(problems));
  return merged;
}

/** One folder's files as read and validated; a missing optional file is undefined. */
interface Layer {
  /** The article record, with the raw JSON object a curated override is laid over. */
  article?: { value: Article; raw: Record<string, unknown> };
  /** A curated article.json as written (possibly only some fields). */
  articlePatch?: Record<string, unknown>;
  entities?: ArticleKnowledge["entities"];
  facts?: ArticleKnowledge["facts"];
  quotes?: ArticleKnowledge["quotes"];
  /** False when a file present in the folder was unreadable or invalid. */
  valid: boolean;
}

/** One layer's files (the folder's own, or `curated/`), read from `files` and validated. */
function readLayer(
  files: ArticleFiles,
  subfolder: string,
  problems: string[],
  options: { required: boolean },
): Layer {
  const folder = subfolder ? join(files.folder, subfolder) : files.folder;
  const layer: Layer = { valid: true };
  const readJson = (file: string): { ok: true; raw: unknown } | { ok: false } => {
    const path = join(folder, file);
    const read = files.read(subfolder ? `${subfolder}/${file}` : file);
    if ("error" in read) {
      const code = read.error.code;
      if (!options.required && code === "ENOENT") return { ok: false };
      problems.push(
        `${path}: ${code === "ENOENT" ? "file is missing" : `cannot be read (${describeFsError(read.error)})`}`,
      );
      layer.valid = false;
      return { ok: false };
    }
    const text = read.text;
    try {
      return { ok: true, raw: JSON.parse(text) };
    } catch (error) {
      const reason = String((error as Error).message);
      problems.push(`${path}: ${reason}`);
      layer.valid = false;
      return { ok: false };
    }
  };
  const validate = <S extends z.ZodType>(file: string, raw: unknown, schema: S) => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data as z.infer<S>;
    for (const issue of result.error.issues)
      problems.push(describeIssue(join(folder, file), raw, issue));
    layer.valid = false;
    return undefined;
  };

  const article = readJson("article.json");
  if (article.ok) {
    if (!isObject(article.raw)) {
      problems.push(`${join(folder, "article.json")}: must be a JSON object`);
      layer.valid = false;
    } else if (options.required) {
      const value = validate("article.json", article.raw, ArticleSchema);
      if (value) layer.article = { value, raw: article.raw };
    } else {
      layer.articlePatch = article.raw;
    }
  }
  for (const file of Object.keys(LIST_SCHEMAS) as ListFile[]) {
    const read = readJson(file);
    if (read.ok) layer[KEY_OF[file]] = validate(file, read.raw, LIST_SCHEMAS[file]) as never;
  }
  return layer;
}

/**
 * The ingested layer with the curated one laid over it. A curated article.json is validated as
 * the ingested record with its fields replaced, so it may hold only the title it corrects.
 */
function mergeLayers(
  ingested: ArticleKnowledge,
  curated: Layer,
  curatedDir: string,
  problems: string[],
): ArticleKnowledge | undefined {
  let article = ingested.article;
  const patch = curated.articlePatch;
  if (patch) {
    const path = join(curatedDir, "article.json");
    if (patch["id"] !== undefined && patch["id"] !== ingested.article.id) {
      problems.push(
        `${path}: field "id": must be the article's id "${ingested.article.id}" (or left out)`,
      );
      return undefined;
    }
    const result = ArticleSchema.safeParse({ ...ingested.article, ...patch });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(describeIssue(path, patch, issue));
      return undefined;
    }
    article = result.data;
  }
  return mergeKnowledge(ingested, {
    article,
    entities: curated.entities ?? [],
    facts: curated.facts ?? [],
    quotes: curated.quotes ?? [],
  });
}

/**
 * Which file and entry a cross-check issue on the merged knowledge comes from. The merge keeps
 * every curated entry first, in order, so the first entries are the curated file's own; the rest
 * are ingested entries, found in their file as the same occurrence of the same id.
 */
function locate(
  issue: KnowledgeIssue,
  merged: ArticleKnowledge,
  folder: string,
  base: Layer,
  curatedDir: string,
  curated: Layer | undefined,
): { path: string; entry?: number } {
  const at = issue.entry;
  if (!curated || issue.file === "article.json" || at === undefined) {
    return { path: join(folder, issue.file), entry: at };
  }
  const key = KEY_OF[issue.file];
  const curatedCount = curated[key]?.length ?? 0;
  if (at < curatedCount) return { path: join(curatedDir, issue.file), entry: at };
  const sameId = (e: { id: string }) => e.id === issue.id;
  const nth = (merged[key] as { id: string }[]).slice(curatedCount, at).filter(sameId).length;
  const positions = ((base[key] ?? []) as { id: string }[]).flatMap((e, i) =>
    sameId(e) ? [i] : [],
  );
  return { path: join(folder, issue.file), entry: positions[nth] ?? positions[0] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function formatProblems(problems: string[]): string {
  return `Invalid knowledge data:\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}

/** "file: entry 3 (id "x") field "paragraph": message" from a zod issue path. */
function describeIssue(path: string, raw: unknown, issue: z.core.$ZodIssue): string {
  const segments = [...issue.path];
  let where = "";
  if (Array.isArray(raw) && typeof segments[0] === "number") {
    const index = segments.shift() as number;
    const entry = raw[index] as { id?: unknown } | undefined;
    const id = entry && typeof entry.id === "string" ? ` (id "${entry.id}")` : "";
    where = ` entry ${index}${id}`;
  }
  const field = segments.length > 0 ? ` field "${segments.join(".")}"` : "";
  return `${path}:${where}${field}: ${issue.message}`;
}
