// The on-disk cache of analyses: one JSON file per distinct text, so a re-run over an
// unchanged archive reads results instead of recomputing them.
//
// Where: `cacheDir` if given, else $MEETINGS_CACHE_DIR, else $XDG_CACHE_HOME/meetings, else
// ~/.cache/meetings. Entries live in <dir>/entries/<2 hex>/<key>.json, and per corpus folder
// one hash index in <dir>/index/ (see HashIndex) and one summary of its meetings in
// <dir>/folders/ (see readFolderSummary); files being written live in <dir>/tmp/. Deleting the
// folder is always safe. Old entries are never pruned: a new tool version simply stops finding them.
//
// Key: sha256 of the decoded text, the tool fingerprint (package version, CACHE_FORMAT and a
// hash of the compiled pipeline code, so editing an extractor invalidates old results) and
// the options that change results (referenceDate). The key does not include the path, so a
// renamed or copied file still hits; the entry holds only what analyze() returns.
//
// What is guaranteed, whatever happened to the folder (a crash, a full disk, a hand edit, a
// stray FIFO or link):
// - A damaged cache never changes a result, and never fails or hangs a run. Every entry and
//   summary carries the sha256 of its body, and every index line a hash of the line; each is
//   checked on read, and a record is then checked field by field against model.ts (shape.ts).
//   Only regular files are opened (never through a link, never waiting on a FIFO), entries and
//   summaries only up to MAX_CACHE_FILE bytes. Whatever fails is a miss: recomputed and
//   overwritten, and counted for the one warning the CLI gives per run (takeDamagedCount).
//   Another format, tool version or run's summary is a plain miss, not counted.
// - Readers never see half a file: writes go to a temporary file in <dir>/tmp/, renamed into
//   place, even with several processes sharing the folder.
// - Temporary files do not pile up: on exit (and on the CLI's SIGINT, SIGTERM and closed pipe)
//   a process removes its own, and openCache() sweeps those of processes that are gone or older
//   than STALE_TMP_MS (a bounded number per run). The main thread writes synchronously, so none
//   of its own is in flight at exit; one a worker thread was writing at that instant is left
//   to the next run's sweep.

import { createHash } from 'node:crypto';
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  opendirSync,
  readdirSync,
  readFileSync,
  readSync,
  rename,
  renameSync,
  statSync,
  unlink,
  unlinkSync,
  writeFile,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, threadId } from 'node:worker_threads';
import type { Analysis } from '../assemble/document.js';
import type { CalendarDay } from '../extract/dates.js';
import { isAnalysis, isObject } from './shape.js';

export { isAnalysis };

/** Bump when the entry layout or the meaning of a cached field changes. */
export const CACHE_FORMAT = 2;

/** The cache folder: explicit option, then $MEETINGS_CACHE_DIR, $XDG_CACHE_HOME/meetings, ~/.cache/meetings. */
export function resolveCacheDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return path.resolve(explicit);
  if (env.MEETINGS_CACHE_DIR) return path.resolve(env.MEETINGS_CACHE_DIR);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'meetings');
  return path.join(os.homedir(), '.cache', 'meetings');
}

/** sha256 of the text as UTF-8, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The cache key of one text under one tool version and set of options. */
export function cacheKey(textHash: string, tool: string, referenceDate: CalendarDay | null): string {
  const ref = referenceDate ? `${referenceDate.year}-${referenceDate.month}-${referenceDate.day}` : '-';
  return createHash('sha256').update(`${CACHE_FORMAT}\0${tool}\0${ref}\0${textHash}`).digest('hex');
}

/** Path of the entry for a key. */
export function entryPath(dir: string, key: string): string {
  return path.join(dir, 'entries', key.slice(0, 2), `${key}.json`);
}

let fingerprint: string | undefined;

/**
 * The tool's identity for cache purposes: package version, CACHE_FORMAT and a hash of the
 * compiled code that produces records (everything under the source root but NOT_RESULT_CODE).
 * Computed once per process.
 */
