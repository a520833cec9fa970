// The merge of document records into meetings, one block of the corpus at a time, with the same
// result as mergeMeetings over the whole corpus in one array.
//
// Why blocks can be merged apart (the blocking key). clusterMeetings (meetings.ts) places the
// reports in the corpus's order, dated ones (a month and day known) first, then undated ones.
// A report is scored only against the meetings found under its keys (reportKeys: a surname per
// participant, and a name table's shared key for a name written two ways): sameMeeting needs a
// shared key, and the candidate lists are the meetings indexed under those keys. A dated report
// looks only under its keys *on its own day* (byDayKey); an undated report under its keys on
// every day. So take as the nodes of a graph the pairs (day, key) for dated reports and (*, key)
// for undated ones, where a key that any undated report holds is written (*, key) on every day
// too; a report joins all its nodes. Then:
//   1. Every meeting lies within one component: a report joins a meeting only through a shared
//      node (its day and a key of the meeting, or the key in the undated layer), so by induction
//      over the placements all reports of a meeting are connected.
//   2. Every candidate list a report reads holds meetings of its own component only, and all of
//      them: the meetings under (day, key) or (*, key) are exactly those with a report on that node.
//   3. The placements within a component happen in the same relative order in a run over the
//      component alone (dated first, then undated, each by path), and read and change only the
//      component's meetings; the MAX_CANDIDATES cut-off counts the same lists in the same order.
// Hence clustering each component alone, in path order, gives exactly the whole run's meetings.
// Any union of components is as good as one, which is what makes hashing safe here: nodes are
// 64-bit hashes, and a collision can only join two components (a bigger block, the same answer).
// The name table (nameOrderKeys) depends on the set of participant names of the whole corpus,
// never on order, so every task builds it in a first pass over all records. A meeting's id stem
// depends only on the meeting, but the single run numbers repeated stems ("-2") in its order, and
// two blocks can share a stem (a day resolved from a weekday is left out of it; a family name in
// the id need not be a key): so blocks keep the stems, and ids are numbered in the single run's
// order as the meetings are written (numberIds), by the one-process merge or by --meetings.
//
// How it runs, for N partitions (1 without --partition) and this task's partition K:
//   pass 1  every record: participant names into the name table, and a skeleton line (day,
//           names) to a temporary file; notes whether each input is sorted by path.
//   pass 2  the skeleton: keys, then the union-find of nodes; each component is labelled by its
//           smallest node hash, the same in every task whatever the order of the input.
//   pass 3  every record again: a record whose component's label falls to partition K is copied
//           to one of B block files (B from the number of records, BLOCK_RECORDS each on average).
//   blocks  one block at a time: parse, sort by path, clusterMeetings, write its meetings (and,
//           for unsorted input, its sorted records) to temporary files.
//   output  the blocks' meetings merged by the path of each meeting's first report: the order of
//           a single run. Documents come from the sorted inputs (or the sorted blocks) merged by path.
// Memory: the name table (a set of distinct names), 20 bytes per node, and one block of records.
// A block holds whole components: an archive in which one person's undated reports tie every
// day of their meetings together makes that person's component one block, however large.

