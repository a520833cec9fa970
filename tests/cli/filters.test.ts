// Filters and order on the listings: --participant, --country, --place, --sort, on invented
// reports of four meetings (one undated) and on the sample articles.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS, meetings, parseCsv, tempDir } from './run.js';

const REPORTS: Record<string, string> = {
  'a.txt':
    'Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergei Lavrov in Antalya on 10 March 2022 to discuss grain exports.\n\n' +
    '"We want the war to end as soon as possible," Cavusoglu told reporters after the talks.\n\n' +
    'Lavrov said: "We are ready to continue the dialogue on grain exports."\n',
  'b.txt':
    'Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on 5 June 2021 to discuss trade.\n\n' +
    '"Our trade has never been stronger," Wang said after the meeting.\n',
  'c.txt':
    'French President Jean Dupont met German Chancellor Hans Weber in Paris on 3 March 2019 to discuss energy prices.\n\n' +
    '"Energy prices hurt every family in Europe," Dupont said.\n',
  'd.txt':
    'Ukrainian Foreign Minister Dmytro Kuleba received Turkish Foreign Minister Mevlut Cavusoglu in Kyiv to discuss the Black Sea.\n\n' +
    '"Turkey supports the sovereignty of Ukraine," Cavusoglu said.\n',
};
let dir = '';
beforeAll(() => {
  dir = tempDir('meetings-filters-');
  for (const [name, text] of Object.entries(REPORTS)) writeFileSync(path.join(dir, name), text);
});

/** The documents of each listed meeting, in the order listed. */
function listed(args: string[]): string[] {
  const r = meetings(['list', dir, '--format', 'csv', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return parseCsv(r.stdout)
    .slice(1)
    .map((row) => row[6]);
}

describe('meetings list: order', () => {
  it('lists meetings in date order, undated last', () => {
    expect(listed([])).toEqual(['c', 'b', 'a', 'd']);
    expect(listed(['--sort', 'date'])).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sorts by quotes (most first, then date) and by participants (surnames)', () => {
    expect(listed(['--sort', 'quotes'])).toEqual(['a', 'c', 'b', 'd']);
    // cavusoglu kuleba < cavusoglu lavrov < dupont weber < lavrov wang
    expect(listed(['--sort', 'participants'])).toEqual(['d', 'a', 'c', 'b']);
  });

  it('refuses an unknown order with the choices', () => {
    const r = meetings(['list', dir, '--sort', 'size']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are date, participants, quotes/);
    expect(r.stdout).toBe('');
  });

  it('puts the sample meetings in date order', () => {
    const ids = parseCsv(meetings(['list', SEEDS, '--format', 'csv']).stdout)
      .slice(1)
      .map((r) => r[0]);
    expect(ids).toEqual(['05-16-lavrov-lukashenko', '06-16-lavrov-makei', '11-21-lavrov-lukashenko', 'aleinik-lavrov']);
  });
});

describe('meetings list: filters', () => {
  it('finds every meeting one person had, by surname, full name or description', () => {
    expect(listed(['--participant', 'Lavrov'])).toEqual(['b', 'a']);
    expect(listed(['--participant', 'Sergei Lavrov'])).toEqual(['b', 'a']);
    const seeds = meetings(['list', SEEDS, '--format', 'csv', '--participant', 'the Belarusian president']);
    expect(parseCsv(seeds.stdout).slice(1).map((r) => r[0])).toEqual(['05-16-lavrov-lukashenko', '11-21-lavrov-lukashenko']);
  });

  it('finds the meetings of a country by its name, other name or adjective', () => {
    expect(listed(['--country', 'Turkey'])).toEqual(['a', 'd']);
    expect(listed(['--country', 'turkish'])).toEqual(['a', 'd']);
    expect(listed(['--country', 'Türkiye'])).toEqual(['a', 'd']);
    expect(listed(['--country', 'Russia', '--since', '2022'])).toEqual(['a']);
  });

  it('finds the meetings in a city, in any spelling of a capital', () => {
    expect(listed(['--place', 'paris'])).toEqual(['c']);
    expect(listed(['--place', 'Kiev'])).toEqual(['d']);
    expect(listed(['--place', 'Kyiv', '--participant', 'Lavrov'])).toEqual([]);
  });

  it('says so on stderr when no meeting is left', () => {
    const r = meetings(['list', dir, '--place', 'Oslo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('meetings: no meetings found\n');
  });

  it('suggests the nearest participant when nobody answers to the name', () => {
    const r = meetings(['list', dir, '--participant', 'Cavusolgu']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('meetings: nobody called "Cavusolgu" took part in a meeting (did you mean Mevlut Cavusoglu?)\nmeetings: no meetings found\n');
    // Someone who took part, in no meeting that passes the other filters: no hint.
    expect(meetings(['list', dir, '--participant', 'Cavusoglu', '--place', 'Paris']).stderr).toBe('meetings: no meetings found\n');
  });

  it('refuses a country it does not know, suggesting the nearest', () => {
    const r = meetings(['list', dir, '--country', 'Turky']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no country "Turky" is known \(did you mean Turkey\?\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('filters on the other commands', () => {
  it('quotes --country: everything a country\'s people said, wherever they said it', () => {
    const r = meetings(['quotes', dir, '--country', 'Turkey', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout).slice(1);
    expect(rows.map((q) => [q[0], q[4]])).toEqual([
      ['Mevlut Cavusoglu', 'a'],
      ['Mevlut Cavusoglu', 'd'],
    ]);
  });

  it('quotes --participant: the quotes in that person\'s meetings', () => {
    const rows = parseCsv(meetings(['quotes', dir, '--participant', 'Wang Yi', '--format', 'csv']).stdout).slice(1);
    expect(rows.map((q) => q[0])).toEqual(['Wang Yi']);
  });

  it('speakers --country and agenda --place', () => {
    const speakers = parseCsv(meetings(['speakers', dir, '--country', 'russian', '--format', 'csv']).stdout).slice(1);
    expect(speakers.map((s) => s[0])).toEqual(['Sergei Lavrov']);
    const topics = parseCsv(meetings(['agenda', dir, '--place', 'Beijing', '--format', 'csv']).stdout).slice(1);
    expect(topics.map((t) => t[0])).toEqual(['trade']);
  });

  it('export keeps only the documents of the chosen meetings', () => {
    const r = meetings(['export', dir, '--format', 'ndjson', '--participant', 'Dupont']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['c']);
  });
});
