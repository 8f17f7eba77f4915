import type { ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";

/** Why the app should get no traffic yet, or undefined when it is ready for it. */
export type NotReadyReason = "starting" | "knowledge not loaded" | "stopping";

/**
 * The two checks a load balancer polls, beside `/slack/events` in HTTP mode:
 * - `GET /healthz`: the process is up and serving HTTP (liveness; restart it when this fails).
 * - `GET /readyz`: 200 when it should get Slack's requests, 503 with the reason while it should not
 *   (routing; take it out of rotation, do not restart it).
 *
 * @example customRoutes: healthRoutes(() => (started ? undefined : "starting"))
 */
export function healthRoutes(notReady: () => NotReadyReason | undefined): CustomRoute[] {
  return [
    { path: "/healthz", method: ["GET"], handler: (_req, res) => json(res, 200, { ok: true }) },
    {
      path: "/readyz",
      method: ["GET"],
      handler: (_req, res) => {
        const reason = notReady();
        if (reason) json(res, 503, { ready: false, reason });
        else json(res, 200, { ready: true });
      },
    },
  ];
}

function json(res: ServerResponse, status: number, body: object): void {
  // A health check must never be served from a cache between the balancer and the app.
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}