import { removeScratchFolder, scratchFolder } from '../corpus/scratch.js';
import { appendFileSync, closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { calendarOf, type DocumentRecord, type MeetingRecord, type PartialDate } from '../model.js';
import type { Share } from '../corpus/shard.js';
import { clusterMeetings, nameFacts, nameOrderKeys, numberMeetingId, reportDay, reportKeys, type NameTable } from './meetings.js';
import { comparePaths, fileLineBytes, fileLines, parseRecord } from './records.js';

/** Records per block on average: some tens of megabytes of parsed records and their wording at a time. */
export const BLOCK_RECORDS = 500;
/** Buffer per file, in bytes, where many files are written or read side by side. */
const SIDE_BY_SIDE = 16 * 1024;

export interface MergeOptions {
  /** Write only this partition's meetings (see --partition); all of them when absent. */
  partition?: Share;
  /** Records per block on average (default BLOCK_RECORDS). */
  blockRecords?: number;
  /** Where the temporary files go (default the system's). */
  tmpDir?: string;
}

/** A merge in progress: its temporary files and what they hold. Call close() when done. */
export interface Merge {
  /** Records read (all partitions). */
  records: number;
  /** Meetings of this task's partition(s) as JSON lines, in the order of a single run. */
  meetings: () => Generator<string>;
  /** Every record in path order (the order `meetings export` writes them). */
  documents: () => Generator<DocumentRecord>;
  close: () => void;
}

/** Merges the records of `files` block by block; see the header for how and why it equals mergeMeetings. */
export function mergeRecordFiles(files: string[], options: MergeOptions = {}): Merge {
  const tmp = scratchFolder('meetings-merge-', options.tmpDir);
  const close = () => removeScratchFolder(tmp);
  try {
    return runMerge(files, options, tmp, close);
  } catch (err) {
    close();
    throw err;
  }
}

function runMerge(files: string[], options: MergeOptions, tmp: string, close: () => void): Merge {
  const share = options.partition ?? { index: 0, count: 1 };
  // Each pass in a function of its own, so that what it holds is let go before the next.
  const { records, sorted, orderKey } = readSkeleton(files, tmp);
  writeKeys(tmp, orderKey);
  const blockCount = Math.max(1, Math.ceil(records / share.count / (options.blockRecords ?? BLOCK_RECORDS)));
  writeBlocks(files, tmp, share, blockCount);

  // Blocks: one at a time.
  const allSorted = sorted.every(Boolean);
  for (let b = 0; b < blockCount; b++) {
    const file = path.join(tmp, `block-${b}`);
    const docs = [...fileLines(file)].map((line, i) => parseRecord(line, `${file}:${i + 1}`));
    docs.sort((x, y) => comparePaths(x.path, y.path));
    const out = new LineWriter(path.join(tmp, `meetings-${b}`));
    const docById = new Map(docs.map((d) => [d.id, d]));
    // Ids keep their stems here and are numbered in the single run's order as they are written.
    for (const m of clusterMeetings(docs, orderKey, null)) {
      const first = founder(m, (id) => reportDay(docById.get(id)!) !== null);
      out.write(`${JSON.stringify(docById.get(first)!.path)}\t${JSON.stringify(m)}\n`);
    }
    out.close();
    if (!allSorted && share.count === 1) {
      const run = new LineWriter(path.join(tmp, `sorted-${b}`));
      for (const d of docs) run.write(`${JSON.stringify(d.path)}\t${JSON.stringify(d)}\n`);
      run.close();
    }
  }

  const byPath = (line: string) => JSON.parse(line.slice(0, line.indexOf('\t'))) as string;
  const body = (line: string) => line.slice(line.indexOf('\t') + 1);
  const merged = new Map<string, string[]>();
  const range = (prefix: string) => {
    if (!merged.has(prefix)) merged.set(prefix, fewerFiles(Array.from({ length: blockCount }, (_, b) => path.join(tmp, `${prefix}-${b}`)), byPath, path.join(tmp, prefix)));
    return merged.get(prefix)!;
  };
  return {
    records,
    meetings: function* () {
      const lines = mapLines(mergeSorted(range('meetings').map((f) => fileLines(f, SIDE_BY_SIDE)), byPath), body);
      // A partition task's meetings keep their ids' stems: --meetings numbers them, in order.
      yield* share.count === 1 ? numberIds(lines) : lines;
    },
    documents: function* () {
      if (allSorted) {
        const streams = files.map((file) => {
          let n = 0;
          return mapLines(fileLines(file, SIDE_BY_SIDE), (line) => parseRecord(line, `${file}:${++n}`));
        });
        yield* mergeSorted(streams, (d) => d.path);
      } else if (share.count === 1) {
        for (const line of mergeSorted(range('sorted').map((f) => fileLines(f, SIDE_BY_SIDE)), byPath)) yield JSON.parse(body(line)) as DocumentRecord;
      } else {
        throw new Error('documents are written only by a merge of all partitions');
      }
    },
    close,
  };
}

/**
 * The report a meeting is ordered by in a single run: the one that founded it. A meeting with a
 * day was founded in the pass over dated reports, by its first dated report in path order; one
 * without a day only has undated reports, and the first of them founded it.
 */
export function founder(m: MeetingRecord, dated: (id: string) => boolean): string {
  if (m.date && calendarOf(m.date).month !== null && calendarOf(m.date).day !== null) return m.documents.find(dated) ?? m.documents[0];
  return m.documents[0];
}

/** Pass 1: what the name table needs of each distinct name, and a skeleton line per record. */
function readSkeleton(files: string[], tmp: string): { records: number; sorted: boolean[]; orderKey: NameTable } {
  const names = new NameCensus();
  const skeleton = new LineWriter(path.join(tmp, 'skeleton'));
  const sorted = files.map(() => true);
  let records = 0;
  files.forEach((file, f) => {
    let n = 0;
    let last: string | null = null;
    for (const line of fileLines(file)) {
      n++;
      // Every record is parsed in full in its block; here only what the plan needs.
      const d = skeletonOf(line) ?? skeletonOfRecord(parseRecord(line, `${file}:${n}`));
      records++;
      for (const name of d.names) names.count(name);
      if (last !== null && comparePaths(last, d.path) > 0) sorted[f] = false;
      last = d.path;
      skeleton.write(`${d.day ?? '*'}\t${JSON.stringify(d.names)}\t${JSON.stringify(d.path)}\n`);
    }
  });
  skeleton.close();
  return { records, sorted, orderKey: names.table(path.join(tmp, 'skeleton')) };
}

/** Pass 2: each record's keys (day, keys as JSON, path as JSON), from the skeleton and the name table. */
function writeKeys(tmp: string, orderKey: NameTable): void {
  const keyed = new LineWriter(path.join(tmp, 'keys'));
  for (const line of fileLines(path.join(tmp, 'skeleton'))) {
    const [day, namesJson, pathJson] = line.split('\t');
    const keys = [...reportKeys({ participants: (JSON.parse(namesJson) as string[]).map((name) => ({ name })) } as DocumentRecord, orderKey)];
    keyed.write(`${day}\t${JSON.stringify(keys)}\t${pathJson}\n`);
  }
  keyed.close();
}

/** Pass 3: the components of the keys, and this partition's records copied to `blockCount` block files by component. */
function writeBlocks(files: string[], tmp: string, share: Share, blockCount: number): void {
  const keysFile = path.join(tmp, 'keys');
  const undated = new HashTable();
  for (const line of fileLines(keysFile)) {
    const [day, keysJson] = line.split('\t');
    if (day === '*') for (const k of JSON.parse(keysJson) as string[]) undated.id(hash64(k), true);
  }
  const nodes = new HashTable();
  const nodesOf = (day: string, keys: string[]) => keys.map((k) => nodes.id(hash64((undated.id(hash64(k), false) >= 0 ? '*' : day) + '\0' + k), true));
  for (const line of fileLines(keysFile)) {
    const [day, keysJson] = line.split('\t');
    const ids = nodesOf(day, JSON.parse(keysJson) as string[]);
    for (let i = 1; i < ids.length; i++) nodes.union(ids[0], ids[i]);
  }
  const labels = nodes.labels();
  const blocks = Array.from({ length: blockCount }, (_, b) => new LineWriter(path.join(tmp, `block-${b}`), SIDE_BY_SIDE, false));
  const keyLines = fileLines(keysFile);
  for (const file of files) {
    for (const line of fileLineBytes(file)) {
      const [day, keysJson, pathJson] = keyLines.next().value!.split('\t');
      const keys = JSON.parse(keysJson) as string[];
      // A report without participants is a meeting of its own: placed by its path.
      const label = keys.length ? labels[nodes.find(nodesOf(day, keys)[0])] : label53(hash64(JSON.parse(pathJson) as string));
      if (label % share.count !== share.index) continue;
      blocks[Math.floor(label / share.count) % blockCount].writeLine(line);
    }
  }
  for (const b of blocks) b.close();
}

/**
 * The meetings that partition tasks wrote (`merge --partition K/N`, one meeting a line, each
 * file in the order of a single run), in the order of a single run: each meeting comes where its
 * founding report (see founder) comes in `documents`, the records in path order.
 */
export function* orderPartitionMeetings(documents: Iterable<DocumentRecord>, parts: string[]): Generator<string> {
  yield* numberIds(orderParts(documents, parts));
}

/**
 * Meeting lines in the single run's order with their ids numbered as the single run numbers them
 * ("-2" for the second meeting with an id's stem): ids are made unique only here, because two
 * meetings of different blocks can share a stem (a day resolved from a weekday is left out of it).
 * Holds every id given out: some 60 bytes a meeting.
 */
function* numberIds(lines: Iterable<string>): Generator<string> {
  const used = new Set<string>();
  for (const line of lines) {
    const m = JSON.parse(line) as MeetingRecord;
    const id = numberMeetingId(m.id, used);
    if (id === m.id) yield line;
    else yield JSON.stringify({ ...m, id });
  }
}

function* orderParts(documents: Iterable<DocumentRecord>, parts: string[]): Generator<string> {
  const streams = parts.map((f) => fileLines(f, SIDE_BY_SIDE));
  // The reports that may found each stream's next meeting: all its reports when it has a day
  // (the first dated one founded it), else its first.
  const heads = new Map<string, { line: string; stream: number; dated: boolean }>();
  const advance = (s: number) => {
    const next = streams[s].next();
    if (next.done) return;
    const m = JSON.parse(next.value) as MeetingRecord;
    const dated = !!m.date && calendarOf(m.date).month !== null && calendarOf(m.date).day !== null;
    const head = { line: next.value, stream: s, dated };
    for (const id of dated ? m.documents : m.documents.slice(0, 1)) heads.set(id, head);
  };
  streams.forEach((_, s) => advance(s));
  for (const d of documents) {
    const head = heads.get(d.id);
    if (!head || (head.dated && reportDay(d) === null)) continue;
    const m = JSON.parse(head.line) as MeetingRecord;
    for (const id of m.documents) if (heads.get(id) === head) heads.delete(id);
    yield head.line;
    advance(head.stream);
  }
  if (heads.size) {
    const [id] = heads.keys();
    throw new Error(`a partition's meeting holds document "${id}", which is not in the records (were the same records given to every merge task?)`);
  }
}

/** Files merged side by side at most: well under the usual limit of 1,024 open files. */
const MAX_OPEN = 256;

/**
 * Sorted line files (sorted by `key`) merged group by group into fewer sorted files, until at most
 * MAX_OPEN are left to merge side by side.
 */
function fewerFiles(files: string[], key: (line: string) => string, prefix: string): string[] {
  for (let round = 0; files.length > MAX_OPEN; round++) {
    const next: string[] = [];
    for (let g = 0; g < files.length; g += MAX_OPEN) {
      const out = new LineWriter(`${prefix}-r${round}-${next.length}`);
      for (const line of mergeSorted(files.slice(g, g + MAX_OPEN).map((f) => fileLines(f, SIDE_BY_SIDE)), key)) out.write(line + '\n');
      out.close();
      for (const f of files.slice(g, g + MAX_OPEN)) rmSync(f);
      next.push(`${prefix}-r${round}-${next.length}`);
    }
    files = next;
  }
  return files;
}

interface Skeleton {
  path: string;
  day: string | null;
  names: string[];
}

function skeletonOfRecord(d: DocumentRecord): Skeleton {
  return { path: d.path, day: reportDay(d), names: d.participants.map((p) => p.name) };
}

/**
 * The path, day and participant names of a record line as `export` writes it (keys in the order
 * of model.ts, no spaces), read field by field at the top level without parsing the rest; null
 * for a line in any other shape, which is then parsed in full.
 */
export function skeletonOf(line: string): Skeleton | null {
  let at = 0;
  const key = (name: string) => {
    const k = (at === 0 ? '{"' : ',"') + name + '":';
    if (!line.startsWith(k, at)) throw new Error('shape');
    at += k.length;
  };
  const value = () => {
    const from = at;
    at = valueEnd(line, at);
    return line.slice(from, at);
  };
  try {
    key('id');
    value();
    key('path');
    const p: unknown = JSON.parse(value());
    key('title');
    value();
    key('date');
    const date = JSON.parse(value()) as { month?: unknown; day?: unknown } | null;
    key('dates');
    value();
    key('location');
    value();
    key('participants');
    const participants: unknown = JSON.parse(value());
    if (typeof p !== 'string' || (date !== null && (typeof date !== 'object' || Array.isArray(date)))) return null;
    if (!Array.isArray(participants) || !participants.every((x) => typeof x === 'object' && x !== null && typeof (x as { name?: unknown }).name === 'string')) return null;
    // (the day "on Monday" was resolved to counts, as in meetings.ts)
    const cal = date ? calendarOf(date as PartialDate) : null;
    const day = cal && typeof cal.month === 'number' && typeof cal.day === 'number' ? `${cal.month}-${cal.day}` : null;
    return { path: p, day, names: participants.map((x: { name: string }) => x.name) };
  } catch {
    return null;
  }
}

/** Where the JSON value that starts at `i` ends (strings, arrays and objects matched, strings skipped). */
function valueEnd(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 34 /* " */) {
      for (j++; j < s.length && s.charCodeAt(j) !== 34; j++) if (s.charCodeAt(j) === 92 /* \ */) j++;
      if (depth === 0) return j + 1;
    } else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) return j + 1;
      if (depth < 0) return j;
    } else if (depth === 0 && c === 44 /* , */) return j;
  }
  if (depth !== 0) throw new Error('shape');
  return s.length;
}

