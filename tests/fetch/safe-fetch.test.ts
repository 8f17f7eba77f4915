import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  FETCH_DEFAULTS,
  FetchRefusal,
  type FetchSettings,
  fetchDocument,
  fetchSettings,
  type Resolver,
} from "../../src/fetch/index.js";
import { type FixtureWebServer, startFixtureWebServer } from "./fixture-web-server.js";

let server: FixtureWebServer;
let allowed: FetchSettings;

beforeAll(async () => {
  server = await startFixtureWebServer();
  allowed = fetchSettings({ allowHosts: ["127.0.0.1"] });
});
afterAll(async () => {
  await server?.close();
});

/** The refusal a fetch ends in (fails the test when it succeeds or throws something else). */
async function refusal(url: string, settings: FetchSettings = allowed): Promise<FetchRefusal> {
  try {
    await fetchDocument(url, settings);
  } catch (error) {
    if (error instanceof FetchRefusal) return error;
    throw error;
  }
  throw new Error(`expected ${url} to be refused`);
}

const requestsTo = (path: string) => server.requests.filter((r) => r.path.startsWith(path));

describe("fetchDocument: what it reads", () => {
  test("reads a page from an allowed host, saying who it is", async () => {
    const doc = await fetchDocument(`${server.base}/pages/plain-news.html`, allowed);
    expect(doc.kind).toBe("html");
    expect(doc.text).toContain("A record 18,500 runners");
    expect(doc.url).toBe(`${server.base}/pages/plain-news.html`);
    const seen = requestsTo("/pages/plain-news.html").at(-1);
    expect(seen?.headers["user-agent"]).toBe(FETCH_DEFAULTS.userAgent);
    expect(seen?.headers.accept).toContain("text/html");
  });

  test("tells RSS and Atom feeds from pages, also when served as generic XML", async () => {
    expect((await fetchDocument(`${server.base}/feeds/rss.xml`, allowed)).kind).toBe("feed");
    expect((await fetchDocument(`${server.base}/feeds/atom.xml`, allowed)).kind).toBe("feed");
    const generic = await fetchDocument(`${server.base}/feeds/as-text-xml`, allowed);
    expect(generic.mediaType).toBe("text/xml");
    expect(generic.kind).toBe("feed");
  });

  test("decodes a gzip body", async () => {
    const doc = await fetchDocument(`${server.base}/gzip/plain-news.html`, allowed);
    expect(doc.text).toContain("Gdansk Marathon");
  });

  test("follows up to 5 redirects and reports each", async () => {
    const doc = await fetchDocument(`${server.base}/redirect/chain/5`, allowed);
    expect(doc.redirects).toHaveLength(5);
    expect(doc.url).toBe(`${server.base}/pages/plain-news.html`);
    expect(doc.requestedUrl).toBe(`${server.base}/redirect/chain/5`);
  });
});

