#!/usr/bin/env node
// PolNeAR (networkdynamics/PolNeAR on GitHub: 1,008 US political news articles with hand-annotated
// attributions) as a development corpus for quotes and speakers. Kept out of git.
//
//   node scripts/polnear.mjs get [GIT_DIR_OR_URL]   copies data/train, data/dev and data/metadata.tsv
//                                                    into fixtures/polnear/data (never data/test: it is
//                                                    reserved for independent measurement)
//   node scripts/polnear.mjs [score] [train|dev] [--verbose] scores the built tool with ../shared/eval/score-polnear.mjs
//                                                    (npm run eval:polnear; default train)
// The data folder may also be given as POLNEAR_DATA=…/data.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.POLNEAR_DATA ?? path.join(ROOT, 'fixtures', 'polnear', 'data');
const SCORER = path.resolve(ROOT, '..', 'shared', 'eval', 'score-polnear.mjs');

/** Extracts train, dev and metadata from a git repository (a bare clone or a URL), blob by blob. */
function get(source = 'https://github.com/networkdynamics/PolNeAR.git') {
  let gitDir = source;
  if (!fs.existsSync(source)) {
    gitDir = fs.mkdtempSync(path.join(os.tmpdir(), 'polnear-'));
    const r = spawnSync('git', ['clone', '--bare', '--quiet', source, gitDir], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`git clone ${source} failed`);
  }
  const git = (...args) => spawnSync('git', ['--git-dir', gitDir, ...args], { encoding: 'buffer', maxBuffer: 1 << 30 });
  const list = git('ls-tree', '-r', 'HEAD').stdout.toString().split('\n').filter(Boolean);
  let n = 0;
  const missing = [];
  for (const line of list) {
    const [meta, file] = line.split('\t');
    if (!/^data\/(?:train|dev)\/|^data\/metadata\.tsv$/.test(file)) continue;   // never data/test
    const blob = git('cat-file', 'blob', meta.split(' ')[2]);
    if (blob.status !== 0) { missing.push(file); continue; }          // a copy without its largest files
    const to = path.join(path.dirname(DATA), file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, blob.stdout);
    n++;
  }
  console.log(`${n} files written under ${DATA}`);
  for (const f of missing) console.log(`  not in this copy: ${f}`);
}

function score(args) {
  const split = args.find((a) => !a.startsWith('--')) ?? 'train';
  if (split === 'test') throw new Error('the test split is reserved for independent measurement: use train or dev');
  if (!fs.existsSync(path.join(DATA, split, 'text'))) {
    throw new Error(`no PolNeAR data at ${DATA}: run \`node scripts/polnear.mjs get\` (or set POLNEAR_DATA)`);
  }
  const r = spawnSync(process.execPath, [SCORER, DATA, split, '--tool', `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'bin', 'meetings.js'))}`, ...args.filter((a) => a.startsWith('--'))], { stdio: 'inherit' });
  return r.status ?? 1;
}

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'get') get(rest[0]);
  else if (cmd === 'score') process.exitCode = score(rest);
  else process.exitCode = score(cmd ? [cmd, ...rest] : rest);
} catch (e) {
  console.error(String(e.message ?? e));
  process.exitCode = 1;
}
