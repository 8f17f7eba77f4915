/** ANSI styling that switches itself off when the output is not a terminal. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  cyan(text: string): string;
  yellow(text: string): string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  cyan: wrap(36, 39),
  yellow: wrap(33, 39),
};

const identity = (text: string): string => text;
export const PLAIN: Style = { bold: identity, dim: identity, cyan: identity, yellow: identity };

export function createStyle(color: boolean): Style {
  return color ? COLORS : PLAIN;
}

/** Colour only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(
  stream: NodeJS.WritableStream,
  env: { NO_COLOR?: string | undefined } = process.env,
): boolean {
  const isTTY = (stream as { isTTY?: boolean }).isTTY === true;
  return isTTY && (env.NO_COLOR ?? "") === "";
}
