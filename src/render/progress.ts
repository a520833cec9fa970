// A one-line progress bar on stderr for long runs:
//   [##########------------]  4,210/10,000  42%  1,380 files/s  0:04 left
//
// The CLI decides whether it is enabled (stderr is a terminal and no --quiet); this only draws.
// It stays silent for the first `delayMs` so short runs print nothing, redraws at most every
// `intervalMs`, fits the terminal width, and done() erases the line so output and warnings
// that follow start on a clean line. Warnings written while it is shown should go through
// `clear()` first (or just be written: the next redraw starts with a carriage return).

export interface ProgressOptions {
  /** Draw at all (default true). */
  enabled?: boolean;
  /** Milliseconds before the first draw (default 500). */
  delayMs?: number;
  /** Milliseconds between redraws (default 100). */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface Progress {
  /** Records that `done` of `total` files are finished. */
  update(done: number, total: number): void;
  /** Erases the bar (if shown) so the next write starts a clean line; it reappears on the next update. */
  clear(): void;
  /** Erases the bar for good. */
  done(): void;
}

type ProgressStream = Pick<NodeJS.WriteStream, 'write'> & { columns?: number };

export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  if (options.enabled === false) return { update() {}, clear() {}, done() {} };
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 500;
  const intervalMs = options.intervalMs ?? 100;
  const startedAt = now();
  let lastDraw = -Infinity;
  let shown = false;
  let finished = false;

  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };

  return {
    update(done, total) {
      if (finished) return;
      const t = now();
      if (t - startedAt < delayMs || (t - lastDraw < intervalMs && done < total)) return;
      lastDraw = t;
      stream.write(`\r\x1b[2K${formatProgress(done, total, (t - startedAt) / 1000, stream.columns ?? 80)}`);
      shown = true;
    },
    clear,
    done() {
      finished = true;
      clear();
    },
  };
}

/** The bar's text for `done` of `total` after `seconds`, at most `width` characters. */
export function formatProgress(done: number, total: number, seconds: number, width: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? (total - done) / rate : NaN;
  const parts = [
    `${count(done)}/${count(total)}`,
    `${Math.floor(fraction * 100)}%`,
    `${count(Math.round(rate))} files/s`,
    Number.isFinite(left) ? `${clock(left)} left` : '',
  ].filter(Boolean);
  const text = `  ${parts.join('  ')}`;
  const barWidth = Math.min(40, width - 1 - text.length - 2);
  if (barWidth < 5) return text.trimStart().slice(0, Math.max(0, width - 1));
  const filled = Math.round(fraction * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${text}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
