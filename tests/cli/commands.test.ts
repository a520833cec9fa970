// The commands as a user runs them on the sample articles: output, stderr and exit code.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SEEDS, meetings, parseCsv, tempDir } from './run.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/record.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const seedIds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();
const ANSI = /\u001b\[/;

interface Doc {
  id: string;
  path: string;
  quotes: { speaker: string | null; text: string; kind: string; start: number; end: number; line: number }[];
  [k: string]: unknown;
}
interface Meeting {
  id: string;
  documents: string[];
  participants: { name: string }[];
}

function exportJson(args: string[] = []): { documents: Doc[]; meetings: Meeting[]; schemaVersion: number } {
  const r = meetings(['export', SEEDS, '--format', 'json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('meetings export', () => {
  it.each(['json', 'ndjson', 'csv'])('with --strict and a skipped file, writes complete, valid %s and then exits 1', (format) => {
    const dir = tempDir('meetings-strict-');
    for (const f of readdirSync(SEEDS)) writeFileSync(path.join(dir, f), readFileSync(path.join(SEEDS, f)));
    writeFileSync(path.join(dir, 'image.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(3000, 7)]));
    const r = meetings(['export', dir, '--format', format, '--strict', '--no-cache', '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^meetings: error: 1 file skipped \(--strict\)$/m);
    if (format === 'json') expect(validate(JSON.parse(r.stdout)), r.stdout.slice(-200)).toBe(true);
    if (format === 'ndjson') expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id).sort()).toEqual(seedIds);
    if (format === 'csv') expect(new Set(parseCsv(r.stdout).slice(1).map((row) => row[0]))).toEqual(new Set(seedIds));
  });

  it('prints one JSON object that matches the schema, with every sample document', () => {
    const record = exportJson();
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(record.schemaVersion).toBe(1);
    expect(record.documents.map((d) => d.id)).toEqual(seedIds);
    const inMeetings = record.meetings.flatMap((m) => m.documents).sort();
    expect(inMeetings).toEqual(seedIds);
  });

  it('has a schema that rejects a renamed or extra field anywhere in the record', () => {
    const record = exportJson();
    const renamed = structuredClone(record) as unknown as { documents: { quotes: Record<string, unknown>[] }[] };
    const q = renamed.documents[0].quotes[0];
    q.who = q.speaker;
    delete q.speaker;
    expect(validate(renamed)).toBe(false);
    const extra = structuredClone(record) as unknown as { meetings: Record<string, unknown>[] };
    extra.meetings[0].confidence = 1;
    expect(validate(extra)).toBe(false);
  });

  it('gives each quote offsets and a line that point at its words in the file', () => {
    const record = exportJson();
    const quotes = record.documents.flatMap((d) => d.quotes.map((q) => ({ d, q })));
    expect(quotes.length).toBeGreaterThan(20);
    for (const { d, q } of quotes) {
      const file = readFileSync(path.join(SEEDS, d.path), 'utf8');
      const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(words(file.slice(q.start, q.end)).slice(0, 5)).toEqual(words(q.text).slice(0, 5));
      expect(file.split('\n').slice(0, q.line).join('\n').length).toBeGreaterThanOrEqual(q.start);
    }
  });

  it('streams NDJSON: one parseable document per line, in file order', () => {
    const r = meetings(['export', SEEDS, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(seedIds.length);
    const docs = lines.map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(seedIds);
    for (const d of docs) expect(validate({ schemaVersion: 1, documents: [d], meetings: [] }), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes CSV that reads back: a quote per row, every row as wide as the header', () => {
    const r = meetings(['export', SEEDS, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const [head, ...body] = rows;
    expect(head).toContain('speaker');
    expect(head).toContain('text');
    for (const row of body) expect(row).toHaveLength(head.length);
    const record = exportJson();
    const quoteCount = record.documents.reduce((n, d) => n + Math.max(1, d.quotes.length), 0);
    expect(body).toHaveLength(quoteCount);
  });

  it('ends quietly when the reader closes the pipe early, on stdout or on both streams', () => {
    // Far more output than a pipe buffers (64 KB), so the writer really meets a closed pipe.
    const dir = tempDir('meetings-pipe-');
    for (let i = 0; i < 30; i++) for (const id of seedIds) writeFileSync(path.join(dir, `${id}-${i}.txt`), readFileSync(path.join(SEEDS, `${id}.txt`)));
    const run = (pipe: string) =>
      spawnSync('bash', ['-c', `node "${BIN}" export "${dir}" --format json --no-cache ${pipe} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    const out = run('');
    expect(out.stdout).toContain('status=0');
    expect(out.stderr).toBe('');
    expect(run('2>&1').stdout).toContain('status=0');
  });
});

describe('meetings list', () => {
  it('shows a table row per meeting with its sources', () => {
    const r = meetings(['list', SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Meeting.*Date.*Place.*Participants/);
    for (const id of seedIds) expect(r.stdout).toContain(id);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('prints the meetings as JSON and CSV for programs', () => {
    const json = meetings(['list', SEEDS, '--format', 'json']);
    const list = JSON.parse(json.stdout) as (Meeting & { quotes: number })[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.flatMap((m) => m.documents).sort()).toEqual(seedIds);
    expect(list.every((m) => typeof m.quotes === 'number')).toBe(true);
    const csv = parseCsv(meetings(['list', SEEDS, '--format', 'csv']).stdout);
    expect(csv[0]).toEqual(['id', 'date', 'location', 'participants', 'quotes', 'agenda', 'documents']);
    expect(csv).toHaveLength(list.length + 1);
  });

  it('filters on the meeting date with --since and --until', () => {
    const dir = tempDir('meetings-dates-');
    writeFileSync(path.join(dir, 'a.txt'), 'French President Jean Dupont met German Chancellor Hans Weber in Paris on 3 March 2019 to discuss trade.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Italian Prime Minister Marco Rossi met Spanish Prime Minister Luis Garcia in Madrid on 5 June 2021 to discuss energy.\n');
    const all = JSON.parse(meetings(['list', dir, '--format', 'json']).stdout) as Meeting[];
    expect(all).toHaveLength(2);
    const since = JSON.parse(meetings(['list', dir, '--format', 'json', '--since', '2020']).stdout) as Meeting[];
    expect(since.flatMap((m) => m.documents)).toEqual(['b']);
    const until = JSON.parse(meetings(['list', dir, '--format', 'json', '--until', '2019-03-03']).stdout) as Meeting[];
    expect(until.flatMap((m) => m.documents)).toEqual(['a']);
  });
});

describe('meetings quotes', () => {
  it('finds a speaker by surname, by another spelling of the full name, and lists file:line', () => {
    const bySurname = JSON.parse(meetings(['quotes', SEEDS, '--speaker', 'Lavrov', '--format', 'json']).stdout) as { speaker: string; path: string; line: number }[];
    expect(bySurname.length).toBeGreaterThanOrEqual(5);
    expect(new Set(bySurname.map((q) => q.speaker)).size).toBe(1);
    expect(bySurname[0].speaker).toMatch(/Lavrov$/);
    const byVariant = JSON.parse(meetings(['quotes', SEEDS, '--speaker', 'Sergey Lavrov', '--format', 'json']).stdout);
    expect(byVariant).toEqual(bySurname);
    const table = meetings(['quotes', SEEDS, '--speaker', 'Lavrov']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Lavrov/);
    expect(table.stdout).toMatch(/\.txt:\d+/);
    expect(table.stdout).not.toMatch(/Lukashenko ·/);
  });

  it('keeps only reported speech with --kind indirect, and none of it with --kind direct', () => {
    const indirect = JSON.parse(meetings(['quotes', SEEDS, '--kind', 'indirect', '--format', 'json']).stdout) as { kind: string }[];
    expect(indirect.length).toBeGreaterThan(0);
    expect(indirect.every((q) => q.kind === 'indirect')).toBe(true);
    const direct = JSON.parse(meetings(['quotes', SEEDS, '--kind', 'direct', '--format', 'json']).stdout) as { kind: string }[];
    expect(direct.length).toBeGreaterThan(indirect.length);
    expect(direct.every((q) => q.kind !== 'indirect')).toBe(true);
  });

  it('says so on stderr when nobody by that name is quoted', () => {
    const r = meetings(['quotes', SEEDS, '--speaker', 'Nobody Atall']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('');
    expect(r.stderr).toMatch(/no quotes by "Nobody Atall"/);
  });
});

describe('meetings speakers, agenda, show', () => {
  it('lists each speaker once, with the names the texts use', () => {
    const list = JSON.parse(meetings(['speakers', SEEDS, '--format', 'json']).stdout) as { name: string; aliases: string[]; quotes: number }[];
    const lavrovs = list.filter((s) => /lavrov/i.test(s.name));
    expect(lavrovs).toHaveLength(1);
    expect(lavrovs[0].quotes).toBeGreaterThanOrEqual(5);
    const table = meetings(['speakers', SEEDS]);
    expect(table.stdout).toMatch(/Speaker.*Role.*Also called/);
  });

  it('counts agenda topics across meetings', () => {
    const topics = JSON.parse(meetings(['agenda', SEEDS, '--format', 'json']).stdout) as { topic: string; count: number }[];
    expect(topics.length).toBeGreaterThan(5);
    expect(topics[0].count).toBeGreaterThanOrEqual(topics[topics.length - 1].count);
    expect(meetings(['agenda', SEEDS]).stdout).toMatch(/Topic.*Meetings/);
  });

  it('shows one meeting by a document id: facts, sources and quotes by speaker', () => {
    const r = meetings(['show', seedIds[2], SEEDS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Date/);
    expect(r.stdout).toContain(`${seedIds[2]}.txt`);
    expect(r.stdout).toMatch(/Quotes/);
    const json = JSON.parse(meetings(['show', seedIds[2], SEEDS, '--format', 'json']).stdout);
    expect(json.meeting.documents).toContain(seedIds[2]);
    expect(json.documents.length).toBe(json.meeting.documents.length);
  });

  it('refuses an unknown id with one line and exit code 2', () => {
    const r = meetings(['show', 'no-such-meeting', SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('every command in every format it offers', () => {
  const parses: Record<string, (out: string) => void> = {
    json: (out) => expect(() => JSON.parse(out)).not.toThrow(),
    ndjson: (out) => {
      const lines = out.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    },
    csv: (out) => {
      const [head, ...rows] = parseCsv(out);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r).toHaveLength(head.length);
    },
    table: (out) => expect(out.trim().length).toBeGreaterThan(0),
  };
  const cases: [string[], string][] = [];
  for (const cmd of ['list', 'quotes', 'speakers', 'agenda']) for (const f of ['table', 'json', 'ndjson', 'csv']) cases.push([[cmd, SEEDS], f]);
  for (const f of ['json', 'ndjson', 'csv']) cases.push([['export', SEEDS], f]);
  for (const f of ['table', 'json']) cases.push([['show', seedIds[0], SEEDS], f]);
  it.each(cases)('%j --format %s', (args, format) => {
    const r = meetings([...args, '--format', format]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    parses[format](r.stdout);
  });
});

describe('a warm run of list and agenda', () => {
  it.each(['list', 'agenda'])('%s prints what it printed cold, and what it prints with --no-cache, in every format', (cmd) => {
    const env = { MEETINGS_CACHE_DIR: tempDir('meetings-warm-') };
    for (const format of ['table', 'json', 'csv']) {
      const cold = meetings([cmd, SEEDS, '--format', format], env);
      const warm = meetings([cmd, SEEDS, '--format', format], env);
      const none = meetings([cmd, SEEDS, '--format', format, '--no-cache'], env);
      expect(cold.code).toBe(0);
      expect(warm).toEqual(cold);
      expect(none).toEqual(cold);
    }
  });

  it('says again which files it skipped, and --strict still fails', async () => {
    const dir = tempDir('meetings-warm-skips-');
    for (const f of readdirSync(SEEDS)) writeFileSync(path.join(dir, f), readFileSync(path.join(SEEDS, f)));
    writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
    // Past the window in which a file's stamp may not change with its next write: only settled
    // files are summarized, and this run should use the summary.
    await new Promise((r) => setTimeout(r, 2_100));
    const env = { MEETINGS_CACHE_DIR: tempDir('meetings-warm-') };
    const cold = meetings(['list', dir, '--format', 'csv', '--strict'], env);
    expect(readdirSync(path.join(env.MEETINGS_CACHE_DIR, 'folders'))).toHaveLength(1);
    const warm = meetings(['list', dir, '--format', 'csv', '--strict'], env);
    expect(cold.stderr).toMatch(/^meetings: warning: skipped scan\.txt: binary file/);
    expect(cold.code).toBe(1);
    expect(warm).toEqual(cold);
  });
});

describe('usage and errors', () => {
  it.each([
    [['list', 'no/such/folder'], /no such folder/],
    [['list', SEEDS, '--format', 'xml'], /invalid/],
    [['list', SEEDS, '--since', 'last year'], /YYYY/],
    [['list', SEEDS, '--jobs', '0'], /whole number/],
    [['frobnicate'], /unknown command/],
  ])('meetings %j exits 2 with a clear message', (args, message) => {
    const r = meetings(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('prints its version and help with examples', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(meetings(['--version']).stdout.trim()).toBe(pkg.version);
    const help = meetings(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    for (const c of ['list', 'show', 'quotes', 'speakers', 'agenda', 'export']) expect(help.stdout).toContain(c);
    expect(meetings(['quotes', '--help']).stdout).toMatch(/--speaker/);
  });

  it('does not colour output that goes to a pipe unless told to', () => {
    expect(meetings(['list', SEEDS]).stdout).not.toMatch(ANSI);
    expect(meetings(['list', SEEDS], { NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(meetings(['list', SEEDS, '--color', 'auto']).stdout).not.toMatch(ANSI);
    // For `| less -R`: the flag, or FORCE_COLOR; the flag wins over both variables.
    expect(meetings(['list', SEEDS, '--color', 'always']).stdout).toMatch(ANSI);
    expect(meetings(['list', SEEDS, '--color', 'always'], { NO_COLOR: '1' }).stdout).toMatch(ANSI);
    expect(meetings(['list', SEEDS], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
    expect(meetings(['list', SEEDS, '--color', 'never'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(meetings(['list', SEEDS, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(meetings(['list', SEEDS], { FORCE_COLOR: '0' }).stdout).not.toMatch(ANSI);
  });

  it('refuses a --color it does not know', () => {
    const r = meetings(['list', SEEDS, '--color', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are auto, always, never/);
  });

  // `script` gives the command a terminal, where colour is on unless NO_COLOR or --no-color says no.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('colours a terminal, except with NO_COLOR, --no-color or --color never', () => {
    const onTerminal = (cmd: string, env: NodeJS.ProcessEnv = {}) =>
      spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } }).stdout;
    const cmd = `node "${BIN}" speakers "${SEEDS}"`;
    expect(onTerminal(cmd)).toMatch(ANSI);
    expect(onTerminal(cmd, { NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(onTerminal(`${cmd} --no-color`)).not.toMatch(ANSI);
    expect(onTerminal(`${cmd} --color never`)).not.toMatch(ANSI);
  });
});
