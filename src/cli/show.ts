// meetings show ID [DIR]: everything about one meeting or document.

import path from 'node:path';
import type { Command } from 'commander';
import type { DocumentRecord, MeetingRecord } from '../model.js';
import { summarizeSpeakers } from '../assemble/speakers.js';
import { renderQuoteGroups, wrap, type QuoteGroup } from '../render/quotes.js';
import { formatDate, formatParticipant, printable } from '../render/text.js';
import type { Style } from '../render/style.js';
import { addExcerpts, groupBySpeaker, parseContext, selectQuotes } from './quotes.js';
import { loadCorpus, styleFor, tableWidth, UsageError, withCommonOptions, write, type CommonOptions, type Io } from './context.js';

export function showCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('show')
      .description('everything about one meeting or document: facts, agenda, quotes by speaker')
      .argument('<id>', 'a meeting id (from `meetings list`) or a document id (file path without extension)')
      .argument('[dir]', 'folder of articles', '.')
      .option('-C, --context <n>', 'sentences either side of each quote (default: 0, the quote in its sentence)', parseContext, 0),
    ['table', 'json'],
  ).action(async (id: string, dir: string, options: CommonOptions & { context: number }) => {
    const { documents, meetings } = await loadCorpus(dir, options, io);
    const meeting = findMeeting(id, documents, meetings);
    const docs = documents.filter((d) => meeting.documents.includes(d.id));
    if (options.format !== 'table') {
      const record = { meeting, documents: docs };
      return write(io, JSON.stringify(record, null, 2) + '\n');
    }
    // Only this meeting's reports: naming its speakers needs nothing from the rest of the corpus.
    const speakers = summarizeSpeakers(docs, [meeting]);
    const rows = selectQuotes(docs, speakers, { kind: 'all' });
    await addExcerpts(rows, path.resolve(dir), options.maxFileSize, options.context);
    const groups = groupBySpeaker(rows, speakers);
    return write(io, renderMeeting(meeting, docs, groups, styleFor(options, io), tableWidth(io)));
  });
}

/** The meeting with this id, or the one a document with this id (or unique id prefix) reports. */
function findMeeting(id: string, documents: DocumentRecord[], meetings: MeetingRecord[]): MeetingRecord {
  const exact = meetings.find((m) => m.id === id) ?? meetings.find((m) => m.documents.includes(id));
  if (exact) return exact;
  const prefixed = meetings.filter((m) => m.id.startsWith(id) || m.documents.some((d) => d.startsWith(id)));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) throw new UsageError(`"${id}" is ambiguous: ${prefixed.map((m) => m.id).slice(0, 5).join(', ')}`);
  throw new UsageError(`no meeting or document "${id}" in this folder (see \`meetings list\`); ${documents.length} documents read`);
}

function renderMeeting(m: MeetingRecord, docs: DocumentRecord[], groups: QuoteGroup[], style: Style, width?: number): string {
  const out: string[] = [];
  // Values wrap under themselves, never mid-word: "Participants" stands in a 13-column margin.
  const margin = ' '.repeat(13);
  const field = (label: string, value: string) =>
    out.push(style.dim(label.padEnd(13)) + value.split('\n').map((v) => wrap(printable(v), margin, width)).join('\n').slice(13));
  out.push(style.bold.cyan(printable(m.id)));
  field('Date', formatDate(m.date) || 'unknown');
  field('Place', m.location ?? 'unknown');
  field('Participants', m.participants.map(formatParticipant).join('; ') || 'unknown');
  field('Sources', docs.map((d) => `${d.path}${d.title ? ` (${d.title})` : ''}`).join('\n'));
  out.push('');
  if (m.agenda.length) {
    out.push(style.bold('Agenda'));
    for (const a of m.agenda) out.push(wrap(printable(a), '    ', width, '  • '));
    out.push('');
  }
  if (groups.length) {
    out.push(style.bold('Quotes'));
    out.push(renderQuoteGroups(groups, style, { width }));
  } else {
    out.push(style.dim('No quotes.'));
    out.push('');
  }
  return out.join('\n');
}
