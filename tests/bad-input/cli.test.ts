// The built binary on folders of bad input, as a user runs it: what it prints, what it warns
// about on stderr, and the exit code. Needs `npm run build` (the test script's pretest) first.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, meetings, parseCsv, tempDir } from '../cli/run.js';
import { BAD, fixtures } from './fixtures.js';

const dir = (name: string) => path.join(BAD, name);
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/record.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

beforeAll(() => {
  fixtures.makeBadFixtures();
});

describe('meetings export on a folder of files that must be skipped', () => {
  const run = () => meetings(['export', dir('skipped'), '--format', 'ndjson', '--no-cache']);

  it('exits 0, prints the readable files, and warns once per skipped file with its reason', () => {
    const r = run();
    expect(r.code, r.stderr).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(expect.arrayContaining(['good', 'good-link', 'empty', 'no-meeting', 'sub/nested']));
    for (const [name, kind] of Object.entries(fixtures.BINARY_KINDS)) {
      expect(ids).not.toContain(name.replace(/\.txt$/, ''));
      expect(r.stderr).toContain(`skipped ${name}: binary file (${kind}`);
    }
    expect(r.stderr).toMatch(/skipped huge\.txt: file too large \(100 MB; the limit is 10 MB/);
    for (const line of r.stderr.trim().split('\n')) expect(line).toMatch(/^meetings: warning: skipped \S+: /);
  });

  it.each([
    ['broken-link.txt', 'broken symbolic link'],
    ['loop-a.txt', 'symbolic link loop'],
    ['pipe.txt', 'not a regular file'],
    ['sub/up', 'symbolic link loop'],
  ])('warns about %s (%s) and goes on', (name, reason) => {
    const r = run();
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`meetings: warning: skipped ${name}: ${reason}`);
  });

  it('gives an empty record, not an error, for an empty file and a file with no meeting', () => {
    const records = run().stdout.trim().split('\n').map((l) => JSON.parse(l));
    const empty = records.find((d) => d.id === 'empty');
    expect(empty).toMatchObject({ title: '', date: null, quotes: [], participants: [], agenda: [] });
    expect(records.find((d) => d.id === 'no-meeting')?.participants).toEqual([]);
  });

  it('with --strict, exits 1 and says how many files were skipped', () => {
    const r = meetings(['export', dir('skipped'), '--format', 'json', '--no-cache', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^meetings: error: \d+ files? skipped/m);
  });

  it('with --max-file-size, skips files over that size', () => {
    const r = meetings(['export', dir('encodings'), '--format', 'ndjson', '--no-cache', '--max-file-size', '200']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped utf16le-bom\.txt: file too large \(608 bytes; the limit is 200 bytes/);
    expect(r.stdout).toContain('"id":"russian-1251"');
  });
});

describe('meetings export on every encoding', () => {
  it('reads each file and finds the same title in all versions of the English article', () => {
    const r = meetings(['export', dir('encodings'), '--format', 'json', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    // The one file with stray NUL bytes is read, and says in one line what was dropped.
    expect(r.stderr).toMatch(/^meetings: warning: stray-nul\.txt: dropped \d+ NUL bytes? \([^)]*\)\n$/);
    const docs: { id: string; title: string }[] = JSON.parse(r.stdout).documents;
    const english = docs.filter((d) => !/russian|french|german/.test(d.id));
    expect(english.length).toBeGreaterThanOrEqual(10);
    for (const d of english) expect(d.title, d.id).toBe(fixtures.ARTICLE_LINES[0]);
    expect(docs.find((d) => d.id === 'russian-1251')?.title).toMatch(/^Министр иностранных дел/);
    expect(docs.find((d) => d.id === 'french-1252')?.title).toMatch(/Affaires étrangères .* à Genève/);
  });
});

describe('output formats hold any text', () => {
  it('json parses and matches the schema', () => {
    const r = meetings(['export', dir('output'), '--format', 'json', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record.documents.map((d: { id: string }) => d.id)).toEqual(['empty', 'quirky']);
  });

  it('ndjson is one JSON record per line, whatever the quotes hold', () => {
    const r = meetings(['export', dir('output'), '--format', 'ndjson', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    const quirky = lines.map((l) => JSON.parse(l)).find((d) => d.id === 'quirky');
    expect(quirky.title).toBe('Talks in Geneva, "finally", end with a handshake 🤝 — مرحبا, שלום');
  });

  it('csv reads back, field for field, to the quote texts the JSON gives', () => {
    const r = meetings(['quotes', dir('output'), '--format', 'csv', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.length).toBe(rows[0].length);
    const column = rows[0].indexOf('text');
    const json = JSON.parse(meetings(['export', dir('output'), '--format', 'json', '--no-cache']).stdout);
    const texts = json.documents.flatMap((d: { quotes: { text: string }[] }) => d.quotes.map((q) => q.text)).sort();
    expect(texts.some((t: string) => /[,"\u0007]/.test(t))).toBe(true);
    expect(rows.slice(1).map((row) => row[column]).sort()).toEqual(texts);
  });
});

describe('exit codes and pipes', () => {
  it.each([
    ['a folder that does not exist', () => dir('no-such-folder'), /no such folder|folder not found/],
    // A file is a path like any other now (issue 14): tests/cli/paths.test.ts reads one.
  ])('%s: one error line, exit 2', (_name, target, message) => {
    const r = meetings(['export', target(), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('`meetings export ... | head -1` ends quietly', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export "${dir('encodings')}" --format ndjson --no-cache | head -1`], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    // Nothing but, if the run got that far before the pipe closed, the one file's NUL notice.
    expect(r.stderr.split('\n').filter((l) => l && !/^meetings: warning: stray-nul\.txt: dropped/.test(l))).toEqual([]);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('finishes on a folder of hostile texts within the time budget', () => {
    const t = performance.now();
    const r = meetings(['export', dir('hostile'), '--format', 'ndjson', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(Object.keys(fixtures.hostileTexts(100)).length);
    expect(performance.now() - t).toBeLessThan(30_000);
  });
});

describe('file names with control characters', () => {
  // Every name is a binary file, so each gets a warning that names it.
  const NAMES: Array<[string, string]> = [
    ['two\nlines.txt', 'two\\nlines.txt'],
    ['tab\there.txt', 'tab\\there.txt'],
    ['cr\rhere.txt', 'cr\\rhere.txt'],
    ['esc\u001b[31mred.txt', 'esc\\x1b[31mred.txt'],
  ];

  it('are escaped, so each warning is one line that names its file', () => {
    const dir = tempDir('meetings-names-');
    for (const [name] of NAMES) writeFileSync(path.join(dir, name), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4]));
    writeFileSync(path.join(dir, 'good.txt'), fixtures.ARTICLE);
    const r = meetings(['export', dir, '--format', 'ndjson', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(NAMES.length);
    for (const line of lines) expect(line).toMatch(/^meetings: warning: skipped [^\r\u001b]+: binary file \(gzip archive\)$/);
    for (const [, shown] of NAMES) expect(lines).toContain(`meetings: warning: skipped ${shown}: binary file (gzip archive)`);
  });

  it('are escaped in the one error line for a folder that does not exist', () => {
    const missing = path.join(tempDir('meetings-names-'), 'no\nsuch\u001b[2J');
    const r = meetings(['export', missing, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(r.stderr).toContain('no\\nsuch\\x1b[2J');
    expect(r.stderr).not.toContain('\u001b');
  });
});
