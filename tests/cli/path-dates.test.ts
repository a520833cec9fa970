// A day in a file's name or folders dates its text when the user gives no --reference-date: archives name
// files by the day they were published ("2024-03-05-readout.txt", "2024/03/05/remarks.txt").
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayInPath } from '../../src/corpus/files.js';
import { meetings, tempDir } from './run.js';
import { READOUT, REMARKS } from '../assemble/remarks-and-readout.js';

describe('dayInPath', () => {
  it.each([
    ['2021-10-14-readout-of-the-meeting.md', '2021-10-14'],
    ['news/2021/10/14/story.txt', '2021-10-14'],
    ['20211014_statement.txt', '2021-10-14'],
    ['archive_2019.03.31.txt', '2019-03-31'],
    // the file's own name wins over its folders
    ['2020-01-01/2021-10-14-readout.txt', '2021-10-14'],
    // no such day, or a number that is no date
    ['2021-02-29-remarks.txt', null],
    ['2024-02-29-remarks.txt', '2024-02-29'],
    ['2021-13-01.txt', null],
    ['id_120211014.txt', null],
    ['2021-1014.txt', null],
    ['000_2c13f922edbf3711.txt', null],
    // a version, not a day
    ['release-v2021.10.14.txt', null],
  ])('%s', (relative, expected) => {
    const d = dayInPath(relative);
    expect(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(expected);
  });
});

function exportOf(files: Record<string, string>, args: string[] = []) {
  const dir = tempDir('meetings-path-dates-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const r = meetings(['export', dir, '--format', 'json', ...args]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { documents: { id: string; published: string | null; date: { iso: string | null } | null }[]; meetings: { documents: string[] }[] };
}

describe('export: the day a file is named by', () => {
  it('dates "met today" and merges the readout with the remarks published that day', () => {
    const out = exportOf({ '2024-03-05-readout.txt': READOUT, '2024/03/05/remarks.txt': REMARKS });
    expect(out.documents.map((d) => [d.id, d.published, d.date?.iso ?? null])).toEqual([
      ['2024-03-05-readout', '2024-03-05', '2024-03-05'],
      ['2024/03/05/remarks', '2024-03-05', null],
    ]);
    expect(out.meetings.map((m) => m.documents)).toEqual([['2024-03-05-readout', '2024/03/05/remarks']]);
  });

  it('gives an undated report to the meeting of its own day, when the same people also met the day before', () => {
    const out = exportOf({
      '2021-10-14-a.md': 'Ruiz and Berg meet in Oslo\n\nPresident Ana Ruiz met Prime Minister Tomas Berg of Norland in Oslo on October 14, 2021. They discussed fisheries.\n',
      '2021-10-15-b.md': 'Ruiz and Berg meet again in Bergen\n\nPresident Ana Ruiz met Prime Minister Tomas Berg of Norland in Bergen on October 15, 2021. They discussed energy.\n',
      '2021-10-15-c.md': 'Fisheries talks\n\nPresident Ana Ruiz and Prime Minister Tomas Berg discussed fisheries quotas at their meeting, officials said.\n',
    });
    expect(out.meetings.map((m) => m.documents)).toEqual([['2021-10-14-a'], ['2021-10-15-b', '2021-10-15-c']]);
  });

  it('leaves files named without a day undated and apart', () => {
    const out = exportOf({ 'readout.txt': READOUT, 'remarks.txt': REMARKS });
    expect(out.documents.map((d) => d.published)).toEqual([null, null]);
    expect(out.meetings.map((m) => m.documents)).toEqual([['readout'], ['remarks']]);
  });

  it('gives way to --reference-date', () => {
    const out = exportOf({ '2024-03-05-readout.txt': READOUT }, ['--reference-date', '2023-11-20']);
    expect(out.documents[0].published).toBe('2023-11-20');
  });
});
