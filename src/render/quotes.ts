// The quote listing: quotes grouped by speaker, each with its source as file:line.

import type { Quote } from '../model.js';
import type { Style } from './style.js';
import { printable } from './text.js';

export interface QuoteGroup {
  speaker: string | null;
  role: string | null;
  quotes: { quote: Quote; source: string }[];
}

const MARK: Record<Quote['kind'], [string, string]> = {
  direct: ['“', '”'],
  transcript: ['“', '”'],
  indirect: ['(reported) ', ''],
};

export function renderQuoteGroups(groups: QuoteGroup[], style: Style): string {
  const out: string[] = [];
  for (const g of groups) {
    const n = g.quotes.length;
    const who = g.speaker ? style.bold(g.speaker) : style.bold.yellow('(speaker unknown)');
    out.push(`${who}${g.role ? style.dim(`, ${g.role}`) : ''} ${style.dim(`· ${n} quote${n === 1 ? '' : 's'}`)}`);
    for (const { quote, source } of g.quotes) {
      const [open, close] = MARK[quote.kind];
      // The comma that hands over to "he said" belongs to the sentence, not to the words.
      const text = printable(quote.text.replace(/\s+/g, ' ').trim()).replace(/,$/, '');
      const cue = quote.cue && /\p{L}/u.test(quote.cue) ? `${quote.cue}, ` : '';
      out.push(`  ${open}${text}${close}`);
      out.push(style.dim(`    ${cue}${quote.kind} · ${source}:${quote.line}`));
    }
    out.push('');
  }
  return out.join('\n');
}
