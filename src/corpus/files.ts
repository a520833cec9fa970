// Finding the files of a corpus folder.

import fg from 'fast-glob';
import path from 'node:path';

export const DEFAULT_GLOBS = ['**/*.txt', '**/*.md'];

export interface CorpusFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the corpus folder, with forward slashes. */
  relative: string;
  /** The document id: the relative path without its extension. */
  id: string;
}

/** The files under `dir` matching the globs, in a stable (sorted) order. */
export async function findFiles(dir: string, globs: string[] = DEFAULT_GLOBS): Promise<CorpusFile[]> {
  const root = path.resolve(dir);
  const entries = await fg(globs, { cwd: root, onlyFiles: true, dot: false, followSymbolicLinks: true, suppressErrors: true });
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map((relative) => ({
    absolute: path.join(root, relative),
    relative,
    id: relative.replace(/\.[^./]+$/, ''),
  }));
}
