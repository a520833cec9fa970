// analyzeCorpus as a user of the library sees it: stable order with several workers, the same
// records from one thread, two workers and the cache, and a cache that never serves stale or
// broken entries. Runs compiled code so the worker threads are real.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = path.join(ROOT, 'fixtures', 'seeds');

type Corpus = typeof import('../../src/assemble/corpus.js');
type Doc = typeof import('../../src/assemble/document.js');
type Cache = typeof import('../../src/corpus/cache.js');
type Summary = typeof import('../../src/assemble/summary.js');
type Meetings = typeof import('../../src/assemble/meetings.js');
type Record = import('../../src/model.js').DocumentRecord;

let corpus: Corpus;
let document: Doc;
let cacheLib: Cache;
let summary: Summary;
let meetingsLib: Meetings;
let tmp: string;
let generated: string;

let build: string;

beforeAll(async () => {
  // The worker threads load compiled JavaScript: build it (pretest does too, vitest alone does
  // not) into a private folder, so a rebuild of dist/ by someone else mid-run cannot give the
  // workers different code from this process. Under node_modules so packages still resolve.
  build = mkdtempSync(path.join(ROOT, 'node_modules', '.meetings-speed-test-'));
  writeFileSync(path.join(build, 'package.json'), '{"type":"module"}\n');
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT, '--outDir', path.join(build, 'dist'), '--declaration', 'false'],
    { stdio: 'pipe' },
  );
  corpus = await import(path.join(build, 'dist', 'assemble', 'corpus.js'));
  document = await import(path.join(build, 'dist', 'assemble', 'document.js'));
  cacheLib = await import(path.join(build, 'dist', 'corpus', 'cache.js'));
  summary = await import(path.join(build, 'dist', 'assemble', 'summary.js'));
  meetingsLib = await import(path.join(build, 'dist', 'assemble', 'meetings.js'));
  tmp = mkdtempSync(path.join(os.tmpdir(), 'meetings-speed-'));
  generated = path.join(tmp, 'generated');
  const { makeCorpus } = await import(path.join(ROOT, 'scripts', 'make-corpus.mjs'));
  makeCorpus({ out: generated, docs: 60, seed: 7, perFolder: 25 });
  // One long article early in the order, so later ones finish first on another worker.
  const long = readFileSync(path.join(SEEDS, readdirSync(SEEDS).sort()[0]), 'utf8');
  writeFileSync(path.join(generated, 'part-000', 'article-00a-long.txt'), long.repeat(200));
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (build) rmSync(build, { recursive: true, force: true });
});

async function collect(dir: string, options: Parameters<Corpus['analyzeCorpus']>[1]): Promise<Record[]> {
  const out: Record[] = [];
  for await (const r of corpus.analyzeCorpus(dir, options)) out.push(r);
  return out;
}

function listTexts(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.txt')) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function cacheEntries(dir: string): string[] {
  const root = path.join(dir, 'entries');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((sub) => readdirSync(path.join(root, sub)).map((f) => path.join(root, sub, f)));
}

