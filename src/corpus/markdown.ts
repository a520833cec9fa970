// Markdown articles: what a reader of the rendered page reads. Archives of scraped or exported pages are
// often Markdown (static-site sources, note apps, converters such as Pandoc), and read as plain text their
// links put addresses inside names ("[Prime Minister Jane Roe](https://…): “…”") and their emphasis
// splits sentences ("**President Roe** [**said**](…) **that …**").
//
// A file named .md or .markdown is a Markdown document: markdown-it (CommonMark) renders it to HTML and the
// page reader's block walk (corpus/html.ts) takes its text: one paragraph per block, links as their words,
// images dropped, a figure's caption a paragraph of its own. No Readability: a Markdown file is the article,
// with no navigation around it.
// Any other text that holds an inline link to an address ("[text](https://…)", "[text](/path)", which plain
// text never does) is plain text with Markdown inside its lines: each line is rendered on its own (links as
// their words, emphasis and tags dropped) and the lines stay as they are, so a transcript's one-line turns
// stay turns.
//
// YAML front matter ("---" lines around "title:", "date:" …) gives the headline and the publication
// day (`date`, `published`, `published_time`, `pubDate`), as a saved page's metadata does; the rest of
// it is not text. The libraries load on the first Markdown file, so runs without one never pay.

import { createRequire } from 'node:module';
import type { CalendarDay } from '../extract/dates.js';
import { calendarDay, textOfHtml, type PageArticle } from './html.js';
import { MONTHS } from '../rules/dates.js';

/** How much of a text is Markdown: a whole document (named .md or .markdown), its lines only (an inline link to an address), or none. */
export function markdownKind(name: string, text: string): 'document' | 'lines' | null {
  if (/\.(?:md|markdown)$/i.test(name)) return 'document';
  return INLINE_LINK.test(text.slice(0, 200_000)) ? 'lines' : null;
}
const INLINE_LINK = /\]\((?:https?:\/\/|\/)[^\s()]{1,2000}\)/;

interface Renderer {
  render(src: string): string;
  renderInline(src: string): string;
}
let renderer: Renderer | null | undefined;

function load(): Renderer | null {
  if (renderer === undefined) {
    try {
      const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: object) => Renderer;
      // Raw HTML in the Markdown passes through to the block walk, which keeps its text and drops its tags.
      renderer = new MarkdownIt({ html: true, linkify: false, typographer: false });
    } catch {
      renderer = null;
    }
  }
  return renderer;
}

/** A text whose lines hold Markdown, each line rendered alone. Never throws: a line it cannot render stays as it is. */
export function readMarkdownLines(text: string): PageArticle {
  const md = load();
  if (!md) return { text, title: '', published: null };
  const lines = text.split('\n').map((raw) => {
    // (a list item's, a heading's or a block quote's marker is no word of it)
    const line = raw.replace(BLOCK_MARKER, '');
    if (!/[[\]*_`<]/.test(line)) return line;
    try {
      return md.renderInline(line).replace(/<[^<>]*>/g, '').replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ENTITIES[e] ?? _);
    } catch {
      return line;
    }
  });
  return { text: lines.join('\n'), title: '', published: null };
}
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const BLOCK_MARKER = /^[ \t]{0,3}(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]+|>[ \t]?)/;

/** The article a Markdown document holds. Never throws: a text it cannot render is read as plain text. */
export function readMarkdown(markdown: string): PageArticle {
  const front = FRONT_MATTER.exec(markdown);
  const fields = front ? frontMatter(front[1] ?? '') : new Map<string, string>();
  const body = front ? markdown.slice(front[0].length) : markdown;
  const md = load();
  let text = body;
  if (md) {
    try {
      text = textOfHtml(md.render(body));
    } catch {
      text = body;
    }
  }
  const title = fields.get('title') ?? '';
  let published: CalendarDay | null = null;
  for (const key of DATE_KEYS) published ??= calendarDay(fields.get(key) ?? null) ?? writtenDay(fields.get(key) ?? null);
  const full = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { text: full.trim() ? full.trim() + '\n' : '', title, published };
}

/** "March 14, 2025", "14 March 2025", "Mar 14 2025" as a calendar day, or null. */
function writtenDay(value: string | null): CalendarDay | null {
  const m = value ? /^\s*(?:(\p{L}+)\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{L}+)\.?),?\s+(\d{4})\b/u.exec(value) : null;
  if (!m) return null;
  const month = MONTHS[(m[1] ?? m[4] ?? '').toLowerCase()];
  const day = Number(m[2] ?? m[3]);
  return month ? calendarDay(`${m[5]}-${month}-${day}`) : null;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,20000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const DATE_KEYS = ['date', 'published', 'published_time', 'publishdate', 'pubdate', 'created'];

/**
 * The plain fields of YAML front matter, keys in lower case: `key: value`, the value plain, 'single-quoted' or
 * "double-quoted" (JSON's escapes: "\u2019"), folded over indented lines. Lists and nested maps are skipped.
 */
function frontMatter(yaml: string): Map<string, string> {
  const fields = new Map<string, string>();
  const lines = yaml.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(lines[i]!);
    if (!m) continue;
    let value = m[2]!;
    while (i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1]!) && !/^[ \t]*-[ \t]/.test(lines[i + 1]!)) value += ' ' + lines[++i]!.trim();
    fields.set(m[1]!.toLowerCase(), unquote(value.trim()));
  }
  return fields;
}

function unquote(v: string): string {
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return String(JSON.parse(v.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\_/g, '\u00a0')));
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}
