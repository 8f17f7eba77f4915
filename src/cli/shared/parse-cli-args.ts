import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export type ParsedCli<O extends Options> =
  | {
      ok: true;
      values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>["values"];
      positionals: string[];
    }
  | { ok: false; error: string };

/**
 * node:util parseArgs in strict mode, with its errors (unknown flag, missing value)
 * turned into a message for the usage text instead of an exception.
 */
export function parseCliArgs<O extends Options>(argv: string[], options: O): ParsedCli<O> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { ok: true, values, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS")) throw error;
    return { ok: false, error: (error as Error).message };
  }
}