describe('analyzeCorpus', () => {
  it('yields every file in sorted path order with several workers', async () => {
    const records = await collect(generated, { jobs: 3, cache: false, forceWorkers: true });
    expect(records.map((r) => r.path)).toEqual(listTexts(generated));
    expect(records.map((r) => r.id)).toEqual(listTexts(generated).map((p) => p.replace(/\.txt$/, '')));
  });

  it('gives the same records as analyze() on each file, with jobs 1, jobs 2 and from the cache', async () => {
    const cacheDir = path.join(tmp, 'cache-identical');
    const expected = listTexts(generated).map((p) => ({
      id: p.replace(/\.txt$/, ''),
      path: p,
      ...JSON.parse(JSON.stringify(document.analyze(readFileSync(path.join(generated, p), 'utf8')))),
    }));
    const one = await collect(generated, { jobs: 1, cache: false });
    const two = await collect(generated, { jobs: 2, cache: true, cacheDir, forceWorkers: true });
    expect(cacheEntries(cacheDir).length).toBe(expected.length);
    const cached = await collect(generated, { jobs: 2, cache: true, cacheDir, forceWorkers: true });
    expect(one).toEqual(expected);
    expect(two).toEqual(expected);
    expect(cached).toEqual(expected);
    expect(JSON.stringify(cached)).toBe(JSON.stringify(one));
  });

  it('runs small corpora in workers when asked, with the same result', async () => {
    const inThread = await collect(SEEDS, { jobs: 1, cache: false });
    const workers = await collect(SEEDS, { jobs: 2, cache: false, forceWorkers: true });
    expect(workers).toEqual(inThread);
    expect(workers.map((r) => r.id)).toEqual(listTexts(SEEDS).map((p) => p.replace(/\.txt$/, '')));
  });

  it('reports progress once per file, in order, ending at the total', async () => {
    const seen: Array<[number, number]> = [];
    await collect(SEEDS, { jobs: 1, cache: false, onProgress: (d, t) => seen.push([d, t]) });
    const n = listTexts(SEEDS).length;
    expect(seen).toEqual(Array.from({ length: n }, (_, i) => [i + 1, n]));
  });

  it('stops cleanly when the consumer stops early', async () => {
    const ids: string[] = [];
    for await (const r of corpus.analyzeCorpus(generated, { jobs: 2, cache: false, forceWorkers: true })) {
      ids.push(r.id);
      if (ids.length === 3) break;
    }
    expect(ids).toEqual(listTexts(generated).slice(0, 3).map((p) => p.replace(/\.txt$/, '')));
  });

  it('redoes in this thread what workers cannot hold in their memory limit, with the same result', async () => {
    const inThread = await collect(SEEDS, { jobs: 1, cache: false });
    const warnings: string[] = [];
    const starved = await collect(SEEDS, {
      jobs: 2,
      cache: false,
      forceWorkers: true,
      workerMemoryMb: 1,
      onWarning: (_f, m) => warnings.push(m),
    });
    expect(warnings).toEqual([]);
    expect(starved).toEqual(inThread);
  });

  it('skips a file whose analysis stalls, with a warning, and goes on', async () => {
    const warnings: string[] = [];
    const records = await collect(SEEDS, {
      jobs: 2,
      cache: false,
      forceWorkers: true,
      stallMs: 1,
      onWarning: (_f, m) => warnings.push(m),
    });
    expect(records.length + warnings.length).toBe(listTexts(SEEDS).length);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatch(/longer than/);
  });

  it('keeps the time budget in a single-job run too: a long text goes to a guarded worker', async () => {
    const dir = path.join(tmp, 'budget-one-job');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'short.txt'), 'The ministers met in Oslo on Monday.');
    writeFileSync(path.join(dir, 'long.txt'), 'Foreign Minister Anna Berg met her counterpart and said “we agree”. '.repeat(10_000));
    const warnings: string[] = [];
    const records = await collect(dir, { jobs: 1, cache: false, stallMs: 1, onWarning: (_f, m) => warnings.push(m) });
    expect(records.map((r) => r.id)).toEqual(['short']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/longer than/);
  });
});

