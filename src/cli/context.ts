// What every command shares: the common options, reading the corpus, and writing output.
// Commands get records from here and hand them to render/; no extraction happens in cli/.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { calendarOf, type DocumentRecord, type MeetingRecord, type PartialDate } from '../model.js';
import { analyzeCorpus, type CorpusOptions } from '../assemble/corpus.js';
import { folderMeetings, type FolderMeetings } from '../assemble/summary.js';
import { countryName, meetingFilter } from '../assemble/select.js';
import { matchesSpeaker, speakerLookup, summarizeSpeakers, type SpeakerSummary } from '../assemble/speakers.js';
import { mergeMeetings, participantKey } from '../assemble/meetings.js';
import { COUNTRIES } from '../rules/countries.js';
import { didYouMean, nearest } from './suggest.js';
import { takeDamagedCount } from '../corpus/cache.js';
import { CorpusError, DEFAULT_GLOBS, escapeControls, scanPaths, type CorpusScan } from '../corpus/files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../corpus/read.js';
import type { CalendarDay } from '../extract/dates.js';
import { renderCsv, type CsvValue } from '../render/csv.js';
import { createProgress } from '../render/progress.js';
import { createStyle, type ColorMode, type Style } from '../render/style.js';
import type { RenderedTable } from '../render/table.js';
import { recordDocuments, shardOf, withRecordOptions, type RecordOptions } from './records.js';

export type Format = 'table' | 'json' | 'ndjson' | 'csv';
const FORMATS: Format[] = ['table', 'json', 'ndjson', 'csv'];

export interface CommonOptions extends RecordOptions {
  format: Format;
  glob?: string[];
  since?: CalendarDay;
  until?: CalendarDay;
  /** --participant, --country (a canonical country name), --place: see assemble/select.ts. */
  participant?: string;
  country?: string;
  place?: string;
  referenceDate?: CalendarDay;
  jobs?: number;
  cache: boolean;
  maxFileSize: number;
  strict?: boolean;
  quiet?: boolean;
  /** --color, or false for --no-color. */
  color: ColorMode | false;
  /** --fields: the fields of each JSON/NDJSON record, or the CSV columns, in this order. */
  fields?: string[];
  /** false with --no-ignore: read hidden entries, node_modules and what ignore files exclude. */
  ignore: boolean;
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}
/** A run that could not complete: printed as one line, exit code 1. */
export class RunError extends Error {}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Where `-` reads paths from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Adds the options every listing command takes. */
export function withCommonOptions(cmd: Command, formats: Format[] = FORMATS): Command {
  if (formats.includes('csv')) {
    cmd.option('--fields <names>', 'only these fields of each record (json, ndjson) or columns (csv), comma-separated, in this order', parseFields).hook('preAction', (c) => {
      const { fields, format } = c.opts<{ fields?: string[]; format: Format }>();
      if (fields && format === 'table') throw new UsageError('--fields picks fields of json, ndjson or csv output: add --format json, ndjson or csv');
    });
  }
  return withRecordOptions(cmd)
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default(formats[0]))
    .option('-g, --glob <pattern>', `files to read in each folder; repeat for more (default: ${DEFAULT_GLOBS.join(' ')})`, collect)
    .option('--no-ignore', 'also read hidden files and folders, node_modules, and what .gitignore and .ignore files exclude')
    .option('--since <date>', 'only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', parseSince)
    .option('--until <date>', 'only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)', parseUntil)
    .option('--participant <name>', 'only meetings this person took part in: any name or description the texts use')
    .option('--country <country>', 'only meetings with a participant from this country (name or adjective); quotes and speakers: speakers from it', parseCountry)
    .option('--place <city>', 'only meetings in this city')
    .option('--reference-date <date>', 'date of publication for texts without a dateline (YYYY-MM-DD)', parseDay)
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', parsePositiveInt)
    .option('--no-cache', 'do not read or write the results cache')
    .addOption(new Option('--max-file-size <size>', 'skip files larger than this (e.g. 500KB, 10MB)').argParser(parseSize).default(DEFAULT_MAX_FILE_SIZE, '10MB'))
    .option('--strict', 'fail (exit 1) when any file is skipped')
    .option('-q, --quiet', 'no progress bar')
    .addOption(new Option('--color <when>', 'colour: auto (on a terminal, unless NO_COLOR; FORCE_COLOR=1 forces it), always (for less -R), never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'no colour, as --color never');
}

function parseFields(value: string): string[] {
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.length === 0) throw new InvalidArgumentError('give field names separated by commas, e.g. id,date,participants.');
  return fields;
}

/**
 * Each record with only the fields asked for, in that order; a field no record has is a usage
 * error naming the ones there are. (Records without a field, when others have it, get null.)
 */
