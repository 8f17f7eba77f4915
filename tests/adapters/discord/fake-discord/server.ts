import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import {
  APP_ID,
  BOT_USER,
  GUILD_ID,
  guildCreateEvent,
  message as messageObject,
  readyEvent,
  shardOfGuild,
  snowflake,
} from "./payloads.js";

/** One HTTP request the bot made to the fake REST API. */
export interface RecordedRequest {
  method: string;
  /** Path without the query, as sent (so `%40original` stays encoded), e.g. `/api/v10/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON that tests inspect.
  body: any;
}

/** A gateway payload the bot sent (IDENTIFY, heartbeats…). */
export interface GatewayPayload {
  op: number;
  d: unknown;
}

interface Fault {
  matches: (request: RecordedRequest) => boolean;
  status: number;
  body: unknown;
  times: number;
}

interface Waiter {
  matches: (request: RecordedRequest) => boolean;
  resolve: (request: RecordedRequest) => void;
}

export interface FakeDiscord {
  /** Base URL to hand to discord.js as `rest.api`. */
  apiUrl: string;
  requests: RecordedRequest[];
  gatewayPayloads: GatewayPayload[];
  /** `[id, count]` of each open gateway connection that has identified, in the order they did. */
  shards(): [number, number][];
  /**
   * Sends a DISPATCH (op 0) event where Discord would: an event with a `guild_id` on that guild's
   * shard, any other (a DM) on shard 0. With one shard, that is the only connection.
   */
  dispatch(event: string, data: unknown): void;
  /** Sends a DISPATCH on one shard's connection; throws when no connection identified as it. */
  dispatchToShard(shardId: number, event: string, data: unknown): void;
  /** The first request matching `matches`, recorded already or arriving within `timeoutMs`. */
  waitForRequest(
    matches: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  /** The next `times` requests matching `matches` get this error response instead. */
  failNext(
    matches: (request: RecordedRequest) => boolean,
    status: number,
    options?: { body?: unknown; times?: number },
  ): void;
  close(): Promise<void>;
}

export interface FakeDiscordOptions {
  /** `shards` in GET /gateway/bot: what `DISCORD_SHARDS=auto` runs (default 1). */
  recommendedShards?: number;
  /**
   * `max_concurrency` in GET /gateway/bot: shards that may identify together. discord.js waits
   * 5 s between identifies of one bucket, so tests with several shards raise it (default 1).
   */
  maxConcurrency?: number;
}

/** One gateway connection: its shard once it has identified, and its own event sequence. */
interface Connection {
  shard?: [number, number];
  sequence: number;
}

const API_PREFIX = "/api/v10";

/**
 * A fake Discord on 127.0.0.1: REST under `/api/v10` and the gateway under `/gateway`,
 * enough for the real discord.js Client to log in, receive events and reply. Each connection
 * is one shard, as it says in its IDENTIFY.
 */
export async function startFakeDiscord({
  recommendedShards = 1,
  maxConcurrency = 1,
}: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const gatewayPayloads: GatewayPayload[] = [];
  const faults: Fault[] = [];
  const waiters: Waiter[] = [];
  const connections = new Map<WebSocket, Connection>();

  const server = createServer((req, res) => {
    void handleHttp(req, res);
  });
  const wss = new WebSocketServer({ server, path: "/gateway" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;

  const send = (socket: WebSocket, payload: object) => socket.send(JSON.stringify(payload));
  const sendEvent = (socket: WebSocket, event: string, data: unknown) => {
    const connection = connections.get(socket);
    if (!connection) return;
    send(socket, { op: 0, t: event, s: ++connection.sequence, d: data });
  };

  wss.on("connection", (socket) => {
    connections.set(socket, { sequence: 0 });
    socket.on("close", () => connections.delete(socket));
    socket.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as GatewayPayload;
      gatewayPayloads.push(payload);
      if (payload.op === 1) send(socket, { op: 11, d: null });
      if (payload.op === 2) identify(socket, payload.d as { shard?: [number, number] });
    });
    send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
  });

  /** READY, then the guilds of that shard only, as Discord splits them. */
  function identify(socket: WebSocket, { shard = [0, 1] }: { shard?: [number, number] }): void {
    const connection = connections.get(socket);
    if (!connection) return;
    connection.shard = shard;
    sendEvent(socket, "READY", readyEvent(gatewayUrl, shard));
    if (shardOfGuild(GUILD_ID, shard[1]) === shard[0]) {
      sendEvent(socket, "GUILD_CREATE", guildCreateEvent());
    }
  }

  function socketsOfShard(shardId: number): WebSocket[] {
    return [...connections].filter(([, c]) => c.shard?.[0] === shardId).map(([socket]) => socket);
  }

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const rawUrl = req.url ?? "/";
    const queryAt = rawUrl.indexOf("?");
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt),
      query: new URLSearchParams(queryAt === -1 ? "" : rawUrl.slice(queryAt + 1)),
      authorization: req.headers.authorization,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(request);

