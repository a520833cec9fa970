// quotes --grep and --context, and the quote's sentence in show: "what did Y say about Z, in
// context" as one command.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SEEDS, meetings, parseCsv, tempDir } from './run.js';

const REPORT =
  'Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergei Lavrov in Antalya on 10 March 2022 to discuss grain exports.\n\n' +
  'The talks lasted three hours. "We want the war to end as soon as possible," Cavusoglu told reporters after the talks. He did not take questions.\n\n' +
  'Lavrov said the sides would meet again in April.\n';
let dir = '';
beforeAll(() => {
  dir = tempDir('meetings-search-');
  writeFileSync(path.join(dir, 'a.txt'), REPORT);
});

interface Row {
  speaker: string;
  text: string;
  context?: string | null;
}
const json = (args: string[]) => {
  const r = meetings(['quotes', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Row[];
};

describe('quotes --grep', () => {
  it('keeps the quotes with the words, whatever their case', () => {
    const rows = json([SEEDS, '--grep', 'SANCTIONS']);
    expect(rows.length).toBeGreaterThan(0);
    for (const q of rows) expect(q.text).toMatch(/sanctions/i);
    expect(rows.length).toBeLessThan(json([SEEDS]).length);
  });

  it('takes a regular expression, and a pattern that is not one as plain words', () => {
    const either = json([SEEDS, '--grep', 'sanctions|Eurasian']);
    expect(either.some((q) => /sanctions/i.test(q.text)) && either.some((q) => /Eurasian/i.test(q.text))).toBe(true);
    const literal = meetings(['quotes', SEEDS, '--grep', 'trade (and']);
    expect(literal.code).toBe(0);
    expect(literal.stderr).toBe('meetings: no quotes matching "trade (and"\n');
  });

  it('combines with --speaker: what one person said about one thing', () => {
    const rows = json([SEEDS, '--speaker', 'Lukashenko', '--grep', 'trade']);
    expect(rows.length).toBeGreaterThan(0);
    for (const q of rows) expect([q.speaker, /trade/i.test(q.text)]).toEqual(['Aleksandr Lukashenko', true]);
  });

  it('says on stderr when nothing matches', () => {
    const r = meetings(['quotes', SEEDS, '--speaker', 'Lavrov', '--grep', 'zebra']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('meetings: no quotes by "Lavrov" matching "zebra"\n');
  });
});

describe('quotes --context', () => {
  it('gives the sentence that holds the quote with 0, and n sentences either side', () => {
    const [q0] = json([dir, '--speaker', 'Cavusoglu', '--context', '0']);
    expect(q0.context).toBe('"We want the war to end as soon as possible," Cavusoglu told reporters after the talks.');
    const [q1] = json([dir, '--speaker', 'Cavusoglu', '--context', '1']);
    expect(q1.context).toBe('The talks lasted three hours. "We want the war to end as soon as possible," Cavusoglu told reporters after the talks. He did not take questions.');
    const [none] = json([dir, '--speaker', 'Cavusoglu']);
    expect(none).not.toHaveProperty('context');
  });

  it('prints the context under the quote, wrapped to the terminal, and as a CSV column', () => {
    const r = meetings(['quotes', dir, '--grep', 'war', '-C', '1'], { COLUMNS: '60' });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const context = lines.filter((l) => l.startsWith('    │ '));
    expect(context.map((l) => l.slice(6)).join(' ')).toBe(
      'The talks lasted three hours. "We want the war to end as soon as possible," Cavusoglu told reporters after the talks. He did not take questions.',
    );
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
    const csv = parseCsv(meetings(['quotes', dir, '--grep', 'war', '-C', '0', '--format', 'csv']).stdout);
    expect(csv[0].at(-1)).toBe('context');
    expect(csv[1].at(-1)).toMatch(/Cavusoglu told reporters after the talks\.$/);
  });

  it("leaves a page's furniture out of the context", () => {
    const [q] = json([path.join(ROOT, 'fixtures/pages'), '--speaker', 'Costa', '--grep', 'Atlantic', '--context', '1']);
    expect(q.context).not.toMatch(/ADVERTISEMENT|Continue reading/);
    expect(q.context).toMatch(/^Costa said the two countries would sign a fisheries agreement .* “Portugal and Norway are two Atlantic nations\. The ocean is our common future,” Costa said\. The ministers also discussed/);
  });

  it.each(['-1', 'two', '21'])('refuses --context %s', (n) => {
    const r = meetings(['quotes', dir, '--context', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/from 0 to 20/);
    expect(r.stdout).toBe('');
  });

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('highlights the quoted words, or the words searched for, on a terminal', () => {
    const onTerminal = (args: string) =>
      spawnSync('script', ['-qec', `node "${BIN}" quotes "${dir}" ${args}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } }).stdout;
    expect(onTerminal('-C 1')).toMatch(/\u001b\[33mWe want the war to end as soon as possible,\u001b\[39m/);
    expect(onTerminal('-C 1 --grep "end as"')).toMatch(/\u001b\[1m\u001b\[31mend as\u001b\[39m\u001b\[22m/);
  });
});

describe('show', () => {
  it("shows a reported quote's sentence under it, and more with --context", () => {
    const r = meetings(['show', 'aleinik-lavrov', SEEDS]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('    │ Among the issues Sergey Aleinik and Sergey Lavrov addressed were countering Western sanctions');
    const wider = meetings(['show', 'aleinik-lavrov', SEEDS, '--context', '1']);
    expect(wider.stdout).toMatch(/│ The Belarusian and Russian foreign ministers on Monday discussed/);
  });
});
