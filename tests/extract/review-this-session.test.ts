// What the review of this session's rules found: each row an invented sentence the first versions of the rules got
// wrong.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';

const topics = (text: string) => findAgenda(parseDocument(`Talks\n\n${text}`)).map((a) => a.text);
const reported = (text: string) => analyze(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();

describe('reported speech', () => {
  it('a relative clause whose "that" is its own subject keeps the trailing attribution', () => {
    expect(reported('Story\n\nThe reactor was shut down on Tuesday, a spokesman for the utility that operates the plant said.').map((r) => r[1])).toEqual(['The reactor was shut down on Tuesday']);
  });
  it('the agent of a passive is nearer than the subject to a participle of saying', () => {
    expect(reported('Story\n\nMayor Tomas Rojo was met by hundreds of fishermen outside the harbour office, complaining that the new rules would ruin them.')).toEqual([]);
  });
  it('a report after a dash ends at the second dash', () => {
    expect(reported('Story\n\nTwo issues dominated the meeting – the spokesman, Ned Price, said that tolls and fares were discussed – and no deal was reached.')).toEqual([['Ned Price', 'tolls and fares were discussed']]);
  });
  it('a run of "they" past an office that brings in a third person is no pair’s', () => {
    const text = 'Readout\n\nMinister Tomas Rojo spoke today with Prime Minister Ana Vidal of Chile. The President welcomed Prime Minister Carl Brandt of Ostria to the capital. They agreed that the ferries must run.';
    expect(reported(text)).toEqual([[null, 'the ferries must run']]);
  });
});

describe('participants: a roster', () => {
  it('a line that opens topic bullets is no roster', () => {
    const text = 'Ministers meet\n\nMinister Tomas Rojo met Foreign Minister Ana Vidal in Lima on Tuesday.\n\nThe ministers who attended the meeting in Lima on Tuesday agreed on the following priorities:\n\n-   pressing President Carl Brandt to reopen the port\n-   fisheries';
    expect(surnames(text)).toEqual(['Rojo', 'Vidal']);
  });
});

describe('agenda', () => {
  it.each([
    // a time span with a number, a weekend
    ['The two leaders will hold further talks over the coming weekend.', []],
    ['They discussed the ferry and agreed to continue consultations over the next 10 days.', ['the ferry']],
    // a bracket's "and" after a comma joins no topics
    ['The mayors discussed fares, the tender and the Harbour Four (Aran, Birk, Cole, and Dunmore).', ['fares', 'the tender', 'the Harbour Four']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('places and dates', () => {
  it('a menu of bars is no title with a place', () => {
    expect(analyze('Home | News | Offices | Lima\n\nMinister Tomas Rojo met Foreign Minister Ana Vidal on Tuesday.').location).toBeNull();
  });
  it('a weekday of the text’s own year months ahead is no date a report looks back to', () => {
    const a = analyze('Leaders meet\n\nThe leaders met on Friday, December 16, and agreed to meet again.', { referenceDate: { year: 2022, month: 1, day: 3 } });
    expect(a.date?.iso).toBe('2021-12-16');
  });
});
