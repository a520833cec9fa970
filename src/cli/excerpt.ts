// Quotes in their sentences, for `quotes --context N` and `show`: a document's text is read again
// (only for the documents whose quotes are shown) and split as the extractors split it, and the
// sentences around a quote are taken, with the quote's place in them.

import path from 'node:path';
import type { Quote } from '../model.js';
import { articleText } from '../corpus/html.js';
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

/** The sentences from n before the quote's first to n after its last, the quote marked in them. */
export function excerptOf(doc: ParsedDocument, quote: Pick<Quote, 'start' | 'end'>, n: number): Excerpt {
  const s = doc.sentences;
  let first = s.findIndex((x) => x.end > quote.start);
  let last = first;
  while (last >= 0 && last + 1 < s.length && s[last + 1].start < quote.end) last++;
  // A quote outside every sentence (in a paragraph the extractors set aside) stands alone.
  let from = quote.start;
  let to = quote.end;
  if (first >= 0 && s[first].start < quote.end) {
    first = Math.max(0, first - n);
    last = Math.min(s.length - 1, last + n);
    from = Math.min(from, s[first].start);
    to = Math.max(to, s[last].end);
  }
  const t = doc.text;
  // Marks set in before white space is squashed, then read off and taken out.
  const marked = squash(printable(t.slice(from, quote.start)) + OPEN + printable(t.slice(quote.start, quote.end)) + CLOSE + printable(t.slice(quote.end, to)));
  const open = marked.indexOf(OPEN);
  const close = marked.indexOf(CLOSE) - 1;
  return { text: marked.replace(OPEN, '').replace(CLOSE, ''), marks: [{ start: open, end: close }] };
}
