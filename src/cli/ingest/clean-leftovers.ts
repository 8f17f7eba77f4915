import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/** `.<id>.ingest-<pid>-<time>-<random>` and `.<id>.replaced-…`, as write-article.ts names them. */
const LEFTOVER = /^\.(.+)\.(ingest|replaced)-(\d+)-\d+-[a-z0-9]+$/;

/**
 * Cleans what a killed ingest left in the data directory: its hidden temp folders are removed,
 * and an article it had moved aside to replace (`--force`) is put back if the new one never
 * arrived. Folders of an ingest still running (its process is alive) are left alone.
 * Returns one line per thing done, for the user.
 */
export function cleanLeftovers(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  const done: string[] = [];
  for (const name of readdirSync(dataDir)) {
    const match = LEFTOVER.exec(name);
    if (!match) continue;
    const [, id = "", kind, pid] = match;
    if (isRunning(Number(pid))) continue;
    const path = join(dataDir, name);
    const target = join(dataDir, id);
    if (kind === "replaced" && !existsSync(target)) {
      renameSync(path, target);
      done.push(`Restored ${target}/, which an interrupted ingest had moved aside.`);
      continue;
    }
    rmSync(path, { recursive: true, force: true });
    done.push(`Removed ${path}/, left behind by an interrupted ingest.`);
  }
  return done;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
