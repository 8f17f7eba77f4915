import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { Waiters } from "./waiters.js";

type Json = Record<string, unknown>;

/**
 * A loopback stand-in for Slack's Socket Mode endpoint: greets each connection with
 * `{ type: "hello" }`, lets the test push envelopes, and records what the app sends back (acks).
 */
export class FakeSocketMode {
  readonly received: Json[] = [];
  private wss: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private readonly waiters = new Waiters();
  connections = 0;
  closedByClient = 0;

  get url(): string {
    if (!this.wss) throw new Error("start() the fake first");
    const { port } = this.wss.address() as AddressInfo;
    return `ws://127.0.0.1:${port}/link/?ticket=fake`;
  }

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => this.wss?.once("listening", () => resolve()));
    this.wss.on("connection", (socket) => {
      this.connections += 1;
      this.socket = socket;
      socket.on("message", (data) => {
        this.received.push(JSON.parse(String(data)) as Json);
        this.waiters.notify();
      });
      socket.on("close", () => {
        this.closedByClient += 1;
        this.waiters.notify();
      });
      socket.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          connection_info: { app_id: "A0000APP" },
        }),
      );
    });
    return this;
  }

  /**
   * Sends an envelope as Slack does: `{ envelope_id, type, payload, accepts_response_payload }`;
   * `extra` adds fields such as `retry_attempt` and `retry_reason` on a redelivered event.
   */
  send(envelopeId: string, type: string, payload: Json, extra: Json = {}): void {
    if (!this.socket) throw new Error("the app has not connected");
    this.socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        ...extra,
      }),
    );
  }

  /** Waits until the app acks `envelopeId`, returning its message. */
  waitForAck(envelopeId: string, ms = 5000): Promise<Json> {
    return this.waitUntil(
      () => this.received.find((m) => m["envelope_id"] === envelopeId),
      `ack of ${envelopeId}`,
      ms,
    );
  }

  waitUntil<T>(find: () => T | undefined, what: string, ms = 5000): Promise<T> {
    return this.waiters.waitFor(find, what, ms);
  }

  async close(): Promise<void> {
    const wss = this.wss;
    if (!wss) return;
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    this.wss = undefined;
  }
}
