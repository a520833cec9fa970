import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/assemble/document.js';
import { mergeMeetings } from '../../src/assemble/meetings.js';
import { groupAgendaTopics } from '../../src/assemble/agenda.js';
import type { DocumentRecord, MeetingRecord } from '../../src/model.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/invented/${name}.txt`, import.meta.url), 'utf8');
const record = (id: string, text = fixture(id)): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(text) });
const groups = (ms: MeetingRecord[]) => ms.map((m) => m.documents);

describe('mergeMeetings', () => {
  it('merges two reports of one meeting and fills the date from the dated one', () => {
    const ms = mergeMeetings([record('facts-oslo-a'), record('facts-oslo-b')]);
    expect(groups(ms)).toEqual([['facts-oslo-a', 'facts-oslo-b']]);
    expect(ms[0].date?.month).toBe(3);
    expect(ms[0].date?.day).toBe(3);
    expect(ms[0].location).toBe('Lisbon');
    expect(ms[0].participants.map((p) => p.name).sort()).toEqual(['Ingrid Dahl', 'Tomas Ferreira']);
    expect(ms[0].agenda.filter((a) => a === 'fisheries')).toHaveLength(1);
  });

  it('keeps meetings of the same people on different dates apart', () => {
    const ms = mergeMeetings([record('facts-oslo-a'), record('facts-oslo-c')]);
    expect(groups(ms)).toEqual([['facts-oslo-a'], ['facts-oslo-c']]);
    expect(new Set(ms.map((m) => m.id)).size).toBe(2);
  });

  it('joins an undated report to the meeting whose wording it shares, not another of the same people', () => {
    const ms = mergeMeetings([record('facts-oslo-c'), record('facts-oslo-a'), record('facts-oslo-b')]);
    expect(groups(ms)).toEqual([['facts-oslo-c'], ['facts-oslo-a', 'facts-oslo-b']]);
  });

  it('keeps meetings of different people apart', () => {
    const ms = mergeMeetings([record('facts-oslo-a'), record('facts-monday')]);
    expect(ms).toHaveLength(2);
  });

  it.each([
    ['The ministers met in Oslo on 3 March.', 'The ministers met in Rome on 3 March.'],
    ['Talks between the two sides were held on 3 March.', 'Talks between the two sides were held on 4 March.'],
  ])('does not merge reports with nobody named or conflicting facts', (a, b) => {
    expect(mergeMeetings([record('a', a), record('b', b)])).toHaveLength(2);
  });

  it('gives stable, unique ids', () => {
    const docs = [record('facts-oslo-a'), record('facts-oslo-b'), record('facts-oslo-c')];
    const once = mergeMeetings(docs).map((m) => m.id);
    expect(mergeMeetings(docs).map((m) => m.id)).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    expect(once[0]).toMatch(/dahl/);
  });
});

describe('groupAgendaTopics', () => {
  const meeting = (id: string, agenda: string[]): MeetingRecord => ({
    id, date: null, location: null, participants: [], agenda, documents: [id],
  });

  it('groups wordings of one topic and counts meetings', () => {
    const topics = groupAgendaTopics([
      meeting('m1', ['integration issues', 'the situation in Ukraine']),
      meeting('m2', ['integration', 'energy prices']),
      meeting('m3', ['Integration issues']),
    ]);
    expect(topics[0]).toEqual({
      topic: 'integration issues',
      count: 3,
      meetings: ['m1', 'm2', 'm3'],
      variants: ['integration issues', 'Integration issues', 'integration'],
    });
    expect(topics.map((t) => t.topic)).toContain('the situation in Ukraine');
    expect(topics).toHaveLength(3);
  });

  it('keeps different topics apart', () => {
    const topics = groupAgendaTopics([meeting('m1', ['the situation in Ukraine', 'the situation in Ukraine and Syria'])]);
    expect(topics).toHaveLength(2);
  });
});

