// Runs the pipeline over a corpus: find files, read, look up the cache, analyze the rest on a
// pool of worker threads, and yield records in the sorted file order as they are done.
//
// Memory stays flat however large the corpus: at most `jobs × WINDOW_PER_JOB` files are read,
// analyzed or waiting to be yielded at any moment (the reorder buffer is that window), and
// nothing is kept once yielded. A slow file holds back the output, never the memory.
//
// Where the work runs: with jobs 1, or a corpus too small to pay for starting threads, misses
// are analyzed in this thread; otherwise on `jobs` workers started at the first miss. Cache
// hits never start a worker or load the extractors, so a warm re-run costs reading and hashing.
// Every path turns the analysis into JSON and back, so records from workers, this thread and
// the cache are identical. A per-folder index of file stamps (size, inode, mtime, ctime) to
// content hashes lets a warm run skip reading files that have not changed (see HashIndex).

import os from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentRecord } from '../model.js';
import { DEFAULT_GLOBS, dayInPath, scanCorpus, type CorpusFile, type CorpusScan } from '../corpus/files.js';
import { DEFAULT_MAX_FILE_SIZE, readText, type SkipReason } from '../corpus/read.js';
import { articleFormat, type ArticleFormat } from '../corpus/article.js';
import { scanShare, type Share } from '../corpus/shard.js';
import { HashIndex, cacheKey, contentHash, fileStamp, openCache, readEntry, resolveCacheDir, stampSize, toolFingerprint } from '../corpus/cache.js';
import type { AnalyzeOptions, Analysis } from './document.js';
import type { CalendarDay } from '../extract/dates.js';
import { WorkerPool } from './pool.js';
import type { Task, TaskResult } from './worker.js';

export interface CorpusOptions extends AnalyzeOptions {
  /** Globs relative to the folder (default DEFAULT_GLOBS). */
  globs?: string[];
  /** Worker threads (default: one per core, os.availableParallelism()). 1 runs in this thread. */
  jobs?: number;
  /** Use the on-disk cache (default true). */
  cache?: boolean;
  /** Cache folder (default $MEETINGS_CACHE_DIR, else $XDG_CACHE_HOME/meetings, else ~/.cache/meetings). */
  cacheDir?: string;
  /** Files larger than this many bytes are skipped with a warning. */
  maxFileSize?: number;
  /** Called once per file that was skipped, and why; the run goes on. */
  onWarning?: (file: CorpusFile, message: string, kind: SkipKind) => void;
  /** Called for a file that was read but changed on the way ("dropped 1000 NUL bytes …"); it is not skipped. */
  onNotice?: (file: CorpusFile, message: string) => void;
  /** The folder's files, when the caller has listed them already (see scanCorpus). */
  scan?: CorpusScan;
  /** Called after each file (yielded or skipped), in order, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Only this share of the files, by a hash of each path (see corpus/shard.ts). */
  shard?: Share;
  /** Run in worker threads even for a small corpus (default: only from SMALL_CORPUS files). */
  forceWorkers?: boolean;
  /** Milliseconds one file may take in a worker before it is skipped with a warning (default 60 s). */
  stallMs?: number;
  /** Heap limit per worker in MB (default WORKER_OLD_GENERATION_MB); a file that needs more is redone in this thread. */
  workerMemoryMb?: number;
}

/** Files in flight per job: enough to keep a worker busy while the reader and writer catch up. */
export const WINDOW_PER_JOB = 16;
/**
 * Below this many files, starting threads costs more than it saves: a worker's first answer takes
 * ~150 ms (thread plus loading the extractors) against ~100 ms in-process, and a file ~3-4 ms.
 */
export const SMALL_CORPUS = 64;
/**
 * A text longer than this is analyzed in a worker even in a small or single-job run, so the
 * per-file time budget (stallMs) holds on every path; a shorter one cannot take long.
 */
export const GUARDED_TEXT = 512 * 1024;

/**
 * Why a file was skipped: how reading failed (see read.ts), 'analysis' when the extractors failed
 * or stalled on its text, or 'folder' for an entry of the folder that is no file to read.
 */
export type SkipKind = SkipReason | 'analysis' | 'folder';

type Outcome =
  /** stamp and hash: what the hash index should remember for the file, when caching; notice: see onNotice. */
  | { ok: true; analysis: Analysis; stamp: string | null; hash: string | null; notice?: string }
  | { ok: false; warning: string; kind: SkipKind };

/** The default number of jobs: one per core. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
}

/**
 * Yields one record per readable file, in the order of the sorted file list. Throws CorpusError
 * when the folder itself cannot be read; everything else is a warning.
 */
