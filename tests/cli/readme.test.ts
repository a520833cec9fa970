// Every example in the README is what the tool prints: each `$ npx meetings …` in a console block
// is run as scripts/readme-examples.mjs says, and its output compared with the lines under it.
// (After a change to the output: npm run build && node scripts/readme-examples.mjs.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { README, examples, matches, runExample, runnable } from '../../scripts/readme-examples.mjs';
import { tempDir } from './run.js';

interface Example {
  command: string;
  expected: string[];
}

const CACHE = tempDir('meetings-readme-cache-');
const all = examples(readFileSync(README, 'utf8')) as Example[];

describe('README examples', () => {
  it('show the options that answer the everyday questions', () => {
    const commands = all.map((e) => e.command).join('\n');
    for (const option of ['--participant', '--country', '--grep', '--context', '--sort', '--fields', 'COLUMNS=80']) expect(commands).toContain(option);
  });

  it.each(all.filter(runnable).map((e) => [e.command, e] as const))('$ %s', (_command, e) => {
    const r = runExample(e, { MEETINGS_CACHE_DIR: CACHE }) as { status: number; stderr: string; lines: string[] };
    expect(r.status, r.stderr).toBe(0);
    if (!matches(r.lines, e.expected)) expect(r.lines.join('\n'), 'refresh with: node scripts/readme-examples.mjs').toBe(e.expected.join('\n'));
  });
});
