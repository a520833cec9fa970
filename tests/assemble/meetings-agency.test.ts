import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/assemble/document.js';
import { mergeMeetings } from '../../src/assemble/meetings.js';
import type { DocumentRecord } from '../../src/model.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/invented/${name}.txt`, import.meta.url), 'utf8');
const record = (id: string): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(fixture(id)) });

describe('an agency wire (future summit, earlier call, planned courtesy call) and a titled transcript of one meeting', () => {
  it('reads the meeting from each and merges them', () => {
    const wire = record('facts-agency-wire');
    const remarks = record('facts-agency-remarks');
    for (const r of [wire, remarks]) {
      expect(r.participants.map((p) => p.name).sort()).toEqual(['Ivo Brand', 'Lia Stone']);
      expect(r.date?.iso).toBe('2024-04-08');
      expect(r.location).toBe('Riga');
    }
    const ms = mergeMeetings([wire, remarks]);
    expect(ms.map((m) => m.documents)).toEqual([['facts-agency-wire', 'facts-agency-remarks']]);
  });
});
