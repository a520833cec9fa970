// The partitioned merge gives the one-process merge's meetings, for any records: whatever the
// number of shards the records come in, the order of the records in each, the number of
// partitions and the size of the blocks. Records are drawn from small pools of names, days,
// places and topics so that reports do merge, in chains, across days (undated reports), and
// through names written in both orders or spelt two ways. Fixed seed, so a failure reproduces.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, PartialDate } from '../../src/model.js';
import { mergeMeetings } from '../../src/assemble/meetings.js';
import { mergeRecordFiles, orderPartitionMeetings, orderRecordFiles } from '../../src/assemble/partition.js';
import { comparePaths } from '../../src/assemble/records.js';

const SEED = 20261204;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NAMES = ['Sergei Lavrov', 'Lavrov', 'Aleksandr Lukashenko', 'Alexander Lukashenko', 'Vladimir Makei', 'Kenji Morimoto', 'Morimoto Kenji', 'Zakia Ighil', 'Zakia Igil', 'Anna Kovalenko', 'Omar Haddad', 'Russian Foreign Ministry'];
const PLACES = [null, 'Minsk', 'Moscow', 'Geneva'];
const TOPICS = ['trade and economic cooperation', 'regional security', 'the Eurasian Economic Union', 'visa-free travel', 'cocoa smuggling across the frontier', 'energy prices'];
const QUOTES = ['We will meet again in May to sign the agreement on transit', 'Our relations are developing dynamically in every field', 'The sanctions are illegal and will fail'];

const date: fc.Arbitrary<PartialDate | null> = fc.oneof(
  fc.constant(null),
  fc.record({ month: fc.integer({ min: 5, max: 6 }), day: fc.integer({ min: 1, max: 3 }), year: fc.constantFrom(null, 2023, 2024) }).map(({ month, day, year }) => ({
    text: `${day} ${month === 5 ? 'May' : 'June'}${year ? ` ${year}` : ''}`,
    year,
    month,
    day,
    iso: year ? `${year}-0${month}-0${day}` : null,
  })),
  fc.constantFrom('Monday', 'Tuesday').map((w) => ({ text: w, year: null, month: null, day: null, iso: null })),
  // A weekday resolved with a reference date: a day, but none stated, so not in the meeting's id.
  fc.integer({ min: 1, max: 3 }).map((day) => ({ text: 'Monday', year: 2024, month: 5, day, iso: `2024-05-0${day}` })),
  fc.constant({ text: 'May', year: null, month: 5, day: null, iso: null }),
);

const record = fc.record({
  names: fc.uniqueArray(fc.constantFrom(...NAMES), { maxLength: 3 }),
  date,
  location: fc.constantFrom(...PLACES),
  published: fc.constantFrom(null, '2024-05-02', '2024-05-20', '2024-11-24'),
  topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { maxLength: 3 }),
  quotes: fc.uniqueArray(fc.constantFrom(...QUOTES), { maxLength: 2 }),
  others: fc.uniqueArray(fc.constantFrom('Maria Zakharova', 'Dmitry Peskov'), { maxLength: 1 }),
  folder: fc.constantFrom('a', 'b', 'a/c'),
  ext: fc.constantFrom('txt', 'md'),
});

function toDocuments(drawn: Array<fc.RecordValue<typeof record extends fc.Arbitrary<infer T> ? T : never>>): DocumentRecord[] {
  return drawn.map((r, i) => {
    const id = `${r.folder}/doc-${String(i).padStart(3, '0')}`;
    const span = { start: 0, end: 1 };
    return {
      id,
      path: `${id}.${r.ext}`,
      title: `${r.names.join(' and ')} meet`,
      date: r.date,
      dates: r.date ? [{ ...r.date, ...span }] : [],
      published: r.published,
      location: r.location,
      participants: r.names.map((name) => ({ name, role: null, country: null })),
      people: [...r.names, ...r.others].map((name) => ({ name, role: null, country: null, type: 'person' as const, aliases: [] })),
      quotes: r.quotes.map((text) => ({ ...span, speaker: r.names[0] ?? null, text, kind: 'direct' as const, cue: 'said', line: 1 })),
      agenda: r.topics.map((text) => ({ ...span, text })),
    };
  });
}

/** Writes the documents as `shards` NDJSON files: each document to the shard `pick` says, in the order `order` gives. */
function writeShards(docs: DocumentRecord[], shards: number, pick: number[], shuffle: boolean[]): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meetings-merge-prop-'));
  dirs.push(dir);
  return Array.from({ length: shards }, (_, s) => {
    const mine = docs.filter((_, i) => pick[i % pick.length] % shards === s);
    if (shuffle[s % shuffle.length]) mine.reverse();
    const file = path.join(dir, `records-${s}.ndjson`);
    writeFileSync(file, mine.map((d) => JSON.stringify(d) + '\n').join(''));
    return file;
  });
}

const setup = fc.record({
  drawn: fc.array(record, { maxLength: 40 }),
  shards: fc.integer({ min: 1, max: 5 }),
  pick: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
  shuffle: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
  partitions: fc.integer({ min: 1, max: 4 }),
  blockRecords: fc.integer({ min: 1, max: 12 }),
});