export async function* analyzeCorpus(dir: string, options: CorpusOptions = {}): AsyncGenerator<DocumentRecord> {
  const scan = scanShare(options.scan ?? (await scanCorpus(dir, options.globs)), options.shard);
  // Folder entries that could not be used (broken links, unreadable folders) come first.
  for (const w of scan.warnings) {
    options.onWarning?.({ absolute: w.absolute, relative: w.relative, id: w.relative.replace(/\.[^./]+$/, '') }, w.message, 'folder');
  }
  // Entries are dropped once yielded: at 100,000 files the list alone is ~25 MB.
  const files: Array<CorpusFile | undefined> = scan.files;
  const total = files.length;
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()) || 1);
  const referenceDate = options.referenceDate ?? null;
  const cacheDir = options.cache === false ? null : resolveCacheDir(options.cacheDir);
  if (cacheDir) openCache(cacheDir);
  const tool = cacheDir ? toolFingerprint() : '';
  const index = cacheDir ? new HashIndex(cacheDir, dir, undefined, (options.globs ?? DEFAULT_GLOBS).join('\0')) : null;
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const script = new URL('./worker.js', import.meta.url);
  const useWorkers =
    jobs > 1 && (total >= SMALL_CORPUS || options.forceWorkers === true) && existsSync(fileURLToPath(script));

  let pool: WorkerPool | null = null;
  let local: Promise<typeof import('./worker.js')> | null = null;
  let taskId = 0;

  const analyzeMiss = async (text: string, key: string | null, format: ArticleFormat, pathDay: CalendarDay | null): Promise<TaskResult> => {
    const task: Task = {
      id: taskId++,
      text,
      format,
      referenceDate,
      pathDay,
      cache: cacheDir && key ? { dir: cacheDir, key, tool } : null,
    };
    if (useWorkers || (text.length > GUARDED_TEXT && existsSync(fileURLToPath(script)))) {
      pool ??= new WorkerPool(useWorkers ? jobs : 1, script, { stallMs: options.stallMs, maxOldGenerationMb: options.workerMemoryMb });
      const result = await pool.run(task);
      if (result.ok || !result.outOfMemory) return result;
    }
    // Loaded on the first miss only, so runs served from the cache never load the extractors.
    local ??= import('./worker.js');
    const { result, written } = (await local).runTask(task);
    await written;
    return result;
  };

  // Called in file order, and its first lines (stamp, index lookup) run before any await, so
  // the index sees lookups in path order, as its streaming read needs.
  const processFile = async (file: CorpusFile): Promise<Outcome> => {
    // A file unchanged since it was last hashed goes straight to its cache entry, unread.
    const stamp = index ? fileStamp(file.absolute) : null;
    // A day in the path dates the text when the user gives none, so it is part of the cache key.
    const pathDay = referenceDate ? null : dayInPath(file.relative);
    const keyDate = referenceDate ?? pathDay;
    if (cacheDir && index && stamp !== null && stampSize(stamp) <= maxFileSize) {
      const known = index.lookup(file.relative, stamp);
      const hit = known ? readEntry(cacheDir, cacheKey(known, tool, keyDate), tool) : null;
      if (hit) return { ok: true, analysis: hit, stamp, hash: known };
    }
    const read = await readText(file.absolute, { maxFileSize: options.maxFileSize });
    if (!read.ok) return { ok: false, warning: read.warning, kind: read.reason };
    let key: string | null = null;
    let hash: string | null = null;
    if (cacheDir) {
      hash = contentHash(read.text);
      key = cacheKey(hash, tool, keyDate);
      const hit = readEntry(cacheDir, key, tool);
      if (hit) return { ok: true, analysis: hit, stamp, hash };
    }
    // The key is the page's own text: its article and date follow from it.
    const result = await analyzeMiss(read.text, key, articleFormat(file.relative, read.text), pathDay);
    if (!result.ok) return { ok: false, warning: `could not analyze: ${result.error}`, kind: 'analysis' };
    return { ok: true, analysis: JSON.parse(result.json) as Analysis, stamp, hash, notice: read.warning };
  };

  const window = jobs * WINDOW_PER_JOB;
  const inFlight = new Map<number, Promise<Outcome>>();
  let started = 0;
  let complete = false;
  try {
    for (let i = 0; i < total; i++) {
      while (started < total && started < i + window) {
        const file = files[started]!;
        inFlight.set(
          started,
          processFile(file).catch((err: unknown): Outcome => ({ ok: false, warning: String(err), kind: 'analysis' })),
        );
        started++;
      }
      const outcome = await inFlight.get(i)!;
      inFlight.delete(i);
      const file = files[i]!;
      files[i] = undefined;
      if (outcome.ok) {
        if (index && outcome.stamp !== null && outcome.hash !== null) index.record(file.relative, outcome.stamp, outcome.hash);
        if (outcome.notice) options.onNotice?.(file, outcome.notice);
        options.onProgress?.(i + 1, total);
        yield { id: file.id, path: file.relative, ...outcome.analysis };
      } else {
        options.onWarning?.(file, outcome.warning, outcome.kind);
        options.onProgress?.(i + 1, total);
      }
    }
    complete = true;
  } finally {
    // Reached on completion and when the consumer stops early (break, error): let the files
    // still in flight settle so no worker is left holding tasks, then stop the workers.
    await Promise.allSettled(inFlight.values());
    if (pool) await (pool as WorkerPool).close();
    index?.close(complete);
  }
}
