import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/assemble/document.js';

const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/invented/${name}`, import.meta.url), 'utf8');

describe('findParticipants: who took part', () => {
  it.each([
    ['Portugal President Tomas Ferreira and Foreign Minister of Norway Ingrid Dahl met in Lisbon on 3 March.', ['Dahl', 'Ferreira']],
    ['Tomas Ferreira has met with Norwegian Foreign Minister Ingrid Dahl. The sides discussed fisheries.', ['Dahl', 'Ferreira']],
    ['Trade is growing, Portugal’s Foreign Minister Rui Costa said following talks with his Norwegian counterpart Ingrid Dahl in Lisbon on June 16.',
      ['Costa', 'Dahl']],
    ['The Chilean and Peruvian foreign ministers on Monday discussed bilateral ties.\n\nAmong the issues Marta Rojas and Luis Quispe addressed were lithium exports, the Chilean Foreign Ministry said in a statement.',
      ['Quispe', 'Rojas']],
  ])('%s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });

  it.each([
    ['facts-oslo-a.txt', ['Dahl', 'Ferreira']], // not the prime minister he met earlier in Porto
    ['facts-oslo-b.txt', ['Dahl', 'Ferreira']], // not the prime minister met "after that event"
    ['facts-monday.txt', ['Quispe', 'Rojas']], // not the presidents who will meet later, not the ministry that issued a statement
  ])('invented report %s', (file, expected) => {
    expect(surnames(fixture(file))).toEqual(expected);
  });

  it('gives role and country when the text does', () => {
    const ps = analyze(fixture('facts-oslo-a.txt')).participants;
    expect(ps.find((p) => p.name === 'Ingrid Dahl')).toEqual({ name: 'Ingrid Dahl', role: 'Foreign Minister', country: 'Norway' });
  });

  it('finds no participants when no meeting is reported', () => {
    expect(surnames('Portugal President Tomas Ferreira said the economy grew.')).toEqual([]);
  });
});
