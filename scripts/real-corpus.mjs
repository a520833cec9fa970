#!/usr/bin/env node
// The real development corpus: published reports of diplomatic meetings, kept out of git (third-party
// text) but rebuildable from where they came from, with gold kept as character offsets.
//
//   fixtures/real/SET/sources.json      one row per document: id, outlet, title, url, region, kind,
//                                       the query that finds it, and the sha256 of its text
//   fixtures/real/SET/gold.sealed.json  the gold (../shared/eval/GOLD.md) with every copied string
//                                       replaced by its offsets (../shared/eval/seal.mjs)
//   fixtures/real/SET/text/ID.txt       the texts (git-ignored): rebuilt by `restore`
//
// Each text is the stored copy of its page in the `pages` corpus of the team's search tool: the
// page's text from its beginning, as that tool returns it in a result's `excerpt` (about 2,000
// characters). To rebuild: run each source's `query` in the pages corpus, save the answers (the JSON
// the tool prints) in files, and run `node scripts/real-corpus.mjs restore ANSWER.json…`; every
// result whose url is a source's is written to its ID.txt when its sha256 matches, or the run of its
// whole lines that does (some pages were cleaned of a menu line or a cut-off last paragraph before they
// were annotated).
//
// Some sets come instead from a public git repository of published pages (a source row with `repo`,
// `commit` and `path`, not a `query`): bring the repository here (the search tool's `fetch`) and run
// `node scripts/real-corpus.mjs restore-git GIT_DIR`; each text is `pageText()` of its file at its
// commit, checked against its sha256.
//
// usage: node scripts/real-corpus.mjs restore ANSWER.json…
//        node scripts/real-corpus.mjs restore-git GIT_DIR
//        node scripts/real-corpus.mjs page-text GIT_DIR COMMIT PATH          (one file's text, to stdout)
//        node scripts/real-corpus.mjs check
//        node scripts/real-corpus.mjs score [SET…] [--verbose] [--json]   (npm run eval:real; every set but the
//                                                                          held-out one unless it is named)
//        node scripts/real-corpus.mjs import SET BATCH_DIR                 (a new set: texts, sources, sealed gold)
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REAL = path.join(ROOT, 'fixtures', 'real');
const EVAL = path.resolve(ROOT, '..', 'shared', 'eval');
const BIN = path.join(ROOT, 'bin', 'meetings.js');
const sha = (t) => crypto.createHash('sha256').update(t).digest('hex');
const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));
const sets = () => fs.readdirSync(REAL).filter((s) => fs.existsSync(path.join(REAL, s, 'sources.json'))).sort();
const sourcesOf = (set) => readJson(path.join(REAL, set, 'sources.json'));
const textPath = (set, id) => path.join(REAL, set, 'text', id + '.txt');

function status(set) {
  const rows = sourcesOf(set).map((s) => {
    const f = textPath(set, s.id);
    const state = !fs.existsSync(f) ? 'missing' : sha(fs.readFileSync(f, 'utf8')) === s.sha256 ? 'ok' : 'differs';
    return { ...s, state };
  });
  return rows;
}

/**
 * The annotated text within a stored page: the whole excerpt, or (for sets whose pages were cleaned of
 * a site's menu line or a cut-off last paragraph before annotation) the run of whole lines that has the
 * recorded sha256. Null when no such run exists.
 */
function annotatedText(excerpt, sha256) {
  if (sha(excerpt) === sha256) return excerpt;
  const starts = [0], ends = [excerpt.length];
  for (let i = excerpt.indexOf('\n'); i >= 0; i = excerpt.indexOf('\n', i + 1)) {
    starts.push(i + 1);
    ends.push(i);
  }
  const bounds = (xs, trim) => [...new Set(xs.flatMap((x) => [x, trim(x)]))];
  const trimStart = (i) => { while (i < excerpt.length && /\s/.test(excerpt[i])) i++; return i; };
  const trimEnd = (i) => { while (i > 0 && /\s/.test(excerpt[i - 1])) i--; return i; };
  for (const a of bounds(starts, trimStart)) {
    for (const b of bounds(ends, trimEnd)) if (b > a && sha(excerpt.slice(a, b)) === sha256) return excerpt.slice(a, b);
  }
  return null;
}

function restore(files) {
  const byUrl = new Map();
  for (const f of files) {
    const answer = readJson(f);
    for (const r of answer.results ?? []) {
      if (r.url && typeof r.excerpt === 'string') byUrl.set(r.url, [...(byUrl.get(r.url) ?? []), r.excerpt]);
    }
  }
  restoreWith((s) => {
    const excerpts = byUrl.get(s.url);
    if (excerpts === undefined) return undefined;
    return excerpts.map((e) => annotatedText(e, s.sha256)).find((t) => t !== null) ?? null;
  }, 'the stored page differs from the one annotated');
}

