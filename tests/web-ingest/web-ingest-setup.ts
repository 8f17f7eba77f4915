import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddArticle } from "../../src/adapters/shared/add-article.js";
import { createKnowledgeStore, type KnowledgeStore } from "../../src/data/knowledge-store.js";
import { fetchSettings } from "../../src/fetch/index.js";
import { createMemoryLogger } from "../../src/logger.js";
import { createArticleAdder } from "../../src/web-ingest/chat-article-adder.js";
import { createWebIngester, type WebIngester } from "../../src/web-ingest/web-ingester.js";
import { type FixtureWebServer, startFixtureWebServer } from "../fetch/fixture-web-server.js";
import { SEED_DIR, SEED_ID } from "../fixtures/knowledge-dir.js";

export interface WebIngestSetup {
  server: FixtureWebServer;
  /** A temporary knowledge folder holding the seed article. */
  dataDir: string;
  store: KnowledgeStore;
  ingester: WebIngester;
  addArticle: AddArticle;
  logger: ReturnType<typeof createMemoryLogger>;
  /** Article folders in the data directory. */
  folders(): string[];
  close(): Promise<void>;
}

/**
 * What a running bot has for adding web articles, as main.ts builds it: a knowledge store on a
 * temporary folder (the seed in it), the web ingester allowed to read the fixture server on
 * 127.0.0.1, and the chat adder that reloads the store.
 */
export async function startWebIngestSetup(): Promise<WebIngestSetup> {
  const server = await startFixtureWebServer();
  const dataDir = mkdtempSync(join(tmpdir(), "web-ingest-"));
  cpSync(SEED_DIR, join(dataDir, SEED_ID), { recursive: true });
  const store = createKnowledgeStore(dataDir);
  const ingester = createWebIngester(dataDir, fetchSettings({ allowHosts: ["127.0.0.1"] }));
  const logger = createMemoryLogger();
  return {
    server,
    dataDir,
    store,
    ingester,
    addArticle: createArticleAdder(ingester, store, logger),
    logger,
    folders: () =>
      readdirSync(dataDir)
        .filter((f) => existsSync(join(dataDir, f, "article.json")))
        .sort(),
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
