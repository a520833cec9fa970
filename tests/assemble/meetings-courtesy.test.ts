import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/assemble/document.js';
import { mergeMeetings } from '../../src/assemble/meetings.js';
import type { DocumentRecord } from '../../src/model.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/invented/${name}.txt`, import.meta.url), 'utf8');
const record = (id: string): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(fixture(id)) });

describe('two reports of one meeting that mention a planned courtesy call and an earlier meeting', () => {
  it('reads only the main meeting from each report and merges them', () => {
    const wire = record('facts-courtesy-wire');
    const ministry = record('facts-courtesy-ministry');
    for (const r of [wire, ministry]) {
      expect(r.participants.map((p) => p.name)).toEqual(['Adjo Koffi', 'Kwame Asante']);
      expect(r.date?.iso).toBe('2025-03-11');
      expect(r.location).toBe('Lomé');
    }
    // The earlier meeting's topic and the headline's are not the main meeting's.
    expect(wire.agenda.map((a) => a.text)).toEqual(['cross-border trade', 'the coastal highway']);
    const ms = mergeMeetings([wire, ministry]);
    expect(ms.map((m) => m.documents)).toEqual([['facts-courtesy-wire', 'facts-courtesy-ministry']]);
  });

  it('reads a dateline whose city has letters beyond ASCII as the reference date', () => {
    const r = analyze('SÃO TOMÉ, June 3, 2025 (Wire) - Foreign Minister Ana Vidal met Tomas Rojo on Tuesday.');
    expect(r.date?.iso).toBe('2025-06-03');
  });
});