export function pickFields<T extends object>(items: T[], fields: string[] | undefined, known: string[] = [...new Set(items.flatMap((i) => Object.keys(i)))]): object[] {
  if (!fields) return items;
  checkFields(fields, known);
  return items.map((item) => Object.fromEntries(fields.map((f) => [f, (item as Record<string, unknown>)[f] ?? null])));
}

export function checkFields(fields: string[], known: string[]): void {
  const unknown = fields.filter((f) => !known.includes(f));
  if (unknown.length === 0 || known.length === 0) return;
  const near = unknown.flatMap((f) => nearest(f, known));
  throw new UsageError(`no field ${unknown.map((f) => `"${f}"`).join(', ')}${didYouMean(near)}; the fields are ${known.join(', ')}`);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parseDateBound(value: string, end: boolean): CalendarDay {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD.');
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  const day = m[3] ? Number(m[3]) : end ? daysInMonth(year, month) : 1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new InvalidArgumentError('no such date.');
  return { year, month, day };
}
const parseSince = (v: string) => parseDateBound(v, false);
const parseUntil = (v: string) => parseDateBound(v, true);

function parseDay(value: string): CalendarDay {
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(value.trim())) throw new InvalidArgumentError('expected YYYY-MM-DD.');
  return parseDateBound(value, false);
}

function parseCountry(value: string): string {
  const name = countryName(value);
  if (name) return name;
  const near = nearest(value, COUNTRIES, (c) => [c.name, ...c.adjectives, ...c.aliases]).map((c) => c.name);
  throw new InvalidArgumentError(`no country "${value}" is known${didYouMean(near)}`);
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256.');
  return n;
}

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 500KB, 10MB or 1GB.');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function styleFor(options: CommonOptions, io: Io): Style {
  return createStyle({ color: options.color, isTTY: !!io.stdout.isTTY, env: io.env });
}