export function toolFingerprint(): string {
  if (fingerprint) return fingerprint;
  const here = path.dirname(fileURLToPath(import.meta.url)); // <root>/corpus
  const root = path.dirname(here);
  const hash = createHash('sha256');
  hash.update(`format ${CACHE_FORMAT}\0`);
  try {
    const pkg = JSON.parse(readFileSync(path.join(path.dirname(root), 'package.json'), 'utf8')) as { version?: unknown };
    hash.update(`version ${String(pkg.version)}\0`);
  } catch {
    hash.update('version ?\0');
  }
  for (const file of codeFiles(root)) {
    hash.update(path.relative(root, file).replace(/\.ts$/, '.js'));
    hash.update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('?');
    }
  }
  fingerprint = hash.digest('hex').slice(0, 16);
  return fingerprint;
}

// Code that does not change what a run yields for a file: the CLI, renderers, the cache and the
// folder walk, and the run loop. Reading and decoding count: the hash index serves an unchanged file
// without reading it, so a new rule for binary files or pages must invalidate what the old one let in.
const NOT_RESULT_CODE = new Set(['cli', 'render', 'corpus/cache', 'corpus/files', 'corpus/shape', 'assemble/corpus', 'assemble/pool', 'assemble/worker']);

function codeFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 4) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      const rel = path.relative(root, full).split(path.sep).join('/').replace(/\.(?:js|ts|mjs)$/, '');
      if (NOT_RESULT_CODE.has(rel)) continue;
      if (isDir) walk(full, depth + 1);
      else if (/\.(?:js|ts|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(root, 0);
  return out;
}

/** A generous bound on an entry or a summary: a bigger one is neither written nor read. */
export const MAX_CACHE_FILE = 256 * 1024 * 1024;

/**
 * A file's text with a checksum in front: `{"format":F,"sum":"<sha256 of the rest>",<rest>`,
 * where the rest is the remaining fields and the closing brace. Any edit or cut shows.
 */
function seal(rest: string): string {
  return `${SEAL_HEAD}${createHash('sha256').update(rest).digest('hex')}",${rest}`;
}

const SEAL_HEAD = `{"format":${CACHE_FORMAT},"sum":"`;

/** The value of a sealed text whose checksum holds; 'other' for a file of another format; null when damaged. */
function unseal(text: string): Record<string, unknown> | 'other' | null {
  if (!text.startsWith(SEAL_HEAD)) {
    const format = /^\{"format":(\d+),/.exec(text);
    return format && Number(format[1]) !== CACHE_FORMAT ? 'other' : null;
  }
  const sum = text.slice(SEAL_HEAD.length, SEAL_HEAD.length + 64);
  if (text.slice(SEAL_HEAD.length + 64, SEAL_HEAD.length + 66) !== '",') return null;
  const rest = text.slice(SEAL_HEAD.length + 66);
  if (createHash('sha256').update(rest).digest('hex') !== sum) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** An entry's text: the analysis JSON wrapped with what it was computed by, sealed. */
export function entryText(key: string, tool: string, analysisJson: string): string {
  return seal(`"tool":${JSON.stringify(tool)},"key":${JSON.stringify(key)},"analysis":${analysisJson}}\n`);
}

/** The analysis in an entry's text, or null when the entry is not one to trust. */
export function parseEntry(text: string, key: string, tool: string): Analysis | null {
  const value = unseal(text);
  if (!isObject(value) || value.tool !== tool || value.key !== key) return null;
  return isAnalysis(value.analysis) ? value.analysis : null;
}

/** Cache files found damaged since takeDamagedCount last looked. */
const damaged = new Set<string>();

/** How many damaged cache files were ignored (and are being rebuilt) since the last call; resets the count. */
export function takeDamagedCount(): number {
  const n = damaged.size;
  damaged.clear();
  return n;
}

/**
 * A cache file's text: 'missing' when there is none; null when what is there is no regular file
 * of at most `maxBytes` (a link, a FIFO, a device, a folder) or cannot be read. Never follows a
 * link and never waits for a FIFO's writer.
 */
function readCacheFile(file: string, maxBytes: number): string | 'missing' | null {
  const opened = openCacheFile(file);
  if (opened === 'missing' || opened === null) return opened;
  const { fd, size } = opened;
  try {
    if (size > maxBytes) return null;
    const buf = Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, buf, n, size - n, n);
      if (got === 0) break;
      n += got;
    }
    return buf.toString('utf8', 0, n);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

/** The regular file at `file`, open, and its size; 'missing' when there is none; null for anything else. */
function openCacheFile(file: string): { fd: number; size: number } | 'missing' | null {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : null;
  }
  try {
    const info = fstatSync(fd);
    if (info.isFile()) return { fd, size: info.size };
  } catch {
    /* not usable */
  }
  closeSync(fd);
  return null;
}

const madeDirs = new Set<string>();
let written = 0;

/** A new temporary file's path in the cache's tmp/ folder, named after its writer: <pid>-<thread>-<n>.tmp. */
function temporaryPath(dir: string): string {
  makeFolder(path.join(dir, 'tmp'));
  return path.join(dir, 'tmp', `${process.pid}-${threadId}-${written++}.tmp`);
}

function makeFolder(folder: string): void {
  if (madeDirs.has(folder)) return;
  mkdirSync(folder, { recursive: true });
  madeDirs.add(folder);
}

/** Writes a file whole or not at all (a temporary file renamed into place); false when it cannot. */
function writeWhole(dir: string, file: string, text: string): boolean {
  let tmp: string | null = null;
  try {
    makeFolder(path.dirname(file));
    tmp = temporaryPath(dir);
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      if (tmp) unlinkSync(tmp);
    } catch {
      /* never created */
    }
    return false;
  }
}

/**
 * Writes an entry atomically (temporary file, then rename). Resolves false when the cache folder
 * is not writable; the caller goes on without caching. In this thread the write is synchronous,
 * so no temporary file of its own is in flight when the process exits; worker threads use the
 * callback fs API, which for thousands of small files costs far less than fs/promises.
 */
export function writeEntry(dir: string, key: string, tool: string, analysisJson: string): Promise<boolean> {
  const text = entryText(key, tool, analysisJson);
  if (Buffer.byteLength(text) > MAX_CACHE_FILE) return Promise.resolve(false);
  const file = entryPath(dir, key);
  if (isMainThread) return Promise.resolve(writeWhole(dir, file, text));
  let tmp: string;
  try {
    makeFolder(path.dirname(file));
    tmp = temporaryPath(dir);
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    writeFile(tmp, text, (err) => {
      if (err) return unlink(tmp, () => resolve(false));
      rename(tmp, file, (err2) => (err2 ? unlink(tmp, () => resolve(false)) : resolve(true)));
    });
  });
}