function* mapLines<T>(lines: Iterable<string>, f: (line: string) => T): Generator<T> {
  for (const line of lines) yield f(line);
}

/** Merges streams each sorted by `key` into one sorted stream; ties go to the earlier stream. */
export function* mergeSorted<T>(streams: Iterator<T>[], key: (item: T) => string): Generator<T> {
  // A binary heap of the streams' current items.
  const heap: Array<{ item: T; key: string; stream: number }> = [];
  const less = (a: (typeof heap)[number], b: (typeof heap)[number]) => (a.key < b.key ? true : a.key > b.key ? false : a.stream < b.stream);
  const push = (e: (typeof heap)[number]) => {
    heap.push(e);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  const fill = (s: number) => {
    const next = streams[s].next();
    if (!next.done) push({ item: next.value, key: key(next.value), stream: s });
  };
  streams.forEach((_, s) => fill(s));
  while (heap.length) {
    const top = pop();
    yield top.item;
    fill(top.stream);
  }
}

/**
 * The name table (nameOrderKeys) of all the records' participant names, without holding every
 * name: a name can change the table only as one of a group of names with the same words and two
 * keys, or as one of the names of a given name with 2 to 50 surnames (see nameFacts). The first
 * pass counts those groups by 64-bit hashes (some 60 bytes a distinct name); the second keeps the
 * names of the groups that count, and nameOrderKeys runs on them with the whole corpus's count of
 * surnames per given name. A kept name too many changes nothing; a hash collision that hid a
 * group would take two names in about 2^40 at a million names.
 */
class NameCensus {
  private seen = new HashTable();
  private words = new HashTable();
  private wordsKey = new Growing(Uint32Array);
  private wordsKey2 = new Growing(Uint32Array);
  private wordsMulti = new Growing(Uint8Array);
  private pairs = new HashTable();
  private givens = new HashTable();
  private surnames = new Growing(Uint32Array);
  private singles = new HashTable();

  count(name: string): void {
    if (!this.seen.add(hash64(name))) return;
    const { words, key, given } = nameFacts(name);
    if (words === null) this.singles.add(hash64(key));
    if (words !== null) {
      const [k1, k2] = hash64(key);
      const before = this.words.size;
      const w = this.words.id(hash64(words), true);
      if (this.words.size > before) {
        this.wordsKey.set(w, k1);
        this.wordsKey2.set(w, k2);
      } else if (this.wordsKey.get(w) !== k1 || this.wordsKey2.get(w) !== k2) this.wordsMulti.set(w, 1);
    }
    if (given !== null && this.pairs.add(hash64(given + '\0' + key))) {
      const g = this.givens.id(hash64(given), true);
      this.surnames.set(g, this.surnames.get(g) + 1);
    }
  }

  private surnamesOf(given: string): number {
    const g = this.givens.id(hash64(given), false);
    return g < 0 ? 0 : this.surnames.get(g);
  }

  /** The name table, from the names of the skeleton (tab-separated: day, names as JSON, path). */
  table(skeleton: string): NameTable {
    const kept = new Set<string>();
    const done = new HashTable();
    for (const line of fileLines(skeleton)) {
      for (const name of JSON.parse(line.split('\t')[1]) as string[]) {
        if (!done.add(hash64(name))) continue;
        const { words, key, given } = nameFacts(name);
        const w = words === null ? -1 : this.words.id(hash64(words), false);
        const n = given === null ? 0 : this.surnamesOf(given);
        // (and a family name alone, "Xi", with every full name it opens, "Xi Jinping")
        const familyFirst = words === null ? this.surnamesOf(key) > 0 : given !== null && this.singles.id(hash64(given), false) >= 0;
        if ((w >= 0 && this.wordsMulti.get(w)) || (n >= 2 && n <= 50) || familyFirst) kept.add(name);
      }
    }
    return nameOrderKeys(kept, (given) => this.surnamesOf(given));
  }
}

/** A typed array that grows as it is written to; unwritten places read 0. */
class Growing<T extends Uint32Array | Uint8Array> {
  private a: T;
  constructor(private Kind: new (n: number) => T) {
    this.a = new Kind(1024);
  }
  get(i: number): number {
    return i < this.a.length ? this.a[i] : 0;
  }
  set(i: number, v: number): void {
    if (i >= this.a.length) {
      const b = new this.Kind(Math.max(i + 1, this.a.length * 2));
      b.set(this.a);
      this.a = b;
    }
    this.a[i] = v;
  }
}

const NEWLINE = Buffer.from('\n');

/** Writes lines to a file through a buffer of `limit` characters (a megabyte; less where hundreds are open at once). */
class LineWriter {
  private fd: number | null = null;
  private parts: Array<string | Buffer> = [];
  private size = 0;
  /**
   * `keepOpen` false opens the file only to write a full buffer: for the hundreds of block files
   * written side by side, which would otherwise pass a limit of 1,024 open files.
   */
  constructor(
    private file: string,
    private limit = 1 << 20,
    private keepOpen = true,
  ) {
    if (keepOpen) this.fd = openSync(file, 'w');
    else writeFileSync(file, '');
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > this.limit) this.flush();
  }
  /** One line given as bytes (copied: the caller may reuse them). */
  writeLine(bytes: Buffer): void {
    this.parts.push(Buffer.concat([bytes, NEWLINE]));
    this.size += bytes.length + 1;
    if (this.size > this.limit) this.flush();
  }
  private flush(): void {
    if (this.parts.length) {
      const data = Buffer.concat(this.parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
      if (this.fd !== null) writeSync(this.fd, data);
      else appendFileSync(this.file, data);
    }
    this.parts = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
  }
}

/** Two 32-bit hashes of a string (FNV-1a and a multiplicative one): 64 bits, so collisions are rare (and harmless, see the header). */
function hash64(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, b >>> 0];
}

