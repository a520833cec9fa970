// Scratch folders (a merge's blocks, sorted runs, a copy of stdin) that must not outlive the process:
// each is removed by whoever made it when done, and all that remain are removed on exit, on a closed
// pipe (the CLI exits) and on SIGINT/SIGTERM (the CLI calls removeScratchFolders before it dies).

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const open = new Set<string>();
let hooked = false;

/** A new folder under `parent` (default: the system's temporary folder), removed at exit at the latest. */
export function scratchFolder(prefix: string, parent = os.tmpdir()): string {
  const dir = mkdtempSync(path.join(parent, prefix));
  open.add(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', removeScratchFolders);
  }
  return dir;
}

/** Removes a scratch folder now (safe to call twice). */
export function removeScratchFolder(dir: string): void {
  open.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

/** Removes every scratch folder still there. */
export function removeScratchFolders(): void {
  for (const dir of [...open]) {
    try {
      removeScratchFolder(dir);
    } catch {
      // Nothing more can be done on the way out.
    }
  }
}
