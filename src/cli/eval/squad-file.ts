import { readFileSync } from "node:fs";
import { z } from "zod";
import { EvalFileError } from "./eval-file.js";

/** One article of a SQuAD v2.0 file: its paragraphs and the questions asked about them. */
export interface SquadArticle {
  title: string;
  paragraphs: string[];
  questions: SquadQuestion[];
}

export interface SquadQuestion {
  id: string;
  question: string;
  /** Gold short answers; empty for a question the text cannot answer. */
  answers: string[];
  impossible: boolean;
}

const AnswerSchema = z.looseObject({ text: z.string() });
const SquadSchema = z.looseObject({
  data: z.array(
    z.looseObject({
      title: z.string(),
      paragraphs: z.array(
        z.looseObject({
          context: z.string(),
          qas: z.array(
            z.looseObject({
              id: z.string(),
              question: z.string(),
              answers: z.array(AnswerSchema),
              is_impossible: z.boolean().default(false),
            }),
          ),
        }),
      ),
    }),
  ),
});

/** Parses SQuAD v2.0 JSON (v1.1 too: no question is then impossible). Throws EvalFileError naming the field. */
export function parseSquad(text: string, path: string): SquadArticle[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new EvalFileError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = SquadSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EvalFileError(
      `${path}: not a SQuAD file: field "${issue?.path.join(".") ?? ""}": ${issue?.message ?? ""}`,
    );
  }
  return parsed.data.data.map((a) => ({
    title: a.title.replace(/_/g, " "),
    paragraphs: a.paragraphs.map((p) => p.context),
    questions: a.paragraphs.flatMap((p) =>
      p.qas.map((q) => ({
        id: q.id,
        question: q.question,
        answers: [...new Set(q.answers.map((x) => x.text))],
        impossible: q.is_impossible,
      })),
    ),
  }));
}

export function readSquad(path: string): SquadArticle[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new EvalFileError(`Cannot read SQuAD file ${path}: ${(error as Error).message}`);
  }
  return parseSquad(text, path);
}
