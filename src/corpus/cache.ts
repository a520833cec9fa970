// The on-disk cache of analyses: one JSON file per distinct text, so a re-run over an
// unchanged archive reads results instead of recomputing them.
//
// Where: `cacheDir` if given, else $MEETINGS_CACHE_DIR, else $XDG_CACHE_HOME/meetings, else
// ~/.cache/meetings. Entries live in <dir>/entries/<2 hex>/<key>.json, and per corpus folder
// one hash index in <dir>/index/ (see HashIndex) and one summary of its meetings in
// <dir>/folders/ (see readFolderSummary); deleting the folder is always safe. Old entries are
// never pruned: a new tool version simply stops finding them.
//
// Key: sha256 of the decoded text, the tool fingerprint (package version, CACHE_FORMAT and a
// hash of the compiled pipeline code, so editing an extractor invalidates old results) and
// the options that change results (referenceDate). The key does not include the path, so a
// renamed or copied file still hits; the entry holds only what analyze() returns.
//
// Trust: an entry is used only when it parses, names the same format, tool and key, and has
// the record's shape; anything else (truncated, hand-edited, older tool) is a miss and is
// overwritten. Writes go to a temporary file renamed into place, so readers never see half
// an entry, even with several processes sharing the folder.

import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
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
import { threadId } from 'node:worker_threads';
import type { Analysis } from '../assemble/document.js';
import type { CalendarDay } from '../extract/dates.js';

/** Bump when the entry layout or the meaning of a cached field changes. */
export const CACHE_FORMAT = 1;

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

// Code that does not change what analyze() returns for a text: the CLI, renderers, file reading
// (the key is the decoded text itself) and the run loop.
const NOT_RESULT_CODE = new Set(['cli', 'render', 'corpus', 'assemble/corpus', 'assemble/pool', 'assemble/worker']);

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

/** An entry's text: the analysis JSON wrapped with what it was computed by. */
export function entryText(key: string, tool: string, analysisJson: string): string {
  return `{"format":${CACHE_FORMAT},"tool":${JSON.stringify(tool)},"key":${JSON.stringify(key)},"analysis":${analysisJson}}\n`;
}

/** The analysis in an entry's text, or null when the entry is not one to trust. */
export function parseEntry(text: string, key: string, tool: string): Analysis | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  if (value.format !== CACHE_FORMAT || value.tool !== tool || value.key !== key) return null;
  return isAnalysis(value.analysis) ? value.analysis : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The top-level shape of Analysis; deep fields are the code's own output, written whole by rename. */
export function isAnalysis(v: unknown): v is Analysis {
  if (!isObject(v)) return false;
  return (
    typeof v.title === 'string' &&
    (v.date === null || isObject(v.date)) &&
    Array.isArray(v.dates) &&
    (v.location === null || typeof v.location === 'string') &&
    Array.isArray(v.participants) &&
    Array.isArray(v.people) &&
    Array.isArray(v.quotes) &&
    Array.isArray(v.agenda) &&
    v.dates.every(isObject) &&
    v.participants.every(isObject) &&
    v.people.every(isObject) &&
    v.quotes.every(isObject) &&
    v.agenda.every(isObject)
  );
}

const madeDirs = new Set<string>();
let written = 0;

/**
 * Writes an entry atomically (temporary file in the same folder, then rename). Resolves false
 * when the cache folder is not writable; the caller goes on without caching. Uses the callback
 * fs API: for thousands of small files it costs far less than fs/promises' file handles.
 */
export function writeEntry(dir: string, key: string, tool: string, analysisJson: string): Promise<boolean> {
  const file = entryPath(dir, key);
  const folder = path.dirname(file);
  const tmp = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
  try {
    if (!madeDirs.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    writeFile(tmp, entryText(key, tool, analysisJson), (err) => {
      if (err) return unlink(tmp, () => resolve(false));
      rename(tmp, file, (err2) => (err2 ? unlink(tmp, () => resolve(false)) : resolve(true)));
    });
  });
}

/**
 * The cached analysis for a key, or null on a miss or an entry not to trust. Synchronous on
 * purpose: an entry is a few kilobytes, and readFileSync reads one several times faster than
 * fs/promises, which is most of the cost of a warm run.
 */
