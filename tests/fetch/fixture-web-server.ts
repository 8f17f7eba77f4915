import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const WEB_FIXTURES = fileURLToPath(new URL("../fixtures/web", import.meta.url));

/** A fixture file with `{{BASE}}` filled in with the server's address. */
export function fixtureText(name: string, base: string): string {
  return readFileSync(join(WEB_FIXTURES, name), "utf8").replaceAll("{{BASE}}", base);
}

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FixtureWebServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  requests: SeenRequest[];
  /** Pages added while running: path → HTML. */
  pages: Map<string, string>;
  /** Feeds added while running: path → RSS or Atom XML. */
  feeds: Map<string, string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".rss.xml": "application/rss+xml; charset=utf-8",
  ".atom.xml": "application/atom+xml; charset=utf-8",
};

/**
 * A web server on 127.0.0.1 for the fetch and ingest tests: the fixture pages and feeds, and
 * pages that misbehave (redirect chains, a redirect to a private address, a slow answer, an
 * oversize body, wrong content types). Nothing here reaches the internet.
 *
 * Routes: /pages/<file>, /feeds/rss.xml, /feeds/atom.xml, /redirect/chain/<n>?to=<path>,
 * /redirect/to?url=<absolute url>, /slow?ms=<n>, /slow-body?ms=<n>, /oversize?mb=<n>,
 * /oversize-declared, /gzip/<file>, /image.png, /json, /status/<code>, /generated/<path>.
 */
export async function startFixtureWebServer(): Promise<FixtureWebServer> {
  const requests: SeenRequest[] = [];
  const pages = new Map<string, string>();
  const feeds = new Map<string, string>();
  const timers = new Set<NodeJS.Timeout>();
  let base = "";
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    const path = url.pathname;
    requests.push({ path: `${path}${url.search}`, headers: req.headers });
    const send = (status: number, type: string | undefined, body: string | Buffer, extra = {}) => {
      res.writeHead(status, { ...(type ? { "content-type": type } : {}), ...extra });
      res.end(body);
    };
    const later = (ms: number, work: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        work();
      }, ms);
      timers.add(timer);
    };
    if (pages.has(path)) return send(200, TYPES[".html"], pages.get(path) ?? "");
    if (feeds.has(path)) return send(200, TYPES[".rss.xml"], feeds.get(path) ?? "");
    if (path.startsWith("/pages/")) {
      const name = path.slice("/pages/".length);
      try {
        return send(200, TYPES[".html"], fixtureText(name, base));
      } catch {
        return send(404, "text/plain", "not found");
      }
    }
    if (path === "/feeds/rss.xml")
      return send(200, TYPES[".rss.xml"], fixtureText("feed.rss.xml", base));
    if (path === "/feeds/atom.xml")
      return send(200, TYPES[".atom.xml"], fixtureText("feed.atom.xml", base));
    if (path === "/feeds/as-text-xml")
      return send(200, "text/xml", fixtureText("feed.rss.xml", base));
    const chain = /^\/redirect\/chain\/(\d+)$/.exec(path);
    if (chain) {
      const left = Number(chain[1]);
      const to = url.searchParams.get("to") ?? "/pages/plain-news.html";
      const next = left <= 1 ? to : `/redirect/chain/${left - 1}?to=${encodeURIComponent(to)}`;
      return send(302, undefined, "", { location: next });
    }
    if (path === "/redirect/to")
      return send(301, undefined, "", { location: url.searchParams.get("url") ?? "/" });
    if (path === "/slow") {
      return later(Number(url.searchParams.get("ms") ?? 2000), () =>
        send(200, TYPES[".html"], fixtureText("plain-news.html", base)),
      );
    }
    if (path === "/slow-body") {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.write("<!DOCTYPE html><html><body><p>The first words arrive");
      return later(Number(url.searchParams.get("ms") ?? 2000), () =>
        res.end(" and then the rest.</p></body></html>"),
      );
    }
    if (path === "/oversize") {
      // Chunked, no Content-Length: the limit must hold while reading.
      const mb = Number(url.searchParams.get("mb") ?? 6);
      res.writeHead(200, { "content-type": TYPES[".html"] });
      const chunk = `<p>${"filler words ".repeat(5000)}</p>\n`;
      let sent = 0;
      const pump = () => {
        while (sent < mb * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => undefined);
      return pump();
    }
    if (path === "/oversize-declared") {
      res.writeHead(200, {
        "content-type": TYPES[".html"],
        "content-length": String(64 * 1024 * 1024),
      });
      return res.end();
    }
    if (path.startsWith("/gzip/")) {
      const body = gzipSync(fixtureText(path.slice("/gzip/".length), base));
      return send(200, TYPES[".html"], body, { "content-encoding": "gzip" });
    }
    if (path === "/image.png") return send(200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (path === "/json") return send(200, "application/json", "{}");
    if (path === "/no-type") return send(200, undefined, "<html><body>hi</body></html>");
    const status = /^\/status\/(\d{3})$/.exec(path);
    if (status) return send(Number(status[1]), "text/html", "<p>status</p>");
    return send(404, "text/plain", "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    pages,
    feeds,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
