// Beyond one machine, as a user runs it: `export --shard K/N` on N "machines", `merge` of their
// records, `merge --partition K/N` on N more and `--meetings` to put them together, and the
// listing commands on `--records`: each gives what one run over the folder gives, byte for byte.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SEEDS, meetings, tempDir } from './run.js';
// @ts-expect-error: a plain .mjs script without types
import { makeCorpus } from '../../scripts/make-corpus.mjs';

const work = tempDir('meetings-shard-');
const corpus = path.join(work, 'corpus');
const SHARDS = 3;
let single: { json: string; ndjson: string; csv: string };
let shards: string[];

function ok(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = meetings(args, env);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

beforeAll(() => {
  // The sample articles and 60 generated ones, in two folders: reports of one meeting (the
  // seeds) end up in different shards.
  makeCorpus({ out: corpus, docs: 60, seed: 7 });
  cpSync(SEEDS, path.join(corpus, 'seeds'), { recursive: true });
  // A family name written first in one report and alone in another: one meeting, whichever task sees which.
  writeFileSync(path.join(corpus, 'family-first-a.txt'), 'Talks in Lusaka\n\nChinese Foreign Minister Tan Weiming met Zambian Foreign Minister Grace Mwale in Lusaka on June 3, 2024. They discussed copper exports and the railway.\n');
  writeFileSync(path.join(corpus, 'seeds', 'family-first-b.txt'), 'Tan in Lusaka\n\nForeign Minister Tan held talks with Zambian Foreign Minister Grace Mwale in Lusaka on June 3, 2024 on copper exports and the railway.\n');
  single = {
    json: ok(['export', corpus, '--format', 'json', '-q']),
    ndjson: ok(['export', corpus, '--format', 'ndjson', '-q']),
    csv: ok(['export', corpus, '--format', 'csv', '-q']),
  };
  shards = Array.from({ length: SHARDS }, (_, k) => {
    const file = path.join(work, `records-${k}.ndjson`);
    writeFileSync(file, ok(['export', corpus, '--shard', `${k}/${SHARDS}`, '--format', 'ndjson', '-q']));
    return file;
  });
}, 120_000);

describe('export --shard K/N', () => {
  it('reads every file exactly once across the N shards', () => {
    const lines = shards.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
    expect(lines.length).toBe(single.ndjson.split('\n').filter(Boolean).length);
    expect([...lines].sort()).toEqual(single.ndjson.split('\n').filter(Boolean).sort());
    for (const f of shards) expect(readFileSync(f, 'utf8').length).toBeGreaterThan(0);
  });

  it('takes K and N from a Slurm job array, or K from a Kubernetes Indexed Job with auto/N', () => {
    // Slurm numbers this array 1-3: task 2 is share 1.
    const slurm = ok(['export', corpus, '--shard', 'auto', '--format', 'ndjson', '-q'], { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '3' });
    expect(slurm).toBe(readFileSync(shards[1], 'utf8'));
    const k8s = ok(['export', corpus, '--shard', 'auto/3', '--format', 'ndjson', '-q'], { JOB_COMPLETION_INDEX: '2' });
    expect(k8s).toBe(readFileSync(shards[2], 'utf8'));
  });

  it.each([
    [['--shard', '3/3'], /K must be less than N/],
    [['--shard', 'two'], /expected K\/N/],
    [['--shard', 'auto'], /no task index in the environment/],
  ])('refuses %j with one line and exit code 2', (args, message) => {
    const r = meetings(['list', corpus, ...args], { SLURM_ARRAY_TASK_ID: '', JOB_COMPLETION_INDEX: '', AWS_BATCH_JOB_ARRAY_INDEX: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('meetings merge', () => {
  it.each(['json', 'ndjson', 'csv'])('writes what one export of the folder writes, in %s', (format) => {
    expect(ok(['merge', ...shards, '--format', format])).toBe(single[format as 'json' | 'ndjson' | 'csv']);
  });

  it('reads a quoted glob, and records from standard input in any order', () => {
    expect(ok(['merge', path.join(work, 'records-*.ndjson')])).toBe(single.json);
    const shuffled = single.ndjson.split('\n').filter(Boolean).reverse().join('\n') + '\n';
    const r = spawnSync(process.execPath, [BIN, 'merge', '-'], { cwd: ROOT, input: shuffled, encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(single.json);
  });

  it('splits the meetings among --partition tasks, and --meetings puts them in the order of one run', () => {
    const parts = [0, 1].map((k) => {
      const file = path.join(work, `meetings-${k}.ndjson`);
      // The second task reads the shards in another order and takes its index from Slurm.
      const out = k === 0 ? ok(['merge', ...shards, '--partition', '0/2']) : ok(['merge', ...[...shards].reverse(), '--partition', 'auto'], { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '2' });
      writeFileSync(file, out);
      return file;
    });
    // Every meeting once (ids are numbered "-2" only when put together, so compare the rest).
    const all = JSON.parse(single.json) as { meetings: Array<{ id: string; documents: string[] }> };
    const lines = parts.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean));
    const reports = (ms: Array<{ documents: string[] }>) => ms.map((m) => m.documents.join(' ')).sort();
    expect(reports(lines.map((l) => JSON.parse(l)))).toEqual(reports(all.meetings));
    expect(all.meetings.some((m) => m.documents.length === 2 && m.documents.every((d) => /family-first/.test(d)))).toBe(true);
    expect(ok(['merge', ...shards, '--meetings', ...parts])).toBe(single.json);
  });

  it('names the file and line of a line that is not a record (exit 1), and a missing file (exit 2)', () => {
    const bad = path.join(work, 'bad.ndjson');
    writeFileSync(bad, readFileSync(shards[0], 'utf8') + '{"id": 1}\n');
    const r = meetings(['merge', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.ndjson:\d+: not a document record/);
    const missing = meetings(['merge', path.join(work, 'nothing.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such record file/);
  });
});

describe('--records on the listing commands', () => {
  const meetingId = () => (JSON.parse(single.json) as { meetings: Array<{ id: string; documents: string[] }> }).meetings.find((m) => m.documents.length > 1)!.id;
  it.each([
    [['list', '--format', 'csv']],
    [['quotes', '--format', 'json']],
    [['speakers', '--format', 'csv']],
    [['agenda', '--format', 'json']],
    [['list', '--format', 'json', '--since', '2023']],
  ])('%j from the shards\' records prints what it prints from the folder', (args) => {
    expect(ok([...args, '-q', '--records', ...shards])).toBe(ok([...args, corpus, '-q']));
  });

  it('show finds a meeting whose reports are in different shards', () => {
    const id = meetingId();
    const fromRecords = ok(['show', id, '--format', 'json', '--records', ...shards]);
    expect(fromRecords).toBe(ok(['show', id, corpus, '--format', 'json', '-q']));
    expect(JSON.parse(fromRecords).documents.length).toBeGreaterThan(1);
  });
});

describe('merge leaves no scratch folders behind', () => {
  it('when its reader closes the pipe early', () => {
    const records = path.join(work, 'seeds.ndjson');
    writeFileSync(records, ok(['export', SEEDS, '--format', 'ndjson', '-q']).repeat(200));
    const scratch = tempDir('meetings-scratch-');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" merge "${records}" | head -c 10 > /dev/null`], { env: { ...process.env, TMPDIR: scratch }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readdirSync(scratch)).toEqual([]);
  });
});
