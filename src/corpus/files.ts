// Finding the files of a corpus folder, and saying which entries could not be used.
//
// The folder is walked here rather than by fast-glob because fast-glob, told to follow
// symbolic links, never ends on a link loop (a link to a parent folder). This walk follows
// links to files and folders, remembers each folder it has read (by device and inode), and:
//   a link back to a folder above it        warning "symbolic link loop", not followed
//   a link to a folder already read          warning "links to a folder already read", not followed
//   a link whose target does not exist      warning "broken symbolic link" (when its name matches)
//   a folder it may not read                warning "permission denied", the walk goes on
//   a pipe, socket or device that matches   warning "not a regular file" (reading one may block)
// What a user means by "the articles in this folder", as ripgrep and fd read it: names starting
// with a dot (".git", ".cache"), node_modules, and whatever a .gitignore or .ignore file in the
// folder or below excludes (its rules apply under its own folder; a deeper file's rules win, and
// `!pattern` takes a path back) are skipped. With `ignore: false` (--no-ignore) everything is read.
// The rules are read by the `ignore` package, which implements git's matching.
// Globs are matched by picomatch (fast-glob's own matcher) against the path relative to the
// folder with forward slashes; `!glob` excludes. Known miss: folders that appear twice through
// bind mounts are read once.
// The folder itself missing, or not a folder, is an error (CorpusError): nothing can be read.
// Messages that name a path show its control characters as escapes (escapeControls), so a name
// with a newline in it is still one line.

import { readFile, readdir, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import ignore, { type Ignore } from 'ignore';

export const DEFAULT_GLOBS = ['**/*.txt', '**/*.md', '**/*.html', '**/*.htm'];

export interface CorpusFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the corpus folder, with forward slashes. */
  relative: string;
  /** The document id: the relative path without its extension. */
  id: string;
}

/**
 * An entry of the folder that was not used, and why, in a phrase ("broken symbolic link").
 * It is a CorpusFile too, so a run loop can hand it to the same onWarning(file, message).
 */
export interface CorpusWarning extends CorpusFile {
  message: string;
}

export interface CorpusScan {
  files: CorpusFile[];
  warnings: CorpusWarning[];
}

export type CorpusErrorCode = 'not-found' | 'not-a-folder' | 'unreadable';

