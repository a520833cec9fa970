#!/usr/bin/env node
// The README's console examples: each `$ npx meetings …` line in a ```console block, with the
// output lines under it. tests/cli/readme.test.ts runs them and compares; after a change to what
// the tool prints, `npm run build && node scripts/readme-examples.mjs` rewrites the outputs in
// README.md from real runs (an example cut short with a "…" line keeps as many lines as before).
//
// A line that is only "…" stands for lines left out; without one at the end, the output ends
// where the example does. Examples that write to a file (`> out`) or read a folder the
// repository does not have (`~/…`) are not run; those that pipe into jq only where jq is installed.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/meetings.js');
export const README = path.join(ROOT, 'README.md');

/** The examples of a markdown text, with where their output lines are (line indexes). */
export function examples(markdown) {
  const lines = markdown.split('\n');
  const out = [];
  let inBlock = false;
  let current = null;
  lines.forEach((line, i) => {
    if (line === '```console') inBlock = true;
    else if (inBlock && line === '```') (inBlock = false), (current = null);
    else if (inBlock && line.startsWith('$ ')) {
      current = { command: line.slice(2), expected: [], from: i + 1 };
      out.push(current);
    } else if (current) current.expected.push(line);
  });
  return out;
}

const hasJq = spawnSync('jq', ['--version']).status === 0;
export const runnable = (e) => !/[^2]>\s|~\//.test(e.command) && (hasJq || !/\bjq\b/.test(e.command));

/** Runs an example's command from the repository's folder, output to a pipe, no colour. */
export function runExample(e, env = {}) {
  const r = spawnSync('sh', ['-c', e.command.replace(/\bnpx meetings\b/g, `"${process.execPath}" "${BIN}"`)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', COLUMNS: '', ...env },
  });
  // CSV ends its lines with CRLF (RFC 4180); a terminal shows the same as for LF.
  return { status: r.status, stderr: r.stderr, lines: r.stdout.replace(/\r?\n$/, '').split(/\r?\n/) };
}

/** True when the expected segments (split at "…" lines) appear in order, the first at the start, the last at the end unless "…" follows it. */
export function matches(actual, expected) {
  const segments = [[]];
  for (const line of expected) {
    if (line === '…') segments.push([]);
    else segments[segments.length - 1].push(line);
  }
  let at = 0;
  for (const [i, seg] of segments.entries()) {
    if (seg.length === 0) continue;
    const same = (from) => seg.every((l, k) => actual[from + k] === l);
    if (i === 0) {
      if (!same(0)) return false;
      at = seg.length;
      continue;
    }
    let found = -1;
    for (let from = at; found < 0 && from + seg.length <= actual.length; from++) if (same(from)) found = from;
    if (found < 0) return false;
    at = found + seg.length;
  }
  return segments[segments.length - 1].length === 0 || at === actual.length;
}

function refresh() {
  const lines = readFileSync(README, 'utf8').split('\n');
  // From the last example up, so earlier line indexes stay right.
  for (const e of examples(lines.join('\n')).reverse()) {
    if (!runnable(e)) continue;
    const r = runExample(e);
    if (r.status !== 0) throw new Error(`$ ${e.command}: exit ${r.status}: ${r.stderr}`);
    const cut = e.expected.indexOf('…');
    const shown = cut >= 0 && r.lines.length > cut ? [...r.lines.slice(0, cut), '…'] : r.lines;
    lines.splice(e.from, e.expected.length, ...shown);
  }
  writeFileSync(README, lines.join('\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) refresh();
