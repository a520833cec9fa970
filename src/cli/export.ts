// meetings export [DIR] --format json|ndjson|csv: the full records, for programs.
// ndjson streams one document per line as it is done; json is one object with documents and
// meetings; csv is a row per quote with its document's facts (a document without quotes: one row).

import type { Command } from 'commander';
import { SCHEMA_VERSION, type DocumentRecord } from '../model.js';
import { mergeMeetings } from '../assemble/meetings.js';
import { csvLine, type CsvValue } from '../render/csv.js';
import { formatDate } from '../render/text.js';
import { PATHS_ARGUMENT, checkFields, loadCorpus, resolveInputs, streamDocuments, withCommonOptions, write, type CommonOptions, type Io } from './context.js';

/** The fields of a document record (model.ts), for --fields. */
const DOCUMENT_FIELDS: (keyof DocumentRecord)[] = ['id', 'path', 'title', 'date', 'dates', 'published', 'location', 'participants', 'people', 'quotes', 'agenda'];
export const CSV_HEAD = ['document', 'path', 'title', 'date', 'location', 'participants', 'agenda', 'speaker', 'kind', 'cue', 'line', 'start', 'end', 'text'];

export function exportCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('export')
      .description('the full records: JSON (one object), NDJSON (a document per line) or CSV (a quote per row)')
      .argument(...PATHS_ARGUMENT),
    ['json', 'ndjson', 'csv'],
  ).action(async (paths: string[], options: CommonOptions) => {
    // Before the first byte of output, so a bad path or field prints no half record.
    await resolveInputs(paths, options, io);
    const fields = options.fields;
    if (fields) checkFields(fields, options.format === 'csv' ? CSV_HEAD : DOCUMENT_FIELDS);
    const pick = (d: DocumentRecord): object => (fields ? Object.fromEntries(fields.map((f) => [f, d[f as keyof DocumentRecord]])) : d);
    const columns = fields ? fields.map((f) => CSV_HEAD.indexOf(f)) : null;
    const filtered = !!(options.since || options.until || options.participant || options.country || options.place);
    // Without a filter every format streams: each document is written as it is done, and
    // --strict fails only once the output is complete and valid.
    const stream = filtered ? null : streamDocuments(paths, options, io, true);
    const documents = stream ? stream.records : (await loadCorpus(paths, options, io)).documents;
    if (options.format === 'ndjson') {
      for await (const d of documents) await write(io, JSON.stringify(pick(d)) + '\n');
    } else if (options.format === 'csv') {
      await write(io, csvLine(fields ?? CSV_HEAD));
      for await (const d of documents) await write(io, csvRows(d, columns));
    } else {
      await writeJsonRecord(io, documents, pick);
    }
    stream?.finish();
  });
}

/**
 * The ExportRecord, written a document at a time: one JSON.stringify of a whole archive would
 * pass V8's string limit. Meetings need every document, so they come last.
 */
async function writeJsonRecord(io: Io, documents: AsyncIterable<DocumentRecord> | DocumentRecord[], pick: (d: DocumentRecord) => object): Promise<void> {
  const indent = (json: string, by: string) => by + json.replace(/\n/g, '\n' + by);
  const seen: DocumentRecord[] = [];
  await write(io, `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`);
  for await (const d of documents) {
    await write(io, (seen.length ? ',\n' : '\n') + indent(JSON.stringify(pick(d), null, 2), '    '));
    seen.push(d);
  }
  const meetings = mergeMeetings(seen);
  await write(io, `${seen.length ? '\n  ' : ''}],\n  "meetings": ${JSON.stringify(meetings, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
}

/** A row per quote (or one for a document without quotes); `columns` picks and orders them (--fields). */
export function csvRows(d: DocumentRecord, columns: number[] | null): string {
  const facts = [d.id, d.path, d.title, formatDate(d.date), d.location, d.participants.map((p) => p.name).join('; '), d.agenda.map((a) => a.text).join('; ')];
  const rows: CsvValue[][] =
    d.quotes.length === 0
      ? [[...facts, ...new Array<null>(CSV_HEAD.length - facts.length).fill(null)]]
      : d.quotes.map((q) => [...facts, q.speaker, q.kind, q.cue, q.line, q.start, q.end, q.text]);
  return rows.map((row) => csvLine(columns ? columns.map((c) => row[c]) : row)).join('');
}
