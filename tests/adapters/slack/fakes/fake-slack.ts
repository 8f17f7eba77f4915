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
  /** The status the fake answered with; undefined while it is still holding the request. */
  status: number | undefined;
}

/**
 * How the fake answers one scripted request instead of Slack's usual `{ ok: true }`: another
 * status and body, extra headers (`Retry-After`), an answer only after `delayMs`, or none at all
 * (`hang`) until the fake closes. `when` picks which request takes it (e.g. one channel's).
 */
export interface ScriptedReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  hang?: boolean;
  when?: (params: Record<string, unknown>) => boolean;
}

export const BOT_USER_ID = "UBOT0001";
export const BOT_ID = "BBOT0001";
export const TEAM_ID = "T0000TEAM";

/** What Slack sends with a 429: `Retry-After` in seconds. */
export function rateLimited(seconds: number, when?: ScriptedReply["when"]): ScriptedReply {
  return {
    status: 429,
    headers: { "retry-after": String(seconds) },
    body: { ok: false, error: "ratelimited" },
    when,
  };
}

/**
 * A fake of Slack's side on 127.0.0.1: the Web API under `/api/<method>` (answers auth.test,
 * chat.postMessage, chat.postEphemeral, apps.connections.open, usergroups.users.list like Slack)
 * and response URLs under `/respond/<id>`. It records every call as it arrives (a call the app
 * gave up on still reached "Slack"); tests script faults and wait on what the app sends.
 */
export class FakeSlack {
  readonly apiCalls: ApiCall[] = [];
  readonly responses: ResponseUrlCall[] = [];
  /** What apps.connections.open returns as the Socket Mode URL. */
  socketUrl = "";
  /** User groups and their members, as usergroups.users.list answers. */
  readonly userGroups = new Map<string, string[]>();
  private readonly scripts = new Map<string, ScriptedReply[]>();
  private readonly waiters = new Waiters();
  private readonly timers = new Set<NodeJS.Timeout>();
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
    for (const timer of this.timers) clearTimeout(timer);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** The next call to `method` gets this HTTP status and body instead of `{ ok: true }`. */
  failNext(method: string, status: number, body: unknown = { ok: false, error: "fatal_error" }) {
    this.script(method, { status, body });
  }

  /**
   * The next call to `method` (a Web API method, or `respond:<id>` for a response_url) that
   * `reply.when` accepts is answered as `reply` says. Replies queue in order.
   */
  script(method: string, reply: ScriptedReply): void {
    const queue = this.scripts.get(method) ?? [];
    queue.push(reply);
    this.scripts.set(method, queue);
  }

  /** Scripts the next POST to response_url `id`. */
  scriptResponse(id: string, reply: ScriptedReply): void {
    this.script(`respond:${id}`, reply);
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

  /** Waits for a POST to response_url `id` that the fake answered with a 2xx. */
  waitForDelivered(id: string, ms = 5000): Promise<ResponseUrlCall> {
    return this.waitFor(
      () => this.responsesTo(id).find((r) => r.status !== undefined && r.status < 300),
      `a delivered response to ${id}`,
      ms,
    );
  }

  /** Waits for a call to `method` whose params satisfy `match`. */
  waitForCall(
    method: string,
    match: (params: Record<string, unknown>) => boolean = () => true,
    ms = 5000,
  ) {
    return this.waitFor(
      () => this.calls(method).find((c) => match(c.params)),
      `a matching ${method} call`,
      ms,
    );
  }

  /** Waits until `n` calls to `method` match. */
  waitForCalls(method: string, match: (params: Record<string, unknown>) => boolean, n: number) {
    return this.waitFor(() => {
      const found = this.calls(method).filter((c) => match(c.params));
      return found.length >= n ? found : undefined;
    }, `${n} matching ${method} calls`);
  }

  private notify(): void {
    this.waiters.notify();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.base);
    const raw = await readBody(req);
    if (req.method === "POST" && url.pathname.startsWith("/respond/")) {
      const id = decodeURIComponent(url.pathname.slice("/respond/".length));
      const body = JSON.parse(raw) as Record<string, unknown>;
      const call: ResponseUrlCall = { id, body, status: undefined };
      this.responses.push(call);
      this.notify();
      const reply = this.takeScript(`respond:${id}`, body) ?? {};
      this.reply(res, reply, { ok: true }, (status) => {
        call.status = status;
      });
      return;
    }
    if (req.method === "POST" && url.pathname.startsWith("/api/")) {
      const method = url.pathname.slice("/api/".length);
      const params = decodeForm(raw);
      this.apiCalls.push({ method, params, authorization: req.headers.authorization });
      this.notify();
      const reply = this.takeScript(method, params) ?? {};
      this.reply(res, reply, this.answer(method, params));
      return;
    }
    sendJson(res, 404, { ok: false, error: "unknown_path" });
  }

  private takeScript(key: string, params: Record<string, unknown>): ScriptedReply | undefined {
    const queue = this.scripts.get(key);
    const index = queue?.findIndex((r) => r.when?.(params) ?? true) ?? -1;
    if (!queue || index < 0) return undefined;
    return queue.splice(index, 1)[0];
  }

  private reply(
    res: ServerResponse,
    reply: ScriptedReply,
    usual: unknown,
    answered: (status: number) => void = () => {},
  ): void {
    if (reply.hang) return;
    const send = () => {
      const status = reply.status ?? 200;
      if (res.destroyed) return;
      sendJson(res, status, reply.body ?? usual, reply.headers);
      answered(status);
      this.notify();
    };
    if (!reply.delayMs) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      send();
    }, reply.delayMs);
    this.timers.add(timer);
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

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}
