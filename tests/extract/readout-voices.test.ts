// Reported speech as the readouts of the 2020s write it (found on fresh48): "shared that …", a stance with a modifier
// ("their mutual understanding that …"), and "they" after a host's welcome. Each row an invented sentence; the guards beside.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

const reported = (text: string) => analyze(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
const INTRO = 'Readout\n\nPresident Tomas Rojo met Prime Minister Ana Vidal in Lima today. ';

describe('reported speech in readouts', () => {
  it.each([
    // "shared" reports with a content clause, or a bare one with a short subject and its finite verb
    ['President Rojo also shared that Peru will buy two new patrol ships.', [['Tomas Rojo', 'Peru will buy two new patrol ships']]],
    ['At the meeting, President Rojo shared the United States will open a new consulate.', [['Tomas Rojo', 'the United States will open a new consulate']]],
    // … not with an object, nor as an adjective in a list
    ['President Rojo shared a meal with the Prime Minister.', []],
    ['Vidal, writing in a newspaper, shared those sentiments.', []],
    ['The leaders discussed efforts to advance prosperity, security, shared values, and the rules-based order.', []],
    // a dotted initialism in the short subject of a bare clause
    ['President Rojo noted the U.S. will continue to send grain.', [['Tomas Rojo', 'the U.S. will continue to send grain']]],
    // "was pleased to inform X that", "is proud to announce that": the speech verb after an adjective of feeling
    ['President Rojo was pleased to inform the Prime Minister that Peru will send two ships.', [['Tomas Rojo', 'Peru will send two ships']]],
    ['President Rojo was delighted to announce that Peru will send two ships.', [['Tomas Rojo', 'Peru will send two ships']]],
    // an opening phrase with a noun's clause of its own
    ['In recognition that crime prevention is a priority for Ostria, the Prime Minister informed President Rojo that Peru will send advisers.', [['Ana Vidal', 'Peru will send advisers']]],
    // a present form in -s after a name opens a bare clause after "noted"; a noun in -s before a preposition does not
    ['President Rojo reiterated the importance of dialogue, and noted the United States stands ready to help.', [['Tomas Rojo', 'the United States stands ready to help']]],
    ['President Rojo noted the Chilean ships in the strait.', []],
    // a series of infinitives runs on past its semicolons; another clause after a semicolon is no part of the report
    ['President Rojo stressed his belief that fishermen deserve to work safely; to sell freely; and to rest.', [['Tomas Rojo', 'fishermen deserve to work safely; to sell freely; and to rest']]],
    ['President Rojo said that the talks went well; the two will meet again in May.', [['Tomas Rojo', 'the talks went well']]],
    // a stance noun after a possessive and a modifier
    ['The leaders reaffirmed their mutual understanding that the border will remain open.', [['Tomas Rojo and Ana Vidal', 'the border will remain open']]],
    // "that" before a noun and a preposition, with no verb after, is a determiner: no report
    ['President Rojo noted that progress in the region.', []],
    ['President Rojo noted that progress in the region has stalled.', [['Tomas Rojo', 'progress in the region has stalled']]],
    // a participle after a comma with a preposition is no inverted attribution
    ['The worst part is that his remarks, shared with his followers, often make news.', []],
    ['The worst part is that his remarks, repeated to his followers, often make news.', []],
    // … nor a demonstrative after the verb
    ['Vidal, writing in a newspaper, repeated those sentiments.', []],
  ])('%s', (text, expected) => {
    expect(reported(INTRO + text)).toEqual(expected);
  });

  it('"they" goes back past a named one of the two and "the leaders’ meeting" to a host’s welcome of a titled guest', () => {
    const text =
      'Readout\n\nPresident Tomas Rojo welcomed Prime Minister Ana Vidal of Ostria to the White House today. A longstanding tradition, the leaders’ annual meeting was an opportunity to discuss a range of issues. They reaffirmed their support for Kessel. President Rojo commended Ostria’s support to refugees. They emphasized their shared view that a two-state solution remains the viable path to peace.';
    expect(reported(text)).toEqual([['Tomas Rojo and Ana Vidal', 'a two-state solution remains the viable path to peace']]);
  });

  it('a third person named by one of the two breaks the run', () => {
    const text =
      'Readout\n\nPresident Tomas Rojo welcomed Prime Minister Ana Vidal of Ostria to the White House today. President Rojo thanked Foreign Minister Carl Brandt for his work. They agreed that the alliance has never been stronger.';
    expect(reported(text)).toEqual([[null, 'the alliance has never been stronger']]);
  });
});
