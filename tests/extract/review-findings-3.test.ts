// What the review of the rules made for fresh48 and fresh49 found: each row an invented sentence the first versions of
// those rules got wrong (the guards of each rule, beside its own rows in the other files).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';
import { findPeople } from '../../src/extract/people.js';

const topics = (text: string) => findAgenda(parseDocument(`Talks\n\n${text}`)).map((a) => a.text);
const reported = (text: string) => analyze(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
const INTRO = 'Readout\n\nPresident Tomas Rojo met Prime Minister Ana Vidal in Lima today. ';

describe('agenda', () => {
  it.each([
    // a role after "as" ends the list only when lone words run to the sentence's end
    ['They discussed the role of women as peacebuilders, climate change, and energy.', ['the role of women as peacebuilders', 'climate change', 'energy']],
    ['They discussed the economy, as always, and the security situation in East Asia.', ['the economy', 'the security situation in East Asia']],
    // a participle before "to" after a comma is no next verb of the subject
    ['They discussed the crisis in Haiti, linked to the spread of armed gangs, and migration in the Mediterranean.', ['the crisis in Haiti', 'migration in the Mediterranean']],
    // modifiers share only a plural head or one that takes a series
    ['They discussed the COVID-19 pandemic, migration, energy, and food insecurity.', ['the COVID-19 pandemic', 'migration', 'energy', 'food insecurity']],
    // a demonstrative with a real noun is a topic; a range of issues of no kind is not
    ['They talked about these tariffs and the war in Ukraine.', ['these tariffs', 'the war in Ukraine']],
    ['They discussed trade and a number of difficult issues.', ['trade']],
    ['I discussed it also, this morning, with the Chancellor.', []],
    // an infinitive with no object joins only a policy verb, not a word that is a noun too
    ['The leaders discussed the right to work and travel restrictions for students.', ['the right to work', 'travel restrictions for students']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('reported speech', () => {
  it.each([
    // "shared" with an object and its relative clause reports nothing
    ['The two leaders shared a vision that will guide the partnership for decades.', []],
    ['Prime Minister Vidal shared the values that have long united the two countries.', []],
    // "be", "also", an adjective of feeling and a speech verb, in any tense
    ['President Rojo was also pleased to announce that Peru will send aid.', [['Tomas Rojo', 'Peru will send aid']]],
    ['The Prime Minister will be pleased to announce that Ostria will send aid.', [['Ana Vidal', 'Ostria will send aid']]],
    // after "noted", "stressed" only a stance verb in -s after a name opens a bare clause
    ['President Rojo noted the Chilean investments that have transformed the port.', []],
    ['President Rojo stressed the EU sanctions against Russia.', []],
    // a semicolon goes on only in a series of infinitives
    ['President Rojo said Peru would expand its rail network; to that end, the ministry will seek funding.', [['Tomas Rojo', 'Peru would expand its rail network']]],
    // "that" after a preposition is a determiner: no longer opening phrase
    ['In that context President Rojo stressed that the talks must go on.', [['Tomas Rojo', 'the talks must go on']]],
  ])('%s', (text, expected) => {
    expect(reported(INTRO + text)).toEqual(expected);
  });
});

it('a glued signature line is cut at its own words, each half keeping its place', () => {
  const doc = parseDocument('Readout\n\nPrime Minister Anwar Ibrahim met President Ibrahim Traore today.\n\nWitnessed by:\n\nAnwar Ibrahim Ibrahim Traore\n');
  const index = findPeople(doc);
  const spans = index.mentions.map((m) => doc.text.slice(m.start, m.end));
  expect(index.people.map((p) => p.name).sort()).toEqual(['Anwar Ibrahim', 'Ibrahim Traore']);
  expect(spans).toEqual(['Anwar Ibrahim', 'Ibrahim Traore', 'Anwar Ibrahim', 'Ibrahim Traore']);
});
