// meetings show ID [DIR]: everything about one meeting or document.
// ID is a meeting id, a document id, a file name as the listings print it (`a/b.txt`, also
// `a/b.txt:12`), or a path to the file; a unique prefix of an id does too. An ambiguous prefix
// lists the candidates, an unknown id suggests the nearest.

import { statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { DocumentRecord, MeetingRecord } from '../model.js';
import { summarizeSpeakers } from '../assemble/speakers.js';
import { renderQuoteGroups, wrap, type QuoteGroup } from '../render/quotes.js';
import { formatDate, formatParticipant, printable } from '../render/text.js';
import type { Style } from '../render/style.js';
import { addExcerpts, groupBySpeaker, parseContext, selectQuotes } from './quotes.js';
import { didYouMean, nearest } from './suggest.js';
import { PATHS_ARGUMENT, loadCorpus, styleFor, tableWidth, UsageError, withCommonOptions, write, type CommonOptions, type Io } from './context.js';

export function showCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('show')
      .description('everything about one meeting or document: facts, agenda, quotes by speaker')
      .argument('<id>', 'a meeting id (from `meetings list`), a document id, a file name as listed (a.txt), or a path to the file')
      .argument(...PATHS_ARGUMENT)
      .option('-C, --context <n>', 'sentences either side of each quote (default: 0, the quote in its sentence)', parseContext, 0),
    ['table', 'json'],
  ).action(async (given: string, pathArgs: string[], options: CommonOptions & { context: number }) => {
    const { id, paths, file } = resolveId(given, pathArgs);
    const { documents, meetings, root } = await loadCorpus(paths, options, io);
    // A file outside the paths read is taken as the name it has in them.
    const inCorpus = file ? documentId(root, file) : id;
    const meeting = findMeeting(inCorpus.startsWith('../') ? withoutExt(given) : inCorpus, documents, meetings);
    const docs = documents.filter((d) => meeting.documents.includes(d.id));
    if (options.format !== 'table') {
      const record = { meeting, documents: docs };
      return write(io, JSON.stringify(record, null, 2) + '\n');
    }
    // Only this meeting's reports: naming its speakers needs nothing from the rest of the corpus.
    const speakers = summarizeSpeakers(docs, [meeting]);
    const rows = selectQuotes(docs, speakers, { kind: 'all' });
    await addExcerpts(rows, root, options.maxFileSize, options.context);
    const groups = groupBySpeaker(rows, speakers);
    return write(io, renderMeeting(meeting, docs, groups, styleFor(options, io), tableWidth(io)));
  });
}

function kindOf(p: string): string | null {
  try {
    const info = statSync(p);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

const withoutExt = (p: string) => p.replace(/\.(?:txt|md|html?)$/i, '');

/**
 * The id to look for and the paths to read. A folder where the id should be (`show DIR`) is a
 * usage error; a path to a file names its document: in the paths given, or, without any, in the
 * file's own folder.
 */
export function resolveId(given: string, paths: string[]): { id: string; paths: string[]; file?: string } {
  const kind = kindOf(given);
  if (kind === 'folder' && paths.length === 0) {
    throw new UsageError(`show needs a meeting id before the folder: meetings show ID ${given} (meetings list ${given} prints the ids)`);
  }
  if (kind === 'file') {
    const file = path.resolve(given);
    return paths.length ? { id: given, paths, file } : { id: withoutExt(path.basename(given)), paths: [path.dirname(given)] };
  }
  // "a/b.txt:12", as quotes prints a source.
  return { id: withoutExt(given.replace(/:\d+$/, '')), paths };
}

/** A file's document id in a corpus read from `root`. */
function documentId(root: string, file: string): string {
  return withoutExt(path.relative(root, file).split(path.sep).join('/'));
}

/** The meeting with this id, or the one a document with this id (or unique id prefix) reports. */
function findMeeting(id: string, documents: DocumentRecord[], meetings: MeetingRecord[]): MeetingRecord {
  const exact = meetings.find((m) => m.id === id) ?? meetings.find((m) => m.documents.includes(id));
  if (exact) return exact;
  const prefixed = meetings.filter((m) => m.id.startsWith(id) || m.documents.some((d) => d.startsWith(id)));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) {
    const ids = prefixed.map((m) => m.id);
    const shown = ids.length > 8 ? `${ids.slice(0, 8).join(', ')} and ${ids.length - 8} more` : ids.join(', ');
    throw new UsageError(`"${id}" could be any of ${ids.length} meetings: ${shown}`);
  }
  const ids = [...new Set([...meetings.map((m) => m.id), ...documents.map((d) => d.id)])];
  const near = nearest(id, ids, (c) => [c, c.split('/').pop()!]);
  throw new UsageError(`no meeting or document "${id}" among ${documents.length} documents read${didYouMean(near)}; meetings list prints the ids`);
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
