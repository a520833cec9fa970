import { describe, expect, it } from 'vitest';
import { matchesSpeaker, sameName, summarizeSpeakers } from '../../src/assemble/speakers.js';
import type { DocumentRecord } from '../../src/model.js';

describe('sameName', () => {
  it.each([
    ['Sergei Lavrov', 'Sergey Lavrov', true],
    ['Aleksandr Lukashenko', 'Alexander Lukashenko', true],
    ['Lavrov', 'Sergei Lavrov', true],
    ['J. Smith', 'John Smith', true],
    ['John Smith', 'Jane Smith', false],
    ['Sergei Lavrov', 'Sergei Shoigu', false],
    ['Sergey Viktorovich Lavrov', 'Sergei Lavrov', true],
    ['Belarusian Foreign Ministry', 'the Belarusian Foreign Ministry', true],
    ['Russian Foreign Ministry', 'Belarusian Foreign Ministry', false],
    ['Foreign Ministry', 'Russian Foreign Ministry', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
    expect(sameName(b, a)).toBe(same);
  });
});

describe('matchesSpeaker', () => {
  const lavrov = { name: 'Sergei Lavrov', aliases: ['Lavrov', 'the Russian minister', 'Mr Lavrov'] };
  it.each([
    ['Lavrov', true],
    ['lavrov', true],
    ['Sergey Lavrov', true],
    ['the Russian minister', true],
    ['Russian minister', true],
    ['Sergei Shoigu', false],
    ['Putin', false],
    ['', false],
  ])('%j finds Sergei Lavrov: %s', (query, found) => {
    expect(matchesSpeaker(lavrov, query)).toBe(found);
  });
});

function doc(id: string, people: [string, string[]][], speakers: string[]): DocumentRecord {
  return {
    id,
    path: `${id}.txt`,
    title: '',
    date: null,
    dates: [],
    location: null,
    participants: [],
    people: people.map(([name, aliases]) => ({ name, role: null, country: null, type: 'person' as const, aliases })),
    quotes: speakers.map((speaker, i) => ({ speaker, text: 'x', kind: 'direct' as const, cue: 'said', start: i, end: i + 1, line: 1 })),
    agenda: [],
  };
}

describe('summarizeSpeakers', () => {
  it('merges spellings across reports, keeps the fullest name and counts quotes and meetings', () => {
    const docs = [
      doc('a', [['Sergei Lavrov', ['Lavrov']]], ['Sergei Lavrov', 'Sergei Lavrov']),
      doc('b', [['Sergey Viktorovich Lavrov', []]], ['Sergey Viktorovich Lavrov']),
      doc('c', [['Sergey Lavrov', ['the Russian minister']]], ['Sergey Lavrov']),
    ];
    const meetings = ['a', 'b', 'c'].map((id) => ({ id: `m-${id}`, date: null, location: null, participants: [], agenda: [], documents: [id] }));
    const [s, ...rest] = summarizeSpeakers(docs, meetings);
    expect(rest.filter((r) => /lavrov/i.test(r.name))).toHaveLength(0);
    expect(s.name).toBe('Sergey Viktorovich Lavrov');
    expect(s.aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov', 'the Russian minister']));
    expect(s.quotes).toBe(4);
    expect(s.meetings).toEqual(['m-a', 'm-b', 'm-c']);
  });
});
