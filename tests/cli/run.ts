// Runs the built binary as a user would, with its own cache folder so tests never share one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/meetings.js');
export const SEEDS = path.join(ROOT, 'fixtures/seeds');
const made: string[] = [];

/** A fresh folder under the system's temporary folder, removed when the test file is done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CACHE = tempDir('meetings-test-cache-');

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function meetings(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // COLUMNS from the test runner's terminal would fit tables to it: tests set it when they mean to.
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', COLUMNS: '', MEETINGS_CACHE_DIR: CACHE, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** A small RFC 4180 parser, enough to check that the CSV we print reads back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}
