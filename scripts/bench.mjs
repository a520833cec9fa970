#!/usr/bin/env node
// npm run bench [-- --docs 10000 --runs 3 --yardstick-docs 1000 --html-docs 2000 --table-docs 3000 --jobs N --keep]
//
// Builds a reproducible synthetic corpus (scripts/make-corpus.mjs) in a temporary folder and
// times whole processes, as a user would run them:
//   export    node bin/meetings.js export DIR --format ndjson, empty cache (cold), then again (warm)
//   yardstick one process that runs compromise's nlp(text) over every file: the cost of
//             "just parse everything with an NLP library", the bar the export should beat
//   list      node bin/meetings.js list DIR --format csv, cold (empty cache) and warm (cache filled);
//             csv because the table renderer's own cost on 10,000 rows would swamp the figure
//   seeds     node bin/meetings.js list fixtures/seeds, cold and warm: the start-up cost
//   table     the first --table-docs articles (default 3,000), warm: `list` drawn as a table at 80
//             and at 200 columns (COLUMNS) against `list --format csv`; the target is 2x at most
//   pages     the first --html-docs articles exported as text files and as saved web pages (a news
//             site's furniture around each), cold: what reading HTML costs
// Each figure is the median of --runs runs; peak RSS comes from /usr/bin/time -v when present,
// else from polling /proc/PID/status (VmHWM). The yardstick is slow, so it runs on the first
// --yardstick-docs files and is scaled to the corpus by bytes; the output says so.
//
// Internal: `node scripts/bench.mjs --yardstick-child DIR LIMIT` is the yardstick process.

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './make-corpus.mjs';
import { TIME, measureNode } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'meetings.js');
const SEEDS = path.join(ROOT, 'fixtures', 'seeds');

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(txt|md)$/.test(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

async function yardstickChild(dir, limit) {
  const { default: nlp } = await import('compromise');
  const files = listFiles(dir).slice(0, limit);
  let bytes = 0;
  let terms = 0;
  const t0 = performance.now();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    terms += nlp(text).terms().length; // touch the result so nothing is skipped
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ files: files.length, bytes, terms, ms }) + '\n');
}

