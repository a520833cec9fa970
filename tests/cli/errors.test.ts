// Errors that help: commander's suggestions kept on one line, the nearest ids and speakers, and
// show taking an id in every form the tool prints it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, meetings } from './run.js';

const seedIds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();
const relSeeds = path.relative(path.resolve(import.meta.dirname, '../..'), SEEDS);

describe('typos', () => {
  it.each([
    [['lis', SEEDS], "meetings: error: unknown command 'lis' (Did you mean list?)\n"],
    [['list', SEEDS, '--fromat', 'csv'], "meetings: error: unknown option '--fromat' (Did you mean --format?)\n"],
    [['quotes', SEEDS, '--speker', 'Lavrov'], "meetings: error: unknown option '--speker' (Did you mean --speaker?)\n"],
  ])('meetings %j suggests the nearest command or option on one line', (args, stderr) => {
    const r = meetings(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
  });

  it('quotes --speaker with a misspelt name suggests the nearest speaker', () => {
    const r = meetings(['quotes', SEEDS, '--speaker', 'Lavorv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`meetings: no quotes by "Lavorv" (did you mean Sergei Lavrov?); meetings speakers ${SEEDS} lists who is quoted\n`);
  });

  it('quotes --speaker with a name nobody has points at the speakers command', () => {
    const r = meetings(['quotes', SEEDS, '--speaker', 'Nobody Atall']);
    expect(r.stderr).toBe(`meetings: no quotes by "Nobody Atall"; meetings speakers ${SEEDS} lists who is quoted\n`);
  });
});

describe('show ID', () => {
  const first = (args: string[]) => {
    const r = meetings(['show', ...args]);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout.split('\n')[0];
  };

  it('takes the meeting id, the document id, the file name as printed, file:line, and a path to the file', () => {
    const id = '05-16-lavrov-lukashenko';
    expect(first([id, SEEDS])).toBe(id);
    expect(first([seedIds[0], SEEDS])).toBe(id);
    expect(first([`${seedIds[0]}.txt`, SEEDS])).toBe(id);
    expect(first([`${seedIds[0]}.txt:16`, SEEDS])).toBe(id);
    expect(first([path.join(relSeeds, `${seedIds[0]}.txt`)])).toBe(id);
    expect(first([path.join(SEEDS, `${seedIds[0]}.txt`), SEEDS])).toBe(id);
    expect(first(['aleinik', SEEDS])).toBe('aleinik-lavrov');
  });

  it('lists the candidates of an ambiguous prefix', () => {
    const r = meetings(['show', '0', SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('meetings: error: "0" could be any of 4 meetings: 05-16-lavrov-lukashenko, 11-21-lavrov-lukashenko, 06-16-lavrov-makei, aleinik-lavrov\n');
  });

  it('suggests the nearest id for a near miss', () => {
    const r = meetings(['show', 'aleinik-lavrv', SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('meetings: error: no meeting or document "aleinik-lavrv" among 5 documents read (did you mean aleinik-lavrov?); meetings list prints the ids\n');
    expect(r.stdout).toBe('');
  });

  it('is a usage error without an id, or with the folder in its place', () => {
    const none = meetings(['show']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("meetings: error: missing required argument 'id'\n");
    const folder = meetings(['show', relSeeds]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`meetings: error: show needs a meeting id before the folder: meetings show ID ${relSeeds} (meetings list ${relSeeds} prints the ids)\n`);
    expect(folder.stdout).toBe('');
  });
});
