// meetings speakers [DIR]: each speaker once, with role, the names the texts use, quotes and meetings.

import type { Command } from 'commander';
import { sameCountry } from '../assemble/select.js';
import { summarizeSpeakers } from '../assemble/speakers.js';
import { renderTable } from '../render/table.js';
import { truncate } from '../render/text.js';
import { PATHS_ARGUMENT, loadCorpus, printListing, styleFor, tableWidth, withCommonOptions, type CommonOptions, type Io } from './context.js';

export function speakersCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('speakers')
      .description('each speaker once: role, the names the texts use for them, quotes, meetings')
      .argument(...PATHS_ARGUMENT),
  ).action(async (paths: string[], options: CommonOptions) => {
    // --country picks speakers, not meetings (as in quotes).
    const { documents, meetings } = await loadCorpus(paths, { ...options, country: undefined }, io);
    const speakers = summarizeSpeakers(documents, meetings).filter((s) => s.quotes > 0 && (!options.country || sameCountry(s.country, options.country)));
    const style = styleFor(options, io);
    return printListing(io, options.format, speakers, {
      csvHead: ['name', 'type', 'role', 'country', 'aliases', 'quotes', 'meetings', 'documents'],
      csvRow: (s) => [s.name, s.type, s.role, s.country, s.aliases.join('; '), s.quotes, s.meetings.length, s.documents.join('; ')],
      empty: 'no quoted speakers found',
      table: () =>
        renderTable(
          [
            { head: 'Speaker', style: style.bold },
            { head: 'Role' },
            { head: 'Also called', optional: 1 },
            { head: 'Quotes', align: 'right' },
            { head: 'Meetings', align: 'right' },
          ],
          speakers.map((s) => [
            s.name,
            [s.role, s.country].filter(Boolean).join(', '),
            s.aliases.map((a) => truncate(a, 40)).join('\n'),
            String(s.quotes),
            String(s.meetings.length),
          ]),
          style,
          tableWidth(io),
        ),
    }, options.fields);
  });
}
