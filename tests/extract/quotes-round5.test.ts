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
