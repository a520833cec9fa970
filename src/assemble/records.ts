// Document records read back from NDJSON (what `meetings export --format ndjson` writes, one
// DocumentRecord a line): the input of `meetings merge` and of `--records` on the listing commands.
//
// Files are read line by line in fixed-size chunks, so a record file of any size costs one chunk
// of memory. `-` is standard input, copied once to a temporary file because the merge reads its
// input more than once. A quoted glob ('records/*.ndjson') is expanded here, sorted, for shells
// and schedulers that pass it unexpanded. Every record is checked against the record's shape
// before use; a line that is not one stops the run with its file and line.

import { removeScratchFolder, scratchFolder } from '../corpus/scratch.js';
import { closeSync, createWriteStream, openSync, readSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { DocumentRecord } from '../model.js';
import { isAnalysis, isString } from '../corpus/shape.js';

/** A record file that cannot be read, or a line that is not a document record: one line for the user. */
export class RecordError extends Error {}

const CHUNK = 1 << 20;

/**
 * The lines of a file, without their line ends; blank lines are skipped. Reads `chunkSize` bytes
 * at a time: less where many files are read side by side (a merge of hundreds of blocks).
 */
export function* fileLines(file: string, chunkSize = CHUNK): Generator<string> {
  for (const line of fileLineBytes(file, chunkSize)) yield line.toString('utf8');
}

/**
 * The lines of a file as bytes, without decoding them (to copy them elsewhere as they are). Each
 * line is a view of the reader's buffer, good only until the next line is asked for.
 */
export function* fileLineBytes(file: string, chunkSize = CHUNK): Generator<Buffer> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new RecordError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  try {
    let buf = Buffer.allocUnsafe(chunkSize);
    let start = 0;
    let end = 0;
    let eof = false;
    for (;;) {
      const nl = start < end ? buf.indexOf(10, start) : -1;
      if (nl !== -1 && nl < end) {
        const line = buf.subarray(start, nl > start && buf[nl - 1] === 13 ? nl - 1 : nl);
        start = nl + 1;
        if (!blank(line)) yield line;
        continue;
      }
      if (eof) {
        const line = buf.subarray(start, end);
        if (!blank(line)) yield line;
        return;
      }
      // Keep the unfinished line, at the front of the buffer, or of a larger one when it fills it.
      if (start > 0) {
        buf.copy(buf, 0, start, end);
        end -= start;
        start = 0;
      }
      if (end === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, end);
        buf = bigger;
      }
      const n = readSync(fd, buf, end, buf.length - end, null);
      if (n === 0) eof = true;
      else end += n;
    }
  } finally {
    closeSync(fd);
  }
}

function blank(line: Buffer): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Parses one NDJSON line as a document record; `where` ("records.ndjson:12") names it in the error. */
export function parseRecord(line: string, where: string): DocumentRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new RecordError(`${where}: not JSON (expected one document record per line, as \`meetings export --format ndjson\` writes)`);
  }
  const v = value as Record<string, unknown>;
  if (!isAnalysis(value) || !isString(v.id) || !isString(v.path)) {
    throw new RecordError(`${where}: not a document record (expected the lines \`meetings export --format ndjson\` writes)`);
  }
  return value as DocumentRecord;
}

/** A set of record files ready to be read any number of times; `close()` removes what standard input was copied to. */
export interface RecordFiles {
  files: string[];
  close: () => void;
}

/**
 * The files that RECORDS… name: files as given, quoted globs expanded (sorted), `-` copied from
 * `stdin` to a temporary file. Throws RecordError for a name that matches nothing.
 */
export async function openRecordFiles(args: string[], stdin: NodeJS.ReadableStream = process.stdin): Promise<RecordFiles> {
  const files: string[] = [];
  let tmp: string | null = null;
  const close = () => {
    if (tmp) removeScratchFolder(tmp);
    tmp = null;
  };
  try {
    for (const arg of args) {
      if (arg === '-') {
        tmp ??= scratchFolder('meetings-stdin-');
        const copy = path.join(tmp, `stdin-${files.length}.ndjson`);
        await new Promise<void>((resolve, reject) => {
          const out = createWriteStream(copy);
          out.on('error', reject).on('finish', resolve);
          stdin.on('error', reject);
          stdin.pipe(out);
        });
        files.push(copy);
      } else if (picomatch.scan(arg).isGlob) {
        const found = expandGlob(arg);
        if (!found.length) throw new RecordError(`no record files match ${arg}`);
        files.push(...found);
      } else {
        let info;
        try {
          info = statSync(arg);
        } catch {
          throw new RecordError(`no such record file: ${arg}`);
        }
        if (!info.isFile()) throw new RecordError(`not a record file: ${arg} (give NDJSON files written by \`meetings export --format ndjson\`)`);
        files.push(arg);
      }
    }
  } catch (err) {
    close();
    throw err;
  }
  return { files, close };
}

function expandGlob(pattern: string): string[] {
  const { base } = picomatch.scan(pattern);
  const root = base || '.';
  const isMatch = picomatch(pattern, { dot: false });
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = dir === '.' && !base ? e.name : path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && isMatch(full)) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

/** Every record of the files, each checked. */
export function* readRecords(files: string[]): Generator<DocumentRecord> {
  for (const file of files) {
    let n = 0;
    for (const line of fileLines(file)) yield parseRecord(line, `${file}:${++n}`);
  }
}

/** Every record of the files in one array, in the corpus's order (by path, as a folder is read). */
export function loadRecords(files: string[]): DocumentRecord[] {
  const out = [...readRecords(files)];
  return out.sort((a, b) => comparePaths(a.path, b.path));
}

/** The order in which a folder's files are read (see scanCorpus): by path, code unit by code unit. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