describe('partitioned merge', () => {
  it('gives the one-process merge, documents and meetings in its order, for any shards, order, blocks', () => {
    fc.assert(
      fc.property(setup, ({ drawn, shards, pick, shuffle, blockRecords }) => {
        const docs = toDocuments(drawn);
        const files = writeShards(docs, shards, pick, shuffle);
        const want = mergeMeetings([...docs].sort((a, b) => comparePaths(a.path, b.path)));
        const merge = mergeRecordFiles(files, { blockRecords });
        try {
          expect([...merge.meetings()].map((l) => JSON.parse(l))).toEqual(want);
          expect([...merge.documents()].map((d) => d.path)).toEqual(docs.map((d) => d.path).sort(comparePaths));
        } finally {
          merge.close();
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('splits the meetings among N partitions, each once, and puts them back in the single run order', () => {
    fc.assert(
      fc.property(setup, ({ drawn, shards, pick, shuffle, partitions, blockRecords }) => {
        const docs = toDocuments(drawn);
        const files = writeShards(docs, shards, pick, shuffle);
        const want = mergeMeetings([...docs].sort((a, b) => comparePaths(a.path, b.path))).map((m) => JSON.stringify(m));
        const dir = path.dirname(files[0]);
        const parts = Array.from({ length: partitions }, (_, k) => {
          // Each task reads the records in its own order: the shards given back to front.
          const merge = mergeRecordFiles(k % 2 ? [...files].reverse() : files, { partition: { index: k, count: partitions }, blockRecords });
          const file = path.join(dir, `meetings-${k}.ndjson`);
          try {
            writeFileSync(file, [...merge.meetings()].map((l) => l + '\n').join(''));
          } finally {
            merge.close();
          }
          return file;
        });
        const ordered = orderRecordFiles(files, { blockRecords });
        try {
          expect([...orderPartitionMeetings(ordered.documents(), [...parts].reverse())]).toEqual(want);
        } finally {
          ordered.close();
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('builds the whole corpus\'s name table: a given name with more than 50 surnames is not taken for spellings', () => {
    // "Zoran Petrov" and "Zoran Petrova" are one letter apart, but Zoran has 60 surnames here, so
    // a single run keeps their meetings apart; "Zakia Ighil" and "Zakia Igil" (two surnames) are
    // one person. Both Zorans are also written surname first, so the table is built from them.
    const surnames = ['Petrov', 'Petrova', ...Array.from({ length: 58 }, (_, i) => `Sur${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}nov`)];
    const drawn = [
      ...surnames.map((s) => ({ names: [`Zoran ${s}`, 'Omar Haddad'], date: { text: '2 May', year: null, month: 5, day: 2, iso: null }, location: null, published: null, topics: [], quotes: [], others: [], folder: 'a', ext: 'txt' })),
      { names: ['Petrov Zoran', 'Anna Kovalenko'], date: { text: '3 May', year: null, month: 5, day: 3, iso: null }, location: null, published: null, topics: [], quotes: [], others: [], folder: 'c', ext: 'txt' },
      { names: ['Petrova Zoran', 'Anna Kovalenko'], date: { text: '4 May', year: null, month: 5, day: 4, iso: null }, location: null, published: null, topics: [], quotes: [], others: [], folder: 'c', ext: 'txt' },
      { names: ['Zakia Ighil', 'Anna Kovalenko'], date: { text: '1 June', year: null, month: 6, day: 1, iso: null }, location: null, published: null, topics: [], quotes: [], others: [], folder: 'b', ext: 'txt' },
      { names: ['Zakia Igil', 'Anna Kovalenko'], date: { text: '1 June', year: null, month: 6, day: 1, iso: null }, location: null, published: null, topics: [], quotes: [], others: [], folder: 'b', ext: 'txt' },
    ];
    const docs = toDocuments(drawn);
    const want = mergeMeetings([...docs].sort((a, b) => comparePaths(a.path, b.path)));
    expect(want.find((m) => m.documents.length === 2 && m.participants.some((p) => p.name.startsWith('Zakia')))).toBeDefined();
    expect(want.filter((m) => m.participants.some((p) => /^Zoran Petrova?$/.test(p.name))).map((m) => m.documents.length)).toEqual([1, 1]);
    for (const blockRecords of [1, 7, 1000]) {
      const merge = mergeRecordFiles(writeShards(docs, 3, [0, 1, 2], [true]), { blockRecords });
      try {
        expect([...merge.meetings()].map((l) => JSON.parse(l))).toEqual(want);
      } finally {
        merge.close();
      }
    }
  });

  it('merges reports of one meeting that sit in different shards and blocks', () => {
    const docs = toDocuments([
      { names: ['Sergei Lavrov', 'Vladimir Makei'], date: { text: '2 May', year: null, month: 5, day: 2, iso: null }, location: 'Minsk', published: null, topics: [], quotes: [], others: [], folder: 'a', ext: 'txt' },
      { names: ['Kenji Morimoto', 'Anna Kovalenko'], date: null, location: null, published: null, topics: [], quotes: [], others: [], folder: 'b', ext: 'txt' },
      { names: ['Lavrov', 'Makei'], date: { text: '2 May 2023', year: 2023, month: 5, day: 2, iso: '2023-05-02' }, location: 'Minsk', published: null, topics: [], quotes: [], others: [], folder: 'b', ext: 'txt' },
    ]);
    const files = writeShards(docs, 2, [0, 1, 1], [false]);
    const merge = mergeRecordFiles(files, { blockRecords: 1 });
    try {
      const meetings = [...merge.meetings()].map((l) => JSON.parse(l));
      expect(meetings.map((m) => m.documents)).toEqual([['a/doc-000', 'b/doc-002'], ['b/doc-001']]);
      expect(meetings[0].date.iso).toBe('2023-05-02');
    } finally {
      merge.close();
    }
  });
});
