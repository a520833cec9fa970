// What the extractors read for a file: a saved web page's article (corpus/html.ts), a Markdown text's
// rendered words (corpus/markdown.ts), or the text as decoded. One decision, made here, for every command
// that reads a file (export, list, text, show …), so offsets always point into the same text.

import type { CalendarDay } from '../extract/dates.js';
import { isPage, readHtml } from './html.js';
import { isMarkdown, readMarkdown } from './markdown.js';

export type ArticleFormat = 'html' | 'markdown' | 'text';

/** How a file is read: a page (.html, .htm, or a text that opens as HTML), Markdown, or plain text. */
export function articleFormat(name: string, text: string): ArticleFormat {
  return isPage(name, text) ? 'html' : isMarkdown(name, text) ? 'markdown' : 'text';
}

/** The article of a text read as `format`, and the publication day its page or front matter gives. */
export function readArticle(format: ArticleFormat, text: string): { text: string; published: CalendarDay | null } {
  if (format === 'html') return readHtml(text);
  if (format === 'markdown') return readMarkdown(text);
  return { text, published: null };
}

/** The text the extractors read for a file. */
export function articleText(name: string, text: string): string {
  return readArticle(articleFormat(name, text), text).text;
}
