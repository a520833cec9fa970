// The results cache after something went wrong, as a user meets it: an entry, folder summary or
// hash index edited, cut short, or replaced by a FIFO or a link to a device; temporary files left
// by a run cut short. Every command must print what a clean run prints, exit 0, warn in one line
// when it met the damage (and say nothing otherwise), and leave the cache repaired and free of
// temporary files.
// Runs the built binary (`npm run build` first, as the test script's pretest does).
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, SEEDS, tempDir, type Run } from '../cli/run.js';

/** The binary with its own cache folder, and a time limit: a cache that hangs a run must fail the test, not stall it. */
const options = (cacheDir: string) => ({
  cwd: ROOT,
  encoding: 'utf8' as const,
  env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', MEETINGS_CACHE_DIR: cacheDir },
  maxBuffer: 64 * 1024 * 1024,
  timeout: 20_000,
});
function run(args: string[], cacheDir: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], options(cacheDir));
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}
/** The same, without waiting: the commands of one case run side by side. */
function runAsync(args: string[], cacheDir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], options(cacheDir), (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ stdout, stderr, code });
    });
  });
}

const COMMANDS: Array<[string, string[]]> = [
  ['list', ['list', SEEDS]],
  ['export', ['export', SEEDS, '--format', 'json']],
  ['quotes', ['quotes', SEEDS]],
  ['speakers', ['speakers', SEEDS]],
  ['agenda', ['agenda', SEEDS]],
];

/** Every file under a folder, recursively (links and FIFOs included, never followed). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}
const temporaryFiles = (cacheDir: string) => filesUnder(cacheDir).filter((f) => f.endsWith('.tmp'));

/** The one cache file of a kind: an entry with participants and quotes, the folder summary, the hash index. */
function entryFile(cacheDir: string): string {
  const found = filesUnder(path.join(cacheDir, 'entries')).find((f) => {
    const text = readFileSync(f, 'utf8');
    return text.includes('"participants":[{') && text.includes('"quotes":[{');
  });
  if (!found) throw new Error('no entry with participants and quotes');
  return found;
}
const summaryFile = (cacheDir: string) => filesUnder(path.join(cacheDir, 'folders')).find((f) => f.endsWith('.json'))!;
const indexFile = (cacheDir: string) => filesUnder(path.join(cacheDir, 'index')).find((f) => f.endsWith('.tsv'))!;

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const editJson = (file: string, change: (value: { analysis: any }) => void) =>
  edit(file, (text) => {
    const value = JSON.parse(text);
    change(value);
    return JSON.stringify(value) + '\n';
  });
const fifo = (file: string) => {
  unlinkSync(file);
  execFileSync('mkfifo', [file]);
};
const linkToZero = (file: string) => {
  unlinkSync(file);
  symlinkSync('/dev/zero', file);
};
/** Swaps the content hashes of the index's first two files: each then points at the other's entry. */
const swapHashes = (file: string) =>
  edit(file, (text) => {
    const lines = text.split('\n');
    const hash = /\t([0-9a-f]{64})(?=\t|$)/;
    const [a, b] = [hash.exec(lines[1])![1], hash.exec(lines[2])![1]];
    lines[1] = lines[1].replace(a, b);
    lines[2] = lines[2].replace(b, a);
    return lines.join('\n');
  });

/**
 * What is damaged, which decides the commands that meet it: every command reads the entries (the
 * summary is removed for these cases); list and agenda read the summary; the others the index.
 */
type Target = 'entry' | 'summary' | 'index' | 'all';
const READERS: Record<Target, string[]> = {
  entry: ['list', 'export', 'quotes', 'speakers', 'agenda'],
  summary: ['list', 'agenda'],
  index: ['export', 'quotes', 'speakers'],
  all: ['list', 'export', 'quotes', 'speakers', 'agenda'],
};
const CASES: Array<[string, Target, (cacheDir: string) => void]> = [
  ['an entry with a renamed "name" key', 'entry', (c) => edit(entryFile(c), (t) => t.replace('"name":', '"nmae":'))],
  ['an entry with quotes[0] = {}', 'entry', (c) => editJson(entryFile(c), (v) => (v.analysis.quotes[0] = {}))],
  ['an entry with a null participant name', 'entry', (c) => editJson(entryFile(c), (v) => (v.analysis.participants[0].name = null))],
  ['an entry with an offset of -5', 'entry', (c) => editJson(entryFile(c), (v) => (v.analysis.quotes[0].start = -5))],
  ['an entry with one more character in a quote', 'entry', (c) => editJson(entryFile(c), (v) => (v.analysis.quotes[0].text += '!'))],
  ['a truncated entry', 'entry', (c) => edit(entryFile(c), (t) => t.slice(0, Math.floor(t.length / 2)))],
  ['an entry replaced by a FIFO', 'entry', (c) => fifo(entryFile(c))],
  ['an entry replaced by a link to /dev/zero', 'entry', (c) => linkToZero(entryFile(c))],
  ['a summary with a renamed "name" key', 'summary', (c) => edit(summaryFile(c), (t) => t.replace('"name":', '"nmae":'))],
  ['a truncated summary', 'summary', (c) => edit(summaryFile(c), (t) => t.slice(0, Math.floor(t.length / 2)))],
  ['a summary replaced by a FIFO', 'summary', (c) => fifo(summaryFile(c))],
  ["an index whose first two files point at each other's entries", 'index', (c) => swapHashes(indexFile(c))],
  ['an index replaced by a FIFO', 'index', (c) => fifo(indexFile(c))],
  ['an index replaced by a link to /dev/zero', 'index', (c) => linkToZero(indexFile(c))],
  [
    'an entry, the summary and the index all damaged at once',
    'all',
    (c) => {
      edit(entryFile(c), (t) => t.replace('"name":', '"nmae":'));
      fifo(summaryFile(c));
      swapHashes(indexFile(c));
    },
  ],
];
const WARNING = /^meetings: warning: \d+ damaged cache files? (was|were) ignored and rebuilt$/;

