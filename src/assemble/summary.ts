// The meetings of a whole folder, as `list` and `agenda` need them: every document's analysis
// merged into meetings, and how many quotes each document holds.
//
// A warm run over an unchanged folder should not read an entry per article and merge them all
// again, so the result of the last complete run is kept as one folder summary in the cache (see
// readFolderSummary), keyed by the stamp (size, inode, modification and change times) of every
// file, the tool and the options that change results. A changed, added or removed file changes
// the key, and the summary is rebuilt from the per-article cache as usual.
//
// Not kept, so never replayed: a run in which a file was skipped for a passing reason
// (permissions, an I/O error, an analysis that failed or stalled), or in which a file had
// changed within the racy window (its stamp might not change with its next write). Skips that
// follow from the bytes themselves (binary, too large) are kept and said again on a warm run.

import path from 'node:path';
import type { MeetingRecord } from '../model.js';
import { DEFAULT_GLOBS, scanCorpus, type CorpusFile } from '../corpus/files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../corpus/read.js';
import { createHash } from 'node:crypto';
import {
  CACHE_FORMAT,
  RACY_MS,
  fileStamp,
  folderId,
  openCache,
  readFolderSummary,
  readerFingerprint,
  resolveCacheDir,
  toolFingerprint,
  writeFolderSummary,
} from '../corpus/cache.js';
import { scanShare } from '../corpus/shard.js';
import { arrayOf, isCount, isMeetingRecord, isObject, isString, tupleOf } from '../corpus/shape.js';
import { analyzeCorpus, type CorpusOptions, type SkipKind } from './corpus.js';
import { mergeMeetings } from './meetings.js';

export interface FolderMeetings {
  meetings: MeetingRecord[];
  /** Quotes per document id. */
  quoteCounts: Map<string, number>;
}

/** What is kept on disk. */
interface Summary {
  meetings: MeetingRecord[];
  quoteCounts: Array<[string, number]>;
  /** Files skipped for what their bytes are: relative path, warning, kind. */
  skipped: Array<[string, string, SkipKind]>;
}

/** Skips that the same bytes (the same stamp) always give again. */
const LASTING: ReadonlySet<SkipKind> = new Set<SkipKind>(['binary', 'too-large']);

export interface FolderOptions extends CorpusOptions {
  /** Files changed less than this many ms ago keep the run from being summarized (default RACY_MS). */
  racyMs?: number;
}

/** The folder's meetings and quote counts: from its summary when nothing changed, else by a run. */
export async function folderMeetings(dir: string, options: FolderOptions = {}): Promise<FolderMeetings> {
  if (options.cache === false) return summarize(dir, options).then((s) => s.result);
  const root = path.resolve(dir);
  const globs = options.globs ?? DEFAULT_GLOBS;
  const scan = scanShare(await scanCorpus(root, globs), options.shard);
  const cacheDir = resolveCacheDir(options.cacheDir);
  openCache(cacheDir);
  // One summary per folder, file selection and options, so alternating options do not evict each other.
  const share = options.shard ? [`${options.shard.index}/${options.shard.count}`] : [];
  const id = folderId(root, [globs.join('\0'), refText(options), String(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE), ...share].join('\0'));
  const key = summaryKey(scan.files, options);
  const saved = key ? readFolderSummary(cacheDir, id, key, isSummary) : null;
  if (saved) {
    const byPath = new Map(scan.files.map((f) => [f.relative, f]));
    for (const w of scan.warnings) options.onWarning?.(w, w.message, 'folder');
    for (const [relative, message, kind] of saved.skipped) {
      const file = byPath.get(relative);
      if (file) options.onWarning?.(file, message, kind);
    }
    return { meetings: saved.meetings, quoteCounts: new Map(saved.quoteCounts) };
  }
  const { result, skipped, lasting } = await summarize(root, { ...options, scan });
  if (key && lasting) {
    writeFolderSummary(cacheDir, id, key, { meetings: result.meetings, quoteCounts: [...result.quoteCounts], skipped } satisfies Summary);
  }
  return result;
}

/** One run over the folder, merged; `lasting` is false when a skip may not happen again. */
async function summarize(dir: string, options: CorpusOptions) {
  const documents = [];
  const skipped: Summary['skipped'] = [];
  let lasting = true;
  const onWarning = (file: CorpusFile, message: string, kind: SkipKind) => {
    if (LASTING.has(kind)) skipped.push([file.relative, message, kind]);
    else if (kind !== 'folder') lasting = false; // folder warnings come from the walk, every run
    options.onWarning?.(file, message, kind);
  };
  for await (const d of analyzeCorpus(dir, { ...options, onWarning })) documents.push(d);
  const quoteCounts = new Map(documents.map((d) => [d.id, d.quotes.length]));
  return { result: { meetings: mergeMeetings(documents), quoteCounts }, skipped, lasting };
}

/**
 * What a summary of these files depends on, or null when a file cannot be stamped or changed
 * too recently for its stamp to be trusted.
 */
function summaryKey(files: CorpusFile[], options: FolderOptions): string | null {
  const hash = createHash('sha256').update(
    [
      `summary ${CACHE_FORMAT}`,
      toolFingerprint(),
      // Document ids and paths come from the folder walk and the run loop, which the tool
      // fingerprint leaves out (they do not change what analyze() returns for a text).
      readerFingerprint(['corpus/read', 'corpus/encoding', 'corpus/files', 'assemble/corpus']),
      refText(options),
      String(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
    ].join('\0') + '\n',
  );
  const settled = Date.now() - (options.racyMs ?? RACY_MS);
  for (const f of files) {
    const stamp = fileStamp(f.absolute);
    if (stamp === null) return null;
    const ctimeMs = Number(BigInt(stamp.slice(stamp.lastIndexOf(':') + 1)) / 1_000_000n);
    if (!(ctimeMs < settled)) return null;
    hash.update(`${f.relative}\0${stamp}\n`);
  }
  return hash.digest('hex');
}

function refText(options: FolderOptions): string {
  const ref = options.referenceDate;
  return ref ? `${ref.year}-${ref.month}-${ref.day}` : '-';
}

/** Every field of a summary read back from disk (see shape.ts). */
function isSummary(v: unknown): v is Summary {
  const isLasting = (k: unknown): k is SkipKind => LASTING.has(k as SkipKind);
  return (
    isObject(v) &&
    arrayOf(isMeetingRecord)(v.meetings) &&
    arrayOf(tupleOf<[string, number]>(isString, isCount))(v.quoteCounts) &&
    arrayOf(tupleOf<[string, string, SkipKind]>(isString, isString, isLasting))(v.skipped)
  );
}
