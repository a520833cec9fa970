// meetings list [DIR]: one row per meeting.

import { Option, type Command } from 'commander';
import type { MeetingRecord } from '../model.js';
import { reportsAMeeting } from '../assemble/meetings.js';
import { sortMeetings, type MeetingOrder } from '../assemble/select.js';
import { renderTable } from '../render/table.js';
import { formatDate, truncate } from '../render/text.js';
import { PATHS_ARGUMENT, loadMeetings, printListing, styleFor, tableWidth, withCommonOptions, type CommonOptions, type Io } from './context.js';

export function listCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('list')
      .description('one row per meeting: date, place, participants, quotes, agenda, sources (articles that report no meeting are left out)')
      .argument(...PATHS_ARGUMENT)
      .addOption(new Option('--sort <order>', 'date (undated last), participants (by surname), or quotes (most first)').choices(['date', 'participants', 'quotes']).default('date')),
  ).action(async (paths: string[], options: CommonOptions & { sort: MeetingOrder }) => {
    const { meetings, quoteCounts } = await loadMeetings(paths, options, io);
    const counted = meetings.filter(reportsAMeeting).map((m) => ({ ...m, quotes: m.documents.reduce((n, id) => n + (quoteCounts.get(id) ?? 0), 0) }));
    const rows = sortMeetings(counted, options.sort, (m) => m.quotes);
    const style = styleFor(options, io);
    return printListing<MeetingRecord & { quotes: number }>(io, options.format, rows, {
      csvHead: ['id', 'date', 'location', 'participants', 'quotes', 'agenda', 'documents'],
      csvRow: (m) => [
        m.id,
        formatDate(m.date),
        m.location,
        m.participants.map((p) => p.name).join('; '),
        m.quotes,
        m.agenda.join('; '),
        m.documents.join('; '),
      ],
      empty: 'no meetings found',
      table: () =>
        renderTable(
          [
            { head: 'Meeting', style: style.cyan },
            { head: 'Date' },
            { head: 'Place' },
            { head: 'Participants' },
            { head: 'Quotes', align: 'right' },
            { head: 'Agenda', optional: 1 },
            { head: 'Sources', optional: 2 },
          ],
          rows.map((m) => [
            m.id,
            formatDate(m.date),
            m.location ?? '',
            m.participants.map((p) => p.name).join('\n'),
            String(m.quotes),
            m.agenda.slice(0, 3).map((a) => truncate(a, 40)).join('\n') + (m.agenda.length > 3 ? `\n(+${m.agenda.length - 3} more)` : ''),
            m.documents.join('\n'),
          ]),
          style,
          tableWidth(io),
        ),
    }, options.fields);
  });
}
