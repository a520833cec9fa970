// The on-disk cache of analyses: one JSON file per distinct text, so a re-run over an
// unchanged archive reads results instead of recomputing them.
//
// Where: `cacheDir` if given, else $MEETINGS_CACHE_DIR, else $XDG_CACHE_HOME/meetings, else
// ~/.cache/meetings. Entries live in <dir>/entries/<2 hex>/<key>.json; deleting the folder
// is always safe.
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
import { mkdirSync, readdirSync, readFileSync, rename, statSync, unlink, writeFile } from 'node:fs';
import os from 'node:os';
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

/**
 * Per corpus folder, the content hash of each file under its stamp, so a warm run finds cache
 * entries without reading and hashing every file again. Only a shortcut to the content hash: a
 * file whose stamp differs is read and hashed as usual, and entries are still keyed by content.
 * Stored as <cacheDir>/index/<hash of the folder path>.json, replaced atomically at the end of a run.
 */
const RACY_MS = 2_000;

export class HashIndex {
  private readonly fresh = new Map<string, string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly old: Map<string, string>,
    private readonly racyMs: number,
  ) {}

  /**
   * `racyMs`: a file changed less than this long ago is not recorded, because a second write in
   * the same clock tick would leave its stamp unchanged (git's "racy clean" problem).
   */
  static load(cacheDir: string, root: string, racyMs = RACY_MS): HashIndex {
    const file = path.join(cacheDir, 'index', `${createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 32)}.json`);
    const old = new Map<string, string>();
    try {
      const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (isObject(value) && value.format === CACHE_FORMAT && isObject(value.files)) {
        for (const [rel, v] of Object.entries(value.files)) if (typeof v === 'string' && /^\S+ [0-9a-f]{64}$/.test(v)) old.set(rel, v);
      }
    } catch {
      /* no index yet, or a broken one: start afresh */
    }
    return new HashIndex(file, old, racyMs);
  }

  /** The content hash recorded for a file with this stamp, or null. */
  lookup(relative: string, stamp: string): string | null {
    const v = this.old.get(relative);
    if (v === undefined || v.slice(0, v.indexOf(' ')) !== stamp) return null;
    this.old.delete(relative);
    this.fresh.set(relative, v);
    return v.slice(v.indexOf(' ') + 1);
  }

  record(relative: string, stamp: string, textHash: string): void {
    this.old.delete(relative);
    const ctimeMs = Number(BigInt(stamp.slice(stamp.lastIndexOf(':') + 1)) / 1_000_000n);
    if (!(Date.now() - ctimeMs >= this.racyMs)) {
      this.fresh.delete(relative);
      this.changed = true;
      return;
    }
    this.fresh.set(relative, `${stamp} ${textHash}`);
    this.changed = true;
  }

  /**
   * Writes the index when anything changed. Files not seen this run are dropped only after a
   * complete run (`complete`), so a run cut short keeps what it did not get to.
   */
  save(complete: boolean): Promise<boolean> {
    if (!this.changed && (!complete || this.old.size === 0)) return Promise.resolve(true);
    const files: Record<string, string> = {};
    if (!complete) for (const [k, v] of this.old) files[k] = v;
    for (const [k, v] of this.fresh) files[k] = v;
    const tmp = `${this.file}.${process.pid}-${threadId}-${written++}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
    } catch {
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      writeFile(tmp, JSON.stringify({ format: CACHE_FORMAT, files }), (err) => {
        if (err) return unlink(tmp, () => resolve(false));
        rename(tmp, this.file, (err2) => (err2 ? unlink(tmp, () => resolve(false)) : resolve(true)));
      });
    });
  }
}