/** 53 of a hash's bits as a number: a label that orders and divides exactly. */
function label53([a, b]: [number, number]): number {
  return a * 2097152 + (b >>> 11);
}

/**
 * Nodes by 64-bit hash, numbered in the order first seen, with a union-find over them: 20 bytes a
 * node (typed arrays, open addressing), so millions of keys cost tens of megabytes.
 */
class HashTable {
  private lo = new Uint32Array(1024);
  private hi = new Uint32Array(1024);
  private parent = new Int32Array(1024);
  /** Nodes so far. */
  size = 0;
  private slots = new Int32Array(2048).fill(-1);

  /** Adds the hash; true when it was not there before. */
  add(h: [number, number]): boolean {
    const before = this.size;
    this.id(h, true);
    return this.size > before;
  }

  /** The node's number; -1 when it is absent and `add` is false. */
  id([a, b]: [number, number], add: boolean): number {
    const mask = this.slots.length - 1;
    for (let s = (a ^ Math.imul(b, 0x9e3779b1)) & mask; ; s = (s + 1) & mask) {
      const n = this.slots[s];
      if (n === -1) {
        if (!add) return -1;
        return this.insert(a, b, s);
      }
      if (this.lo[n] === a && this.hi[n] === b) return n;
    }
  }

  private insert(a: number, b: number, slot: number): number {
    if (this.size === this.lo.length) {
      const grow = <T extends Uint32Array | Int32Array>(x: T): T => {
        const y = new (x.constructor as new (n: number) => T)(x.length * 2);
        y.set(x);
        return y;
      };
      this.lo = grow(this.lo);
      this.hi = grow(this.hi);
      this.parent = grow(this.parent);
    }
    const n = this.size++;
    this.lo[n] = a;
    this.hi[n] = b;
    this.parent[n] = n;
    this.slots[slot] = n;
    if (this.size * 2 > this.slots.length) this.rehash();
    return n;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let n = 0; n < this.size; n++) {
      let s = (this.lo[n] ^ Math.imul(this.hi[n], 0x9e3779b1)) & mask;
      while (this.slots[s] !== -1) s = (s + 1) & mask;
      this.slots[s] = n;
    }
  }

  find(n: number): number {
    let r = n;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[n] !== r) {
      const next = this.parent[n];
      this.parent[n] = r;
      n = next;
    }
    return r;
  }

  union(x: number, y: number): void {
    const a = this.find(x);
    const b = this.find(y);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }

  /** Per component root, the smallest label53 of its nodes: a name for the component that does not depend on the order of the input. */
  labels(): Float64Array {
    const out = new Float64Array(this.size).fill(Infinity);
    for (let n = 0; n < this.size; n++) {
      const r = this.find(n);
      const l = label53([this.lo[n], this.hi[n]]);
      if (l < out[r]) out[r] = l;
    }
    return out;
  }
}