describe('the results cache', () => {
  function makeFolder(name: string): string {
    const dir = path.join(tmp, name);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(SEEDS)) writeFileSync(path.join(dir, f), readFileSync(path.join(SEEDS, f)));
    return dir;
  }

  it('recomputes a file whose content changed', async () => {
    const dir = makeFolder('changed');
    const cacheDir = path.join(tmp, 'cache-changed');
    const first = await collect(dir, { jobs: 1, cacheDir });
    const name = listTexts(dir)[1];
    const file = path.join(dir, name);
    writeFileSync(file, 'A different headline about new talks\n\n' + readFileSync(file, 'utf8'));
    const second = await collect(dir, { jobs: 1, cacheDir });
    expect(first[1].title).not.toBe('A different headline about new talks');
    expect(second[1].title).toBe('A different headline about new talks');
    expect(second[0]).toEqual(first[0]);
    expect(cacheEntries(cacheDir).length).toBe(first.length + 1);
  });

  it('serves a renamed file from the cache', async () => {
    const dir = makeFolder('renamed');
    const cacheDir = path.join(tmp, 'cache-renamed');
    await collect(dir, { jobs: 1, cacheDir });
    const before = cacheEntries(cacheDir).length;
    const [name] = listTexts(dir);
    writeFileSync(path.join(dir, 'renamed-copy.txt'), readFileSync(path.join(dir, name)));
    const after = await collect(dir, { jobs: 1, cacheDir });
    expect(cacheEntries(cacheDir).length).toBe(before);
    const copy = after.find((r) => r.id === 'renamed-copy')!;
    const original = after.find((r) => r.path === name)!;
    expect({ ...copy, id: '', path: '' }).toEqual({ ...original, id: '', path: '' });
  });

  it('uses an entry it wrote (a planted title shows), and ignores one from another tool version', async () => {
    const dir = makeFolder('planted');
    const cacheDir = path.join(tmp, 'cache-planted');
    const clean = await collect(dir, { jobs: 1, cacheDir });
    // Planted with a checksum that holds: an entry edited without one is damaged (tests/bad-input/cache.test.ts).
    for (const entry of cacheEntries(cacheDir)) {
      const value = JSON.parse(readFileSync(entry, 'utf8'));
      value.analysis.title = 'planted in the cache';
      writeFileSync(entry, cacheLib.entryText(value.key, value.tool, JSON.stringify(value.analysis)));
    }
    const hit = await collect(dir, { jobs: 1, cacheDir });
    expect(hit.every((r) => r.title === 'planted in the cache')).toBe(true);
    expect(cacheLib.takeDamagedCount()).toBe(0);

    for (const entry of cacheEntries(cacheDir)) {
      const value = JSON.parse(readFileSync(entry, 'utf8'));
      writeFileSync(entry, cacheLib.entryText(value.key, 'an-older-version', JSON.stringify(value.analysis)));
    }
    const miss = await collect(dir, { jobs: 1, cacheDir });
    expect(miss).toEqual(clean);
  });

  it.each([
    ['not JSON', '{"format":1,"tool":'],
    ['empty', ''],
    ['wrong shape', null],
    ['an array', '[1,2,3]'],
  ])('ignores and rebuilds an entry that is %s', async (_label, content) => {
    const dir = makeFolder(`corrupt-${_label.replace(/\W/g, '-')}`);
    const cacheDir = path.join(tmp, `cache-corrupt-${_label.replace(/\W/g, '-')}`);
    const clean = await collect(dir, { jobs: 1, cacheDir });
    for (const entry of cacheEntries(cacheDir)) {
      if (content === null) {
        const value = JSON.parse(readFileSync(entry, 'utf8'));
        value.analysis = { title: 42, quotes: 'none' };
        writeFileSync(entry, JSON.stringify(value));
      } else writeFileSync(entry, content);
    }
    const again = await collect(dir, { jobs: 1, cacheDir });
    expect(again).toEqual(clean);
    for (const entry of cacheEntries(cacheDir)) {
      expect(cacheLib.isAnalysis(JSON.parse(readFileSync(entry, 'utf8')).analysis)).toBe(true);
    }
  });

  it('remembers content hashes of settled files, and still recomputes a file rewritten at the same size', async () => {
    const dir = makeFolder('index');
    const cacheDir = path.join(tmp, 'cache-index');
    await new Promise((r) => setTimeout(r, 2_100)); // past the racy window: the files are "old"
    const first = await collect(dir, { jobs: 1, cacheDir });
    const indexDir = path.join(cacheDir, 'index');
    const [indexFile] = readdirSync(indexDir);
    const lines = readFileSync(path.join(indexDir, indexFile), 'utf8').trimEnd().split('\n').slice(1);
    expect(lines.map((l) => JSON.parse(l.split('\t')[0]))).toEqual(listTexts(dir));

    const name = listTexts(dir)[2];
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    const firstLine = text.slice(0, text.indexOf('\n'));
    const replaced = 'X'.repeat(firstLine.length) + text.slice(firstLine.length);
    writeFileSync(file, replaced);
    const second = await collect(dir, { jobs: 1, cacheDir });
    expect(second[2].title).toBe(document.analyze(replaced).title);
    expect(second[2].title).not.toBe(first[2].title);
    expect(second.filter((_, i) => i !== 2)).toEqual(first.filter((_, i) => i !== 2));
  });

  it('HashIndex: gives a hash back only for the same stamp, and forgets missing files after a full run', () => {
    const cacheDir = path.join(tmp, 'cache-hashindex');
    const h = cacheLib.contentHash('a text');
    const old = '10:1:1000000:1000000';
    const index = new cacheLib.HashIndex(cacheDir, '/some/folder', 0);
    for (const name of ['a.txt', 'b\tc.txt', 'b.txt', 'd/e.txt']) index.record(name, old, h);
    expect(index.close(true)).toBe(true);
    const again = new cacheLib.HashIndex(cacheDir, '/some/folder', 0);
    expect(again.lookup('a.txt', old)).toBe(h);
    expect(again.lookup('b\tc.txt', old)).toBe(h);
    expect(again.lookup('b.txt', '10:1:1000000:2000000')).toBeNull();
    expect(again.lookup('d/e.txt', old)).toBe(h);
    expect(new cacheLib.HashIndex(cacheDir, '/other/folder', 0).lookup('a.txt', old)).toBeNull();
    again.record('a.txt', old, h);
    again.record('d/e.txt', old, h);
    again.close(true);
    const third = new cacheLib.HashIndex(cacheDir, '/some/folder', 0);
    expect(third.lookup('a.txt', old)).toBe(h);
    expect(third.lookup('b.txt', old)).toBeNull();
    expect(third.lookup('d/e.txt', old)).toBe(h);
  });

  it('HashIndex: a run cut short keeps the entries it did not reach', () => {
    const cacheDir = path.join(tmp, 'cache-cut-short');
    const stamp = '5:1:1000000:1000000';
    const first = new cacheLib.HashIndex(cacheDir, '/g', 0);
    for (const name of ['1.txt', '2.txt', '3.txt']) first.record(name, stamp, cacheLib.contentHash(name));
    first.close(true);
    const cut = new cacheLib.HashIndex(cacheDir, '/g', 0);
    expect(cut.lookup('1.txt', stamp)).toBe(cacheLib.contentHash('1.txt'));
    cut.record('1.txt', stamp, cacheLib.contentHash('1.txt'));
    cut.close(false);
    const next = new cacheLib.HashIndex(cacheDir, '/g', 0);
    expect(['1.txt', '2.txt', '3.txt'].map((n) => next.lookup(n, stamp))).toEqual(['1.txt', '2.txt', '3.txt'].map(cacheLib.contentHash));
  });

  it('HashIndex: streams an index far larger than its read buffer, with non-ASCII names', () => {
    const cacheDir = path.join(tmp, 'cache-large-index');
    const stamp = '5:1:1000000:1000000';
    const names = Array.from({ length: 3000 }, (_, i) => `présidence-日本-${String(i).padStart(5, '0')}.txt`);
    const index = new cacheLib.HashIndex(cacheDir, '/big', 0);
    for (const n of names) index.record(n, stamp, cacheLib.contentHash(n));
    index.close(true);
    const again = new cacheLib.HashIndex(cacheDir, '/big', 0);
    const found = names.filter((n, i) => i % 7 !== 3).map((n) => again.lookup(n, stamp) === cacheLib.contentHash(n));
    expect(found.every(Boolean)).toBe(true);
  });

  it('HashIndex: does not record a file changed within the racy window', () => {
    const cacheDir = path.join(tmp, 'cache-racy');
    const nowNs = BigInt(Date.now()) * 1_000_000n;
    const index = new cacheLib.HashIndex(cacheDir, '/f', 60_000);
    index.record('new.txt', `5:1:${nowNs}:${nowNs}`, cacheLib.contentHash('x'));
    index.record('old.txt', '5:2:1000000:1000000', cacheLib.contentHash('y'));
    index.close(true);
    const again = new cacheLib.HashIndex(cacheDir, '/f', 60_000);
    expect(again.lookup('new.txt', `5:1:${nowNs}:${nowNs}`)).toBeNull();
    expect(again.lookup('old.txt', '5:2:1000000:1000000')).toBe(cacheLib.contentHash('y'));
  });

  it('HashIndex: a damaged index file is a miss, never an error', () => {
    const cacheDir = path.join(tmp, 'cache-damaged');
    const stamp = '5:1:1000000:1000000';
    const index = new cacheLib.HashIndex(cacheDir, '/h', 0);
    index.record('a.txt', stamp, cacheLib.contentHash('a'));
    index.close(true);
    const [file] = readdirSync(path.join(cacheDir, 'index'));
    const full = path.join(cacheDir, 'index', file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(/"a.txt"/, '"a.txt').concat('garbage\t\t\n\0\n'));
    expect(new cacheLib.HashIndex(cacheDir, '/h', 0).lookup('a.txt', stamp)).toBeNull();
    writeFileSync(full, 'not an index at all');
    expect(new cacheLib.HashIndex(cacheDir, '/h', 0).lookup('a.txt', stamp)).toBeNull();
  });

  it('writes nothing with cache: false', async () => {
    const cacheDir = path.join(tmp, 'cache-off');
    await collect(SEEDS, { jobs: 1, cache: false, cacheDir });
    expect(existsSync(cacheDir)).toBe(false);
  });

  it('keys on the reference date, the tool version and the text', () => {
    const h = cacheLib.contentHash('text');
    const day = { year: 2020, month: 1, day: 2 };
    const keys = new Set([
      cacheLib.cacheKey(h, 'tool-a', null),
      cacheLib.cacheKey(h, 'tool-b', null),
      cacheLib.cacheKey(h, 'tool-a', day),
      cacheLib.cacheKey(h, 'tool-a', { ...day, day: 3 }),
      cacheLib.cacheKey(cacheLib.contentHash('text '), 'tool-a', null),
    ]);
    expect(keys.size).toBe(5);
    expect(cacheLib.cacheKey(h, 'tool-a', day)).toBe(cacheLib.cacheKey(cacheLib.contentHash('text'), 'tool-a', { ...day }));
  });

  it.each([
    [{ explicit: '/x/y', env: { MEETINGS_CACHE_DIR: '/a', XDG_CACHE_HOME: '/b' } }, '/x/y'],
    [{ explicit: undefined, env: { MEETINGS_CACHE_DIR: '/a', XDG_CACHE_HOME: '/b' } }, '/a'],
    [{ explicit: undefined, env: { XDG_CACHE_HOME: '/b' } }, '/b/meetings'],
    [{ explicit: undefined, env: { XDG_CACHE_HOME: 'relative' } }, path.join(os.homedir(), '.cache', 'meetings')],
    [{ explicit: undefined, env: {} }, path.join(os.homedir(), '.cache', 'meetings')],
  ])('finds the cache folder %j', ({ explicit, env }, expected) => {
    expect(cacheLib.resolveCacheDir(explicit, env)).toBe(path.resolve(expected));
  });
});

