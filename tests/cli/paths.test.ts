// What to read: several folders and files, paths on stdin with `-`, and what is skipped by
// default (hidden entries, node_modules, what .gitignore and .ignore exclude) unless --no-ignore.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, meetings, parseCsv, tempDir } from './run.js';

const TEXTS = {
  lavrov: 'Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on 5 June 2021 to discuss trade.\n',
  dupont: 'French President Jean Dupont met German Chancellor Hans Weber in Paris on 3 March 2019 to discuss energy prices.\n',
  rossi: 'Italian Prime Minister Marco Rossi met Spanish Prime Minister Luis Garcia in Madrid on 5 June 2020 to discuss energy.\n',
  kuleba: 'Ukrainian Foreign Minister Dmytro Kuleba received Turkish Foreign Minister Mevlut Cavusoglu in Kyiv on 2 May 2022 to discuss the Black Sea.\n',
  sato: 'Japanese Prime Minister Taro Sato met Indian Prime Minister Raj Kumar in Tokyo on 9 July 2022 to discuss shipping.\n',
};
let dir = '';
const put = (relative: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
  writeFileSync(path.join(dir, relative), text);
};
beforeAll(() => {
  dir = tempDir('meetings-paths-');
  put('a/lavrov.txt', TEXTS.lavrov);
  put('b/dupont.txt', TEXTS.dupont);
  put('project/notes.txt', TEXTS.rossi);
  put('project/node_modules/pkg/README.md', TEXTS.dupont);
  put('project/.hidden/kuleba.txt', TEXTS.kuleba);
  put('project/drafts/sato.txt', TEXTS.sato);
  put('project/drafts/keep.txt', TEXTS.lavrov);
  put('project/.gitignore', 'drafts/\n');
  put('project/sub/.ignore', '*.md\n');
  put('project/sub/kuleba.md', TEXTS.kuleba);
});

/** The documents listed, each meeting's joined with '; ', in the order listed. */
function documents(args: string[], input?: string): string[] {
  const r = spawnSync(process.execPath, [BIN, 'list', ...args, '--format', 'csv', '--no-cache'], { cwd: dir, encoding: 'utf8', input, env: { ...process.env, COLUMNS: '' } });
  expect(r.status, r.stderr).toBe(0);
  return parseCsv(r.stdout)
    .slice(1)
    .map((row) => row[6]);
}

describe('several paths', () => {
  it('reads several folders as one corpus, ids relative to the folder that holds them', () => {
    expect(documents(['a', 'b'])).toEqual(['b/dupont', 'a/lavrov']);
  });

  it('reads files named on the command line, whatever their name', () => {
    put('loose.text', TEXTS.rossi);
    expect(documents(['a/lavrov.txt', 'loose.text'])).toEqual(['loose', 'a/lavrov']);
    expect(documents([path.join(dir, 'b/dupont.txt')])).toEqual(['dupont']);
  });

  it('reads paths from stdin with -, one a line', () => {
    expect(documents(['-'], 'a/lavrov.txt\n\nproject/drafts/sato.txt\n')).toEqual(['a/lavrov', 'project/drafts/sato']);
    expect(documents(['-', 'b'], 'a\n')).toEqual(['b/dupont', 'a/lavrov']);
  });

  it('refuses a path that does not exist, and an empty stdin, before any output', () => {
    const missing = meetings(['export', path.join(dir, 'a'), path.join(dir, 'nothere'), '--format', 'json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`meetings: error: no such folder or file: ${path.join(dir, 'nothere')}\n`);
    expect(missing.stdout).toBe('');
    const empty = spawnSync(process.execPath, [BIN, 'list', '-'], { cwd: dir, encoding: 'utf8', input: '' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^meetings: error: no paths on stdin/);
  });

  it('show finds a document by its path among several folders', () => {
    const r = meetings(['show', path.join(dir, 'b/dupont.txt'), path.join(dir, 'a'), path.join(dir, 'b')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('2019-03-03-dupont-weber');
  });
});

describe('ignored files', () => {
  it('skips hidden folders, node_modules and what .gitignore and .ignore exclude', () => {
    expect(documents(['project'])).toEqual(['notes']);
  });

  it('reads everything with --no-ignore', () => {
    expect(documents(['project', '--no-ignore'])).toEqual([
      'node_modules/pkg/README',
      'notes',
      'drafts/keep',
      '.hidden/kuleba; sub/kuleba',
      'drafts/sato',
    ]);
  });

  it('the README of a project folder is not an article', () => {
    const r = meetings(['list', ROOT, '--format', 'csv', '--glob', '**/*.md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/node_modules/);
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/node_modules/);
  });
});