/**
 * The records of `files` in path order without merging them: the inputs merged as they are when
 * each is sorted (what `export --shard` writes), else sorted in runs of BLOCK_RECORDS on disk.
 */
export function orderRecordFiles(files: string[], options: Pick<MergeOptions, 'blockRecords' | 'tmpDir'> = {}): { documents: () => Generator<DocumentRecord>; close: () => void } {
  const parsed = (file: string) => {
    let n = 0;
    return mapLines(fileLines(file, SIDE_BY_SIDE), (line) => parseRecord(line, `${file}:${++n}`));
  };
  const sorted = files.every((file) => {
    let last: string | null = null;
    for (const d of parsed(file)) {
      if (last !== null && comparePaths(last, d.path) > 0) return false;
      last = d.path;
    }
    return true;
  });
  if (sorted) return { documents: () => mergeSorted(files.map(parsed), (d) => d.path), close: () => {} };
  const tmp = scratchFolder('meetings-sort-', options.tmpDir);
  const runs: string[] = [];
  try {
    let batch: DocumentRecord[] = [];
    const flush = () => {
      batch.sort((x, y) => comparePaths(x.path, y.path));
      const file = path.join(tmp, `run-${runs.length}`);
      const out = new LineWriter(file);
      for (const d of batch) out.write(JSON.stringify(d) + '\n');
      out.close();
      runs.push(file);
      batch = [];
    };
    for (const file of files)
      for (const d of parsed(file)) {
        batch.push(d);
        if (batch.length >= (options.blockRecords ?? BLOCK_RECORDS)) flush();
      }
    if (batch.length || !runs.length) flush();
    const fewer = fewerFiles(runs, (line) => (JSON.parse(line) as DocumentRecord).path, path.join(tmp, 'runs'));
    return { documents: () => mergeSorted(fewer.map(parsed), (d) => d.path), close: () => removeScratchFolder(tmp) };
  } catch (err) {
    removeScratchFolder(tmp);
    throw err;
  }
}
