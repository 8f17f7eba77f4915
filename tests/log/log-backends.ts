import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { LogTarget } from "../../src/log/open-database.js";

/**
 * The databases the log's tests run against: a SQLite file always, and a real PostgreSQL server
 * when TEST_DATABASE_URL names one (`.ci/run` starts one on 127.0.0.1 and sets it). In CI
 * (CI=true) a missing server is a failure, not a skip.
 */
export interface LogBackend {
  name: "sqlite" | "postgres";
  /** A fresh, empty database for one test file. */
  create(): Promise<{ target: LogTarget; drop(): Promise<void> }>;
}

export const POSTGRES_URL = process.env["TEST_DATABASE_URL"]?.trim() || undefined;
export const POSTGRES_REQUIRED = process.env["CI"] === "true";

const sqlite: LogBackend = {
  name: "sqlite",
  async create() {
    const dir = mkdtempSync(join(tmpdir(), "qa-log-"));
    return {
      target: { kind: "sqlite", path: join(dir, "var", "bot.db") },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgres: LogBackend = {
  name: "postgres",
  async create() {
    if (!POSTGRES_URL) throw new Error("TEST_DATABASE_URL is not set");
    const name = `qa_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    return {
      target: { kind: "postgres", url: url.toString() },
      async drop() {
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  },
};

/** SQLite, and PostgreSQL when a server is there (always in CI, where its absence fails). */
export const LOG_BACKENDS: readonly LogBackend[] =
  POSTGRES_URL || POSTGRES_REQUIRED ? [sqlite, postgres] : [sqlite];
