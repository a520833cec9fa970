// meetings quotes [DIR] [--speaker NAME] [--kind direct|indirect|all] [--grep PATTERN] [--context N]:
// quotes grouped by speaker.

import { InvalidArgumentError, Option, type Command } from 'commander';
import type { DocumentRecord, Quote } from '../model.js';
import { sameCountry } from '../assemble/select.js';
import { matchesSpeaker, speakerLookup, summarizeSpeakers, type SpeakerSummary } from '../assemble/speakers.js';
import { renderQuoteGroups, type QuoteGroup } from '../render/quotes.js';
import type { Excerpt } from '../render/text.js';
import { excerpter } from './excerpt.js';
import { didYouMean, nearest } from './suggest.js';
import { PATHS_ARGUMENT, loadCorpus, printListing, styleFor, tableWidth, withCommonOptions, type CommonOptions, type Io } from './context.js';

type Kind = 'direct' | 'indirect' | 'all';
interface QuotesOptions extends CommonOptions {
  speaker?: string;
  kind: Kind;
  grep?: Pattern;
  context?: number;
}

export interface QuoteRow {
  speaker: string | null;
  document: string;
  path: string;
  quote: Quote;
  excerpt?: Excerpt | null;
}

export function quotesCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('quotes')
      .description('quotes grouped by speaker, each with its source as file:line')
      .argument(...PATHS_ARGUMENT)
      .option('-s, --speaker <name>', 'only this speaker: any name or description the texts use ("Lavrov", "the Russian minister")')
      .addOption(new Option('-k, --kind <kind>', 'direct (incl. transcripts), indirect, or all').choices(['direct', 'indirect', 'all']).default('all'))
      .option('-e, --grep <pattern>', 'only quotes with these words (a regular expression; case is ignored)', parsePattern)
      .option('-C, --context <n>', 'show n sentences either side of each quote, the quote in its sentence with 0', parseContext),
  ).action(async (paths: string[], options: QuotesOptions) => {
    // --country picks speakers here (what Turkey said), not meetings: a spokesman is quoted anywhere.
    const { documents, meetings, root } = await loadCorpus(paths, { ...options, country: undefined }, io);
    const speakers = summarizeSpeakers(documents, meetings);
    const rows = selectQuotes(documents, speakers, options);
    if (options.context !== undefined) await addExcerpts(rows, root, options.maxFileSize, options.context);
    const flatRows = rows.map(flat);
    const withContext = options.context !== undefined;
    const what = [options.speaker && `by "${options.speaker}"`, options.grep && `matching "${options.grep.text}"`].filter(Boolean).join(' ');
    return printListing(io, options.format, flatRows, {
      csvHead: ['speaker', 'kind', 'cue', 'text', 'document', 'path', 'line', 'start', 'end', ...(withContext ? ['context'] : [])],
      csvRow: (q) => [q.speaker, q.kind, q.cue, q.text, q.document, q.path, q.line, q.start, q.end, ...(withContext ? [q.context ?? null] : [])],
      empty: (what ? `no quotes ${what}` : 'no quotes found') + (options.speaker ? speakerHint(options.speaker, speakers, paths.length ? paths.join(' ') : '.') : ''),
      table: () => renderQuoteGroups(groupBySpeaker(rows, speakers), styleFor(options, io), { width: tableWidth(io), grep: options.grep?.regex }),
    }, options.fields);
  });
}

/**
 * When nobody answers to the name: the nearest names (" (did you mean Sergei Lavrov?)") and where
 * to see them all. Nothing when someone does (their quotes were filtered out otherwise).
 */
function speakerHint(query: string, speakers: SpeakerSummary[], where: string): string {
  const quoted = speakers.filter((s) => s.quotes > 0);
  if (quoted.some((s) => matchesSpeaker(s, query))) return '';
  const near = nearest(query, quoted, (s) => [s.name, ...s.aliases, ...[s.name, ...s.aliases].flatMap((n) => n.split(' '))]);
  return `${didYouMean(near.map((s) => s.name))}; meetings speakers ${where} lists who is quoted`;
}

/** What --grep was given, and the expression it stands for. */
export interface Pattern {
  text: string;
  regex: RegExp;
}

/** Words or a regular expression, case ignored; a pattern that is not a valid expression is taken literally. */
export function parsePattern(value: string): Pattern {
  if (!value.trim()) throw new InvalidArgumentError('give the words to look for.');
  try {
    return { text: value, regex: new RegExp(value, 'iu') };
  } catch {
    return { text: value, regex: new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu') };
  }
}

export function parseContext(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 20) throw new InvalidArgumentError('expected a number of sentences from 0 to 20.');
  return n;
}

/** Each row's excerpt: its quote in its sentences, n either side. */
export async function addExcerpts(rows: QuoteRow[], root: string, maxFileSize: number, n: number): Promise<void> {
  const excerptFor = excerpter(root, maxFileSize);
  for (const r of rows) r.excerpt = await excerptFor(r.path, r.quote, n);
}

/** Quotes of the kind asked for (by a speaker, from a country, with the words searched for), with the speaker's corpus-wide canonical name. */
export function selectQuotes(
  documents: DocumentRecord[],
  speakers: SpeakerSummary[],
  options: { speaker?: string; country?: string; kind: Kind; grep?: Pattern },
): QuoteRow[] {
  const wanted = options.speaker ? new Set(speakers.filter((s) => matchesSpeaker(s, options.speaker!))) : null;
  const speakerOf = speakerLookup(speakers);
  const rows: QuoteRow[] = [];
  for (const d of documents) {
    for (const q of d.quotes) {
      if (options.kind === 'direct' && q.kind === 'indirect') continue;
      if (options.kind === 'indirect' && q.kind !== 'indirect') continue;
      const s = q.speaker ? speakerOf(q.speaker) : undefined;
      if (wanted && !(s && wanted.has(s))) continue;
      if (options.country && !(s && sameCountry(s.country, options.country))) continue;
      if (options.grep && !options.grep.regex.test(q.text)) continue;
      rows.push({ speaker: s ? s.name : null, document: d.id, path: d.path, quote: q });
    }
  }
  return rows;
}

/** Rows grouped by speaker: named speakers first, most quoted first; unknown speakers last. */
export function groupBySpeaker(rows: QuoteRow[], speakers: SpeakerSummary[]): QuoteGroup[] {
  const roleOf = new Map(speakers.map((s) => [s.name, s.role]));
  const groups = new Map<string | null, QuoteGroup>();
  for (const r of rows) {
    let g = groups.get(r.speaker);
    if (!g) {
      const role = r.speaker ? (roleOf.get(r.speaker) ?? null) : null;
      g = { speaker: r.speaker, role, quotes: [] };
      groups.set(r.speaker, g);
    }
    g.quotes.push({ quote: r.quote, source: r.path, excerpt: r.excerpt });
  }
  return [...groups.values()].sort((a, b) => (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) || b.quotes.length - a.quotes.length);
}

function flat(r: QuoteRow): Quote & { speaker: string | null; document: string; path: string; context?: string | null } {
  const row = { ...r.quote, speaker: r.speaker, document: r.document, path: r.path };
  return r.excerpt === undefined ? row : { ...row, context: r.excerpt?.text ?? null };
}