/**
 * A page as a reader sees it, from a scraped Markdown file (YAML front matter with a double-quoted
 * `title`, then a Pandoc body hard-wrapped at 72 columns): the title as the headline, a blank line,
 * then each paragraph on one line, paragraphs separated by a blank line. A line break Markdown keeps
 * (two trailing spaces inside a paragraph) stays a line break; Pandoc's backslash escapes are undone.
 */
function pageText(markdown) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  const front = m ? m[1] : '';
  const body = m ? markdown.slice(m[0].length) : markdown;
  const unescape = (t) => t.replace(/\\([\\`*_{}\[\]()#+\-.!'"$<>|~^&])/g, '$1');
  const paragraphs = [];
  let lines = [];
  const flush = () => {
    if (lines.length) paragraphs.push(lines.join(' ').replace(/ *\n */g, '\n').trim());
    lines = [];
  };
  for (const line of body.split('\n')) {
    if (!line.trim()) { flush(); continue; }
    lines.push(unescape(line.trim()) + (/\S {2,}$/.test(line) ? '\n' : ''));
  }
  flush();
  const title = yamlTitle(front);
  return [title, ...paragraphs].filter((p) => p).join('\n\n') + '\n';
}

/** The `title:` of YAML front matter, plain or double-quoted (folded lines; escapes such as \_ \xXX \uXXXX \"). */
function yamlTitle(front) {
  const m = /^title: (.*(?:\n {2,}.*)*)/m.exec(front);
  if (!m) return '';
  let v = m[1];
  if (!v.startsWith('"')) return v.replace(/\n\s+/g, ' ').replace(/^'|'$/g, '').trim();
  v = v.slice(1, v.lastIndexOf('"'));
  v = v.replace(/\\\n\s*/g, '').replace(/\n\s*/g, ' ');
  const named = { _: '\u00a0', n: '\n', t: '\t', 0: '\0' };
  return v.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e) =>
    e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : named[e] ?? e,
  ).trim();
}

function restoreGit(gitDir) {
  restoreWith((s) => {
    if (!s.repo) return undefined;
    const r = spawnSync('git', ['--git-dir', gitDir, 'show', `${s.commit}:${s.path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) return undefined;
    const text = pageText(r.stdout);
    return sha(text) === s.sha256 ? text : null;
  }, 'the file differs from the one annotated');
}

/**
 * Writes every source's text that `textOf` rebuilds (undefined: not this recipe's source, or not found; null: found,
 * but not the text that was annotated), then says what is still missing.
 */
function restoreWith(textOf, differs) {
  let written = 0;
  for (const set of sets()) {
    for (const s of sourcesOf(set)) {
      const text = textOf(s);
      if (text === undefined) continue;
      if (text === null) {
        console.error(`${set}/${s.id}: ${differs} (sha256); not written`);
        continue;
      }
      fs.mkdirSync(path.dirname(textPath(set, s.id)), { recursive: true });
      fs.writeFileSync(textPath(set, s.id), text);
      written++;
    }
  }
  console.log(`${written} texts written`);
  check();
}

