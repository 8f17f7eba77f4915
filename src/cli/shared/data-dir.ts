/** `--data DIR`, else KB_DIR, else ./data: the knowledge directory a CLI reads. */
export function resolveDataDir(
  flag: string | undefined,
  env: { KB_DIR?: string | undefined },
): string {
  const fromEnv = env.KB_DIR?.trim();
  return flag ?? (fromEnv ? fromEnv : "data");
}
