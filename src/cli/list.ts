// meetings list [DIR]: one row per meeting.

import type { Command } from 'commander';
import type { MeetingRecord } from '../model.js';
import { renderCsv } from '../render/csv.js';
import { renderTable } from '../render/table.js';
import { formatDate, truncate } from '../render/text.js';
import { loadCorpus, styleFor, tableWidth, withCommonOptions, write, type CommonOptions, type Io } from './context.js';

export function listCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('list')
      .description('one row per meeting: date, place, participants, quotes, agenda, sources')
      .argument('[dir]', 'folder of articles', '.'),
  ).action(async (dir: string, options: CommonOptions) => {
    const { documents, meetings } = await loadCorpus(dir, options, io);
    const quoteCount = new Map(documents.map((d) => [d.id, d.quotes.length]));
    const quotesOf = (m: MeetingRecord) => m.documents.reduce((n, id) => n + (quoteCount.get(id) ?? 0), 0);
    const style = styleFor(options, io);
    switch (options.format) {
      case 'json':
        return write(io, JSON.stringify(meetings.map((m) => ({ ...m, quotes: quotesOf(m) })), null, 2) + '\n');
      case 'ndjson':
        for (const m of meetings) await write(io, JSON.stringify({ ...m, quotes: quotesOf(m) }) + '\n');
        return;
      case 'csv':
        return write(
          io,
          renderCsv(
            ['id', 'date', 'location', 'participants', 'quotes', 'agenda', 'documents'],
            meetings.map((m) => [
              m.id,
              m.date?.iso ?? formatDate(m.date),
              m.location,
              m.participants.map((p) => p.name).join('; '),
              quotesOf(m),
              m.agenda.join('; '),
              m.documents.join('; '),
            ]),
          ),
        );
      default:
        if (meetings.length === 0) {
          io.stderr.write('meetings: no meetings found\n');
          return;
        }
        return write(
          io,
          renderTable(
            ['Meeting', 'Date', 'Place', 'Participants', 'Quotes', 'Agenda', 'Sources'],
            meetings.map((m) => [
              style.cyan(m.id),
              formatDate(m.date),
              m.location ?? '',
              m.participants.map((p) => p.name).join('\n'),
              String(quotesOf(m)),
              m.agenda.slice(0, 3).map((a) => truncate(a, 40)).join('\n') + (m.agenda.length > 3 ? `\n(+${m.agenda.length - 3} more)` : ''),
              m.documents.join('\n'),
            ]),
            style,
            tableWidth(io),
          ),
        );
    }
  });
}