export function readEntry(dir: string, key: string, tool: string): Analysis | null {
  let text: string;
  try {
    text = readFileSync(entryPath(dir, key), 'utf8');
  } catch {
    return null;
  }
  return parseEntry(text, key, tool);
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
 * (JSON-quoted path, stamp, hash). Memory stays flat however many files: the old index is read
 * as a stream alongside the run (lookups come in path order, like the files), and the new one
 * is written the same way, then renamed over the old at the end.
 */
export class HashIndex {
  private readonly file: string;
  private readonly tmp: string;
  // Reading the old index.
  private inFd: number | null = null;
  private readonly inBuf = Buffer.alloc(64 * 1024);
  /** Keeps a character split across two reads whole. */
  private readonly decoder = new StringDecoder('utf8');
  private inText = '';
  private inPos = 0;
  private inDone = false;
  private current: { relative: string; rest: string } | null = null;
  // Writing the new one.
  private outFd: number | null = null;
  private outText = '';
  private failed = false;

  /**
   * `racyMs`: a file changed less than this long ago is not recorded, because a second write in
   * the same clock tick would leave its stamp unchanged (git's "racy clean" problem).
   */
  constructor(
    cacheDir: string,
    root: string,
    private readonly racyMs = RACY_MS,
    /** What selects the files (the globs): a run over fewer files must not shrink another's index. */
    scope = '',
  ) {
    this.file = path.join(cacheDir, 'index', `${folderId(root, scope)}.tsv`);
    this.tmp = `${this.file}.${process.pid}-${threadId}-${written++}.tmp`;
    try {
      this.inFd = openSync(this.file, 'r');
      if (this.nextLine() !== indexHeader()) this.closeInput();
      else this.advance();
    } catch {
      this.closeInput();
    }
  }

  /** The content hash recorded for a file with this stamp, or null. Call in ascending path order. */
  lookup(relative: string, stamp: string): string | null {
    while (this.current && this.current.relative < relative) this.advance();
    if (!this.current || this.current.relative !== relative) return null;
    const found = this.current.rest;
    this.advance();
    const tab = found.indexOf('\t');
    return found.slice(0, tab) === stamp ? found.slice(tab + 1) : null;
  }

  /** Records a file's stamp and hash for the next run. Call in ascending path order. */
  record(relative: string, stamp: string, textHash: string): void {
    const ctimeMs = Number(BigInt(stamp.slice(stamp.lastIndexOf(':') + 1)) / 1_000_000n);
    if (!(Date.now() - ctimeMs >= this.racyMs)) return;
    this.write(`${JSON.stringify(relative)}\t${stamp}\t${textHash}\n`);
  }

  /**
   * Finishes the new index and puts it in place. After a run cut short (`complete` false) the
   * old entries not reached yet are kept; after a complete run, files no longer there are dropped.
   */
  close(complete: boolean): boolean {
    if (!complete) {
      while (this.current) {
        this.write(`${JSON.stringify(this.current.relative)}\t${this.current.rest}\n`);
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
      if (this.failed || this.outFd === null) throw new Error('not written');
      renameSync(this.tmp, this.file);
      return true;
    } catch {
      try {
        unlinkSync(this.tmp);
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
        mkdirSync(path.dirname(this.file), { recursive: true });
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
      const b = line.lastIndexOf('\t');
      const a = line.lastIndexOf('\t', b - 1);
      if (a <= 0) continue;
      try {
        const relative = JSON.parse(line.slice(0, a)) as unknown;
        if (typeof relative === 'string' && /^[0-9a-f]{64}$/.test(line.slice(b + 1))) {
          this.current = { relative, rest: line.slice(a + 1) };
          return;
        }
      } catch {
        /* a damaged line: skip it */
      }
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

/**
 * Per corpus folder, one summary of its last complete run (see assemble/summary.ts), so a warm
 * `list` of an unchanged folder reads one file instead of an entry per article. Stored as
 * <dir>/folders/<id>.json, replaced by each run; `key` names everything it was computed from,
 * and a summary under any other key, or one that does not parse, is a miss.
 */
export function readFolderSummary(dir: string, id: string, key: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.join(dir, 'folders', `${id}.json`), 'utf8'));
  } catch {
    return null;
  }
  if (!isObject(value) || value.format !== CACHE_FORMAT || value.key !== key) return null;
  return value.summary ?? null;
}

/** Writes a folder summary atomically; false when the cache folder is not writable. */
export function writeFolderSummary(dir: string, id: string, key: string, summary: unknown): boolean {
  const file = path.join(dir, 'folders', `${id}.json`);
  const tmp = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, key, summary }) + '\n');
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    return false;
  }
}
