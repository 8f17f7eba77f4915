/** The seed's eval questions. */
export const DEFAULT_EVAL_FILE = "tests/eval/questions.jsonl";
