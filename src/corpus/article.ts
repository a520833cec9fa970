// What the extractors read for a file: a saved web page's article (corpus/html.ts), a Markdown text's
// rendered words (corpus/markdown.ts), or the text as decoded. One decision, made here, for every command
// that reads a file (export, list, text, show …), so offsets always point into the same text.

import type { CalendarDay } from '../extract/dates.js';
import { isPage, readHtml } from './html.js';
import { markdownKind, readMarkdown, readMarkdownLines } from './markdown.js';

export type ArticleFormat = 'html' | 'markdown' | 'markdown-lines' | 'text';

/** How a file is read: a page (.html, .htm, or a text that opens as HTML), a Markdown document, a text with Markdown lines, or plain text. */
export function articleFormat(name: string, text: string): ArticleFormat {
  if (isPage(name, text)) return 'html';
  const md = markdownKind(name, text);
  return md === 'document' ? 'markdown' : md === 'lines' ? 'markdown-lines' : 'text';
}

/** The article of a text read as `format`, and the publication day its page or front matter gives. */
export function readArticle(format: ArticleFormat, text: string): { text: string; published: CalendarDay | null } {
  if (format === 'html') return readHtml(text);
  if (format === 'markdown') return readMarkdown(text);
  if (format === 'markdown-lines') return readMarkdownLines(text);
  return { text, published: null };
}

/** The text the extractors read for a file. */
export function articleText(name: string, text: string): string {
  return readArticle(articleFormat(name, text), text).text;
}
