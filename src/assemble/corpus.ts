// Runs the pipeline over a corpus: find files, read, analyze, in a stable order.
// (First version: sequential, no cache.)

import type { DocumentRecord } from '../model.js';
import { findFiles, type CorpusFile } from '../corpus/files.js';
import { readText } from '../corpus/read.js';
import { analyze, type AnalyzeOptions } from './document.js';

export interface CorpusOptions extends AnalyzeOptions {
  /** Globs relative to the folder (default DEFAULT_GLOBS). */
  globs?: string[];
  /** Worker threads (default: one per core). */
  jobs?: number;
  /** Use the on-disk cache (default true). */
  cache?: boolean;
  /** Cache folder (default under the user's cache folder). */
  cacheDir?: string;
  /** Files larger than this many bytes are skipped with a warning. */
  maxFileSize?: number;
  /** Called once per file that was skipped; the run goes on. */
  onWarning?: (file: CorpusFile, message: string) => void;
  /** Called after each file, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Yields one record per readable file, in the order of the sorted file list. */
export async function* analyzeCorpus(dir: string, options: CorpusOptions = {}): AsyncGenerator<DocumentRecord> {
  const files = await findFiles(dir, options.globs);
  for (const file of files) {
    const read = await readText(file.absolute);
    if (!read.ok) {
      options.onWarning?.(file, read.warning);
      continue;
    }
    yield { id: file.id, path: file.relative, ...analyze(read.text, options) };
  }
}
