// Extraction quality as the team's scorer measures it: the sample gold must meet the issue
// targets, and the invented sets in other outlets' styles must not fall below where they stand.
// Each set is exported by the built CLI, as a user would, and scored by ../shared/eval/score.mjs.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, meetings, tempDir } from '../cli/run.js';

const SCORER = path.resolve(ROOT, '../shared/eval/score.mjs');

type Floors = Record<string, number>;
// F1 for the pairs, accuracy for date and location. Seeds: the targets in the issues.
const SETS: [string, string, Floors][] = [
  ['fixtures/seeds', '../shared/eval/seeds.gold.json', {
    quotes: 0.97, 'quotes+speaker': 0.95, indirect: 0.8, 'indirect+speaker': 0.75,
    participants: 0.95, agenda: 0.75, 'same-meeting pairs': 1, 'meeting date': 1, location: 1,
  }],
  ['fixtures/eval', 'fixtures/eval/gold.json', {
    quotes: 0.95, 'quotes+speaker': 0.95, indirect: 0.95, 'indirect+speaker': 0.95,
    participants: 0.95, agenda: 0.9, 'same-meeting pairs': 1, 'meeting date': 0.9, location: 0.9,
  }],
  ['fixtures/eval-wire', 'fixtures/eval-wire/gold.json', {
    quotes: 0.95, 'quotes+speaker': 0.9, indirect: 0.95, 'indirect+speaker': 0.9,
    participants: 0.95, agenda: 0.8, 'same-meeting pairs': 1, 'meeting date': 0.9, location: 0.9,
  }],
  ['fixtures/eval-outlets', 'fixtures/eval-outlets/gold.json', {
    quotes: 0.93, 'quotes+speaker': 0.85, indirect: 0.9, 'indirect+speaker': 0.85,
    participants: 0.93, agenda: 0.78, 'same-meeting pairs': 1, 'meeting date': 0.9, location: 0.9,
  }],
  // Agenda 0.78: this set's gold leaves out what a minister "informed his counterpart about"; the
  // real corpus's gold (fixtures/real) counts it, and real text is the judge.
  ['fixtures/eval-readouts', 'fixtures/eval-readouts/gold.json', {
    quotes: 0.93, 'quotes+speaker': 0.9, indirect: 0.95, 'indirect+speaker': 0.93,
    participants: 0.93, agenda: 0.78, 'same-meeting pairs': 1, 'meeting date': 0.9, location: 0.9,
  }],
  // Written by helpers who never saw the code, in four more outlets' styles; tuned against after
  // a first look (README: the first-look figures are the honest ones).
  ['fixtures/eval-press', 'fixtures/eval-press/gold.json', {
    quotes: 0.95, 'quotes+speaker': 0.9, indirect: 0.9, 'indirect+speaker': 0.85,
    participants: 0.93, agenda: 0.83, 'same-meeting pairs': 1, 'meeting date': 0.8, location: 0.93,
  }],
  ['fixtures/eval-state', 'fixtures/eval-state/gold.json', {
    quotes: 0.93, 'quotes+speaker': 0.9, indirect: 0.95, 'indirect+speaker': 0.95,
    participants: 0.95, agenda: 0.78, 'same-meeting pairs': 1, 'meeting date': 0.93, location: 0.93,
  }],
  ['fixtures/eval-mixed', 'fixtures/eval-mixed/gold.json', {
    quotes: 0.95, 'quotes+speaker': 0.95, indirect: 0.93, 'indirect+speaker': 0.9,
    participants: 0.93, agenda: 0.82, 'same-meeting pairs': 1, 'meeting date': 0.93, location: 0.93,
  }],
  ['fixtures/eval-cis', 'fixtures/eval-cis/gold.json', {
    quotes: 0.95, 'quotes+speaker': 0.92, indirect: 0.95, 'indirect+speaker': 0.95,
    participants: 0.9, agenda: 0.77, 'same-meeting pairs': 0.8, 'meeting date': 0.83, location: 0.9,
  }],
  ['fixtures/eval-wires', 'fixtures/eval-wires/gold.json', {
    quotes: 0.95, 'quotes+speaker': 0.92, indirect: 0.93, 'indirect+speaker': 0.9,
    participants: 0.95, agenda: 0.8, 'same-meeting pairs': 0.6, 'meeting date': 0.83, location: 0.83,
  }],
  ['fixtures/eval-regional', 'fixtures/eval-regional/gold.json', {
    quotes: 0.92, 'quotes+speaker': 0.87, indirect: 0.95, 'indirect+speaker': 0.9,
    participants: 0.84, agenda: 0.79, 'same-meeting pairs': 1, 'meeting date': 0.86, location: 0.93,
  }],
];

describe.skipIf(!existsSync(SCORER))('scores on gold sets', () => {
  it.each(SETS)('%s', (dir, gold, floors) => {
    const r = meetings(['export', path.join(ROOT, dir), '--format', 'json', '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    const out = path.join(tempDir('meetings-score-'), 'out.json');
    writeFileSync(out, r.stdout);
    const scored = spawnSync(process.execPath, [SCORER, path.resolve(ROOT, gold), out, '--json'], { encoding: 'utf8' });
    expect(scored.status, scored.stderr).toBe(0);
    const result = JSON.parse(scored.stdout) as { prf: Record<string, { f1: number }>; accuracy: Record<string, { accuracy: number }> };
    const got = Object.fromEntries(Object.keys(floors).map((k) => [k, result.prf[k]?.f1 ?? result.accuracy[k]?.accuracy ?? 0]));
    for (const [k, floor] of Object.entries(floors)) expect(got[k], `${k} in ${JSON.stringify(got)}`).toBeGreaterThanOrEqual(floor);
  });
});
