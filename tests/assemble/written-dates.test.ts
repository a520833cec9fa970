import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { mergeMeetings } from '../../src/assemble/meetings.js';
import type { DocumentRecord } from '../../src/model.js';

// A record gives the meeting's date as the text does (GOLD.md's meetingDate): "today" or "on Monday" keeps only its
// words when the article writes no such day, and the day it falls on goes to `resolved` (and `iso`).
describe('record dates: as the text gives them', () => {
  it.each([
    // The page store's stamp is no part of the article: "today" is resolved from it, not written.
    [' date 2018-06-12 President Luis Ruiz met Prime Minister Ana Lind today in Oslo.',
      { text: 'today', year: null, month: null, day: null, iso: '2018-06-12', resolved: { year: 2018, month: 6, day: 12 } }],
    // A publication line of another day: "Monday" falls on a day the article does not write.
    ['Published: 14.06.2018\n\nPresident Luis Ruiz met Prime Minister Ana Lind on Monday.',
      { text: 'Monday', year: null, month: null, day: null, iso: '2018-06-11', resolved: { year: 2018, month: 6, day: 11 } }],
    // The article's own dateline dates it: "Monday" is the day before it, as a reader counts.
    ['OSLO, June 14, 2018 — President Luis Ruiz met Prime Minister Ana Lind on Monday.',
      { text: 'Monday', year: 2018, month: 6, day: 11, iso: '2018-06-11' }],
    // The dateline writes the day "today" is: that day.
    ['OSLO, June 12, 2018 — President Luis Ruiz met Prime Minister Ana Lind today.',
      { text: 'today', year: 2018, month: 6, day: 12, iso: '2018-06-12' }],
    ['SINGAPORE, June 12 — President Luis Ruiz met Prime Minister Ana Lind today.',
      { text: 'today', year: null, month: 6, day: 12, iso: null }],
    // A calendar date is as it was.
    ['President Luis Ruiz met Prime Minister Ana Lind in Oslo on 16 May 2016.',
      { text: '16 May 2016', year: 2016, month: 5, day: 16, iso: '2016-05-16' }],
  ])('%s', (text, expected) => {
    expect(analyze(text).date).toEqual(expected);
  });

  it('every mention in `dates` follows the same rule', () => {
    const r = analyze(' date 2018-06-12 President Luis Ruiz met Prime Minister Ana Lind today in Oslo. They met again yesterday.');
    expect(r.dates.map((d) => [d.text, d.month, d.resolved?.day ?? null])).toEqual([
      ['2018-06-12', 6, null],
      ['today', null, 12],
      ['yesterday', null, 11],
    ]);
  });

  it('a merged meeting takes the day written out over the same day resolved from a weekday, whichever report comes first', () => {
    const a: DocumentRecord = { id: 'a', path: 'a.txt', ...analyze(' date 2018-06-12 President Luis Ruiz met Prime Minister Ana Lind in Oslo on Monday to discuss fishing quotas.') };
    const b: DocumentRecord = { id: 'b', path: 'b.txt', ...analyze('OSLO, June 11, 2018 (Wire) - President Luis Ruiz held talks with Prime Minister Ana Lind in Oslo today on fishing quotas.') };
    for (const docs of [[a, b], [b, a]]) {
      const [m] = mergeMeetings(docs);
      expect(m.documents.sort()).toEqual(['a', 'b']);
      expect([m.date?.month, m.date?.day, m.date?.iso]).toEqual([6, 11, '2018-06-11']);
    }
  });

  it('a calendar day of another year is not the day a weekday falls on', () => {
    const r = analyze(' date 2018-06-12 President Luis Ruiz met Prime Minister Ana Lind in Oslo on Monday.\n\nThe accord they spoke of was signed on June 11, 2015.');
    expect(r.date).toMatchObject({ text: 'Monday', month: null, iso: '2018-06-11' });
  });

  it('reports of one meeting still merge on the resolved day: "today" under a stamp and the same day written out', () => {
    const a: DocumentRecord = { id: 'a', path: 'a.txt', ...analyze(' date 2018-06-12 President Luis Ruiz met Prime Minister Ana Lind today in Oslo to discuss fishing quotas.') };
    const b: DocumentRecord = { id: 'b', path: 'b.txt', ...analyze('President Luis Ruiz held talks with Prime Minister Ana Lind in Oslo on June 12, 2018 on fishing quotas.') };
    const c: DocumentRecord = { id: 'c', path: 'c.txt', ...analyze(' date 2018-06-14 President Luis Ruiz met Prime Minister Ana Lind today in Oslo to discuss fishing quotas.') };
    expect(mergeMeetings([a, b, c]).map((m) => m.documents)).toEqual([['a', 'b'], ['c']]);
  });
});
