// The quote listing: quotes grouped by speaker, each with its source as file:line.

import type { Quote } from '../model.js';
import type { Style } from './style.js';
import { matchMarks, paintLines, printable, wrapText, type Excerpt } from './text.js';

export interface QuoteGroup {
  speaker: string | null;
  role: string | null;
  /** excerpt: the quote in its sentences (quotes --context, show), when asked for and readable. */
  quotes: { quote: Quote; source: string; excerpt?: Excerpt | null }[];
}

export interface QuoteListingOptions {
  /** The terminal's columns: quotes wrap, indented under their speaker. */
  width?: number;
  /** Words a search found, highlighted in each quote and excerpt. */
  grep?: RegExp;
}

const MARK: Record<Quote['kind'], [string, string]> = {
  direct: ['“', '”'],
  transcript: ['“', '”'],
  indirect: ['(reported) ', ''],
};

/**
 * The listing. Each quote is followed by its cue, kind and file:line, then by its excerpt when it
 * has one ("│ " before each line), where the quoted words are highlighted on a terminal.
 */
export function renderQuoteGroups(groups: QuoteGroup[], style: Style, options: QuoteListingOptions = {}): string {
  const { width, grep } = options;
  const out: string[] = [];
  for (const g of groups) {
    const n = g.quotes.length;
    const who = g.speaker ? style.bold(printable(g.speaker)) : style.bold.yellow('(speaker unknown)');
    out.push(`${who}${g.role ? style.dim(`, ${printable(g.role)}`) : ''} ${style.dim(`· ${n} quote${n === 1 ? '' : 's'}`)}`);
    for (const { quote, source, excerpt } of g.quotes) {
      const [open, close] = MARK[quote.kind];
      // The comma that hands over to "he said" belongs to the sentence, not to the words.
      const text = printable(quote.text.replace(/\s+/g, ' ').trim()).replace(/,$/, '');
      const cue = quote.cue && /\p{L}/u.test(quote.cue) ? `${printable(quote.cue)}, ` : '';
      const line = `${open}${text}${close}`;
      out.push(wrapPainted(line, matchMarks(line, grep), style.bold.red, '  ', width));
      out.push(style.dim(wrap(`${cue}${quote.kind} · ${printable(source)}:${quote.line}`, '    ', width)));
      // A sentence that is the quote and little more (“…,” he said) adds nothing.
      if (excerpt && excerpt.text.length > text.length + 12) {
        const found = matchMarks(excerpt.text, grep);
        const marks = found.length ? found : excerpt.marks;
        const lines = wrapPainted(excerpt.text, marks, found.length ? style.bold.red : style.yellow, '', width && width - 6);
        out.push(...lines.split('\n').map((l) => `    ${style.dim('│')} ${l}`));
      }
    }
    out.push('');
  }
  return out.join('\n');
}

/** `wrap` with spans of the text painted. */
function wrapPainted(text: string, marks: Excerpt['marks'], paint: (s: string) => string, indent: string, width?: number): string {
  const lines = !width || width < 20 ? [text] : wrapText(text, width - indent.length);
  return paintLines(lines, text, marks, paint)
    .map((l) => indent + l)
    .join('\n');
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
