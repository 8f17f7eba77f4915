import { existsSync } from "node:fs";

/**
 * Loads `.env` from the working directory when there is one, so tokens can live there.
 * Variables already set in the environment win (Node's own rule for env files).
 */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
