/**
 * Heap the rate limiter holds for 1,000,000 distinct users: while their window is open, then after
 * one and after two windows, each time once one more user has asked. A measurement to run by hand, not a test (no timing or memory
 * assertions in the suite):
 *
 *   node --expose-gc --import tsx tests/adapters/shared/measure-rate-limiter-memory.ts [limiter.ts]
 *
 * The optional argument is another implementation to measure (e.g. an older version saved
 * from git), which must export the same `createRateLimiter`.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { createRateLimiter as Create } from "../../../src/adapters/shared/rate-limiter.js";

const USERS = 1_000_000;
const WINDOW_MS = 10_000;

const target = process.argv[2]
  ? pathToFileURL(resolve(process.argv[2])).href
  : new URL("../../../src/adapters/shared/rate-limiter.ts", import.meta.url).href;
const { createRateLimiter } = (await import(target)) as { createRateLimiter: typeof Create };
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

let time = 1_000_000;
const limiter = createRateLimiter({ max: 5, windowMs: WINDOW_MS }, () => time);
const base = heapMb();
const started = performance.now();
for (let i = 0; i < USERS; i++) limiter.take(`T0000TEAM:U${String(i).padStart(9, "0")}`);
const takeMs = performance.now() - started;
const open = heapMb() - base;

time += WINDOW_MS + 1;
const sweepStarted = performance.now();
limiter.take("T0000TEAM:ULATECOMER");
const callMs = performance.now() - sweepStarted;
const oneWindowOn = heapMb() - base;

time += WINDOW_MS;
limiter.take("T0000TEAM:ULATECOMER");
const twoWindowsOn = heapMb() - base;

console.log(
  JSON.stringify({
    implementation: process.argv[2] ?? "src/adapters/shared/rate-limiter.ts",
    users: USERS,
    heapMbWhileWindowOpen: Number(open.toFixed(1)),
    heapMbOneWindowLater: Number(oneWindowOn.toFixed(1)),
    heapMbTwoWindowsLater: Number(twoWindowsOn.toFixed(1)),
    msFor1MTakes: Math.round(takeMs),
    msForTheFirstCallAfterTheWindow: Math.round(callMs),
  }),
);