/** Runs the tool or a script to completion; see scripts/measure.mjs for what it returns. */
function measure(args, env = {}) {
  // The tool runs as its shebang starts it (bin/meetings.js: node --no-regexp-tier-up).
  return measureNode(args[0] === BIN ? ['--no-regexp-tier-up', ...args] : args, { cwd: ROOT, env });
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, digits = 1) => (n === null || !Number.isFinite(n) ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function parseArgs(argv) {
  const a = { docs: 10_000, runs: 3, yardstickDocs: 1000, htmlDocs: 2000, tableDocs: 3000, jobs: null, keep: false, seed: 1, corpus: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i];
    if (k === '--docs') a.docs = Number(v());
    else if (k === '--runs') a.runs = Number(v());
    else if (k === '--yardstick-docs') a.yardstickDocs = Number(v());
    else if (k === '--html-docs') a.htmlDocs = Number(v());
    else if (k === '--table-docs') a.tableDocs = Number(v());
    else if (k === '--jobs') a.jobs = Number(v());
    else if (k === '--seed') a.seed = Number(v());
    else if (k === '--corpus') a.corpus = v();
    else if (k === '--keep') a.keep = true;
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(path.join(os.tmpdir(), 'meetings-bench-'));
  const corpus = args.corpus ? path.resolve(args.corpus) : path.join(work, 'corpus');
  const log = (s) => process.stderr.write(s + '\n');
  const cacheDirs = [];
  let n = 0;
  const freshCache = () => {
    const d = path.join(work, `cache-${n++}`);
    cacheDirs.push(d);
    return d;
  };
  try {
    if (!args.corpus) {
      log(`generating ${args.docs.toLocaleString('en-US')} articles (seed ${args.seed}) in ${corpus} ...`);
      makeCorpus({ out: corpus, docs: args.docs, seed: args.seed });
    }
    const files = listFiles(corpus);
    const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
    const docs = files.length;
    const mb = bytes / 1e6;
    const jobsArgs = args.jobs ? ['--jobs', String(args.jobs)] : [];
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

    const exportRuns = [];
    const exportWarm = [];
    for (let r = 0; r < args.runs; r++) {
      const dir = freshCache();
      log(`export run ${r + 1}/${args.runs} (cold, then warm) ...`);
      const m = await measure([BIN, 'export', corpus, '--format', 'ndjson', '--quiet', ...jobsArgs], { MEETINGS_CACHE_DIR: dir });
      if (m.lines !== docs) log(`  note: ${m.lines} records for ${docs} files`);
      exportRuns.push(m);
      exportWarm.push(await measure([BIN, 'export', corpus, '--format', 'ndjson', '--quiet', ...jobsArgs], { MEETINGS_CACHE_DIR: dir }));
    }

    const ydocs = Math.min(docs, args.yardstickDocs);
    const yRuns = [];
    for (let r = 0; r < args.runs; r++) {
      log(`yardstick run ${r + 1}/${args.runs} (compromise nlp() on ${ydocs} files) ...`);
      const m = await measure([fileURLToPath(import.meta.url), '--yardstick-child', corpus, String(ydocs)]);
      yRuns.push({ ...m, inner: JSON.parse(m.tail.trim().split('\n').pop()) });
    }

    const listCold = [];
    const listWarm = [];
    for (let r = 0; r < args.runs; r++) {
      log(`list run ${r + 1}/${args.runs} (cold, then warm) ...`);
      const dir = freshCache();
      // csv: the run itself; the table's own cost is measured below.
      listCold.push(await measure([BIN, 'list', corpus, '--format', 'csv', '--quiet', ...jobsArgs], { MEETINGS_CACHE_DIR: dir }));
      listWarm.push(await measure([BIN, 'list', corpus, '--format', 'csv', '--quiet', ...jobsArgs], { MEETINGS_CACHE_DIR: dir }));
    }
    // The same articles as saved web pages (a news site's furniture around each) against the text files.
    const hdocs = Math.min(docs, args.htmlDocs);
    const textDir = path.join(work, 'as-text');
    const pageDir = path.join(work, 'as-pages');
    mkdirSync(textDir);
    mkdirSync(pageDir);
    files.slice(0, hdocs).forEach((f, i) => {
      const text = readFileSync(f, 'utf8');
      writeFileSync(path.join(textDir, `${i}.txt`), text);
      writeFileSync(path.join(pageDir, `${i}.html`), pageOf(text, i));
    });
    const asText = [];
    const asPages = [];
    for (let r = 0; r < args.runs; r++) {
      log(`saved pages run ${r + 1}/${args.runs} (${hdocs} articles as text, then as pages, cold) ...`);
      asText.push(await measure([BIN, 'export', textDir, '--format', 'ndjson', '--quiet', '--no-cache', ...jobsArgs]));
      asPages.push(await measure([BIN, 'export', pageDir, '--format', 'ndjson', '--quiet', '--no-cache', ...jobsArgs]));
    }
    // The same list as a table and as CSV, warm: what drawing the table costs.
    const tdocs = Math.min(docs, args.tableDocs);
    const tableDir = path.join(work, 'table');
    files.slice(0, tdocs).forEach((f, i) => {
      mkdirSync(path.join(tableDir, String(Math.floor(i / 1000))), { recursive: true });
      writeFileSync(path.join(tableDir, String(Math.floor(i / 1000)), `${i}.txt`), readFileSync(f));
    });
    const tableCache = freshCache();
    await measure([BIN, 'list', tableDir, '--format', 'csv', '--quiet', ...jobsArgs], { MEETINGS_CACHE_DIR: tableCache });
    // Twice: the folder summary is written only for files older than their stamps' resolution.
    await new Promise((r) => setTimeout(r, 2_100));
    await measure([BIN, 'list', tableDir, '--format', 'csv', '--quiet', ...jobsArgs], { MEETINGS_CACHE_DIR: tableCache });
    const asCsv = [];
    const asTable80 = [];
    const asTable200 = [];
    for (let r = 0; r < args.runs; r++) {
      log(`table run ${r + 1}/${args.runs} (${tdocs} articles, warm: csv, table at 80 and 200 columns) ...`);
      asCsv.push(await measure([BIN, 'list', tableDir, '--format', 'csv', '--quiet'], { MEETINGS_CACHE_DIR: tableCache }));
      asTable80.push(await measure([BIN, 'list', tableDir, '--quiet'], { MEETINGS_CACHE_DIR: tableCache, COLUMNS: '80' }));
      asTable200.push(await measure([BIN, 'list', tableDir, '--quiet'], { MEETINGS_CACHE_DIR: tableCache, COLUMNS: '200' }));
    }
    const seedCold = [];
    const seedWarm = [];
    for (let r = 0; r < Math.max(3, args.runs); r++) {
      const dir = freshCache();
      seedCold.push(await measure([BIN, 'list', SEEDS], { MEETINGS_CACHE_DIR: dir }));
      seedWarm.push(await measure([BIN, 'list', SEEDS], { MEETINGS_CACHE_DIR: dir }));
    }

    // Figures.
    const exMs = median(exportRuns.map((m) => m.ms));
    const exRss = median(exportRuns.map((m) => m.rssMb));
    const yInnerMsPerByte = median(yRuns.map((m) => m.inner.ms / Math.max(1, m.inner.bytes)));
    const yStartMs = median(yRuns.map((m) => m.ms - m.inner.ms));
    const yScaledMs = yStartMs + yInnerMsPerByte * bytes;
    const yRss = median(yRuns.map((m) => m.rssMb));
    const ratio = exMs / yScaledMs;
    const lc = median(listCold.map((m) => m.ms));
    const lw = median(listWarm.map((m) => m.ms));
    const sc = median(seedCold.map((m) => m.ms));
    const sw = median(seedWarm.map((m) => m.ms));

    const out = [];
    out.push('');
    out.push(`meetings bench: ${docs.toLocaleString('en-US')} articles, ${fmt(mb)} MB (synthetic, seed ${args.seed}); ` +
      `${cores} cores (${os.cpus()[0]?.model?.trim() ?? 'cpu'}); node ${process.version}; jobs ${args.jobs ?? 'default'}; ` +
      `median of ${args.runs} runs; peak RSS from ${TIME ? `${TIME} -v` : '/proc VmHWM polling'}`);
    out.push('');
    out.push('| what (whole process) | wall s | docs/s | MB/s | peak RSS MB |');
    out.push('|---|---:|---:|---:|---:|');
    out.push(`| export --format ndjson, cold cache | ${fmt(exMs / 1000, 2)} | ${fmt(docs / (exMs / 1000), 0)} | ${fmt(mb / (exMs / 1000), 2)} | ${fmt(exRss, 0)} |`);
    const ew = median(exportWarm.map((m) => m.ms));
    out.push(`| export --format ndjson, warm cache | ${fmt(ew / 1000, 2)} | ${fmt(docs / (ew / 1000), 0)} | ${fmt(mb / (ew / 1000), 2)} | ${fmt(median(exportWarm.map((m) => m.rssMb)), 0)} |`);
    const yNote = ydocs < docs ? ` (measured on ${ydocs.toLocaleString('en-US')} files, scaled by bytes)` : '';
    out.push(`| compromise nlp() yardstick${yNote} | ${fmt(yScaledMs / 1000, 2)} | ${fmt(docs / (yScaledMs / 1000), 0)} | ${fmt(mb / (yScaledMs / 1000), 2)} | ${fmt(yRss, 0)} |`);
    out.push(`| list --format csv, cold cache | ${fmt(lc / 1000, 2)} | ${fmt(docs / (lc / 1000), 0)} | ${fmt(mb / (lc / 1000), 2)} | ${fmt(median(listCold.map((m) => m.rssMb)), 0)} |`);
    out.push(`| list --format csv, warm cache | ${fmt(lw / 1000, 2)} | ${fmt(docs / (lw / 1000), 0)} | ${fmt(mb / (lw / 1000), 2)} | ${fmt(median(listWarm.map((m) => m.rssMb)), 0)} |`);
    out.push(`| list fixtures/seeds, cold cache | ${fmt(sc / 1000, 3)} | | | ${fmt(median(seedCold.map((m) => m.rssMb)), 0)} |`);
    out.push(`| list fixtures/seeds, warm cache | ${fmt(sw / 1000, 3)} | | | ${fmt(median(seedWarm.map((m) => m.rssMb)), 0)} |`);
    out.push('');
    const check = (ok) => (ok ? 'ok' : 'MISSED');
    out.push(`export / yardstick time ratio: ${fmt(ratio, 3)} (target <= 0.25: ${check(ratio <= 0.25)}); export is ${fmt(1 / ratio, 1)}x the yardstick's speed`);
    out.push(`export peak RSS: ${fmt(exRss, 0)} MB (target < 300 MB: ${check(exRss !== null && exRss < 300)})`);
    out.push(`list warm vs cold: ${fmt(lc / lw, 1)}x faster (target >= 20x: ${check(lc / lw >= 20)})`);
    out.push(`cold start, list fixtures/seeds: ${fmt(sc, 0)} ms (target < 500 ms: ${check(sc < 500)})`);
    const ht = median(asText.map((m) => m.ms));
    const hp = median(asPages.map((m) => m.ms));
    out.push(`saved pages: ${hdocs.toLocaleString('en-US')} articles as text ${fmt(ht / 1000, 2)} s, as pages ${fmt(hp / 1000, 2)} s, peak RSS ${fmt(median(asPages.map((m) => m.rssMb)), 0)} MB: ${fmt(hp / ht, 2)}x (target <= 2x: ${check(hp / ht <= 2)})`);
    const tc = median(asCsv.map((m) => m.ms));
    const t80 = median(asTable80.map((m) => m.ms));
    const t200 = median(asTable200.map((m) => m.ms));
    const tWorst = Math.max(t80, t200);
    out.push(
      `list of ${tdocs.toLocaleString('en-US')} articles, warm: csv ${fmt(tc / 1000, 2)} s, table at 80 columns ${fmt(t80 / 1000, 2)} s, ` +
        `at 200 columns ${fmt(t200 / 1000, 2)} s: ${fmt(tWorst / tc, 2)}x (target <= 2x: ${check(tWorst / tc <= 2)})`,
    );
    process.stdout.write(out.join('\n') + '\n');
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** An article as a news site saves it: head, scripts, navigation, a cookie banner, related links, a footer. */
function pageOf(text, i) {
  const esc = (x) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const [title, ...rest] = text.split(/\r?\n/);
  const paragraphs = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const links = Array.from({ length: 12 }, (_, k) => `<li><a href="/story/${i}-${k}">Story ${k} of the day in brief</a></li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title ?? '')} | Bench News</title>
<meta property="article:published_time" content="2024-03-${String(1 + (i % 28)).padStart(2, '0')}T09:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${esc(title ?? '').replace(/"/g, '')}"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
<style>.nav{display:flex}.ad{min-height:250px}.cookie{position:fixed;bottom:0}</style></head>
<body><div class="cookie">We use cookies. <button>Accept all</button></div>
<header><nav class="nav"><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sport">Sport</a></nav></header>
<div class="ad">ADVERTISEMENT</div><main><article><h1>${esc(title ?? '')}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><aside><h3>Most read</h3><ul>${links}</ul></aside></main>
<footer><p>© 2024 Bench News. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>
`;
}

if (process.argv[2] === '--yardstick-child') {
  await yardstickChild(process.argv[3], Number(process.argv[4]));
} else {
  await main();
  // The merge of document records into meetings, at 100,000 and 1,000,000 records (scripts/bench-merge.mjs; MEETINGS_BENCH_MERGE="--records 100000" to change).
  if (process.env.MEETINGS_BENCH_MERGE !== 'off') await (await import('./bench-merge.mjs')).benchMerge((process.env.MEETINGS_BENCH_MERGE ?? '').split(' ').filter(Boolean));
}