/** The corpus folder cannot be read at all. `message` is one line, fit to print as it is. */
export class CorpusError extends Error {
  constructor(
    readonly code: CorpusErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}

export interface ScanOptions {
  /** Skip hidden entries, node_modules and what ignore files exclude (default true). */
  ignore?: boolean;
}

/** Files and folders a user never means as articles, skipped unless --no-ignore. */
const IGNORE_FILES = ['.gitignore', '.ignore'];
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** The rules of one folder's ignore files, and the folder they apply under. */
interface Rules {
  base: string;
  rules: Ignore;
}

/** True when the deepest rules that speak of the path exclude it. */
function ignoredBy(chain: Rules[], relative: string, folder: boolean): boolean {
  for (let i = chain.length - 1; i >= 0; i--) {
    const { base, rules } = chain[i];
    const within = base === '' ? relative : relative.slice(base.length + 1);
    const r = rules.test(folder ? `${within}/` : within);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

async function readRules(absolute: string, entries: Dirent[], relative: string, chain: Rules[]): Promise<Rules[]> {
  const present = entries.filter((e) => IGNORE_FILES.includes(e.name) && !e.isDirectory());
  if (present.length === 0) return chain;
  const rules = ignore();
  for (const e of present) {
    // An ignore file that cannot be read is no reason to stop reading articles.
    const text = await readFile(path.join(absolute, e.name), 'utf8').catch(() => '');
    rules.add(text);
  }
  return [...chain, { base: relative, rules }];
}

/** The files under `dir` matching the globs (sorted), and a warning per entry that could not be used. Throws CorpusError. */
export async function scanCorpus(dir: string, globs: string[] = DEFAULT_GLOBS, options: ScanOptions = {}): Promise<CorpusScan> {
  const skipIgnored = options.ignore !== false;
  const root = path.resolve(dir);
  const rootInfo = await stat(root).catch((err: NodeJS.ErrnoException) => {
    const shown = escapeControls(dir);
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new CorpusError('not-found', dir, `folder not found: ${shown}`);
    if (err.code === 'ELOOP') throw new CorpusError('not-found', dir, `folder not found: ${shown} (symbolic link loop)`);
    throw new CorpusError('unreadable', dir, `cannot read folder ${shown}: ${errorText(err)}`);
  });
  if (!rootInfo.isDirectory()) {
    throw new CorpusError('not-a-folder', dir, `not a folder: ${escapeControls(dir)} (give the folder that holds the articles)`);
  }
  const matcher = compileGlobs(globs, !skipIgnored);
  const mayHoldMatches = folderFilter(globs);
  const files: CorpusFile[] = [];
  const warnings: CorpusWarning[] = [];
  const seen = new Set<string>([identity(rootInfo)]);

  const rootEntries = await readdir(root, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    throw new CorpusError('unreadable', dir, `cannot read folder ${escapeControls(dir)}: ${errorText(err)}`);
  });

  // Depth-first with an explicit stack, so a deep tree cannot overflow the call stack.
  interface Pending {
    absolute: string;
    relative: string;
    /** Folders (by identity) from the root down to this one, to tell a loop from a second link. */
    ancestors: string[];
    entries: Dirent[] | null;
    /** Ignore rules that apply here, from this folder's ignore files and its parents'. */
    rules: Rules[];
  }
  const stack: Pending[] = [{ absolute: root, relative: '', ancestors: [identity(rootInfo)], entries: rootEntries, rules: [] }];
  const warn = (absolute: string, relative: string, message: string) => warnings.push({ absolute, relative, id: idOf(relative), message });

  while (stack.length > 0) {
    const folder = stack.pop()!;
    let entries = folder.entries;
    if (entries === null) {
      try {
        entries = await readdir(folder.absolute, { withFileTypes: true });
      } catch (err) {
        if (mayHoldMatches(folder.relative)) warn(folder.absolute, folder.relative, `folder not read: ${errorText(err)}`);
        continue;
      }
    }
    const rules = skipIgnored ? await readRules(folder.absolute, entries, folder.relative, folder.rules) : [];
    for (const entry of entries) {
      const name = entry.name;
      if (skipIgnored && name.startsWith('.')) continue;
      const absolute = path.join(folder.absolute, name);
      const relative = folder.relative === '' ? name : `${folder.relative}/${name}`;
      let kind: 'file' | 'folder' | 'other';
      let info: Stats | null = null;
      if (entry.isSymbolicLink()) {
        try {
          info = await stat(absolute);
        } catch (err) {
          if (matcher(relative)) warn(absolute, relative, linkProblem(err));
          continue;
        }
        kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
      } else {
        kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
      }
      if (skipIgnored && (kind === 'folder' ? SKIPPED_FOLDERS.has(name) || ignoredBy(rules, relative, true) : ignoredBy(rules, relative, false))) continue;
      if (kind === 'file') {
        if (matcher(relative)) files.push({ absolute, relative, id: idOf(relative) });
      } else if (kind === 'folder') {
        if (info === null) {
          try {
            info = await stat(absolute);
          } catch (err) {
            warn(absolute, relative, `folder not read: ${errorText(err)}`);
            continue;
          }
        }
        const id = identity(info);
        if (folder.ancestors.includes(id)) {
          if (mayHoldMatches(relative)) warn(absolute, relative, 'symbolic link loop (links to a folder that contains it); not followed');
          continue;
        }
        if (seen.has(id)) {
          if (mayHoldMatches(relative)) warn(absolute, relative, 'links to a folder already read; not read twice');
          continue;
        }
        seen.add(id);
        stack.push({ absolute, relative, ancestors: [...folder.ancestors, id], entries: null, rules });
      } else if (matcher(relative)) {
        warn(absolute, relative, 'not a regular file (a pipe, socket or device)');
      }
    }
  }
  const byPath = (a: { relative: string }, b: { relative: string }) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
  files.sort(byPath);
  warnings.sort(byPath);
  return { files, warnings };
}

function idOf(relative: string): string {
  return relative.replace(/\.[^./]+$/, '');
}

function identity(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

function errorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') return 'not found';
  // Node's messages name the path ("EIO: i/o error, scandir '/a\nb'")
  return escapeControls(err instanceof Error ? err.message : String(err));
}

function linkProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'broken symbolic link (its target does not exist)';
  if (code === 'ELOOP') return 'symbolic link loop';
  return `symbolic link not followed: ${errorText(err)}`;
}

// Characters that would break a message line or drive the terminal: C0 and C1 controls, DEL, the
// Unicode line and paragraph separators, and the bidirectional overrides that reorder what is shown.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A path (or a message naming one) with its control characters as visible escapes: a line break
 * shows as the two characters `\n`, ESC as `\x1b`, U+202E as `\u202e`. Backslashes are left alone
 * (Windows paths), so the escapes are for reading, not for parsing back.
 */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** One predicate for a list of globs: matches any positive glob (the defaults if none) and no `!` glob; `dot` lets `*` match hidden names. */
export function compileGlobs(globs: string[], dot = false): (relative: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!'));
  // Only exclusions ("-g '!drafts/**'") narrow the default set rather than match nothing.
  const include = (positive.length ? positive : DEFAULT_GLOBS).map(normalizeGlob);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => normalizeGlob(g.slice(1)));
  const isIncluded = include.length ? picomatch(include, { dot }) : () => false;
  const isExcluded = exclude.length ? picomatch(exclude, { dot }) : () => false;
  return (relative) => isIncluded(relative) && !isExcluded(relative);
}

