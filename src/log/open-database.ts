import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index.js";
import type { LogDatabase } from "./schema.js";

/** Where the log lives: a SQLite file (the default), or a PostgreSQL server shared by several bots. */
export type LogTarget = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

export interface OpenedDatabase {
  db: Kysely<LogDatabase>;
  target: LogTarget;
  close(): Promise<void>;
}

/** `DATABASE_URL` wins over `DB_PATH`; with neither, `var/bot.db`. */
export function logTarget(settings: { databaseUrl?: string; dbPath?: string }): LogTarget {
  if (settings.databaseUrl) return { kind: "postgres", url: settings.databaseUrl };
  return { kind: "sqlite", path: settings.dbPath ?? "var/bot.db" };
}

/** The target for messages: a file path, or the server without its password. */
export function describeTarget(target: LogTarget): string {
  if (target.kind === "sqlite") return target.path;
  try {
    const url = new URL(target.url);
    url.password = url.password ? "***" : "";
    return url.toString();
  } catch {
    return "postgres";
  }
}

/**
 * Opens the database and brings its schema up to date. SQLite runs in WAL mode, so the report
 * can read while the bot writes. Throws when the database cannot be opened or migrated.
 */
export async function openDatabase(target: LogTarget): Promise<OpenedDatabase> {
  const db = new Kysely<LogDatabase>({ dialect: dialectFor(target) });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  return { db, target, close: () => db.destroy() };
}

function dialectFor(target: LogTarget) {
  if (target.kind === "postgres") {
    // A small pool: the log writes in batches, and several bot processes may share the server.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 4,
      connectionTimeoutMillis: 5000,
    });
    // An idle client that loses its server emits `error`; unhandled, that would end the process.
    pool.on("error", () => undefined);
    return new PostgresDialect({ pool });
  }
  if (target.path !== ":memory:") mkdirSync(dirname(target.path), { recursive: true });
  const database = new Database(target.path);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database });
}

/** Runs every migration not yet applied, in order; throws with the failing migration's error. */
export async function migrate(db: Kysely<LogDatabase>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
