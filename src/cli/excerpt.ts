// Quotes in their sentences, for `quotes --context N` and `show`: a document's text is read again
// (only for the documents whose quotes are shown) and split as the extractors split it, and the
// sentences around a quote are taken, with the quote's place in them.

import path from 'node:path';
import type { Quote } from '../model.js';
import { articleText } from '../corpus/article.js';
import { readText } from '../corpus/read.js';
import { parseDocument, squash, type ParsedDocument } from '../text/document.js';
import { printable, type Excerpt } from '../render/text.js';

export type { Excerpt };

/**
 * A function giving a quote's excerpt: the sentence(s) holding it and `n` sentences either side,
 * on one line, or null when the file cannot be read again (changed or gone since it was analysed).
 */
export function excerpter(root: string, maxFileSize: number): (docPath: string, quote: Quote, n: number) => Promise<Excerpt | null> {
  const parsed = new Map<string, Promise<ParsedDocument | null>>();
  const load = async (docPath: string) => {
    const read = await readText(path.join(root, docPath), { maxFileSize });
    return read.ok ? parseDocument(articleText(docPath, read.text)) : null;
  };
  return async (docPath, quote, n) => {
    if (!parsed.has(docPath)) parsed.set(docPath, load(docPath));
    const doc = await parsed.get(docPath)!;
    if (!doc || quote.end > doc.text.length) return null;
    return excerptOf(doc, quote, n);
  };
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** A sentence as prose ends: page furniture ("ADVERTISEMENT · Continue reading below") and headlines do not. */
const PROSE_END = /[.!?…]["”’»)\]]*\s*$/u;

/**
 * The sentences from n before the quote's first to n after its last, the quote marked in them.
 * Neighbours are sentences of prose only; lines of page furniture between them are left out.
 */
export function excerptOf(doc: ParsedDocument, quote: Pick<Quote, 'start' | 'end'>, n: number): Excerpt {
  const s = doc.sentences;
  const t = doc.text;
  const first = s.findIndex((x) => x.end > quote.start);
  let last = first;
  while (last >= 0 && last + 1 < s.length && s[last + 1].start < quote.end) last++;
  const prose = (i: number) => PROSE_END.test(t.slice(s[i].start, s[i].end));
  // Spans of text to show, in order; the quote's own sentences always, or the quote alone when it
  // stands outside every sentence (in a paragraph the extractors set aside).
  const spans: { start: number; end: number }[] = [];
  if (first >= 0 && s[first].start < quote.end) {
    const before: number[] = [];
    for (let i = first - 1; i >= 0 && before.length < n; i--) if (prose(i)) before.unshift(i);
    const after: number[] = [];
    for (let i = last + 1; i < s.length && after.length < n; i++) if (prose(i)) after.push(i);
    for (const i of before) spans.push(s[i]);
    spans.push({ start: Math.min(quote.start, s[first].start), end: Math.max(quote.end, s[last].end) });
    for (const i of after) spans.push(s[i]);
  } else spans.push({ start: quote.start, end: quote.end });
  // Marks set in before white space is squashed, then read off and taken out.
  const raw = spans
    .map(({ start, end }) => {
      if (quote.start < start || quote.end > end) return printable(t.slice(start, end));
      return printable(t.slice(start, quote.start)) + OPEN + printable(t.slice(quote.start, quote.end)) + CLOSE + printable(t.slice(quote.end, end));
    })
    .join(' ');
  const marked = squash(raw);
  const open = marked.indexOf(OPEN);
  const close = marked.indexOf(CLOSE) - 1;
  return { text: marked.replace(OPEN, '').replace(CLOSE, ''), marks: [{ start: open, end: close }] };
}
