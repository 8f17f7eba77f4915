import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

/** Test helper: runs a TypeScript entry point of this repo in a fresh Node process. */

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** The tests' knowledge directory (never the user's data/). */
export const DATA_DIR = FIXTURE_DATA_DIR;
/** The local tsx loader, as a URL so it resolves from any working directory. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface ScriptResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ScriptOptions {
  /** Written to stdin, which is then closed; undefined leaves stdin open (end it via onStdout). */
  stdin?: string;
  /** Extra environment on top of a clean one. */
  env?: Record<string, string>;
  /** Working directory; defaults to a fresh empty temporary one, so no developer .env is read. */
  cwd?: string;
  /** Called with all stdout so far on every chunk; may signal or end stdin. */
  onStdout?: (stdout: string, child: ChildProcess) => void;
  /** The same for stderr (the bot's JSON log lines). */
  onStderr?: (stderr: string, child: ChildProcess) => void;
  timeoutMs?: number;
  /** Run as another user (see `unprivileged()`), so file permissions apply even when tests run as root. */
  user?: { uid: number; gid: number };
}

/**
 * A user for whom `chmod 000` means unreadable: root reads everything, so a test running as root
 * (as CI does) runs the script as `nobody` instead. Undefined when not root.
 */
export function unprivileged(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

/**
 * The inherited environment without any bot configuration: a developer's tokens must not
 * turn a terminal test into a Discord or Slack start.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      /^(DISCORD_|SLACK_|FETCH_|FEEDS$|FEED_|KB_DIR$|PORT$|RATE_LIMIT_|NO_COLOR$|FORCE_COLOR$)/.test(
        key,
      )
    )
      continue;
    if (
      /^(DB_PATH|DATABASE_URL|QUESTION_LOG|LOG_SALT|LOG_RETENTION_DAYS)$|^CONVERSATION_/.test(key)
    )
      continue;
    env[key] = value;
  }
  return { ...env, TSX_TSCONFIG_PATH: join(REPO_ROOT, "tsconfig.json"), ...extra };
}

export async function runScript(
  script: string,
  args: string[],
  options: ScriptOptions = {},
): Promise<ScriptResult> {
  const ownCwd = options.cwd === undefined ? mkdtempSync(join(tmpdir(), "qa-bot-cli-")) : null;
  if (ownCwd && options.user) chmodSync(ownCwd, 0o777);
  try {
    return await new Promise<ScriptResult>((resolvePromise, reject) => {
      const child = spawn(
        process.execPath,
        ["--import", TSX_LOADER, join(REPO_ROOT, script), ...args],
        {
          cwd: options.cwd ?? ownCwd ?? REPO_ROOT,
          env: cleanEnv(options.env),
          stdio: "pipe",
          ...(options.user ?? {}),
        },
      );
      let stdout = "";
      let stderr = "";
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`${script} timed out.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
      }, options.timeoutMs ?? 45_000);
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
        options.onStdout?.(stdout, child);
      });
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
        options.onStderr?.(stderr, child);
      });
      child.on("error", reject);
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        resolvePromise({ code, signal, stdout, stderr });
      });
      if (options.stdin !== undefined) child.stdin.end(options.stdin);
    });
  } finally {
    if (ownCwd) rmSync(ownCwd, { recursive: true, force: true });
  }
}
