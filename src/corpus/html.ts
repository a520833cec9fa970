// Saved web pages: the article's text taken out of the page, its title, and the day the page says it
// was published. Mozilla's Readability (Firefox's Reader View) finds the article over a linkedom DOM,
// so navigation, scripts, cookie banners, "related stories" and comments never reach the extractors.
//
// Text: one paragraph per block (p, h1–h6, li, blockquote, …), separated by a blank line, white
// space collapsed inside; the page's title first, as a saved text article has its headline.
// Published: the page's own metadata, first found of
//   <meta property="article:published_time">, other <meta> dates (og:, dc., parsely, sailthru, "date",
//   "pubdate"), JSON-LD datePublished / dateCreated, the first <time datetime> inside the article;
// only a full calendar day counts. The libraries load on the first page, so text-only runs never pay.
//
// A page that holds no article (a front page, a list of links) gives its title alone. Known limits: a
// page Readability cannot parse falls back to the body's text without scripts, styles and navigation;
// an advertisement line inside the article stays; a page whose elements nest deeper than MAX_DEPTH (damaged or
// hostile: "<div>" a hundred thousand times, unclosed) is read with its tags dropped, a paragraph at each block tag,
// because the HTML parser's time grows with the square of the depth. A "<" that opens no tag ("a < b", or a
// hundred thousand of them) reaches the parser as a private-use character and comes back as "<" in the text: the
// parser makes a text node of each, and a page of them made its time and memory balloon.

import { createRequire } from 'node:module';
import type { CalendarDay } from '../extract/dates.js';

export interface PageArticle {
  /** The article's text, title first, paragraphs separated by blank lines. */
  text: string;
  title: string;
  /** The publication day the page states, or null. */
  published: CalendarDay | null;
}

/** A saved web page: named .html or .htm, or a text that opens as HTML. */
export function isPage(name: string, text: string): boolean {
  return /\.html?$/i.test(name) || looksLikeHtml(text);
}

