// meetings quotes [DIR] [--speaker NAME] [--kind direct|indirect|all]: quotes grouped by speaker.

import { Option, type Command } from 'commander';
import type { DocumentRecord, Quote } from '../model.js';
import { sameCountry } from '../assemble/select.js';
import { matchesSpeaker, speakerLookup, summarizeSpeakers, type SpeakerSummary } from '../assemble/speakers.js';
import { renderQuoteGroups, type QuoteGroup } from '../render/quotes.js';
import { loadCorpus, printListing, styleFor, tableWidth, withCommonOptions, type CommonOptions, type Io } from './context.js';

type Kind = 'direct' | 'indirect' | 'all';
interface QuotesOptions extends CommonOptions {
  speaker?: string;
  kind: Kind;
}

export interface QuoteRow {
  speaker: string | null;
  document: string;
  path: string;
  quote: Quote;
}

export function quotesCommand(program: Command, io: Io): void {
  withCommonOptions(
    program
      .command('quotes')
      .description('quotes grouped by speaker, each with its source as file:line')
      .argument('[dir]', 'folder of articles', '.')
      .option('-s, --speaker <name>', 'only this speaker: any name or description the texts use ("Lavrov", "the Russian minister")')
      .addOption(new Option('-k, --kind <kind>', 'direct (incl. transcripts), indirect, or all').choices(['direct', 'indirect', 'all']).default('all')),
  ).action(async (dir: string, options: QuotesOptions) => {
    // --country picks speakers here (what Turkey said), not meetings: a spokesman is quoted anywhere.
    const { documents, meetings } = await loadCorpus(dir, { ...options, country: undefined }, io);
    const speakers = summarizeSpeakers(documents, meetings);
    const rows = selectQuotes(documents, speakers, options);
    const flatRows = rows.map(flat);
    return printListing(io, options.format, flatRows, {
      csvHead: ['speaker', 'kind', 'cue', 'text', 'document', 'path', 'line', 'start', 'end'],
      csvRow: (q) => [q.speaker, q.kind, q.cue, q.text, q.document, q.path, q.line, q.start, q.end],
      empty: options.speaker ? `no quotes by "${options.speaker}"` : 'no quotes found',
      table: () => renderQuoteGroups(groupBySpeaker(rows, speakers), styleFor(options, io), tableWidth(io)),
    });
  });
}

/** Quotes of the kind asked for (by a speaker, from a country), with the speaker's corpus-wide canonical name. */
export function selectQuotes(documents: DocumentRecord[], speakers: SpeakerSummary[], options: { speaker?: string; country?: string; kind: Kind }): QuoteRow[] {
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
    g.quotes.push({ quote: r.quote, source: r.path });
  }
  return [...groups.values()].sort((a, b) => (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) || b.quotes.length - a.quotes.length);
}

function flat(r: QuoteRow) {
  return { ...r.quote, speaker: r.speaker, document: r.document, path: r.path };
}
