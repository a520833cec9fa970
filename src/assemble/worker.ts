// Worker-thread entry: analyzes texts sent by the pool (src/assemble/pool.ts) and writes their
// cache entries. Also imported in-process (jobs 1, small corpora) for the same `runTask`, so a
// record is built by one code path whichever way it runs.
//
// Messages in: a Task, or { close: true } to finish pending cache writes and exit.
// Messages out: a TaskResult per task, strictly in the order the tasks arrived.

import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from './document.js';
import { readArticle, type ArticleFormat } from '../corpus/article.js';
import { writeEntry } from '../corpus/cache.js';
import { WORKER_MARK } from './pool.js';
import type { CalendarDay } from '../extract/dates.js';

export interface Task {
  id: number;
  text: string;
  /** How the text is read (corpus/article.ts): a page's or a Markdown text's article is analyzed, dated by the page unless referenceDate is given. */
  format?: ArticleFormat;
  referenceDate: CalendarDay | null;
  /** The day the file's path gives (corpus/files.ts dayInPath): the text's date when it has no other. */
  pathDay?: CalendarDay | null;
  /** Where to store the result, or null when caching is off. */
  cache: { dir: string; key: string; tool: string } | null;
}

/** The analysis as JSON text (what the cache stores and what crosses the thread boundary). */
export type TaskResult =
  | { id: number; ok: true; json: string }
  /** outOfMemory: the worker's heap limit was hit; the task may succeed in a thread without one. */
  | { id: number; ok: false; error: string; outOfMemory?: boolean };

/**
 * A text's analysis; a page's is its article's. Dated by the user's reference date, else the page's own
 * date, else a day in the file's path.
 */
function analyzeTask(task: Task) {
  const pathDay = task.pathDay ?? null;
  if (!task.format || task.format === 'text') return analyze(task.text, { referenceDate: task.referenceDate ?? pathDay });
  const page = readArticle(task.format, task.text);
  return analyze(page.text, { referenceDate: task.referenceDate ?? page.published ?? pathDay });
}

/** Analyzes one text; the cache write, if any, is returned separately so callers need not wait for it. */
export function runTask(task: Task): { result: TaskResult; written: Promise<boolean> } {
  let json: string;
  try {
    json = JSON.stringify(analyzeTask(task));
  } catch (err) {
    // Extractors must not throw; if one does, the file becomes a warning, not a dead run.
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { result: { id: task.id, ok: false, error }, written: Promise.resolve(false) };
  }
  const written = task.cache ? writeEntry(task.cache.dir, task.cache.key, task.cache.tool, json) : Promise.resolve(false);
  return { result: { id: task.id, ok: true, json }, written };
}

/**
 * Cache writes a worker may have outstanding. Analysis usually outruns the disk, and every
 * pending write holds its record's JSON: without a bound a long run's memory grows with the
 * backlog (bench: +75 MB peak RSS over 30,000 files).
 */
const MAX_PENDING_WRITES = 16;

const port = parentPort;
if (port && (workerData as { mark?: unknown } | null)?.mark === WORKER_MARK) {
  const pending = new Set<Promise<boolean>>();
  // One message at a time, so answers leave in the order tasks came and waiting for the disk
  // holds back the next task rather than piling up writes.
  let queue: Promise<void> = Promise.resolve();
  const handle = async (message: Task | { close: true }): Promise<void> => {
    if ('close' in message) {
      await Promise.allSettled([...pending]);
      port.close();
      return;
    }
    const { result, written } = runTask(message);
    port.postMessage(result);
    pending.add(written);
    void written.finally(() => pending.delete(written));
    while (pending.size >= MAX_PENDING_WRITES) await Promise.race(pending);
  };
  port.on('message', (message: Task | { close: true }) => {
    queue = queue.then(() => handle(message));
  });
}