describe("fetchDocument: what it refuses, each with a message", () => {
  test.each([
    ["not a URL", "bad-url", /is not a web address/],
    ["file:///etc/passwd", "scheme", /only http:\/\/ and https:\/\//],
    ["ftp://127.0.0.1/file", "scheme", /not ftp/],
    ["javascript:alert(1)", "scheme", /not javascript/],
  ])("%s", async (url, code, message) => {
    const error = await refusal(url);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  test("an address with a user name and password, without echoing the password", async () => {
    const error = await refusal(`http://admin:hunter2@127.0.0.1:1/`);
    expect(error.code).toBe("credentials");
    expect(error.message).not.toContain("hunter2");
  });

  test("loopback unless FETCH_ALLOW_HOSTS lists the host, and it connects to nothing", async () => {
    const before = server.requests.length;
    const error = await refusal(`${server.base}/pages/plain-news.html`, fetchSettings());
    expect(error.code).toBe("blocked-address");
    expect(error.message).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(error.message).toContain("FETCH_ALLOW_HOSTS");
    expect(server.requests.length).toBe(before);
  });

  test("the allow-list names hosts exactly: localhost is not 127.0.0.1", async () => {
    const port = new URL(server.base).port;
    const error = await refusal(`http://localhost:${port}/pages/plain-news.html`);
    expect(error.code).toBe("blocked-address");
    expect(error.message).toMatch(/localhost resolves to .* loopback/);
  });

  describe("host names that resolve to non-public addresses", () => {
    const names: Record<string, string[]> = {
      "intranet.example": ["10.20.30.40"],
      "router.example": ["192.168.0.1"],
      "link.example": ["169.254.3.4"],
      "metadata.example": ["169.254.169.254"],
      "mixed.example": ["93.184.215.14", "172.16.5.5"],
      "v6-private.example": ["fd00::5"],
    };
    const resolver: Resolver = async (host) =>
      (names[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    const settings = fetchSettings({ allowHosts: ["127.0.0.1"], resolve: resolver });

    test.each([
      ["intranet.example", /10\.20\.30\.40, which is a private network address/],
      ["router.example", /private network address/],
      ["link.example", /link-local address/],
      ["metadata.example", /cloud metadata service/],
      ["mixed.example", /172\.16\.5\.5, which is a private network address/],
      ["v6-private.example", /fd00::5, which is a private network address/],
    ])("%s", async (host, message) => {
      const error = await refusal(`http://${host}/`, settings);
      expect(error.code).toBe("blocked-address");
      expect(error.message).toMatch(message);
    });

    test("an allowed name is fetched whatever it resolves to", async () => {
      const local: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
      const port = new URL(server.base).port;
      const doc = await fetchDocument(
        `http://newsroom.internal:${port}/pages/plain-news.html`,
        fetchSettings({ allowHosts: ["newsroom.internal"], resolve: local }),
      );
      expect(doc.text).toContain("Gdansk");
    });
  });

  test("a redirect to a private address is checked like the first hop", async () => {
    const port = new URL(server.base).port;
    const target = `http://127.0.0.2:${port}/pages/plain-news.html`;
    const error = await refusal(`${server.base}/redirect/to?url=${encodeURIComponent(target)}`);
    expect(error.code).toBe("blocked-address");
    expect(error.message).toMatch(/127\.0\.0\.2 is a loopback address/);
    expect(error.message).toContain(`a redirect from ${server.base}/redirect/to`);
  });

  test("a redirect to the cloud metadata service", async () => {
    const target = "http://169.254.169.254/latest/meta-data/";
    const error = await refusal(`${server.base}/redirect/to?url=${encodeURIComponent(target)}`);
    expect(error.code).toBe("blocked-address");
    expect(error.message).toMatch(/cloud metadata service/);
  });

  test("a redirect to another scheme", async () => {
    const error = await refusal(
      `${server.base}/redirect/to?url=${encodeURIComponent("file:///etc/passwd")}`,
    );
    expect(error.code).toBe("scheme");
  });

  test("more than 5 redirects", async () => {
    const error = await refusal(`${server.base}/redirect/chain/6`);
    expect(error.code).toBe("too-many-redirects");
    expect(error.message).toMatch(/redirects more than 5 times/);
  });

  test("a slow answer, after the time limit, as a transient failure", async () => {
    const started = Date.now();
    const error = await refusal(`${server.base}/slow?ms=3000`, { ...allowed, timeoutMs: 300 });
    expect(error.code).toBe("timeout");
    expect(error.transient).toBe(true);
    expect(error.message).toMatch(/within 0\.3 s/);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  test("a body that stops coming", async () => {
    const error = await refusal(`${server.base}/slow-body?ms=3000`, { ...allowed, timeoutMs: 300 });
    expect(error.code).toBe("timeout");
  });

  test("a body over the size limit, read without a Content-Length", async () => {
    const error = await refusal(`${server.base}/oversize?mb=6`);
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/larger than 5 MB/);
  });

  test("a declared Content-Length over the limit, before reading", async () => {
    const error = await refusal(`${server.base}/oversize-declared`);
    expect(error.code).toBe("too-large");
  });

  test.each([
    ["/image.png", /"image\/png", not a web page or a feed/],
    ["/json", /"application\/json"/],
    ["/no-type", /of no stated type/],
  ])("content type of %s", async (path, message) => {
    const error = await refusal(`${server.base}${path}`);
    expect(error.code).toBe("content-type");
    expect(error.message).toMatch(message);
  });

  test.each([
    [404, false],
    [410, false],
    [503, true],
    [429, true],
  ])("HTTP status %i (transient: %s)", async (status, transient) => {
    const error = await refusal(`${server.base}/status/${status}`);
    expect(error.code).toBe("http-status");
    expect(error.message).toContain(`answered ${status}`);
    expect(error.transient).toBe(transient);
  });

  test("a closed port", async () => {
    const error = await refusal("http://127.0.0.1:1/");
    expect(error.code).toBe("network");
    expect(error.message).toMatch(/connection was refused/);
  });
});
