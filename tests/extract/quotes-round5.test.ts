// Round five: wrong speakers. Anaphora never points forward, pronouns go to subjects (not to people
// inside an object phrase), and a counterpart inherits a role class, never another's exact title.
// Invented sentences, [name, text, expected speakers].
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findPeople } from '../../src/extract/people.js';
import { findQuotes } from '../../src/extract/quotes.js';
import type { Quote } from '../../src/model.js';

const quotesOf = (text: string): Quote[] => {
  const doc = parseDocument(text);
  return findQuotes(doc, findPeople(doc));
};
const speakersOf = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.speaker);

describe('1. a description resolves only to someone named before it', () => {
  it.each([
    [
      'the leader -> the untitled lead subject, not a prime minister named later',
      'Dmitri Karpovich met with Vice President of Laos Somsak Vongsa on 18 July in Minsk.\n\n“Our countries have always stood together,” the Belarusian leader said.\n\nEarlier, Prime Minister of Belarus Igor Zhuk met the Lao delegation.',
      ['Dmitri Karpovich'],
    ],
    [
      'the head of state -> the lead subject before a later president',
      'Anvar Rakhimov held talks with Prime Minister of Hungary Gabor Toth on Tuesday in Tashkent.\n\n“We value this partnership,” the head of state said.\n\nLater, President of Moldova Ion Rusu arrived in the capital.',
      ['Anvar Rakhimov'],
    ],
  ])('%s', (_n, text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

describe('2. he/she go to the subject, not a person inside the object', () => {
  it.each([
    [
      'an unnamed subject conveys the greetings of a president',
      'President Kim Do-yun received a Mongolian delegation in Seoul on Monday.\n\nThe delegation head conveyed the greetings of the President of Mongolia Batbold Enkhjin and expressed gratitude for the warm reception. “We will expand our trade,” he stressed.',
      [null],
    ],
    [
      'an unnamed official hands over a prime minister’s message',
      'Prime Minister Ivo Babic received a Slovak delegation in Zagreb on Tuesday.\n\nThe Slovak official handed over a message from the Prime Minister of the Slovak Republic Marta Kollar and thanked the hosts. “This visit opens a new stage,” she said.',
      [null],
    ],
    [
      'guard: a named subject keeps the pronoun',
      'Kim Do-yun conveyed the greetings of the President of Mongolia Batbold Enkhjin and expressed gratitude for the warm reception. “We will expand our trade,” he stressed.',
      ['Kim Do-yun'],
    ],
  ])('%s', (_n, text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

describe('3. a counterpart takes the role class, not the exact title', () => {
  it.each([
    [
      'the foreign secretary -> the host introduced with those words',
      'Foreign Secretary Margaret Hollis hosted her Korean counterpart, Lee Min-seo, in London on Monday.\n\n“We share a commitment to open sea lanes,” the foreign secretary said.',
      ['Margaret Hollis'],
    ],
    [
      'the defence secretary -> the host, not the counterpart',
      'Defence Secretary Oliver Grant received his Polish counterpart, Jan Kowal, in London.\n\n“Our alliance is stronger than ever,” the defence secretary said.',
      ['Oliver Grant'],
    ],
  ])('%s', (_n, text, want) => {
    expect(speakersOf(text)).toEqual(want);
  });
});

const all = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker, q.text]);

describe('4. fragments in real sentence shapes', () => {
  it.each([
    [
      'a fragment in reported speech whose cue is "the statement" goes to the body that issued it',
      'The Ministry of Economy of Mongolia said in a statement that the sides agreed to expand trade.\n\nKorean trading houses were "very interested" in copper and coal, the statement said.',
      [
        ['indirect', 'Ministry of Economy of Mongolia', 'the sides agreed to expand trade'],
        ['indirect', 'Ministry of Economy of Mongolia', 'Korean trading houses were "very interested" in copper and coal'],
        ['direct', 'Ministry of Economy of Mongolia', 'very interested'],
      ],
    ],
    [
      'a fragment in a relative clause: "which Manila says is"',
      'Vietnamese Foreign Minister Le Van Binh met Philippine Foreign Secretary Ana Reyes in Hanoi.\n\nThey discussed the 2016 tribunal ruling, which Manila says is "final and binding".',
      [['direct', 'Manila', 'final and binding']],
    ],
    [
      'guard: told + titled object + adjunct + that, with a fragment',
      'Chancellor Anna Berg told Serbian President Milos Petrovic on Friday that the country\'s path to membership was "effectively on hold" unless it aligned with sanctions.',
      [
        ['indirect', 'Anna Berg', 'the country\'s path to membership was "effectively on hold" unless it aligned with sanctions'],
        ['direct', 'Anna Berg', 'effectively on hold'],
      ],
    ],
    [
      'guard: a claim with a fragment, then "Mr X said on Thursday, as he …"',
      'Norway will "always be a reliable partner" for Iceland, Mr Halvorsen said on Thursday, as he wrapped up a two-day visit.',
      [
        ['indirect', 'Halvorsen', 'Norway will "always be a reliable partner" for Iceland'],
        ['direct', 'Halvorsen', 'always be a reliable partner'],
      ],
    ],
    ['guard: described the talks as "…."', 'Minister Ana Ruiz described the talks as "open and constructive."', [['direct', 'Ana Ruiz', 'open and constructive.']]],
  ])('%s', (_n, text, want) => {
    expect(all(text)).toEqual(want);
  });
});

describe('5. not reported speech', () => {
  it.each([
    ['a wire sourcing line after the lead', 'Kazakh Foreign Minister Erlan Nurov met with Latvian Foreign Minister Ilze Ozola on Wednesday, Kazinform correspondent reports, citing the ministry\'s press service.'],
    ['a sourcing line with "citing"', 'Uzbek President Rustam Aliyev held talks with Korean Prime Minister Han Seo-jun on Monday, the agency reported, citing the presidential press office.'],
  ])('%s', (_n, text) => {
    expect(all(text)).toEqual([]);
  });
});

describe('5b. a who-clause is not the report', () => {
  it.each([
    [
      'a who-clause with commas in a list, then said + bare clause',
      'Polish Foreign Minister Ewa Nowak arrived in Georgia on Monday.\n\nNowak, who met Gelashvili in Tbilisi for talks on transit, energy and the ports of Poti and Batumi, said the corridor would open next year.',
    ],
    [
      'a who-clause with commas in a list, then said that',
      'Czech Foreign Minister Petr Dvorak arrived in Armenia on Monday.\n\nDvorak, who met Mirzoyan in Yerevan for talks on energy, trade and education, said that Prague would open a consulate in Gyumri.',
    ],
  ])('%s', (_n, text) => {
    const q = all(text);
    expect(q.length).toBe(1);
    expect(q[0][0]).toBe('indirect');
    expect(String(q[0][2])).not.toMatch(/who met/);
    expect(q[0][1]).toMatch(/Nowak|Dvorak/);
  });
});