/**
 * The cached analysis for a key, or null on a miss or an entry not to trust (counted as damaged).
 * Synchronous on purpose: an entry is a few kilobytes, and a synchronous read is several times
 * faster than fs/promises, which is most of the cost of a warm run.
 */
export function readEntry(dir: string, key: string, tool: string): Analysis | null {
  const file = entryPath(dir, key);
  const text = readCacheFile(file, MAX_CACHE_FILE);
  if (text === 'missing') return null;
  const analysis = text === null ? null : parseEntry(text, key, tool);
  if (!analysis) damaged.add(file);
  return analysis;
}

/** Temporary files older than this are a run's that stopped without cleaning up, whoever wrote them. */
export const STALE_TMP_MS = 10 * 60_000;
/** At most this many temporary files are looked at per run, so a sweep stays cheap. */
const SWEEP_LIMIT = 1_000;
const opened = new Set<string>();

/**
 * Call before using a cache folder, in the main thread: sweeps the temporary files that runs cut
 * short left behind (of a process that is gone, or older than STALE_TMP_MS), and has this
 * process remove its own on exit. Once per folder per process.
 */
export function openCache(dir: string): void {
  if (opened.has(dir)) return;
  if (opened.size === 0) process.on('exit', removeOwnTemporaryFiles);
  opened.add(dir);
  let folder;
  try {
    folder = opendirSync(path.join(dir, 'tmp'));
  } catch {
    return; // nothing written yet
  }
  try {
    const now = Date.now();
    for (let i = 0, e = folder.readSync(); e && i < SWEEP_LIMIT; i++, e = folder.readSync()) {
      const writer = /^(\d+)-\d+-\d+\.tmp$/.exec(e.name);
      if (!writer) continue;
      const file = path.join(dir, 'tmp', e.name);
      try {
        if (!isRunning(Number(writer[1])) || now - lstatSync(file).mtimeMs > STALE_TMP_MS) unlinkSync(file);
      } catch {
        /* gone already, or not ours to remove */
      }
    }
  } catch {
    /* an unreadable folder: nothing to sweep */
  } finally {
    folder.closeSync();
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes this process's temporary files (its worker threads' too: they share its pid) from every
 * cache folder it opened. Runs on exit; the CLI calls it on SIGINT and SIGTERM before it dies.
 */
export function removeOwnTemporaryFiles(): void {
  const mine = `${process.pid}-`;
  for (const dir of opened) {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, 'tmp'));
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.startsWith(mine)) continue;
      try {
        unlinkSync(path.join(dir, 'tmp', name));
      } catch {
        /* renamed into place meanwhile */
      }
    }
  }
}

