// meetings export [DIR] --format json|ndjson|csv: the full records, for programs.
// ndjson streams one document per line as it is done; json is one object with documents and
// meetings; csv is a row per quote with its document's facts (a document without quotes: one row).

import type { Command } from 'commander';
import { SCHEMA_VERSION, type DocumentRecord, type ExportRecord } from '../model.js';
import { csvLine } from '../render/csv.js';
import { formatDate } from '../render/text.js';
import { loadCorpus, readDocuments, withCommonOptions, write, type CommonOptions, type Io } from './context.js';

const CSV_HEAD = ['document', 'path', 'title', 'date', 'location', 'participants', 'agenda', 'speaker', 'kind', 'cue', 'line', 'start', 'end', 'text'];

export function exportCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('export')
      .description('the full records: JSON (one object), NDJSON (a document per line) or CSV (a quote per row)')
      .argument('[dir]', 'folder of articles', '.'),
    ['json', 'ndjson', 'csv'],
  ).action(async (dir: string, options: CommonOptions) => {
    if (options.format === 'ndjson' && !options.since && !options.until) {
      for await (const d of readDocuments(dir, options, io)) await write(io, JSON.stringify(d) + '\n');
      return;
    }
    const { documents, meetings } = await loadCorpus(dir, options, io);
    if (options.format === 'ndjson') {
      for (const d of documents) await write(io, JSON.stringify(d) + '\n');
    } else if (options.format === 'csv') {
      await write(io, csvLine(CSV_HEAD));
      for (const d of documents) await write(io, csvRows(d));
    } else {
      const record: ExportRecord = { schemaVersion: SCHEMA_VERSION, documents, meetings };
      await write(io, JSON.stringify(record, null, 2) + '\n');
    }
  });
}

function csvRows(d: DocumentRecord): string {
  const facts = [d.id, d.path, d.title, d.date?.iso ?? formatDate(d.date), d.location, d.participants.map((p) => p.name).join('; '), d.agenda.map((a) => a.text).join('; ')];
  if (d.quotes.length === 0) return csvLine([...facts, ...new Array(CSV_HEAD.length - facts.length).fill(null)]);
  return d.quotes.map((q) => csvLine([...facts, q.speaker, q.kind, q.cue, q.line, q.start, q.end, q.text])).join('');
}