/** A text that is an HTML page: a doctype, an <html>, <head> or <body> tag near its start. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 4000));
}

interface Dom {
  document: DomNode & { querySelector(sel: string): DomNode | null; querySelectorAll(sel: string): Iterable<DomNode>; title?: string };
}
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
  getAttribute?(name: string): string | null;
  remove?(): void;
}
interface Libraries {
  parseHTML: (html: string) => Dom;
  Readability: new (doc: unknown, options?: object) => { parse(): { title?: string | null; content?: string | null } | null };
  isProbablyReaderable: (doc: unknown, options?: object) => boolean;
}
let libraries: Libraries | null | undefined;

function load(): Libraries | null {
  if (libraries === undefined) {
    try {
      const req = createRequire(import.meta.url);
      const { parseHTML } = req('linkedom') as Pick<Libraries, 'parseHTML'>;
      const { Readability, isProbablyReaderable } = req('@mozilla/readability') as Pick<Libraries, 'Readability' | 'isProbablyReaderable'>;
      libraries = { parseHTML, Readability, isProbablyReaderable };
    } catch {
      libraries = null;
    }
  }
  return libraries;
}

// Readability's own limit: a page bigger than this is read as plain body text.
const MAX_ELEMENTS = 20_000;

/** The article a saved page holds. Never throws: a page it cannot read gives empty text. */
export function readHtml(html: string): PageArticle {
  const libs = load();
  if (!libs) return { text: '', title: '', published: null };
  try {
    const { document } = parse(libs, html);
    const published = publishedDay(document);
    // The headline, not the site's name after it ("Ministers meet in Oslo | World News").
    const headline = clean(document.querySelector('h1')?.textContent ?? '');
    const metaTitle = metaContent(document, ['og:title', 'twitter:title']) ?? clean(document.querySelector('title')?.textContent ?? '');
    const pageTitle = headline && metaTitle.includes(headline) ? headline : metaTitle.split(/\s+[|–—]\s+|\s+-\s+(?=[^-]*$)/)[0] ?? metaTitle;
    let body = '';
    let title = pageTitle;
    // A front page or a list of links holds no article: the page gives its title alone (no meeting). A
    // short page Readability would not read (paragraphs of 80 characters pass: readouts are short)
    // gives its body's text when that holds a sentence.
    if (!libs.isProbablyReaderable(document, { minContentLength: 80, minScore: 10 })) {
      body = bodyText(document);
      // (line by line: one pattern over the whole body took time that grew with the square of a long line's length)
      if (!body.split('\n').some((line) => (/[.!?…]["”’»]?$/u.exec(line)?.index ?? 0) >= 40)) body = '';
      return finish(title, body, published);
    }
    let parsed: ReturnType<InstanceType<Libraries['Readability']>['parse']> = null;
    try {
      parsed = new libs.Readability(document, { maxElemsToParse: MAX_ELEMENTS, keepClasses: false }).parse();
    } catch {
      parsed = null; // more elements than Readability reads: the body's text instead
    }
    if (parsed?.content) {
      body = blocksOf(parse(libs, `<html><body>${parsed.content}</body></html>`).document.querySelector('body'));
      title = pageTitle || clean(parsed.title ?? '');
    } else {
      body = bodyText(document);
    }
    return finish(title, body, published);
  } catch {
    return { text: '', title: '', published: null };
  }
}

/** The text of an HTML fragment or document, a paragraph per block element (no Readability: all of it is the article). */
export function textOfHtml(html: string): string {
  const libs = load();
  if (!libs) return '';
  return restoreStray(blocksOf(parse(libs, `<html><body>${html}</body></html>`).document.querySelector('body')));
}

/** The parsed page, its tags dropped first when they nest deeper than a page does. */
function parse(libs: Libraries, html: string): Dom {
  const page = html.replace(STRAY_LT, STRAY_MARK);
  return libs.parseHTML(nestingDepth(page) > MAX_DEPTH ? flatten(page) : page);
}

// A "<" that opens no tag, comment or declaration, and the character that stands for it while the page is parsed.
const STRAY_LT = /<(?![a-zA-Z/!?])/g;
const STRAY_MARK = '\uE000';
const STRAY_MARKS = /\uE000/g;

/** Text read from a parsed page with its stray "<" back. */
function restoreStray(text: string): string {
  return text.includes(STRAY_MARK) ? text.replace(STRAY_MARKS, '<') : text;
}

// Real pages nest a few dozen elements deep; a few hundred is generous.
const MAX_DEPTH = 400;
// Elements that hold nothing, or that the parser closes by itself when the next one opens ("<p>a<p>b").
const VOID = new Set('area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp'.split(' '));
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript']);
const TAG_NAME = /^(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/;

/**
 * Walks the tags of `html` once (linear: each "<" is read once, and the search for the ">" that ends a tag never goes
 * back), calling `tag` with each tag's name, whether it closes, and its span; comments and raw text (scripts, styles)
 * are stepped over.
 */
function eachTag(html: string, tag: (name: string, kind: 'open' | 'close' | 'empty', start: number, end: number) => void): void {
  let gt = -1;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) return;
      tag('!--', 'empty', i, close + 3);
      i = close + 3;
      continue;
    }
    const m = TAG_NAME.exec(html.slice(i + 1, i + 64));
    if (!m) {
      i++;
      continue;
    }
    if (gt < i) gt = html.indexOf('>', i);
    if (gt < 0) return;
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    let end = gt + 1;
    // (a script's text may hold "<" and ">": it runs to its closing tag)
    if (!closing && RAW_TEXT.has(name) && html[gt - 1] !== '/') {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = end;
      end = close.exec(html)?.index ?? html.length;
    }
    tag(name, closing ? 'close' : html[gt - 1] === '/' || VOID.has(name) ? 'empty' : 'open', i, end);
    i = end;
  }
}

/** How deep the page's elements nest, counting only tags a page must close. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  eachTag(html, (name, kind) => {
    if (kind === 'open') max = Math.max(max, ++depth);
    else if (kind === 'close' && !VOID.has(name)) depth = Math.max(0, depth - 1);
  });
  return max;
}

/** The page's text without its tags (scripts and styles left out, its title kept), a line break at each block tag. */
function flatten(html: string): string {
  const out: string[] = ['<html><body>'];
  let from = 0;
  eachTag(html, (name, _kind, start, end) => {
    out.push(html.slice(from, start), name === 'title' ? html.slice(start, end) : BLOCK.has(name.toUpperCase()) || name === 'br' ? '<br>' : ' ');
    from = end;
  });
  out.push(html.slice(from), '</body></html>');
  return out.join('');
}

function finish(rawTitle: string, rawBody: string, published: CalendarDay | null): PageArticle {
  const [title, body] = [restoreStray(rawTitle), restoreStray(rawBody)];
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text: text.trim() ? text.trim() + '\n' : '', title, published };
}

/** The body's text without scripts, styles, navigation, headers, footers, asides and forms. */
function bodyText(document: Dom['document']): string {
  for (const el of document.querySelectorAll('script, style, noscript, nav, header, footer, aside, form, iframe, svg')) el.remove?.();
  return blocksOf(document.querySelector('body'));
}

const BLOCK = new Set(
  'P DIV H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE SECTION ARTICLE HEADER FOOTER ASIDE FIGURE FIGCAPTION TABLE TR TD TH DL DT DD ADDRESS HR MAIN NAV'.split(' '),
);

/** The text of a DOM subtree, a paragraph per block element. */
function blocksOf(root: DomNode | null): string {
  if (!root) return '';
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const t = clean(line);
    if (t) paragraphs.push(t);
    line = '';
  };
  const walk = (node: DomNode, depth: number) => {
    if (depth > 200) return;
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (const child of node.childNodes) walk(child, depth + 1);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return paragraphs.join('\n\n');
}

/** White space collapsed, no-break spaces as spaces. */
function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function metaContent(document: Dom['document'], names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute?.('content');
    if (v && v.trim()) return clean(v);
  }
  return null;
}

const META_DATES = [
  'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'dc.date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'article.published',
  'og:updated_time', 'article:modified_time',
];

/** The page's publication day from its metadata, or null. */
function publishedDay(document: Dom['document']): CalendarDay | null {
  const fromMeta = calendarDay(metaContent(document, META_DATES));
  if (fromMeta) return fromMeta;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const json = script.textContent ?? '';
    const m = /"(?:datePublished|dateCreated)"\s*:\s*"([^"]{8,40})"/.exec(json.slice(0, 100_000));
    const day = calendarDay(m?.[1] ?? null);
    if (day) return day;
  }
  const time = document.querySelector('article time[datetime], time[datetime]');
  return calendarDay(time?.getAttribute?.('datetime') ?? null);
}

/** "2023-05-04", "2023-05-04T10:00:00Z", "2023/05/04" as a calendar day, or null. */
export function calendarDay(value: string | null): CalendarDay | null {
  const m = value ? /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(value) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return { year, month, day };
}