/**
 * What a file looked like when its text was hashed: size, inode, modification and change times
 * in nanoseconds. The change time moves on every write and cannot be set back by tools that
 * restore modification times, so an unchanged stamp means unchanged bytes (git relies on the same).
 */
export function fileStamp(absolute: string): string | null {
  try {
    const s = statSync(absolute, { bigint: true });
    if (!s.isFile()) return null;
    return `${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

/** The size part of a stamp. */
export function stampSize(stamp: string): number {
  return Number(stamp.slice(0, stamp.indexOf(':')));
}

/** A file changed less than this long ago may change again within the same clock tick. */
export const RACY_MS = 2_000;
const readerPrints = new Map<string, string>();

/**
 * A hash of the code of some modules (by default the ones that read and decode files). What is
 * keyed by file stamps rather than by text (the hash index, folder summaries) must be dropped when
 * that code changes.
 */
export function readerFingerprint(modules: readonly string[] = ['corpus/read', 'corpus/encoding']): string {
  const cacheKey = modules.join('\0');
  let print = readerPrints.get(cacheKey);
  if (!print) {
    const root = path.dirname(path.dirname(fileURLToPath(import.meta.url))); // the source root
    const hash = createHash('sha256');
    for (const name of modules) {
      for (const ext of ['.js', '.ts']) {
        try {
          hash.update(readFileSync(path.join(root, name + ext)));
          break;
        } catch {
          // the other extension, under a test runner or in the build
        }
      }
    }
    print = hash.digest('hex').slice(0, 12);
    readerPrints.set(cacheKey, print);
  }
  return print;
}

function indexHeader(): string {
  return `meetings-index ${CACHE_FORMAT} ${readerFingerprint()}`;
}

/** One id per corpus folder and file selection (the globs and such), for per-folder files. */
export function folderId(root: string, scope: string): string {
  return createHash('sha256').update(path.resolve(root)).update('\0' + scope).digest('hex').slice(0, 32);
}

/**
 * Per corpus folder, the content hash of each file under its stamp, so a warm run finds cache
 * entries without reading and hashing every file again. Only a shortcut to the content hash: a
 * file whose stamp differs is read and hashed as usual, and entries are still keyed by content.
 *
 * Stored as <cacheDir>/index/<hash of the folder path>.tsv, one line per file in path order
 * (JSON-quoted path, stamp, hash, and a hash of those three, so a damaged line is skipped rather
 * than trusted). Memory stays flat however many files: the old index is read as a stream
 * alongside the run (lookups come in path order, like the files), and the new one is written
 * the same way to a temporary file, then renamed over the old at the end.
 */
export class HashIndex {
  private readonly file: string;
  private tmp: string | null = null;
  // Reading the old index.
  private inFd: number | null = null;
  private readonly inBuf = Buffer.alloc(64 * 1024);
  /** Keeps a character split across two reads whole. */
  private readonly decoder = new StringDecoder('utf8');
  private inText = '';
  private inPos = 0;
  private inDone = false;
  private current: { relative: string; stamp: string; hash: string } | null = null;
  // Writing the new one.
  private outFd: number | null = null;
  private outText = '';
  private failed = false;

  /**
   * `racyMs`: a file changed less than this long ago is not recorded, because a second write in
   * the same clock tick would leave its stamp unchanged (git's "racy clean" problem).
   */
  constructor(
    private readonly cacheDir: string,
    root: string,
    private readonly racyMs = RACY_MS,
    /** What selects the files (the globs): a run over fewer files must not shrink another's index. */
    scope = '',
  ) {
    this.file = path.join(cacheDir, 'index', `${folderId(root, scope)}.tsv`);
    const opened = openCacheFile(this.file);
    if (opened === null) damaged.add(this.file);
    if (opened === 'missing' || opened === null) return;
    this.inFd = opened.fd;
    // Another header is another format or reader: a plain miss.
    if (this.nextLine() !== indexHeader()) this.closeInput();
    else this.advance();
  }

  /** The content hash recorded for a file with this stamp, or null. Call in ascending path order. */
  lookup(relative: string, stamp: string): string | null {
    while (this.current && this.current.relative < relative) this.advance();
    if (!this.current || this.current.relative !== relative) return null;
    const found = this.current;
    this.advance();
    return found.stamp === stamp ? found.hash : null;
  }

  /** Records a file's stamp and hash for the next run. Call in ascending path order. */
  record(relative: string, stamp: string, textHash: string): void {
    const ctimeMs = Number(BigInt(stamp.slice(stamp.lastIndexOf(':') + 1)) / 1_000_000n);
    if (!(Date.now() - ctimeMs >= this.racyMs)) return;
    this.write(indexLine(relative, stamp, textHash));
  }

  /**
   * Finishes the new index and puts it in place. After a run cut short (`complete` false) the
   * old entries not reached yet are kept; after a complete run, files no longer there are dropped.
   */
  close(complete: boolean): boolean {
    if (!complete) {
      while (this.current) {
        this.write(indexLine(this.current.relative, this.current.stamp, this.current.hash));
        this.advance();
      }
    }
    this.closeInput();
    this.write('', true);
    if (this.outFd !== null) {
      try {
        closeSync(this.outFd);
      } catch {
        this.failed = true;
      }
    }
    try {
      if (this.failed || this.outFd === null || this.tmp === null) throw new Error('not written');
      renameSync(this.tmp, this.file);
      return true;
    } catch {
      try {
        if (this.tmp !== null) unlinkSync(this.tmp);
      } catch {
        /* never created */
      }
      return false;
    }
  }

  private write(text: string, flush = false): void {
    if (this.failed) return;
    this.outText += text;
    if (this.outText.length < 64 * 1024 && !flush) return;
    try {
      if (this.outFd === null) {
        makeFolder(path.dirname(this.file));
        this.tmp = temporaryPath(this.cacheDir);
        this.outFd = openSync(this.tmp, 'w');
        writeSync(this.outFd, indexHeader() + '\n');
      }
      if (this.outText) writeSync(this.outFd, this.outText);
    } catch {
      this.failed = true;
    }
    this.outText = '';
  }

  private advance(): void {
    this.current = null;
    for (let line = this.nextLine(); line !== null; line = this.nextLine()) {
      const d = line.lastIndexOf('\t');
      const c = line.lastIndexOf('\t', d - 1);
      const b = line.lastIndexOf('\t', c - 1);
      if (b > 0 && lineSum(line.slice(0, d)) === line.slice(d + 1)) {
        try {
          const relative = JSON.parse(line.slice(0, b)) as unknown;
          if (typeof relative === 'string') {
            this.current = { relative, stamp: line.slice(b + 1, c), hash: line.slice(c + 1, d) };
            return;
          }
        } catch {
          /* damaged, below */
        }
      }
      damaged.add(this.file);
    }
  }

  private nextLine(): string | null {
    for (;;) {
      const nl = this.inText.indexOf('\n', this.inPos);
      if (nl >= 0) {
        const line = this.inText.slice(this.inPos, nl);
        this.inPos = nl + 1;
        return line;
      }
      if (this.inText.length - this.inPos > MAX_INDEX_LINE) {
        // No line is this long (a path is at most a few kilobytes): what follows is not an index.
        damaged.add(this.file);
        this.closeInput();
      }
      if (this.inDone || this.inFd === null) return null;
      let n = 0;
      try {
        n = readSync(this.inFd, this.inBuf, 0, this.inBuf.length, null);
      } catch {
        n = 0;
      }
      if (n === 0) {
        this.closeInput();
        return null;
      }
      this.inText = this.inText.slice(this.inPos) + this.decoder.write(this.inBuf.subarray(0, n));
      this.inPos = 0;
    }
  }

  private closeInput(): void {
    this.inDone = true;
    this.inText = '';
    this.inPos = 0;
    if (this.inFd !== null) {
      try {
        closeSync(this.inFd);
      } catch {
        /* already closed */
      }
    }
    this.inFd = null;
  }
}

const MAX_INDEX_LINE = 1024 * 1024;

/** One line of the hash index, with its check. */
function indexLine(relative: string, stamp: string, textHash: string): string {
  const line = `${JSON.stringify(relative)}\t${stamp}\t${textHash}`;
  return `${line}\t${lineSum(line)}\n`;
}

function lineSum(line: string): string {
  return createHash('sha256').update(line).digest('hex').slice(0, 16);
}

/**
 * Per corpus folder, one summary of its last complete run (see assemble/summary.ts), so a warm
 * `list` of an unchanged folder reads one file instead of an entry per article. Stored sealed as
 * <dir>/folders/<id>.json, replaced by each run; `key` names everything it was computed from. A
 * summary under another key or format is a miss; one that fails its checksum or `isValid`, or is
 * no regular file, is a miss counted as damaged.
 */
export function readFolderSummary<T>(dir: string, id: string, key: string, isValid: (v: unknown) => v is T): T | null {
  const file = path.join(dir, 'folders', `${id}.json`);
  const text = readCacheFile(file, MAX_CACHE_FILE);
  if (text === 'missing') return null;
  const value = text === null ? null : unseal(text);
  // Another format, or another run's (the folder or the tool changed): a plain miss.
  if (value === 'other' || (value && value.key !== key)) return null;
  if (value && isValid(value.summary)) return value.summary;
  damaged.add(file);
  return null;
}

/** A folder summary's text, sealed. */
export function summaryText(key: string, summary: unknown): string {
  return seal(`"key":${JSON.stringify(key)},"summary":${JSON.stringify(summary)}}\n`);
}

/** Writes a folder summary atomically; false when the cache folder is not writable or it is too big. */
export function writeFolderSummary(dir: string, id: string, key: string, summary: unknown): boolean {
  let text: string;
  try {
    text = summaryText(key, summary);
  } catch {
    return false; // past the longest string V8 can make
  }
  if (Buffer.byteLength(text) > MAX_CACHE_FILE) return false;
  return writeWhole(dir, path.join(dir, 'folders', `${id}.json`), text);
}