/**
 * Whether a folder can hold files the globs match, from each glob's fixed leading folders
 * ("seeds/*.txt" only looks in "seeds"): a link loop elsewhere is no concern of this run.
 */
function folderFilter(globs: string[]): (relativeFolder: string) => boolean {
  const positive = globs.filter((g) => !g.startsWith('!'));
  const bases = (positive.length ? positive : DEFAULT_GLOBS).map((g) => picomatch.scan(normalizeGlob(g)).base);
  return (folder) => bases.some((b) => b === '' || folder === b || folder.startsWith(b + '/') || b.startsWith(folder + '/'));
}

function normalizeGlob(glob: string): string {
  let g = glob.replace(/\\/g, '/');
  while (g.startsWith('./')) g = g.slice(2);
  return g;
}

/**
 * Several folders and files as one corpus: each folder is scanned (globs and ignore rules apply
 * inside it), each file named is read whatever its name. Paths are made relative to the deepest
 * folder that holds them all, which is the returned root; a file reached twice is read once.
 * Throws CorpusError for a path that does not exist.
 */
export async function scanPaths(paths: string[], globs: string[] = DEFAULT_GLOBS, options: ScanOptions = {}): Promise<{ root: string; scan: CorpusScan }> {
  const given: { absolute: string; folder: boolean }[] = [];
  for (const p of paths) {
    const absolute = path.resolve(p);
    const info = await stat(absolute).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new CorpusError('not-found', p, `no such folder or file: ${escapeControls(p)}`);
      throw new CorpusError('unreadable', p, `cannot read ${escapeControls(p)}: ${errorText(err)}`);
    });
    given.push({ absolute, folder: info.isDirectory() });
  }
  const root = commonFolder(given.map((g) => (g.folder ? g.absolute : path.dirname(g.absolute))));
  const rel = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const byPath = new Map<string, CorpusFile>();
  const warnings: CorpusWarning[] = [];
  for (const g of given) {
    if (!g.folder) {
      const relative = rel(g.absolute);
      byPath.set(relative, { absolute: g.absolute, relative, id: idOf(relative) });
      continue;
    }
    const prefix = rel(g.absolute);
    const scan = await scanCorpus(g.absolute, globs, options);
    const rebase = <T extends CorpusFile>(f: T): T => {
      const relative = prefix ? `${prefix}/${f.relative}` : f.relative;
      return { ...f, relative, id: idOf(relative) };
    };
    for (const f of scan.files.map(rebase)) byPath.set(f.relative, f);
    warnings.push(...scan.warnings.map(rebase));
  }
  const byRelative = (a: { relative: string }, b: { relative: string }) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
  return { root, scan: { files: [...byPath.values()].sort(byRelative), warnings: warnings.sort(byRelative) } };
}

/** The deepest folder that holds every one of these absolute folders. */
function commonFolder(folders: string[]): string {
  let common = folders[0];
  for (const f of folders.slice(1)) {
    while (common !== f && !f.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
      const up = path.dirname(common);
      if (up === common) break;
      common = up;
    }
  }
  return common;
}

// A day in a file's path: archives and scrapers often name files (or folders) by the day they were
// published ("2021-10-14-readout-of-….md", "2021/10/14/story.txt", "20211014_statement.txt"). Four-digit
// years 1900–2099, month and day with their leading zeros, separated by - _ . or / or not at all
// (eight digits with no digit either side; not a version, "v2021.10.14"); the last such day in the path wins (the file's own
// name before its folders).
const PATH_DAY = /(?<![\dvV])((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The publication day a file's relative path gives, or null. It dates a text as a page's own date
 * does ("met today"), when the user gives no --reference-date; a page's date wins over it.
 */
export function dayInPath(relative: string): { year: number; month: number; day: number } | null {
  let found: { year: number; month: number; day: number } | null = null;
  for (const m of relative.matchAll(PATH_DAY)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day <= DAYS_IN_MONTH[month - 1] && !(month === 2 && day === 29 && !leap)) found = { year, month, day };
  }
  return found;
}
