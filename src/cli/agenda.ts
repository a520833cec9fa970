// meetings agenda [DIR]: agenda topics across all meetings, with how often they come up.

import type { Command } from 'commander';
import { groupAgendaTopics } from '../assemble/agenda.js';
import { reportsAMeeting } from '../assemble/meetings.js';
import { renderTable } from '../render/table.js';
import { truncate } from '../render/text.js';
import { PATHS_ARGUMENT, loadMeetings, printListing, styleFor, tableWidth, withCommonOptions, type CommonOptions, type Io } from './context.js';

export function agendaCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('agenda')
      .description('agenda topics across all meetings, most frequent first')
      .argument(...PATHS_ARGUMENT),
  ).action(async (paths: string[], options: CommonOptions) => {
    const { meetings } = await loadMeetings(paths, options, io);
    const topics = groupAgendaTopics(meetings.filter(reportsAMeeting));
    const style = styleFor(options, io);
    return printListing(io, options.format, topics, {
      csvHead: ['topic', 'count', 'meetings', 'variants'],
      csvRow: (t) => [t.topic, t.count, t.meetings.join('; '), t.variants.join('; ')],
      empty: 'no agenda topics found',
      table: () =>
        renderTable(
          [{ head: 'Topic', style: style.bold }, { head: 'Meetings', align: 'right' }, { head: 'Also worded', optional: 1 }, { head: 'In', optional: 2 }],
          topics.map((t) => [
            truncate(t.topic, 60),
            String(t.count),
            t.variants.filter((v) => v !== t.topic).map((v) => truncate(v, 50)).join('\n'),
            t.meetings.join('\n'),
          ]),
          style,
          tableWidth(io),
        ),
    }, options.fields);
  });
}