    const fault = faults.find((f) => f.times > 0 && f.matches(request));
    if (fault) fault.times -= 1;
    const [status, body] = fault ? [fault.status, fault.body] : route(request);
    if (body === undefined) res.writeHead(status).end();
    else {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    }
    // Resolve waiters after the response is written, as Discord would have answered by then.
    for (const waiter of [...waiters]) {
      if (waiter.matches(request)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
  }

  function route(request: RecordedRequest): [number, unknown] {
    const path = request.path.startsWith(API_PREFIX) ? request.path.slice(API_PREFIX.length) : "";
    const { method, body } = request;
    if (method === "GET" && path === "/gateway/bot") {
      return [
        200,
        {
          url: gatewayUrl,
          shards: recommendedShards,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 0,
            max_concurrency: maxConcurrency,
          },
        },
      ];
    }
    if (method === "GET" && path === "/applications/@me") {
      return [200, { id: APP_ID, name: "article-bot", bot: BOT_USER, flags: 0 }];
    }
    if (method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(body) ? body : [];
      return [
        200,
        list.map((c: object) => ({ id: snowflake(), application_id: APP_ID, version: "1", ...c })),
      ];
    }
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      return [204, undefined];
    }
    const channelMessages = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === "POST" && channelMessages?.[1]) {
      return [200, sentMessage(channelMessages[1], body)];
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/(%40original|\d+))?$/.test(path)) {
      return [200, sentMessage("0", body)];
    }
    return [404, { message: "404: Not Found (fake Discord has no such route)", code: 0 }];
  }

  function sentMessage(
    channelId: string,
    body: { content?: string; embeds?: unknown[]; components?: unknown[] } | undefined,
  ) {
    return messageObject({
      channelId,
      author: BOT_USER,
      content: body?.content ?? "",
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
    });
  }

  return {
    apiUrl: `${base}/api`,
    requests,
    gatewayPayloads,
    shards: () => [...connections.values()].flatMap((c) => (c.shard ? [c.shard] : [])),
    dispatch(event, data) {
      const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
      for (const [socket, { shard }] of connections) {
        if (!shard) continue;
        const [id, count] = shard;
        if (id === (typeof guildId === "string" ? shardOfGuild(guildId, count) : 0)) {
          sendEvent(socket, event, data);
        }
      }
    },
    dispatchToShard(shardId, event, data) {
      const sockets = socketsOfShard(shardId);
      if (sockets.length === 0) throw new Error(`fake Discord: no connection is shard ${shardId}`);
      for (const socket of sockets) sendEvent(socket, event, data);
    },
    waitForRequest(matches, timeoutMs = 5_000) {
      const seen = requests.find(matches);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        const waiter: Waiter = {
          matches,
          resolve: (request) => {
            clearTimeout(timer);
            resolve(request);
          },
        };
        waiters.push(waiter);
      });
    },
    failNext(matches, status, { body = { message: "Fake failure", code: 0 }, times = 1 } = {}) {
      faults.push({ matches, status, body, times });
    },
    async close() {
      for (const socket of connections.keys()) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Requests to one interaction's callback endpoint (`POST /interactions/{id}/{token}/callback`). */
export const isCallbackFor =
  (interaction: { id: string }) =>
  (request: RecordedRequest): boolean =>
    request.method === "POST" &&
    request.path.startsWith(`${API_PREFIX}/interactions/${interaction.id}/`) &&
    request.path.endsWith("/callback");

/** Message sends that reply to one message (`POST /channels/{id}/messages` with its reference). */
export const isReplyTo =
  (message: { id: string }) =>
  (request: RecordedRequest): boolean =>
    request.method === "POST" &&
    /\/channels\/\d+\/messages$/.test(request.path) &&
    request.body?.message_reference?.message_id === message.id;
