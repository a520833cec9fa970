// What the review of the rules made for fresh54 and fresh55 found: each row an invented text the first versions of
// those rules got wrong.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { mergeMeetings } from '../../src/assemble/meetings.js';
import type { DocumentRecord } from '../../src/model.js';

const quotes = (text: string) => analyze(text).quotes.map((q) => [q.kind, q.speaker, q.text]);
const agenda = (sentence: string) => analyze(`Talks\n\n${sentence}`).agenda.map((a) => a.text);

describe('quotes: "you said, and I quote, “…”" and "you" in a turn', () => {
  it('a quoting formula said over and over still leaves the cue before it, and every quote of the text', () => {
    const text = `Paris talks\n\nPresident Emmanuel Macron met President Joe Biden in Paris on Saturday. Macron said${', quote'.repeat(4000)}, “We are united on Ukraine.”`;
    expect(quotes(text)).toEqual([['direct', 'Emmanuel Macron', 'We are united on Ukraine.']]);
  });

  it('"you" in an answer to a reporter may be the reporter: no one the quotation is given to', () => {
    const text =
      'Remarks by President Biden and President Macron of France in Joint Press Conference\n\nPRESIDENT MACRON: Thank you very much, Joe.\n\nPRESIDENT BIDEN: Thank you, Emmanuel.\n\n' +
      'Q Mr. President, last week you told supporters that the war must end soon.\n\nPRESIDENT BIDEN: Look, I don’t know that you heard it right, but you said, “The war must end soon.” I never said that.\n\nPRESIDENT MACRON: I agree.';
    expect(quotes(text).filter(([kind]) => kind === 'direct')).toEqual([]);
  });

  it('a label of capitalised words is a speaker’s in a text labelled in capitals', () => {
    const text = 'Remarks by President Biden and President Zelenskyy Before Bilateral Meeting\n\nPRESIDENT BIDEN:  Good afternoon.\n\nPRESIDENT ZELENSKYY:  Thank you for your support.\n\nKarine Jean-Pierre:  We will take two questions.\n\nPRESIDENT BIDEN:  We will keep supplying Ukraine.';
    expect(quotes(text).map(([, who, said]) => [who, said])).toEqual([
      ['Biden', 'Good afternoon.'],
      ['Zelenskyy', 'Thank you for your support.'],
      ['Karine Jean-Pierre', 'We will take two questions.'],
      ['Biden', 'We will keep supplying Ukraine.'],
    ]);
  });
});

describe('quotes: what the final review found', () => {
  it('"Number One:" in a turn of a text labelled in capitals is no speaker', () => {
    const text = 'Remarks by President Biden and Prime Minister Albanese Before Bilateral Meeting\n\nPRESIDENT BIDEN:  Welcome, Mr. Prime Minister.  We got a lot done since we last met.\n\nNumber One:  We expanded our cooperation on critical minerals.\n\nNumber Two:  We launched new work on submarines.\n\nPRIME MINISTER ALBANESE:  Thank you, Mr. President.';
    expect(quotes(text).map(([, who]) => who)).toEqual(['Biden', 'Albanese']);
  });
});

describe('dates: the day on a line of its own still beats the speakers’ today', () => {
  it('a remarks page with a publication line and the day of the meeting above the turns', () => {
    const text = 'Remarks by President Biden and President Macron of France Before Bilateral Meeting\n\nPublished: June 10, 2024\n\nJune 8, 2024\n\nParis, France\n\nPRESIDENT MACRON: Welcome to Paris. I am very happy to have you here today.\n\nPRESIDENT BIDEN: Thank you, Emmanuel.';
    expect(analyze(text).date?.iso).toBe('2024-06-08');
  });
});

describe('merge: a bilateral meeting’s readout may name a minister beside the two leaders', () => {
  const on = (id: string, text: string): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(text) });
  it('the remarks before the bilateral meeting and its readout naming three: one meeting', () => {
    const remarks = on('remarks', 'Remarks by President Biden and Prime Minister Albanese of Australia Before Bilateral Meeting\n\nMay 20, 2023\n\nHiroshima, Japan\n\nPRESIDENT BIDEN: Welcome, Mr. Prime Minister. We have a lot to talk about today.\n\nPRIME MINISTER ALBANESE: Thank you, Mr. President.');
    const readout = on('readout', 'Readout of President Biden’s Bilateral Meeting with Prime Minister Albanese of Australia\n\nMay 20, 2023\n\nPresident Joseph R. Biden, Jr. met today with Prime Minister Anthony Albanese and Foreign Minister Penny Wong of Australia in Hiroshima, Japan. The leaders discussed a free and open Indo-Pacific.');
    expect(mergeMeetings([remarks, readout]).map((m) => m.documents)).toEqual([['remarks', 'readout']]);
  });
});

describe('agenda: questions with a subject of their own', () => {
  it.each([
    // ("how best to …" is "how to …": one topic, kept whole)
    ['They discussed how best to end the war.', ['how best to end the war']],
    ['They discussed how the two countries can cooperate closely on clean energy.', ['clean energy']],
    ['They discussed how the war in Ukraine has affected global food security.', ['global food security']],
    // (the month "May" is no modal)
    ['They discussed how the agreement reached in May can expand trade.', ['trade']],
    // (the object of the participle's preposition, but not after a verb of mere happening)
    ['They discussed how the two countries have cooperated on counterterrorism.', ['counterterrorism']],
    ['They discussed how allies are working toward a just peace in Ukraine.', ['a just peace']],
    ['They discussed how events are unfolding in the region.', []],
  ])('%s', (sentence, expected) => {
    expect(agenda(sentence)).toEqual(expected);
  });
});
