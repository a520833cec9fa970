// meetings speakers [DIR]: each speaker once, with role, the names the texts use, quotes and meetings.

import type { Command } from 'commander';
import { summarizeSpeakers } from '../assemble/speakers.js';
import { renderCsv } from '../render/csv.js';
import { renderTable } from '../render/table.js';
import { truncate } from '../render/text.js';
import { loadCorpus, styleFor, tableWidth, withCommonOptions, write, type CommonOptions, type Io } from './context.js';

export function speakersCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('speakers')
      .description('each speaker once: role, the names the texts use for them, quotes, meetings')
      .argument('[dir]', 'folder of articles', '.'),
  ).action(async (dir: string, options: CommonOptions) => {
    const { documents, meetings } = await loadCorpus(dir, options, io);
    const speakers = summarizeSpeakers(documents, meetings).filter((s) => s.quotes > 0);
    switch (options.format) {
      case 'json':
        return write(io, JSON.stringify(speakers, null, 2) + '\n');
      case 'ndjson':
        for (const s of speakers) await write(io, JSON.stringify(s) + '\n');
        return;
      case 'csv':
        return write(
          io,
          renderCsv(
            ['name', 'type', 'role', 'country', 'aliases', 'quotes', 'meetings', 'documents'],
            speakers.map((s) => [s.name, s.type, s.role, s.country, s.aliases.join('; '), s.quotes, s.meetings.length, s.documents.join('; ')]),
          ),
        );
      default: {
        if (speakers.length === 0) {
          io.stderr.write('meetings: no quoted speakers found\n');
          return;
        }
        const style = styleFor(options, io);
        return write(
          io,
          renderTable(
            ['Speaker', 'Role', 'Also called', 'Quotes', 'Meetings'],
            speakers.map((s) => [
              style.bold(s.name),
              [s.role, s.country].filter(Boolean).join(', '),
              s.aliases.map((a) => truncate(a, 40)).join('\n'),
              String(s.quotes),
              String(s.meetings.length),
            ]),
            style,
            tableWidth(io),
          ),
        );
      }
    }
  });
}
