// What the review of the rules made for fresh46 and fresh47 found: each row an invented sentence the first versions of
// those rules got wrong (the guards of each rule, beside its own rows in the other files).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';

const topics = (text: string) => findAgenda(parseDocument(`Talks\n\n${text}`)).map((a) => a.text);
const reported = (text: string) => analyze(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();
const INTRO = 'Story\n\nPresident Tomas Rojo met Prime Minister Ana Vidal in Lima today. ';

describe('agenda', () => {
  it.each([
    // "the first …" is a topic unless it describes the named item before it ("the first initiative to …")
    ['They discussed the situation in Gaza, the first phase of the ceasefire deal, and the release of hostages.', ['the situation in Gaza', 'the first phase of the ceasefire deal', 'the release of hostages']],
    // a noun in -ed or -en after a determiner is no dangling participle
    ['They discussed the children, displaced families and refugees.', ['the children', 'displaced families', 'refugees']],
    ['They discussed the need and humanitarian aid.', ['the need', 'humanitarian aid']],
    // "to" before a word that is an adjective too is a preposition
    ['They discussed a return to open trade and regional security.', ['a return to open trade', 'regional security']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('reported speech', () => {
  it.each([
    // another's stance noted is no report of the subject's words; a restated one is
    ['Rojo noted the Chilean position that the islands are Chile’s.', []],
    ['Rojo reiterated the Peruvian position that the islands are Peru’s.', [['Tomas Rojo', 'the islands are Peru’s']]],
    // an inverted attribution by name, then a second verb of its own
    ['The sides are ready to cooperate, said Rojo, and noted the progress made.', [['Tomas Rojo', 'The sides are ready to cooperate']]],
    // a series' own "and" is its last: the report's list keeps its "and"
    ['Rojo voiced support for Chile, underscored that Peru needs more ships, planes, and armored vehicles, and pledged new aid.', [['Tomas Rojo', 'Peru needs more ships, planes, and armored vehicles']]],
    // a second verb of a statement's voice after "and" only after a first one
    ['Rojo called on Chile to protect fishermen and underscore that the sea is shared.', []],
    ['The leaders will meet again in May and reaffirm that trade matters.', []],
  ])('%s', (text, expected) => {
    expect(reported(INTRO + text)).toEqual(expected);
  });

  it('a stance in title case is still read', () => {
    expect(reported(`${INTRO}Rojo Expressed His Belief that the deal would hold.`).map((r) => r[1])).toEqual(['the deal would hold']);
  });

  it('"The President and Vice President X" before a verb is no pair of the two who met', () => {
    const text = 'Readout\n\nPresident Tomas Rojo met with Prime Minister Ana Vidal today. The President and Vice President Carl Brandt later briefed reporters. They agreed that the alliance has never been stronger.';
    expect(reported(text)).toEqual([[null, 'the alliance has never been stronger']]);
  });
});

describe('places', () => {
  it.each([
    // "as" joins no place's name; a joined name ends with its last capitalised word
    ['Story\n\nPresident Tomas Rojo met Prime Minister Ana Vidal in Kessel as Ostria hosted the summit on Monday.', 'Kessel'],
    ['Story\n\nThe two leaders held talks in Dar es Salaam Tuesday.', 'Dar es Salaam'],
    // a headline that mentions calls is no readout of a call
    ['Rojo meets Vidal in Lima as the two sides agree to restore military calls with each other\n\nLIMA, June 19 (Wire) - President Tomas Rojo met Prime Minister Ana Vidal in Lima on Monday.', 'Lima'],
    // the title is the document's first paragraph, after any blank line
    ['\nReadout of President Rojo’s Call with Prime Minister Vidal\n\nPresident Tomas Rojo spoke today with Prime Minister Ana Vidal. He welcomed efforts to bring calm to Jerusalem.', null],
    // travelling at someone's invitation to the meeting is this meeting; accepting an invitation to meet later is not
    ['Story\n\nPrime Minister Ana Vidal travelled to Washington at the invitation of President Tomas Rojo to meet with him at the White House on Thursday.', 'Washington'],
    ['Readout\n\nMinister Ivo Brand met today with Foreign Minister Lia Stone. He accepted her invitation to meet with her soon at the Kremlin.', null],
    // a bar's place with a region: not an office
    ["Remarks by Prime Minister Ana Vidal and President Tomas Rojo Before Bilateral Meeting | Prime Minister's Office, Singapore\n\nPRIME MINISTER VIDAL: Welcome.", null],
  ])('%s', (text, expected) => {
    expect(analyze(text).location).toBe(expected);
  });
});

describe('participants', () => {
  it('a possessor after "to the" is not in the meeting\'s purpose', () => {
    expect(surnames('Readout\n\nAdvisor Ana Vidal met with Chairperson Tomas Rojo on the way to the palace for President Lars Holm’s dinner.')).toEqual(['Holm', 'Rojo', 'Vidal']);
  });
});
