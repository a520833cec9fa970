// --fields: only the fields asked for, in that order, on JSON, NDJSON and CSV (like gh --json).
import { describe, expect, it } from 'vitest';
import { SEEDS, meetings, parseCsv } from './run.js';

describe('--fields', () => {
  it('list --format json keeps the fields asked for, in their order', () => {
    const r = meetings(['list', SEEDS, '--format', 'json', '--fields', 'quotes,id']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as object[];
    expect(rows.length).toBe(4);
    for (const row of rows) expect(Object.keys(row)).toEqual(['quotes', 'id']);
  });

  it('quotes --format ndjson and speakers --format csv', () => {
    const lines = meetings(['quotes', SEEDS, '--format', 'ndjson', '--fields', 'speaker,line']).stdout.trim().split('\n');
    for (const l of lines) expect(Object.keys(JSON.parse(l))).toEqual(['speaker', 'line']);
    const csv = parseCsv(meetings(['speakers', SEEDS, '--format', 'csv', '--fields', 'name,quotes']).stdout);
    expect(csv[0]).toEqual(['name', 'quotes']);
    for (const row of csv.slice(1)) expect(row[1]).toMatch(/^\d+$/);
  });

  it('export picks document fields in JSON and NDJSON, and columns in CSV', () => {
    const json = JSON.parse(meetings(['export', SEEDS, '--format', 'json', '--fields', 'id,title']).stdout);
    for (const d of json.documents) expect(Object.keys(d)).toEqual(['id', 'title']);
    expect(json.meetings.length).toBeGreaterThan(0);
    const ndjson = meetings(['export', SEEDS, '--format', 'ndjson', '--fields', 'path']).stdout.trim().split('\n');
    expect(JSON.parse(ndjson[0])).toEqual({ path: '000_2c13f922edbf3711.txt' });
    const csv = parseCsv(meetings(['export', SEEDS, '--format', 'csv', '--fields', 'speaker,document']).stdout);
    expect(csv[0]).toEqual(['speaker', 'document']);
    expect(csv[1]).toHaveLength(2);
  });

  it.each([
    [['list', SEEDS, '--format', 'json', '--fields', 'id,dat'], 'meetings: error: no field "dat" (did you mean date?); the fields are id, date, location, participants, agenda, documents, quotes\n'],
    [['export', SEEDS, '--format', 'json', '--fields', 'titel'], 'meetings: error: no field "titel" (did you mean title?); the fields are id, path, title, date, dates, published, location, participants, people, quotes, agenda\n'],
    [['list', SEEDS, '--fields', 'id'], 'meetings: error: --fields picks fields of json, ndjson or csv output: add --format json, ndjson or csv\n'],
    [['list', SEEDS, '--format', 'csv', '--fields', ','], "meetings: error: option '--fields <names>' argument ',' is invalid. give field names separated by commas, e.g. id,date,participants.\n"],
  ])('meetings %j is a usage error that names the fields', (args, stderr) => {
    const r = meetings(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
  });
});
