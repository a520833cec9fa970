import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/assemble/document.js';

const topics = (text: string) => analyze(text).agenda.map((a) => a.text);
const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();

describe('agenda and participants come from the first-reported meeting only', () => {
  it.each([
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Monday to discuss fishing. Earlier, Vidal met Trade Minister Luis Paz to discuss copper tariffs.',
      ['fishing']],
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Monday to discuss fishing. Later on Monday, she held talks with Interior Minister Rosa Diaz. They discussed border posts.',
      ['fishing']],
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Monday to discuss fishing.\n\nVidal also met with Trade Minister Luis Paz, with whom she discussed copper tariffs.',
      ['fishing']],
    // A meeting verb with another day than the meeting's: another meeting.
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Tuesday to discuss fishing.\n\nOn Wednesday, Vidal met Trade Minister Luis Paz to discuss copper tariffs.',
      ['fishing']],
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Tuesday to discuss fishing.\n\nThe two ministers, who met on Tuesday, also discussed wool prices.',
      ['fishing', 'wool prices']],
    // A later press conference is not another meeting.
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Monday to discuss fishing. Later, Vidal told reporters they had also discussed wool prices.',
      ['fishing', 'wool prices']],
  ])('topics: %s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });

  it.each([
    ['LIMA – Foreign Minister Tomas Rojo, who is on a two-day visit, held talks with Foreign Minister Ana Vidal on Monday and is scheduled to meet President Luis Paz on Tuesday.',
      ['Rojo', 'Vidal']],
    ['Foreign Minister Tomas Rojo met Foreign Minister Ana Vidal on Monday and will pay a courtesy call on President Luis Paz.',
      ['Rojo', 'Vidal']],
  ])('participants: %s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });
});

describe('a readout that lists topics across sentences', () => {
  it('finds each topic of the call and none of the later talks', () => {
    const text = readFileSync(new URL('../../fixtures/invented/facts-readout-call.txt', import.meta.url), 'utf8');
    const r = analyze(text);
    expect(r.agenda.map((a) => a.text)).toEqual([
      'the situation in the Balkans',
      'the detention of British nationals',
      'consular access',
      // (not "agreed on the importance of maritime security": what they agreed, not a topic discussed)
      'next steps on energy cooperation',
      'offshore wind',
    ]);
    expect(r.participants.map((p) => p.name)).toEqual(['Tom Hale', 'Anna Berg']);
  });

  it.each([
    ['The minister spoke to reporters after the talks with Foreign Minister Ana Vidal in Lima.', ['Vidal']],
  ])('"spoke to" reporters names no one: %s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });
});

describe('a relative day against a weekday the text never pins to a calendar', () => {
  it('"today" in the minister’s post (resolved from the dateline) is the same day as the lead’s "Thursday"', () => {
    const text = 'India, Australia review ties\n\nNew Delhi, Mar 6 (PTI) External Affairs Minister Ravi Rao on Thursday held talks with his Australian counterpart Claire Holt here.\n\n"Had a productive meeting with FM Claire Holt today. Discussed trade and the situation in the Indo-Pacific," Rao said on X.';
    expect(analyze(text).agenda.map((a) => a.text)).toEqual(['trade', 'the situation in the Indo-Pacific']);
  });
});