describe('a damaged cache', () => {
  const clean = new Map<string, string>();
  let template: string;

  beforeAll(() => {
    for (const [name, args] of COMMANDS) {
      const r = run([...args, '--no-cache'], tempDir('meetings-unused-cache-'));
      expect(r.code, r.stderr).toBe(0);
      clean.set(name, r.stdout);
    }
    // A warm cache: an entry per article and the hash index (export), the folder summary (list).
    template = tempDir('meetings-cache-template-');
    for (const args of [COMMANDS[1][1], COMMANDS[0][1]]) expect(run(args, template).code).toBe(0);
    expect([entryFile(template), summaryFile(template), indexFile(template)].every(Boolean)).toBe(true);
  }, 60_000);

  /** A copy of the warm cache with something damaged; for entries, without the summary that would answer list and agenda. */
  const damaged = (target: Target, damage: (cacheDir: string) => void) => {
    const cacheDir = path.join(tempDir('meetings-damaged-cache-'), 'cache');
    cpSync(template, cacheDir, { recursive: true });
    if (target === 'entry') rmSync(path.join(cacheDir, 'folders'), { recursive: true, force: true });
    damage(cacheDir);
    return cacheDir;
  };

  it.each(CASES)('%s: every command prints what a clean run prints, warns once, and repairs the cache', async (_label, target, damage) => {
    const runs = await Promise.all(
      COMMANDS.map(async ([name, args]) => {
        const cacheDir = damaged(target, damage);
        return { name, args, cacheDir, r: await runAsync(args, cacheDir) };
      }),
    );
    for (const { name, cacheDir, r } of runs) {
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout, name).toBe(clean.get(name));
      // One line for the whole run, from the commands that read what was damaged.
      expect(r.stderr.split('\n').filter(Boolean), name).toEqual(READERS[target].includes(name) ? [expect.stringMatching(WARNING)] : []);
      expect(temporaryFiles(cacheDir)).toEqual([]);
    }
    // Rebuilt and overwritten: the next run of a command that met the damage says nothing.
    const { name, args, cacheDir } = runs.find((x) => READERS[target].includes(x.name))!;
    const again = run(args, cacheDir);
    expect(again.code).toBe(0);
    expect(again.stderr, name).toBe('');
    expect(again.stdout, name).toBe(clean.get(name));
  }, 120_000);
});

describe('temporary files', () => {
  let corpus: string;

  beforeAll(async () => {
    // Enough articles for worker threads, which write entries while the run goes on.
    corpus = tempDir('meetings-tmp-corpus-');
    const { makeCorpus } = await import(path.join(ROOT, 'scripts', 'make-corpus.mjs'));
    makeCorpus({ out: corpus, docs: 300, seed: 11, perFolder: 100 });
  });

  it('`meetings export ... | head -1` leaves none behind after the next run', () => {
    const cacheDir = tempDir('meetings-head-cache-');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export "${corpus}" --format ndjson | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', MEETINGS_CACHE_DIR: cacheDir },
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run(COMMANDS[1][1], cacheDir).code).toBe(0);
    expect(temporaryFiles(cacheDir)).toEqual([]);
  }, 90_000);

  it.each(['SIGKILL', 'SIGTERM', 'SIGINT'] as const)('a run stopped by %s leaves none behind after the next run, which prints what a clean run prints', async (signal) => {
    const cacheDir = tempDir('meetings-killed-cache-');
    const child = spawn(process.execPath, [BIN, 'export', corpus, '--format', 'ndjson'], {
      cwd: ROOT,
      env: { ...process.env, MEETINGS_CACHE_DIR: cacheDir },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // Stop it while it writes: as soon as its first cache file shows.
    const start = Date.now();
    while (filesUnder(cacheDir).length === 0 && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 10));
    child.kill(signal);
    await exited;
    expect(child.exitCode === 0).toBe(false);
    const again = spawnSync(process.execPath, [BIN, 'export', corpus, '--format', 'ndjson', '-q'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MEETINGS_CACHE_DIR: cacheDir }, maxBuffer: 1 << 28 });
    const clean = spawnSync(process.execPath, [BIN, 'export', corpus, '--format', 'ndjson', '-q', '--no-cache'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(clean.stdout);
    expect(temporaryFiles(cacheDir)).toEqual([]);
  }, 90_000);

  it('a run sweeps stale ones (older than ten minutes, or of a process that is gone) and keeps a live writer\'s', () => {
    const cacheDir = tempDir('meetings-stale-cache-');
    const tmp = path.join(cacheDir, 'tmp');
    mkdirSync(tmp, { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const ofGone = path.join(tmp, `${gone}-0-0.tmp`);
    const old = path.join(tmp, `${process.pid}-0-0.tmp`);
    const live = path.join(tmp, `${process.pid}-0-1.tmp`);
    for (const f of [ofGone, old, live]) writeFileSync(f, '{"format":');
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60_000);
    utimesSync(old, elevenMinutesAgo, elevenMinutesAgo);
    const r = run(COMMANDS[1][1], cacheDir);
    expect(r.code).toBe(0);
    expect(existsSync(ofGone)).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
