// Reading one file into text, or saying in one short phrase why not.
//
// A file is skipped (ok: false, with a warning the caller prints as "skipped <file>: <warning>")
// when it is not a regular file (a folder, a FIFO, a device: reading those can block forever),
// larger than maxFileSize (checked with stat before reading, and again while reading, so a file
// that grows cannot take the memory), unreadable (permissions, a broken symbolic link, a link
// loop, any other I/O error), or binary (see encoding.ts). An empty file is ok with text ''.
// A file that is read can still carry a warning: NUL bytes dropped from it (the padding a crash
// leaves at the end of a file, or strays inside), said in one line.
// Decoding (UTF-8, UTF-16, Windows-1251/1252) is in encoding.ts; line ends are kept as they are.
// The file system calls are synchronous: for the small files of a news archive the promise
// versions cost several times more CPU than the read itself (10,000 files: 720 ms against 160 ms).

import { closeSync, constants, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { detectAndDecode, type Encoding, type NulBytes } from './encoding.js';
import { escapeControls } from './files.js';
import { looksLikeHtml } from './html.js';

/** Default limit on a file's size: 10 MB. A news article is rarely over 100 KB. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Why a file was skipped, for programs; `warning` says the same for people. */
export type SkipReason = 'binary' | 'too-large' | 'not-a-file' | 'permission' | 'broken-link' | 'link-loop' | 'missing' | 'io-error';

export type ReadResult =
  /** warning: what reading changed in the text ("dropped 1000 NUL bytes ..."), when it changed anything. */
  | { ok: true; text: string; encoding: Encoding; lossy: boolean; warning?: string }
  | { ok: false; warning: string; reason: SkipReason };

export interface ReadOptions {
  /** Files larger than this many bytes are skipped (default DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
}

/** Reads and decodes one file. Never throws. */
export async function readText(absolute: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limit = validLimit(options.maxFileSize);
  try {
    const info = statSync(absolute);
    if (!info.isFile()) {
      return skip('not-a-file', info.isDirectory() ? 'a folder, not a file' : 'not a regular file (a pipe, socket or device)');
    }
    if (info.size > limit) return skip('too-large', tooLarge(info.size, limit));
    const bytes = readBounded(absolute, limit, info.size);
    if (bytes === null) return skip('too-large', tooLarge(limit + 1, limit));
    const decoded = detectAndDecode(bytes);
    if (decoded.binary !== null) return skip('binary', `binary file (${decoded.binary})`);
    const warning = nulWarning(decoded.nul);
    // A page says its own charset ("<meta charset="windows-1251">"); a byte-order mark still wins.
    const declared = !decoded.bom && looksLikeHtml(decoded.text) ? declaredCharset(decoded.text) : null;
    if (declared && declared !== decoded.encoding) {
      const text = decodeAs(bytes, declared);
      if (text !== null) return { ok: true, text, encoding: declared, lossy: text.includes('\ufffd'), ...(warning ? { warning } : {}) };
    }
    return { ok: true, text: decoded.text, encoding: decoded.encoding, lossy: decoded.lossy, ...(warning ? { warning } : {}) };
  } catch (err) {
    return explain(absolute, err);
  }
}

/** "12.3 MB" style sizes for messages. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trim(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${trim(bytes / 1024 / 1024)} MB`;
  return `${trim(bytes / 1024 / 1024 / 1024)} GB`;
}

// Charsets a page may declare that the decoder reads, by their label.
const CHARSETS: Record<string, Encoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'windows-1251': 'windows-1251', 'cp1251': 'windows-1251',
  'windows-1252': 'windows-1252', 'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252',
};

/** The charset an HTML page declares in its head (<meta charset>, http-equiv Content-Type), when the decoder reads it. */
function declaredCharset(text: string): Encoding | null {
  const m = /<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{3,20})/i.exec(text.slice(0, 4096));
  return m ? CHARSETS[m[1].toLowerCase()] ?? null : null;
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes).replace(/\0+/g, '');
  } catch {
    return null;
  }
}

/** "dropped 1000 NUL bytes (padding at the end of the file)", or undefined when there were none. */
function nulWarning(nul: NulBytes): string | undefined {
  const total = nul.inside + nul.padding;
  if (total === 0) return undefined;
  const where = nul.inside === 0 ? 'padding at the end of the file' : nul.padding === 0 ? 'inside the text' : `${nul.padding} of them padding at the end of the file`;
  return `dropped ${total} NUL byte${total === 1 ? '' : 's'} (${where})`;
}

function trim(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

function validLimit(limit: number | undefined): number {
  return typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? limit : DEFAULT_MAX_FILE_SIZE;
}

function tooLarge(size: number, limit: number): string {
  return `file too large (${formatSize(size)}; the limit is ${formatSize(limit)}, see --max-file-size)`;
}

/** The whole file, or null when it holds more than `limit` bytes (it may have grown since stat). */
function readBounded(absolute: string, limit: number, sizeHint: number): Uint8Array | null {
  // O_NONBLOCK: if the path was swapped for a FIFO after stat, open must not wait for a writer.
  const fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // one read for the usual small file (size + 1 to see the end at once), 1 MB steps otherwise
    const chunkSize = Math.min(Math.max(sizeHint + 1, 4096), 1 << 20);
    for (;;) {
      const buf = Buffer.allocUnsafe(chunkSize);
      const bytesRead = readSync(fd, buf, 0, chunkSize, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) return null;
      chunks.push(bytesRead === chunkSize ? buf : buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing to do: the descriptor is gone either way
    }
  }
}

function explain(absolute: string, err: unknown): ReadResult {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return skip('permission', 'permission denied');
    case 'ELOOP':
      return skip('link-loop', 'symbolic link loop');
    case 'ENOENT': {
      let link = false;
      try {
        link = lstatSync(absolute).isSymbolicLink();
      } catch {
        // gone altogether
      }
      return link ? skip('broken-link', 'broken symbolic link (its target does not exist)') : skip('missing', 'file not found (deleted during the run?)');
    }
    case 'EISDIR':
      return skip('not-a-file', 'a folder, not a file');
    case 'EAGAIN':
    case 'ENXIO':
      return skip('not-a-file', 'not a regular file (a pipe, socket or device)');
    default: {
      const message = err instanceof Error ? err.message : String(err);
      return skip('io-error', `could not read: ${escapeControls(message)}`);
    }
  }
}

function skip(reason: SkipReason, warning: string): ReadResult {
  return { ok: false, reason, warning };
}
