// The quote listing: quotes grouped by speaker, each with its source as file:line.

import type { Quote } from '../model.js';
import type { Style } from './style.js';
import { printable, wrapText } from './text.js';

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

/** The listing; with `width` (the terminal's columns) quotes wrap, indented under their speaker. */
export function renderQuoteGroups(groups: QuoteGroup[], style: Style, width?: number): string {
  const out: string[] = [];
  for (const g of groups) {
    const n = g.quotes.length;
    const who = g.speaker ? style.bold(printable(g.speaker)) : style.bold.yellow('(speaker unknown)');
    out.push(`${who}${g.role ? style.dim(`, ${printable(g.role)}`) : ''} ${style.dim(`· ${n} quote${n === 1 ? '' : 's'}`)}`);
    for (const { quote, source } of g.quotes) {
      const [open, close] = MARK[quote.kind];
      // The comma that hands over to "he said" belongs to the sentence, not to the words.
      const text = printable(quote.text.replace(/\s+/g, ' ').trim()).replace(/,$/, '');
      const cue = quote.cue && /\p{L}/u.test(quote.cue) ? `${printable(quote.cue)}, ` : '';
      out.push(wrap(`${open}${text}${close}`, '  ', width));
      out.push(style.dim(wrap(`${cue}${quote.kind} · ${printable(source)}:${quote.line}`, '    ', width)));
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * Text wrapped to the width under an indent (whole words; see wrapText), the first line after
 * `first` instead ("  • "); as it is without a width.
 */
export function wrap(text: string, indent: string, width?: number, first = indent): string {
  if (!width || width < 20) return first + text;
  return wrapText(text, width - Math.max(indent.length, first.length))
    .map((line, i) => (i === 0 ? first : indent) + line)
    .join('\n');
}