describe('hash index scope', () => {
  it('keeps one index per folder and globs, so a narrower run does not shrink the full one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'meetings-scope-'));
    try {
      const full = new cacheLib.HashIndex(dir, '/corpus', 0, '**/*.txt');
      const stamp = '10:1:1000000:1000000';
      const [h1, h2] = [cacheLib.contentHash('one'), cacheLib.contentHash('two')];
      full.record('a.txt', stamp, h1);
      full.record('b.txt', stamp, h2);
      full.close(true);
      const narrow = new cacheLib.HashIndex(dir, '/corpus', 0, 'a.txt');
      narrow.record('a.txt', stamp, h1);
      narrow.close(true);
      const again = new cacheLib.HashIndex(dir, '/corpus', 0, '**/*.txt');
      expect(again.lookup('a.txt', stamp)).toBe(h1);
      expect(again.lookup('b.txt', stamp)).toBe(h2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('folder summaries (what a warm `list` reads)', () => {
  type Options = Parameters<Summary['folderMeetings']>[1];
  // racyMs 0: the files were written a moment ago, and would otherwise be too fresh to summarize.
  const run = async (dir: string, cacheDir: string, options: Options = {}) => {
    const warnings: string[] = [];
    const result = await summary.folderMeetings(dir, {
      jobs: 1,
      cacheDir,
      racyMs: 0,
      onWarning: (f, m) => warnings.push(`${f.relative}: ${m}`),
      ...options,
    });
    return { ...result, warnings };
  };
  /** What a run with no cache at all gives: every record merged. */
  const expected = async (dir: string) => {
    const docs = await collect(dir, { jobs: 1, cache: false });
    return { meetings: meetingsLib.mergeMeetings(docs), quoteCounts: new Map(docs.map((d) => [d.id, d.quotes.length])) };
  };
  const summaries = (cacheDir: string) => {
    const d = path.join(cacheDir, 'folders');
    return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)) : [];
  };
  const folder = (name: string) => {
    const dir = path.join(tmp, name);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(SEEDS)) writeFileSync(path.join(dir, f), readFileSync(path.join(SEEDS, f)));
    return { dir, cacheDir: path.join(tmp, `cache-${name}`) };
  };

  it('gives the same meetings and quote counts cold, warm and without a cache', async () => {
    const { dir, cacheDir } = folder('summary-same');
    const want = await expected(dir);
    const cold = await run(dir, cacheDir);
    expect(summaries(cacheDir)).toHaveLength(1);
    const warm = await run(dir, cacheDir);
    const none = await run(dir, cacheDir, { cache: false });
    for (const got of [cold, warm, none]) {
      expect(got.meetings).toEqual(want.meetings);
      expect(got.quoteCounts).toEqual(want.quoteCounts);
    }
    expect(want.meetings.length).toBeGreaterThan(0);
  });

  it('answers a warm run from the summary alone (a planted place shows), and never one from another tool', async () => {
    const { dir, cacheDir } = folder('summary-planted');
    const clean = await run(dir, cacheDir);
    const [file] = summaries(cacheDir);
    const value = JSON.parse(readFileSync(file, 'utf8'));
    for (const m of value.summary.meetings) m.location = 'planted in the summary';
    writeFileSync(file, cacheLib.summaryText(value.key, value.summary));
    // Per-article entries gone too: nothing but the summary can answer.
    rmSync(path.join(cacheDir, 'entries'), { recursive: true, force: true });
    const warm = await run(dir, cacheDir);
    expect(warm.meetings.every((m) => m.location === 'planted in the summary')).toBe(true);

    writeFileSync(file, cacheLib.summaryText('made by another tool version', value.summary));
    expect((await run(dir, cacheDir)).meetings).toEqual(clean.meetings);
  });

  it.each([
    ['not JSON', '{"format":1,"key":'],
    ['empty', ''],
    ['of the wrong shape', null],
  ])('ignores and rebuilds a summary that is %s', async (label, content) => {
    const { dir, cacheDir } = folder(`summary-corrupt-${label.replace(/\W/g, '-')}`);
    const clean = await run(dir, cacheDir);
    const [file] = summaries(cacheDir);
    if (content === null) {
      const value = JSON.parse(readFileSync(file, 'utf8'));
      value.summary.meetings = 'none';
      writeFileSync(file, JSON.stringify(value));
    } else writeFileSync(file, content);
    expect((await run(dir, cacheDir)).meetings).toEqual(clean.meetings);
    expect(JSON.parse(readFileSync(file, 'utf8')).summary.meetings).toEqual(clean.meetings);
  });

  it('sees a changed, an added and a removed file, each alone', async () => {
    const { dir, cacheDir } = folder('summary-changes');
    const check = async () => {
      const want = await expected(dir);
      const got = await run(dir, cacheDir);
      expect(got.meetings).toEqual(want.meetings);
      expect(got.quoteCounts).toEqual(want.quoteCounts);
      return got;
    };
    const before = await run(dir, cacheDir);
    const [first, second] = listTexts(dir);
    // Same size, other bytes: only the stamp's times tell. Another day moves the meeting.
    const text = readFileSync(path.join(dir, first), 'utf8');
    const changed = text.replace(/\b(1\d|2[0-8]) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g, (_m, d, month) => `${Number(d) - 1} ${month}`);
    expect(changed.length).toBe(text.length);
    expect(changed).not.toBe(text);
    writeFileSync(path.join(dir, first), changed);
    const afterChange = await check();
    expect(afterChange.meetings).not.toEqual(before.meetings);
    writeFileSync(path.join(dir, 'added.txt'), readFileSync(path.join(dir, second)));
    expect((await check()).quoteCounts.has('added')).toBe(true);
    rmSync(path.join(dir, second));
    expect((await check()).quoteCounts.has(second.replace(/\.txt$/, ''))).toBe(false);
  });

  it('says the warnings of skipped files again on a warm run', async () => {
    const { dir, cacheDir } = folder('summary-skips');
    writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
    const cold = await run(dir, cacheDir);
    expect(cold.warnings).toEqual([expect.stringMatching(/^image\.txt: binary file/)]);
    expect(summaries(cacheDir)).toHaveLength(1);
    const warm = await run(dir, cacheDir);
    expect(warm.warnings).toEqual(cold.warnings);
    expect(warm.meetings).toEqual(cold.meetings);
  });

  it('keeps no summary of a run whose skips may not happen again, or of files changed just now', async () => {
    const { dir, cacheDir } = folder('summary-passing');
    const stalled = await run(dir, cacheDir, { jobs: 2, forceWorkers: true, stallMs: 1, cache: true });
    expect(stalled.warnings.length).toBeGreaterThan(0);
    expect(summaries(cacheDir)).toEqual([]);
    const fresh = await run(dir, cacheDir, { racyMs: 60_000 });
    expect(fresh.warnings).toEqual([]);
    expect(summaries(cacheDir)).toEqual([]);
    expect(fresh.meetings).toEqual((await expected(dir)).meetings);
  });

  it('keeps one summary per set of options, so alternating reference dates both stay warm', async () => {
    const { dir, cacheDir } = folder('summary-slots');
    const ref = { year: 2020, month: 1, day: 1 };
    await run(dir, cacheDir);
    await run(dir, cacheDir, { referenceDate: ref });
    expect(summaries(cacheDir)).toHaveLength(2);
  });

  it('keys on the options that change results: another reference date or size limit is another run', async () => {
    const { dir, cacheDir } = folder('summary-options');
    await run(dir, cacheDir);
    const [file] = summaries(cacheDir);
    const value = JSON.parse(readFileSync(file, 'utf8'));
    for (const m of value.summary.meetings) m.location = 'planted in the summary';
    const text = cacheLib.summaryText(value.key, value.summary);
    writeFileSync(file, text);
    const planted = (r: { meetings: Array<{ location: string | null }> }) => r.meetings.some((m) => m.location === 'planted in the summary');
    expect(planted(await run(dir, cacheDir))).toBe(true);
    writeFileSync(file, text);
    expect(planted(await run(dir, cacheDir, { referenceDate: { year: 2020, month: 1, day: 1 } }))).toBe(false);
    writeFileSync(file, text);
    const small = await run(dir, cacheDir, { maxFileSize: 100 });
    expect(planted(small)).toBe(false);
    expect(small.meetings).toEqual([]);
    expect(small.warnings.length).toBe(listTexts(dir).length);
  });
});

describe('the worker pool', () => {
  it('answers every task when workers keep dying and one stalls, instead of leaving some unanswered', () => {
    // The first worker to start hangs; every later one dies at once. The pool gives up on new
    // workers, and the stalled worker's tasks must come back as failures (the caller then runs
    // them in its own thread), not wait on a dead thread while the process quietly exits.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'meetings-pool-'));
    try {
      const marker = path.join(dir, 'started');
      writeFileSync(
        path.join(dir, 'worker.mjs'),
        `import fs from 'node:fs';\n` +
          `if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); setInterval(() => {}, 1000); }\n` +
          `else process.exit(1);\n`,
      );
      writeFileSync(
        path.join(dir, 'run.mjs'),
        `const { WorkerPool } = await import(${JSON.stringify(pathToFileURL(path.join(build, 'dist', 'assemble', 'pool.js')).href)});\n` +
          `const pool = new WorkerPool(2, new URL('./worker.mjs', import.meta.url), { stallMs: 300 });\n` +
          `const results = await Promise.all(Array.from({ length: 8 }, (_, id) => pool.run({ id, text: '', referenceDate: null, cache: null })));\n` +
          `console.log(JSON.stringify(results));\n` +
          `await pool.close();\n`,
      );
      const out = execFileSync(process.execPath, [path.join(dir, 'run.mjs')], { encoding: 'utf8', timeout: 60_000 });
      const results = JSON.parse(out) as Array<{ id: number; ok: boolean }>;
      expect(results.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(results.every((r) => !r.ok)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
