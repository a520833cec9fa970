import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/assemble/document.js';

const place = (text: string) => analyze(text).location;

describe('findMeetingPlace', () => {
  it.each([
    ['The two ministers met in Lisbon on 3 March to discuss fisheries.', 'Lisbon'],
    ['The minister said following talks with his Spanish counterpart in Madrid on June 16 that ties were strong.', 'Madrid'],
    ['The foreign ministers on Monday discussed bilateral ties in the Chilean capital Santiago.', 'Santiago'],
    ['The leaders held talks in the Black Sea resort of Sochi on Friday.', 'Sochi'],
    ['The president received the envoy during his visit to Ankara on Tuesday.', 'Ankara'],
    ['He spoke about the joint ministerial session that was held this time in Vilnius.', 'Vilnius'],
    ['GENEVA, May 16 (Wire) - The envoys met to discuss the ceasefire.', 'Geneva'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it.each([
    ['The president has met with the foreign minister. The talks continued contacts in Porto, which hosted last Friday a meeting of the two governments.'],
    ['The president has met with the foreign minister. After that event, he met informally with the prime minister in Porto.'],
    ['The presidents will meet in Brussels on 20 March.'],
    ['The ministers met on Monday. “During your visit to Moscow in December you agreed on this,” the minister said.'],
    ['The ministers held talks in Norway on Monday.'],
    ['The weather in Oslo was fine.'],
  ])('gives null when the text does not say where the meeting was: %s', (text) => {
    expect(place(text)).toBeNull();
  });

  it('finds the place in an invented report, not the places of other meetings it recalls', () => {
    const a = readFileSync(new URL('../../fixtures/invented/facts-oslo-a.txt', import.meta.url), 'utf8');
    const b = readFileSync(new URL('../../fixtures/invented/facts-oslo-b.txt', import.meta.url), 'utf8');
    expect(place(a)).toBe('Lisbon');
    expect(place(b)).toBeNull();
  });
});
