// Tables fit the terminal: every line as wide as COLUMNS at most, words wrapped whole (a long
// hyphenated id may break after a hyphen), numbers right-aligned, and columns left out only with
// a word on stderr.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, meetings, tempDir } from './run.js';

const width = (line: string) => [...line].length;
const BORDERS = /[\s│┌┐└┘├┤┬┴┼─]+/;
/** The words of a table, and the pieces of hyphenated words, so a word wrapped after its hyphen still counts as whole. */
const pieces = (table: string) => new Set(table.split(BORDERS).flatMap((w) => w.match(/[^-]*-+|[^-]+$/g) ?? []));

describe.each(['list', 'speakers', 'agenda'])('meetings %s as a table', (cmd) => {
  const wide = meetings([cmd, SEEDS]);

  it('is drawn at its natural width on a pipe', () => {
    expect(wide.code).toBe(0);
    const lines = wide.stdout.trimEnd().split('\n');
    expect(new Set(lines.map(width)).size).toBe(1);
  });

  it.each([60, 80, 120, 200])('fits COLUMNS=%i without cutting a word', (columns) => {
    const r = meetings([cmd, SEEDS], { COLUMNS: String(columns) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(columns);
    // Every line of a table is as wide as the table.
    expect(new Set(lines.map(width)).size).toBe(1);
    const whole = pieces(wide.stdout);
    for (const p of pieces(r.stdout)) expect(whole, `"${p}" at ${columns} columns`).toContain(p);
    if (r.stderr) expect(r.stderr).toMatch(new RegExp(`^meetings: the .* left out to fit ${columns} columns \\(widen the terminal, or use --format csv\\)\\n$`));
  });
});

describe('fitting a table', () => {
  it('keeps every column at 200 columns and leaves out Sources, then Agenda, as the width shrinks', () => {
    const at200 = meetings(['list', SEEDS], { COLUMNS: '200' });
    expect(at200.stderr).toBe('');
    expect(at200.stdout).toMatch(/Meeting.*Date.*Place.*Participants.*Quotes.*Agenda.*Sources/);
    const at80 = meetings(['list', SEEDS], { COLUMNS: '80' });
    expect(at80.stdout).toMatch(/Participants.*Quotes.*Agenda/);
    expect(at80.stdout).not.toMatch(/Sources/);
    expect(at80.stderr).toBe('meetings: the Sources column is left out to fit 80 columns (widen the terminal, or use --format csv)\n');
    const at60 = meetings(['list', SEEDS], { COLUMNS: '60' });
    expect(at60.stdout).not.toMatch(/Agenda|Sources/);
    expect(at60.stderr).toMatch(/the Agenda and Sources columns are left out to fit 60 columns/);
  });

  it('keeps the names of people whole at 80 columns', () => {
    const names = (JSON.parse(meetings(['list', SEEDS, '--format', 'json']).stdout) as { participants: { name: string }[] }[]).flatMap((m) =>
      m.participants.flatMap((p) => p.name.split(' ')),
    );
    const table = meetings(['list', SEEDS], { COLUMNS: '80' }).stdout.split(BORDERS);
    for (const n of names) expect(table).toContain(n);
  });

  it('right-aligns numbers', () => {
    const lines = meetings(['speakers', SEEDS]).stdout.split('\n');
    const head = lines[1];
    const cell = (line: string, col: number) => line.split('│')[col];
    const quotes = head.split('│').findIndex((c) => c.trim() === 'Quotes');
    const rows = lines.filter((l) => /│\s+\d+ │/.test(l));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(cell(row, quotes)).toMatch(/^ +\d+ $/);
  });

  it('measures wide characters as two columns', () => {
    const dir = tempDir('meetings-wide-');
    writeFileSync(
      path.join(dir, 'a.txt'),
      'Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Park Jin in Beijing on 3 March 2023 to discuss 半导体供应链和经济合作问题 and trade.\n',
    );
    for (const columns of [50, 80]) {
      const r = meetings(['agenda', dir], { COLUMNS: String(columns) });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      const cols = (l: string) => [...l].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
      expect(Math.max(...lines.map(cols))).toBeLessThanOrEqual(columns);
      expect(new Set(lines.map(cols)).size).toBe(1);
    }
  });
});

describe('help', () => {
  it.each(['', 'list', 'show', 'quotes', 'speakers', 'agenda', 'export', 'text', 'completion'])('meetings %s --help fits 80 columns', (cmd) => {
    const r = meetings([...(cmd ? [cmd] : []), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    for (const line of r.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
  });
});