/** The width to fit: COLUMNS when set (as ls reads it), else the terminal's when stdout is one; none for a pipe. */
export function tableWidth(io: Io): number | undefined {
  const columns = Number(io.env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  const out = io.stdout as { isTTY?: boolean; columns?: number };
  return out.isTTY && out.columns ? out.columns : undefined;
}

/** Checks DIR before any work: a missing folder or a file is a usage error. */
export async function checkFolder(dir: string): Promise<string> {
  let info;
  try {
    info = await stat(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such folder: ${escapeControls(dir)}`);
    throw new UsageError(`cannot open ${escapeControls(dir)}: ${code ?? escapeControls((err as Error).message)}`);
  }
  if (!info.isDirectory()) throw new UsageError(`not a folder: ${escapeControls(dir)} (give the folder that holds the articles)`);
  return path.resolve(dir);
}

/** The argument of the listing commands: folders and files, `-` for paths on stdin. */
export const PATHS_ARGUMENT = ['[paths...]', 'folders or files of articles (default: .); - reads paths, one a line, from stdin'] as const;

/** What the paths name: the folder the documents' paths are relative to, and, unless it is one folder read as usual, its files. */
export interface Inputs {
  root: string;
  /** undefined for one folder read with the ignore rules: the run scans it (and may use its summary). */
  scan?: CorpusScan;
}

const resolved = new WeakMap<string[], Promise<Inputs>>();

/** The paths as a corpus, worked out once per argument list; bad paths are usage errors. */
export function resolveInputs(paths: string[], options: CommonOptions, io: Io): Promise<Inputs> {
  let r = resolved.get(paths);
  if (!r) {
    r = resolveNow(paths, options, io);
    resolved.set(paths, r);
  }
  return r;
}

async function resolveNow(given: string[], options: CommonOptions, io: Io): Promise<Inputs> {
  let paths = given.length ? given : ['.'];
  if (paths.includes('-')) {
    const listed = (await readAll(io.stdin ?? process.stdin)).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (listed.length === 0 && paths.length === 1) throw new UsageError('no paths on stdin (give one per line, e.g. find archive -name "*.txt" | meetings list -)');
    paths = paths.flatMap((p) => (p === '-' ? listed : [p]));
  }
  if (paths.length === 1 && options.ignore !== false) {
    const info = await stat(paths[0]).catch(() => null);
    if (!info || info.isDirectory()) return { root: await checkFolder(paths[0]) };
  }
  try {
    return await scanPaths(paths, options.glob && options.glob.length ? options.glob : undefined, { ignore: options.ignore !== false });
  } catch (err) {
    if (err instanceof CorpusError) throw new UsageError(err.message);
    throw err;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads the corpus document by document, warning on stderr for each skipped file; fails at the end under --strict. */
export async function* readDocuments(paths: string[], options: CommonOptions, io: Io, streaming = false): AsyncGenerator<DocumentRecord> {
  const stream = streamDocuments(paths, options, io, streaming);
  yield* stream.records;
  stream.finish();
}

/**
 * The corpus as a stream whose --strict check comes after it, when the caller calls `finish()`: a
 * streamed export writes a complete, valid document first and only then exits 1.
 */
export function streamDocuments(paths: string[], options: CommonOptions, io: Io, streaming: boolean): { records: AsyncGenerator<DocumentRecord>; finish: () => void } {
  const run = corpusRun(options, io, streaming);
  async function* records(): AsyncGenerator<DocumentRecord> {
    if (options.records) return yield* await recordDocuments(options.records);
    const { root, scan } = await resolveInputs(paths, options, io);
    try {
      for await (const record of analyzeCorpus(root, { ...run.options, scan })) yield record;
    } finally {
      run.done();
    }
  }
  return { records: records(), finish: run.check };
}

/**
 * The run options every command passes to assemble/: the user's options, a warning on stderr for
 * each skipped file, and a progress bar. `done()` then says in one line how many damaged cache
 * files were ignored, if any; `check()` fails the run under --strict.
 */
function corpusRun(options: CommonOptions, io: Io, streaming: boolean) {
  let skipped = 0;
  // A bar on a terminal's stderr, unless records stream to the same terminal and would cut through it.
  const streamingToTerminal = streaming && !!io.stdout.isTTY;
  const progress = createProgress(io.stderr as NodeJS.WriteStream, { enabled: !options.quiet && !!io.stderr.isTTY && !streamingToTerminal });
  const corpusOptions: CorpusOptions = {
    globs: options.glob && options.glob.length ? options.glob : undefined,
    referenceDate: options.referenceDate ?? null,
    jobs: options.jobs,
    cache: options.cache,
    maxFileSize: options.maxFileSize,
    shard: shardOf(options, io.env),
    onWarning: (file, message) => {
      skipped++;
      progress.clear();
      io.stderr.write(`meetings: warning: skipped ${escapeControls(file.relative)}: ${escapeControls(oneLine(message))}\n`);
    },
    onNotice: (file, message) => {
      progress.clear();
      io.stderr.write(`meetings: warning: ${escapeControls(file.relative)}: ${escapeControls(oneLine(message))}\n`);
    },
    onProgress: (done, total) => progress.update(done, total),
  };
  return {
    options: corpusOptions,
    done: () => {
      progress.done();
      const damaged = takeDamagedCount();
      if (damaged > 0) {
        io.stderr.write(`meetings: warning: ${damaged} damaged cache file${damaged === 1 ? ' was' : 's were'} ignored and rebuilt\n`);
      }
    },
    check: () => {
      if (options.strict && skipped > 0) throw new RunError(`${skipped} file${skipped === 1 ? '' : 's'} skipped (--strict)`);
    },
  };
}

export interface Corpus {
  documents: DocumentRecord[];
  meetings: MeetingRecord[];
  /** The folder the documents' paths are relative to. */
  root: string;
}

/** The whole corpus, merged into meetings and filtered by --since/--until. */
export async function loadCorpus(paths: string[], options: CommonOptions, io: Io): Promise<Corpus> {
  checkRange(options);
  const documents: DocumentRecord[] = [];
  for await (const d of readDocuments(paths, options, io)) documents.push(d);
  const meetings = mergeMeetings(documents);
  const { root } = await resolveInputs(paths, options, io);
  if (!options.since && !options.until && !filters(options)) return { documents, meetings, root };
  // Who a participant is (other names, country) is known from every report in the corpus.
  const people = options.participant || options.country ? summarizeSpeakers(documents, meetings) : [];
  const speakerOf = people.length ? speakerLookup(people) : undefined;
  const chosen = meetingFilter(options, speakerOf);
  const kept = meetings.filter((m) => inRange(m.date, options.since, options.until) && chosen(m));
  if (options.participant && kept.length === 0) participantHint(options.participant, people, meetings, io);
  const keptDocs = new Set(kept.flatMap((m) => m.documents));
  return { documents: documents.filter((d) => keptDocs.has(d.id)), meetings: kept, root };
}

/**
 * Only the meetings (filtered by --since/--until) and each document's quote count, for commands
 * that need no more: a warm run over an unchanged folder reads them from one cached summary.
 */
export async function loadMeetings(paths: string[], options: CommonOptions, io: Io): Promise<FolderMeetings> {
  checkRange(options);
  if (options.records) {
    const { documents, meetings } = await loadCorpus(paths, options, io);
    return { meetings, quoteCounts: new Map(documents.map((d) => [d.id, d.quotes.length])) };
  }
  const { root, scan } = await resolveInputs(paths, options, io);
  // A participant's other names and country come from the reports themselves; several paths have no folder summary.
  if (options.participant || options.country || scan) {
    const { documents, meetings } = await loadCorpus(paths, options, io);
    return { meetings, quoteCounts: new Map(documents.map((d) => [d.id, d.quotes.length])) };
  }
  const run = corpusRun(options, io, false);
  let result: FolderMeetings;
  try {
    result = await folderMeetings(root, run.options);
  } finally {
    run.done();
  }
  run.check();
  if (!options.since && !options.until && !filters(options)) return result;
  const chosen = meetingFilter(options);
  return { ...result, meetings: result.meetings.filter((m) => inRange(m.date, options.since, options.until) && chosen(m)) };
}

/** When nobody who took part in a meeting answers to the name: the nearest names, on stderr. */
function participantHint(query: string, people: SpeakerSummary[], meetings: MeetingRecord[], io: Io): void {
  const taking = new Set(meetings.flatMap((m) => m.participants.map((p) => participantKey(p.name))));
  const participants = people.filter((p) => taking.has(participantKey(p.name)));
  if (participants.some((p) => matchesSpeaker(p, query))) return;
  const near = nearest(query, participants, (p) => [p.name, ...p.aliases, ...p.name.split(' ')]).map((p) => p.name);
  io.stderr.write(`meetings: nobody called "${escapeControls(query)}" took part in a meeting${didYouMean(near)}\n`);
}

function filters(options: CommonOptions): boolean {
  return options.participant !== undefined || options.country !== undefined || options.place !== undefined;
}

function checkRange(options: CommonOptions): void {
  if (options.since && options.until && dayNumber(options.since.year, options.since.month, options.since.day) > dayNumber(options.until.year, options.until.month, options.until.day)) {
    throw new UsageError('--since is later than --until');
  }
}

/** True when the date can fall within [since, until]; an unknown year never can. */
export function inRange(given: PartialDate | null, since?: CalendarDay, until?: CalendarDay): boolean {
  if (!since && !until) return true;
  const date = given && calendarOf(given);
  if (!date || date.year == null) return false;
  const lo = dayNumber(date.year, date.month ?? 1, date.day ?? 1);
  const hi = dayNumber(date.year, date.month ?? 12, date.day ?? daysInMonth(date.year, date.month ?? 12));
  if (since && hi < dayNumber(since.year, since.month, since.day)) return false;
  if (until && lo > dayNumber(until.year, until.month, until.day)) return false;
  return true;
}

function dayNumber(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** How one listing looks in each format: CSV columns, and the table for people. */
export interface ListingView<T> {
  csvHead: string[];
  csvRow: (item: T) => CsvValue[];
  table: () => RenderedTable | string;
  /** Said on stderr when a table would be empty ("no meetings found"). */
  empty: string;
}

/** Prints records as JSON, NDJSON, CSV or a table: the same switch for every listing command. */
export async function printListing<T extends object>(io: Io, format: Format, items: T[], view: ListingView<T>, fields?: string[]): Promise<void> {
  switch (format) {
    case 'json':
      return write(io, JSON.stringify(pickFields(items, fields), null, 2) + '\n');
    case 'ndjson':
      for (const item of pickFields(items, fields)) await write(io, JSON.stringify(item) + '\n');
      return;
    case 'csv': {
      if (!fields) return write(io, renderCsv(view.csvHead, items.map(view.csvRow)));
      checkFields(fields, view.csvHead);
      const columns = fields.map((f) => view.csvHead.indexOf(f));
      const pick = (row: CsvValue[]) => columns.map((c) => row[c]);
      return write(io, renderCsv(fields, items.map((i) => pick(view.csvRow(i)))));
    }
    default:
      if (items.length === 0) {
        io.stderr.write(`meetings: ${view.empty}\n`);
        return;
      }
      return writeTable(io, view.table());
  }
}

/** A table on stdout; the columns left out to fit the terminal are named on stderr. */
export async function writeTable(io: Io, table: RenderedTable | string): Promise<void> {
  if (typeof table === 'string') return write(io, table);
  await write(io, table.text);
  if (table.hidden.length) {
    const width = tableWidth(io);
    const what = table.hidden.length === 1 ? `the ${table.hidden[0]} column is` : `the ${table.hidden.join(' and ')} columns are`;
    io.stderr.write(`meetings: ${what} left out to fit ${width} columns (widen the terminal, or use --format csv)\n`);
  }
}

/** Writes, waiting when the pipe is full, so huge outputs stream in constant memory. */
export async function write(io: Io, chunk: string): Promise<void> {
  if (!io.stdout.write(chunk)) {
    await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
  }
}
