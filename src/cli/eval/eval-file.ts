import { readFileSync } from "node:fs";
import { z } from "zod";

/** One line of an eval file such as tests/eval/questions.jsonl. */
export interface EvalQuestion {
  question: string;
  /** Fact or quote ids that count as a correct answer; empty when the article cannot answer. */
  expect: string[];
  /** Answer type, for the per-type accuracy ("number", "person", "unanswerable"…). */
  type: string;
  /** Article id to scope the question to. */
  article?: string;
  /** 1-based line number in the file, for reporting. */
  line: number;
}

/** Other fields (notes, tags) are allowed and ignored. */
const LineSchema = z.looseObject({
  question: z.string(),
  expect: z.array(z.string().min(1)),
  type: z.string().min(1).optional(),
  article: z.string().min(1).optional(),
});

export class EvalFileError extends Error {
  override name = "EvalFileError";
}

/** Parses JSONL text; blank lines are skipped. Throws EvalFileError naming every bad line and field. */
export function parseEvalFile(text: string, path: string): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push(`${path}:${line}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = LineSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${path}:${line}: field "${issue.path.join(".")}": ${issue.message}`);
      }
      return;
    }
    const { question, expect, type, article } = parsed.data;
    questions.push({
      question,
      expect,
      type: type ?? (expect.length === 0 ? "unanswerable" : "unspecified"),
      ...(article === undefined ? {} : { article }),
      line,
    });
  });
  if (problems.length > 0) {
    throw new EvalFileError(`Invalid eval file:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  if (questions.length === 0) throw new EvalFileError(`${path}: no questions`);
  return questions;
}

export function readEvalFile(path: string): EvalQuestion[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new EvalFileError(`Cannot read eval file ${path}: ${(error as Error).message}`);
  }
  return parseEvalFile(text, path);
}
