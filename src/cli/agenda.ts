// meetings agenda [DIR]: agenda topics across all meetings, with how often they come up.

import type { Command } from 'commander';
import { groupAgendaTopics } from '../assemble/agenda.js';
import { renderCsv } from '../render/csv.js';
import { renderTable } from '../render/table.js';
import { truncate } from '../render/text.js';
import { loadCorpus, styleFor, tableWidth, withCommonOptions, write, type CommonOptions, type Io } from './context.js';

export function agendaCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('agenda')
      .description('agenda topics across all meetings, most frequent first')
      .argument('[dir]', 'folder of articles', '.'),
  ).action(async (dir: string, options: CommonOptions) => {
    const { meetings } = await loadCorpus(dir, options, io);
    const topics = groupAgendaTopics(meetings);
    switch (options.format) {
      case 'json':
        return write(io, JSON.stringify(topics, null, 2) + '\n');
      case 'ndjson':
        for (const t of topics) await write(io, JSON.stringify(t) + '\n');
        return;
      case 'csv':
        return write(io, renderCsv(['topic', 'count', 'meetings', 'variants'], topics.map((t) => [t.topic, t.count, t.meetings.join('; '), t.variants.join('; ')])));
      default: {
        if (topics.length === 0) {
          io.stderr.write('meetings: no agenda topics found\n');
          return;
        }
        const style = styleFor(options, io);
        return write(
          io,
          renderTable(
            ['Topic', 'Meetings', 'Also worded', 'In'],
            topics.map((t) => [
              style.bold(truncate(t.topic, 60)),
              String(t.count),
              t.variants.filter((v) => v !== t.topic).map((v) => truncate(v, 50)).join('\n'),
              t.meetings.join('\n'),
            ]),
            style,
            tableWidth(io),
          ),
        );
      }
    }
  });
}
