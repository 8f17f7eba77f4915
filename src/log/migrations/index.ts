import type { Migration, MigrationProvider } from "kysely";
import { questionLog } from "./0001-question-log.js";

/**
 * Every migration, by name; names sort in the order they run. Add a file and a line here, never
 * edit one that has shipped: databases in use have already run it.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  "0001-question-log": questionLog,
});

/** Hands Kysely's Migrator the list above (no directory scan, so it works the same everywhere). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
