/** Where progress goes: stderr, so stdout keeps one line per article written. */
export interface ProgressStream {
  write(text: string): void;
  /** A terminal gets a bar redrawn in place; a log file or pipe gets plain lines. */
  isTTY: boolean;
  columns?: number;
}

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Ends the bar's line (a terminal) so later output starts on a fresh line. */
  done(): void;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/**
 * Progress of a bulk ingest with the count and the time left: a bar redrawn at most ten times a
 * second on a terminal, or a plain line at every tenth of the way when stderr is not a terminal.
 * Runs of one file show nothing.
 *
 * @example const p = createProgress(1000, process.stderr); p.tick(); p.done();
 */
export function createProgress(
  total: number,
  stream: ProgressStream,
  now: () => number = Date.now,
): Progress {
  const started = now();
  let count = 0;
  let drawnAt = 0;
  let lastStep = 0;
  if (total < 2) return { tick: () => {}, done: () => {} };
  const left = (): string => {
    if (count === 0) return "";
    const ms = ((now() - started) / count) * (total - count);
    return count === total ? "" : `, about ${formatDuration(ms)} left`;
  };
  const draw = (): void => {
    const filled = Math.round((count / total) * BAR_WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
    stream.write(`\r\x1b[2K[${bar}] ${count}/${total} articles${left()}`);
  };
  return {
    tick: () => {
      count++;
      if (stream.isTTY) {
        if (count === total || now() - drawnAt >= REDRAW_MS) {
          drawnAt = now();
          draw();
        }
        return;
      }
      const step = Math.floor((count / total) * 10);
      if (step > lastStep) {
        lastStep = step;
        stream.write(
          `Ingested ${count}/${total} articles (${Math.round((count / total) * 100)} %)${left()}\n`,
        );
      }
    },
    done: () => {
      if (stream.isTTY && count > 0) stream.write("\n");
    },
  };
}

/** "42 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}