function check() {
  let missing = 0;
  for (const set of sets()) {
    const rows = status(set);
    const bad = rows.filter((r) => r.state !== 'ok');
    missing += bad.length;
    console.log(`${set}: ${rows.length - bad.length}/${rows.length} texts present and unchanged`);
    for (const r of bad) {
      const where = r.repo ? `${r.repo} ${r.commit.slice(0, 12)}:${r.path}` : `query: ${JSON.stringify(r.query)}`;
      console.log(`  ${r.state}: ${r.id}  (${where}; url: ${r.url})`);
    }
  }
  return missing;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${(r.stderr || '').split('\n')[0]}`);
  return r.stdout;
}

/** Unseals the gold of a set's restored texts (`ids`) into a temporary folder. */
function unsealInto(set, dir, ids) {
  const gold = path.join(dir, `${set}.gold.json`);
  const sealed = readJson(path.join(REAL, set, 'gold.sealed.json'));
  sealed.documents = Object.fromEntries(Object.entries(sealed.documents).filter(([id]) => ids.has(id)));
  const part = path.join(dir, `${set}.gold.sealed.json`);
  fs.writeFileSync(part, JSON.stringify(sealed));
  run(process.execPath, [path.join(EVAL, 'seal.mjs'), 'unseal', path.join(REAL, set, 'text'), part, gold]);
  return readJson(gold).documents;
}

// The held-out set is scored only when named: it is read once, at the end of a round, never tuned on.
const HELD_OUT = 'holdout';

const METRICS = ['quotes', 'quotes+speaker', 'indirect', 'indirect+speaker', 'participants', 'agenda', 'same-meeting pairs'];

function score(args) {
  const verbose = args.includes('--verbose');
  const asJson = args.includes('--json');
  const chosen = args.filter((a) => !a.startsWith('--'));
  const names = chosen.length ? chosen : sets().filter((s) => s !== HELD_OUT);
  // A set with some texts not restored is scored on the rest, and says so.
  const present = new Map(names.map((set) => [set, new Set(status(set).filter((r) => r.state === 'ok').map((r) => r.id))]));
  for (const set of names) {
    const missing = sourcesOf(set).length - present.get(set).size;
    if (missing) console.error(`${set}: ${missing} text(s) missing or changed, scored without them; run \`node scripts/real-corpus.mjs check\``);
  }
  const ready = names.filter((set) => present.get(set).size > 0);
  if (!ready.length) return 1;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'meetings-real-'));
  try {
    const all = { version: 1, documents: {} };
    const allDir = path.join(tmp, 'all');
    fs.mkdirSync(allDir);
    const results = {};
    const scoreDir = (name, dir, goldFile) => {
      const out = path.join(tmp, name + '.export.json');
      fs.writeFileSync(out, run(process.execPath, [BIN, 'export', dir, '--format', 'json', '--no-cache', '-q', '-g', '*.txt']));
      const json = JSON.parse(run(process.execPath, [path.join(EVAL, 'score.mjs'), goldFile, out, '--json']));
      results[name] = json;
      if (verbose) {
        console.log(`\n== ${name}`);
        console.log(run(process.execPath, [path.join(EVAL, 'score.mjs'), goldFile, out, '--verbose']));
      }
    };
    for (const set of ready) {
      const docs = unsealInto(set, tmp, present.get(set));
      const dir = path.join(tmp, set);
      fs.mkdirSync(dir);
      for (const id of Object.keys(docs)) {
        fs.copyFileSync(textPath(set, id), path.join(dir, id + '.txt'));
        fs.copyFileSync(textPath(set, id), path.join(allDir, id + '.txt'));
        all.documents[id] = docs[id];
      }
      scoreDir(set, dir, path.join(tmp, `${set}.gold.json`));
    }
    if (ready.length > 1) {
      fs.writeFileSync(path.join(tmp, 'all.gold.json'), JSON.stringify(all));
      scoreDir('all', allDir, path.join(tmp, 'all.gold.json'));
    }
    if (asJson) console.log(JSON.stringify(results, null, 1));
    else printTable(results);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return 0;
}

function printTable(results) {
  const cols = Object.keys(results);
  const w = Math.max(8, ...cols.map((c) => c.length));
  console.log('F1 (date, place: accuracy)'.padEnd(20) + cols.map((c) => c.padStart(w + 1)).join(''));
  for (const m of METRICS) console.log(m.padEnd(20) + cols.map((c) => (results[c].prf[m]?.f1 ?? NaN).toFixed(3).padStart(w + 1)).join(''));
  for (const m of ['meeting date', 'location']) {
    console.log(m.padEnd(20) + cols.map((c) => { const a = results[c].accuracy[m]; return `${a.ok}/${a.n}`.padStart(w + 1); }).join(''));
  }
}

function importSet(set, batch) {
  const sources = readJson(path.join(batch, 'sources.json'));
  const gold = readJson(path.join(batch, 'gold.json'));
  const dir = path.join(REAL, set);
  fs.mkdirSync(path.join(dir, 'text'), { recursive: true });
  const rows = [];
  for (const s of sources) {
    if (!gold.documents[s.id]) throw new Error(`${s.id}: no gold`);
    const text = fs.readFileSync(path.join(batch, s.id + '.txt'), 'utf8');
    fs.writeFileSync(textPath(set, s.id), text);
    const where = s.repo ? { repo: s.repo, commit: s.commit, path: s.path } : { query: s.query };
    rows.push({ id: s.id, outlet: s.outlet, title: s.title, url: s.url, region: s.region, kind: s.kind, ...where, sha256: sha(text) });
  }
  fs.writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(rows, null, 1) + '\n');
  run(process.execPath, [path.join(EVAL, 'seal.mjs'), 'seal', path.join(dir, 'text'), path.join(batch, 'gold.json'), path.join(dir, 'gold.sealed.json')]);
  console.log(`${set}: ${rows.length} documents, gold sealed`);
}

const [cmd, ...rest] = process.argv.slice(2);
try {
  if (cmd === 'restore' && rest.length) restore(rest);
  else if (cmd === 'restore-git' && rest.length === 1) restoreGit(rest[0]);
  else if (cmd === 'page-text' && rest.length === 3) process.stdout.write(pageText(run('git', ['--git-dir', rest[0], 'show', `${rest[1]}:${rest[2]}`])));
  else if (cmd === 'check') process.exitCode = check() ? 1 : 0;
  else if (cmd === 'score') process.exitCode = score(rest);
  else if (cmd === 'import' && rest.length === 2) importSet(rest[0], rest[1]);
  else {
    console.error('usage: node scripts/real-corpus.mjs restore ANSWER.json… | restore-git GIT_DIR | page-text GIT_DIR COMMIT PATH | check | score [SET…] [--verbose] [--json] | import SET BATCH_DIR');
    process.exitCode = 2;
  }
} catch (e) {
  console.error(String(e.message ?? e));
  process.exitCode = 1;
}
