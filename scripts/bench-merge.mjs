#!/usr/bin/env node
// node scripts/bench-merge.mjs [--records 100000,1000000] [--base 2000] [--seed 1] [--keep]
// (run by `npm run bench` after the export bench; alone: npm run build first)
//
// Times merging document records into meetings, as whole processes, with peak RSS:
//   in memory  one process reads every record into an array and runs mergeMeetings: the merge
//              before `meetings merge` (what `export --format json` does after reading)
//   merge      node bin/meetings.js merge RECORDS --partition 0/1: the partitioned merge in one
//              process, blocks spilled to temporary files, meetings written as NDJSON
// Records come from the bench's generator: --base articles (scripts/make-corpus.mjs) exported
// once, then copied into as many records as asked. Copies come in groups of four that keep the
// names, date and place of their article (four outlets reporting one meeting); each group gets
// its own surnames, so the archive holds many people and many meetings, as a real one does.
// Where both run (100,000), their meetings must be the same bytes. The in-memory merge is not
// run on 1,000,000 records (about 15 GB of parsed records); the target for `merge` there is
// twice ten times its time on 100,000.

import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './make-corpus.mjs';
import { TIME, measureNode } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'meetings.js');
const log = (s) => process.stderr.write(s + '\n');

function parseArgs(argv) {
  const a = { records: [100_000, 1_000_000], base: 2000, seed: 1, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--records') a.records = v().split(',').map(Number);
    else if (k === '--base') a.base = Number(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--keep') a.keep = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

/** Runs node with `argv` to completion, stdout to a file; wall ms and peak RSS in MB. */
const measure = (argv, stdoutFile) => measureNode(argv, { cwd: ROOT, stdoutFile });

/**
 * A surname made different for group g: "Lavrov" -> "Lavrovbbcc". Each letter is doubled, so two
 * groups' surnames are never one letter apart (which the merge takes for one name spelt two ways).
 */
function suffix(g) {
  let s = '';
  for (let n = g + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)).repeat(2) + s;
  return s;
}

/** Writes `count` records made from the base records (see the header); resolves when written. */
export function writeRecords(base, count, file) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('error', reject);
    let i = 0;
    const rename = (name, sfx) => (sfx ? name.replace(/([\p{L}'-]+)\s*$/u, (w) => w + sfx) : name);
    const next = () => {
      let ok = true;
      while (ok && i < count) {
        const copy = Math.floor(i / base.length);
        const d = base[i % base.length];
        const group = Math.floor(copy / 4);
        const sfx = group ? suffix(group - 1) : '';
        const id = `c${String(copy).padStart(4, '0')}/${d.id}`;
        const r = {
          ...d,
          id,
          path: `c${String(copy).padStart(4, '0')}/${d.path}`,
          participants: d.participants.map((p) => ({ ...p, name: rename(p.name, sfx) })),
          people: d.people.map((p) => ({ ...p, name: rename(p.name, sfx) })),
          quotes: d.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : rename(q.speaker, sfx) })),
        };
        ok = out.write(JSON.stringify(r) + '\n');
        i++;
      }
      if (i < count) out.once('drain', next);
      else out.end(resolve);
    };
    next();
  });
}

const IN_MEMORY = `
const { readFileSync } = await import('node:fs');
const { mergeMeetings } = await import(${JSON.stringify(path.join(ROOT, 'dist/assemble/meetings.js'))});
const { fileLines } = await import(${JSON.stringify(path.join(ROOT, 'dist/assemble/records.js'))});
const docs = [];
for (const line of fileLines(process.argv[1])) docs.push(JSON.parse(line));
docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const out = [];
for (const m of mergeMeetings(docs)) out.push(JSON.stringify(m) + '\\n');
process.stdout.write(out.join(''));
`;

const fmt = (n, d = 1) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));

export async function benchMerge(argv = []) {
  const args = parseArgs(argv);
  const work = mkdtempSync(path.join(os.tmpdir(), 'meetings-bench-merge-'));
  try {
    log(`merge bench: ${args.base} articles (seed ${args.seed}) exported as the base records ...`);
    makeCorpus({ out: path.join(work, 'corpus'), docs: args.base, seed: args.seed });
    const exported = spawnSync(process.execPath, [BIN, 'export', path.join(work, 'corpus'), '--format', 'ndjson', '--no-cache', '-q'], { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
    if (exported.status !== 0) throw new Error(`export failed: ${exported.stderr}`);
    const base = exported.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const rows = [];
    let baseline = null;
    for (const count of args.records) {
      const file = path.join(work, `records-${count}.ndjson`);
      log(`merge bench: writing ${count.toLocaleString('en-US')} records ...`);
      await writeRecords(base, count, file);
      const gb = statSync(file).size / 1e9;
      const merged = path.join(work, `merged-${count}.ndjson`);
      log(`merge bench: meetings merge over ${count.toLocaleString('en-US')} records (${fmt(gb, 2)} GB) ...`);
      const m = await measure(['--no-regexp-tier-up', BIN, 'merge', file, '--partition', '0/1'], merged);
      const meetings = readLines(merged);
      let mem = null;
      if (count <= 200_000) {
        log(`merge bench: in-memory merge over ${count.toLocaleString('en-US')} records ...`);
        const inMemory = path.join(work, `in-memory-${count}.ndjson`);
        mem = await measure(['--max-old-space-size=16384', '--input-type=module', '-e', IN_MEMORY, file], inMemory);
        if (readFileSync(inMemory, 'utf8') !== readFileSync(merged, 'utf8')) throw new Error(`merge and in-memory merge differ on ${count} records`);
        if (count === 100_000) baseline = mem.ms;
        rmSync(inMemory);
      }
      rows.push({ count, gb, meetings, merge: m, mem });
      rmSync(file);
      rmSync(merged);
    }
    const lines = [];
    lines.push('');
    lines.push(`Merging document records (${args.base} generated articles copied; ${os.availableParallelism?.() ?? os.cpus().length} cores; peak RSS ${TIME ? 'from /usr/bin/time -v' : 'from /proc VmHWM'})`);
    lines.push('');
    lines.push('| records | NDJSON | meetings | in-memory merge | meetings merge | target |');
    lines.push('|---|---|---|---|---|---|');
    for (const r of rows) {
      const mem = r.mem ? `${fmt(r.mem.ms / 1000)} s, ${fmt(r.mem.rssMb, 0)} MB` : 'not run';
      const target =
        r.count === 1_000_000 && baseline !== null
          ? `≤ ${fmt((20 * baseline) / 1000, 0)} s (2 × 10 × in-memory at 100,000): ${r.merge.ms <= 20 * baseline ? 'met' : 'MISSED'}; < 300 MB: ${r.merge.rssMb < 300 ? 'met' : 'MISSED'}`
          : r.mem
            ? 'same meetings, byte for byte'
            : '';
      lines.push(`| ${r.count.toLocaleString('en-US')} | ${fmt(r.gb, 2)} GB | ${r.meetings.toLocaleString('en-US')} | ${mem} | ${fmt(r.merge.ms / 1000)} s, ${fmt(r.merge.rssMb, 0)} MB | ${target} |`);
    }
    process.stdout.write(lines.join('\n') + '\n');
    return rows;
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

function readLines(file) {
  let n = 0;
  const buf = readFileSync(file);
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  benchMerge(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`bench-merge: ${err.stack ?? err}\n`);
    process.exit(1);
  });
}
