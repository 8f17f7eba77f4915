import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Waiters } from "./waiters.js";

/** One Web API call the app made, with its form fields decoded (blocks parsed back from JSON). */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  authorization: string | undefined;
}

/** One POST the app made to a response_url (what respond() sends). */
export interface ResponseUrlCall {
  id: string;
  body: Record<string, unknown>;
}

interface Failure {
  status: number;
  body: unknown;
}

export const BOT_USER_ID = "UBOT0001";
export const BOT_ID = "BBOT0001";
export const TEAM_ID = "T0000TEAM";

/**
 * A fake of Slack's side on 127.0.0.1: the Web API under `/api/<method>` (answers auth.test,
 * chat.postMessage, chat.postEphemeral, apps.connections.open, usergroups.users.list like Slack) and response URLs
 * under `/respond/<id>`. It records every call; tests wait on what the app sends.
 */
export class FakeSlack {
  readonly apiCalls: ApiCall[] = [];
  readonly responses: ResponseUrlCall[] = [];
  /** What apps.connections.open returns as the Socket Mode URL. */
  socketUrl = "";
  /** User groups and their members, as usergroups.users.list answers. */
  readonly userGroups = new Map<string, string[]>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly waiters = new Waiters();
  private server: Server | undefined;
  private base = "";

  /** Base URL handed to the app as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  /** A response_url the test puts in a payload; calls to it are recorded under `id`. */
  responseUrl(id: string): string {
    return `${this.base}/respond/${encodeURIComponent(id)}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** The next call to `method` gets this HTTP status and body instead of `{ ok: true }`. */
  failNext(method: string, status: number, body: unknown = { ok: false, error: "fatal_error" }) {
    const queue = this.failures.get(method) ?? [];
    queue.push({ status, body });
    this.failures.set(method, queue);
  }

  calls(method: string): ApiCall[] {
    return this.apiCalls.filter((c) => c.method === method);
  }

  responsesTo(id: string): ResponseUrlCall[] {
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves with the first value `find` returns that is not undefined, or rejects after `ms`. */
  waitFor<T>(find: () => T | undefined, what: string, ms = 5000): Promise<T> {
    return this.waiters.waitFor(find, what, ms);
  }

  /** Waits for the `n`-th (from 1) response posted to response_url `id`. */
  waitForResponse(id: string, n = 1): Promise<ResponseUrlCall> {
    return this.waitFor(() => this.responsesTo(id)[n - 1], `response #${n} to ${id}`);
  }

  /** Waits for a call to `method` whose params satisfy `match`. */
  waitForCall(method: string, match: (params: Record<string, unknown>) => boolean = () => true) {
    return this.waitFor(
      () => this.calls(method).find((c) => match(c.params)),
      `a matching ${method} call`,
    );
  }

  private notify(): void {
    this.waiters.notify();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.base);
    const raw = await readBody(req);
    if (req.method === "POST" && url.pathname.startsWith("/respond/")) {
      const id = decodeURIComponent(url.pathname.slice("/respond/".length));
      this.responses.push({ id, body: JSON.parse(raw) as Record<string, unknown> });
      sendJson(res, 200, { ok: true });
      this.notify();
      return;
    }
    if (req.method === "POST" && url.pathname.startsWith("/api/")) {
      const method = url.pathname.slice("/api/".length);
      const params = decodeForm(raw);
      this.apiCalls.push({ method, params, authorization: req.headers.authorization });
      const failure = this.failures.get(method)?.shift();
      if (failure) sendJson(res, failure.status, failure.body);
      else sendJson(res, 200, this.answer(method, params));
      this.notify();
      return;
    }
    sendJson(res, 404, { ok: false, error: "unknown_path" });
  }

  private answer(method: string, params: Record<string, unknown>): unknown {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "articlebot",
          team_id: TEAM_ID,
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        };
      case "apps.connections.open":
        return { ok: true, url: this.socketUrl };
      case "chat.postMessage":
        return { ok: true, channel: params["channel"], ts: `${Date.now() / 1000}`, message: {} };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case "usergroups.users.list": {
        const users = this.userGroups.get(String(params["usergroup"]));
        return users ? { ok: true, users } : { ok: false, error: "no_such_subteam" };
      }
      default:
        return { ok: true };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** WebClient sends form fields; objects (blocks) are JSON strings inside them. */
function decodeForm(raw: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = key === "blocks" || key === "attachments" ? JSON.parse(value) : value;
  }
  return params;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