describe('mergeMeetings: two outlets, one meeting', () => {
  it('groups a wire report dated by weekday with a daily that names the participants only in a shared action', () => {
    const docs = [record('facts-wire-accra'), record('facts-daily-accra'), record('facts-wire-lome')];
    for (const d of docs) expect(d.participants.map((p) => p.name).sort()).toEqual(['Edem Agbeko', 'Kwame Asante']);
    expect(docs.map((d) => d.location)).toEqual(['Accra', 'Accra', 'Lome']);
    expect(docs[0].date?.text).toBe('Tuesday');
    expect(docs[1].date?.iso).toBe('2023-03-07');
    const ms = mergeMeetings(docs);
    expect(groups(ms)).toEqual([['facts-wire-accra', 'facts-daily-accra'], ['facts-wire-lome']]);
    expect(ms[0].date?.iso).toBe('2023-03-07');
  });
});

describe('one person spelt two ways by two outlets', () => {
  const doc = (id: string, text: string): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(text) });
  it.each([
    ['a hyphen in the surname', 'Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Russian Foreign Minister Sergey Lavrov in Moscow on 6 October 2021.', 'Iranian Foreign Minister Hossein Amirabdollahian met Russian Foreign Minister Sergey Lavrov in Moscow on 6 October 2021.'],
    ['a hyphen in the given name', 'South Korean Foreign Minister Kim Sung-hwan met his North Korean counterpart Pak Ui-chun in Bali on 23 July 2011.', 'South Korean Foreign Minister Kim Sung Hwan met his North Korean counterpart Pak Ui Chun in Bali on 23 July 2011.'],
    ['one letter apart, the same given name', 'President Ilham Aliyev received the credentials of the new ambassador of Algeria Zakia Ighil on 17 September 2024.', 'President Ilham Aliyev received the credentials of the new ambassador of Algeria Zakia Igil on 17 September 2024.'],
    ['a second surname in one report', 'President Ana Vidal met President Gustavo Petro of Colombia in Lima on 20 April 2023.', 'President Ana Vidal and President Gustavo Petro Urrego of Colombia met in Lima on 20 April 2023.'],
  ])('%s: one meeting', (_what, a, b) => {
    expect(groups(mergeMeetings([doc('a', a), doc('b', b)]))).toEqual([['a', 'b']]);
  });

  it('a name with another surname after it is another person when the given name differs', () => {
    const ms = mergeMeetings([
      doc('a', 'President Ana Vidal met President Gustavo Petro of Colombia in Lima on 20 April 2023.'),
      doc('b', 'President Ana Vidal met President Ivan Petro Urrego of Colombia in Lima on 20 April 2023.'),
    ]);
    expect(groups(ms)).toEqual([['a'], ['b']]);
  });

  it('two surnames one letter apart with different given names stay two people', () => {
    const ms = mergeMeetings([
      doc('a', 'President Ilham Aliyev received the credentials of the new ambassador Zakia Ighil on 17 September 2024.'),
      doc('b', 'President Ilham Aliyev received the credentials of the new ambassador Karim Igil on 17 September 2024.'),
    ]);
    expect(groups(ms)).toEqual([['a'], ['b']]);
  });
});

describe('meeting ids', () => {
  const text = 'Foreign Minister Park Ji-hoon met Foreign Minister Ana Ruiz in Seoul on Monday.\n\nThe two discussed trade.';
  it('do not change with --reference-date, and take a Korean name’s family name', () => {
    const plain = mergeMeetings([{ id: 'a', path: 'a.txt', ...analyze(text) }]).map((m) => m.id);
    const dated = mergeMeetings([{ id: 'a', path: 'a.txt', ...analyze(text, { referenceDate: { year: 2016, month: 5, day: 18 } }) }]).map((m) => m.id);
    expect(plain).toEqual(['park-ruiz']);
    expect(dated).toEqual(plain);
  });

  it('keep a day the text states', () => {
    const ms = mergeMeetings([{ id: 'a', path: 'a.txt', ...analyze('Foreign Minister Ana Ruiz met Foreign Minister Li Wen in Lima on 16 May 2016.') }]);
    expect(ms.map((m) => m.id)).toEqual(['2016-05-16-ruiz-wen']);
  });
});
