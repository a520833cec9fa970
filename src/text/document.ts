// The parsed document every extractor reads: the text, its paragraphs and sentences with
// offsets, and line numbers. Parsing is linear in the text and never throws.
//
// Paragraphs: a blank line always ends one. A single line break ends one too when the line
// before it is complete (ends in . ! ? : or a closing quotation mark) or short (a title, a
// bullet: under 60 characters, and the next line's first word would have fit after it), or when
// the text is not hard-wrapped at all (some line is longer than 100 characters); otherwise it is
// a soft wrap inside the paragraph, as in hard-wrapped wire copy.
// Scraped pages often repeat their title and lead: a paragraph whose text already appeared
// earlier is marked `ignored` and extractors skip it, so a quote is not counted twice. So are the
// link lines under a "See also" / "Related news" heading (other stories' titles, which name other
// meetings and dates), up to the next paragraph of prose, and photo captions ("Erdogan (L) meets
// Trump …", "File image", "… REUTERS/Kevin Lamarque").
//
// Sentences: split after . ! ? (and any closing quotation marks or brackets) before a capital,
// a digit or an opening mark, except after abbreviations and initials ("Mr.", "U.S.", "J.").
//
// Spaces: a no-break or other fixed-width space ("President\u00a0Joseph R.\u00a0Biden\u00a0spoke\u00a0today\u00a0with", common
// in web copy) is read as a space, so every rule's " " matches it. One character for one, so offsets are the source's.

import type { Offset, Span } from '../model.js';
import { lowerBound, spanAt } from './spans.js';
import { tokenizeText, type TokenLayer } from './tokens.js';
import { matchesOf } from './matches.js';

export interface Paragraph extends Span {
  index: number;
  /** True when the same text already appeared in an earlier paragraph, or in a trailing block of links. */
  ignored: boolean;
}

export interface Sentence extends Span {
  /** Index of the paragraph that holds it. */
  paragraph: number;
  text: string;
}

export interface ParsedDocument {
  text: string;
  title: string;
  paragraphs: Paragraph[];
  /** Sentences of the paragraphs that are not ignored, in order. */
  sentences: Sentence[];
  /** Offsets at which each line starts (line 1 at index 0). */
  lineStarts: Offset[];
  /** Every token of the text, computed once (tokens.ts); rules read them with tokensIn(). */
  tokens: TokenLayer;
  /**
   * A publication stamp glued before the first line by a page store (" date 2024-04-29 "): not a
   * paragraph, so the headline stays the first paragraph; the dates extractor reads it. null if none.
   */
  stamp: Sentence | null;
  /**
   * The paragraph that is the headline, or -1: the first paragraph of three words or more, when it is
   * one short line without a final full stop and more text follows (a site's name or a lone word
   * above it, "UrduPoint.com", is furniture). A first paragraph that reads as prose has no headline.
   */
  headline: number;
}

// A line is complete when it ends a sentence, possibly inside a closing mark (.” or ."), not at ,” .
const TERMINAL_LINE_END = /[.!?:…]["”’»)\]]*\s*$/;
const SHORT_LINE = 60;
// A bullet inside a line: white space, a hyphen and two or more spaces (prose writes " - " with one).
const INLINE_BULLET = /(?<=[ \t])-[ \t]{2,}(?=\S)/g;
/** A list item's bullet or number opening a line: "- ", "• ", "2. " (a paragraph of its own; a roster's entries). */
export const BULLET_START = /^\s*(?:[•·*\-–—]|\d+[.)])\s/;

export function parseDocument(source: string): ParsedDocument {
  const text = source.replace(FIXED_SPACES, ' ');
  const lineStarts = findLineStarts(text);
  const { paragraphs, stamp } = splitStamp(text, splitParagraphs(text, lineStarts));
  markDuplicates(text, paragraphs);
  markRelatedLinks(text, paragraphs);
  markCaptions(text, paragraphs);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    if (!p.ignored) splitSentences(text, p, sentences);
  }
  const headline = findHeadline(text, paragraphs);
  const first = paragraphs[headline >= 0 ? headline : 0];
  const title = first ? squash(text.slice(first.start, first.end)).slice(0, 300) : '';
  return { text, title, paragraphs, sentences, lineStarts, tokens: tokenizeText(text), stamp, headline };
}

// No-break, figure, thin, hair, narrow no-break and the fixed-width spaces: each one UTF-16 unit, as " " is.
const FIXED_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

const MAX_HEADLINE = 250;
/** Paragraphs above the headline that may be furniture (a site's name, a section's name). */
const HEADLINE_SEARCH = 3;

function findHeadline(text: string, paragraphs: Paragraph[]): number {
  for (const p of paragraphs.slice(0, HEADLINE_SEARCH)) {
    const h = text.slice(p.start, p.end).trim();
    if ((h.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) continue;
    // "Reid: 'Never underestimate Trump.'": a line that gives a quote to a name before a colon is a headline
    // even with a full stop.
    // (A quotation, not an apostrophe: "MANILA: Indonesia's President …" is a dateline and its lead.)
    const quoteHeadline = /^\p{Lu}[^:\n.!?]{1,50}:\s/u.test(h) && !/^[\p{Lu}\s,.'’-]+:/u.test(h) && /(?:^|[\s:])["“‘']\p{L}[^"“”]*\p{L}[.!?,]?["”’']/u.test(h);
    const title = h.length <= MAX_HEADLINE && (quoteHeadline || titleCase(h) || !/[.!?…]["”»’']?$/u.test(h)) && !h.includes('\n') && p.index + 1 < paragraphs.length;
    return title ? p.index : -1;
  }
  return -1;
}

/**
 * "Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’": a line in title case, whose words (but
 * the small ones) all open with a capital, verbs too, is a headline even when it ends on a full stop ("Polish Foreign
 * Minister Anna Nowicka met …" is not).
 */
function titleCase(line: string): boolean {
  const words = (line.match(/\p{L}{3,}/gu) ?? []).filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Words a title in title case may leave in lower case. */
const TITLE_SMALL_WORDS = new Set(['the', 'and', 'for', 'but', 'nor', 'with', 'from', 'into', 'over']);

/**
 * A section's heading inside a text ("**Cooperating on Climate Action and Green Industrialization**", "Partnering for
 * Peace and Security: Strengthening our Alliance, Upholding International Law"): no full stop or colon at its end (markup
 * after it aside), bold, or most words of four letters or more capitalised (at least `minWords` of them).
 */
export function sectionHeading(line: string, minWords = 2): boolean {
  const x = line.trim().replace(/(?:<\/?\p{L}+>|[*_])+$/u, '');
  if (/[.!?…:]["”’»)]*$/u.test(x)) return false;
  if (/^\*\*[^*]+$/u.test(x)) return true;
  const words = x.match(/[\p{L}’'-]{4,}/gu) ?? [];
  return words.length >= minWords && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.75;
}

/** 1-based line number of an offset. */
export function lineAt(doc: Pick<ParsedDocument, 'lineStarts'>, offset: Offset): number {
  return Math.max(1, lowerBound(doc.lineStarts, offset + 1, (start) => start));
}

/** Start and end (before its newline) of the line holding an offset, found by binary search. */
export function lineSpan(doc: Pick<ParsedDocument, 'lineStarts' | 'text'>, offset: Offset): [Offset, Offset] {
  const i = lineAt(doc, offset) - 1;
  const start = doc.lineStarts[i] ?? 0;
  const next = doc.lineStarts[i + 1];
  return [start, next === undefined ? doc.text.length : Math.max(start, next - 1)];
}

/** The first sentence of the headline paragraph, or undefined when the text has no headline. */
export function headlineSentence(doc: ParsedDocument): Sentence | undefined {
  return doc.headline < 0 ? undefined : doc.sentences.find((s) => s.paragraph === doc.headline);
}

/** The paragraph holding an offset, or undefined. */
export function paragraphAt(doc: ParsedDocument, offset: Offset): Paragraph | undefined {
  return spanAt(doc.paragraphs, offset);
}

/** Collapses runs of white space to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function findLineStarts(text: string): Offset[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

// Hard-wrapped copy has no line longer than this; a text with longer lines puts each paragraph on
// a line of its own, so there every line break ends a paragraph (a title line over the first turn).
const WRAP_WIDTH = 100;

function splitParagraphs(text: string, lineStarts: Offset[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let longest = 0;
  for (let i = 0; i < lineStarts.length && longest <= WRAP_WIDTH; i++) {
    longest = Math.max(longest, (i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length) - lineStarts[i]);
  }
  const unwrapped = longest > WRAP_WIDTH;
  const width = longest - 1; // the longest line, without its newline
  let start = -1;
  let end = -1;
  let prevLine = '';
  const close = () => {
    if (start >= 0) paragraphs.push({ start, end, index: paragraphs.length, ignored: false });
    start = -1;
  };
  for (let i = 0; i < lineStarts.length; i++) {
    const lineStart = lineStarts[i];
    let le = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    while (le > lineStart && (text[le - 1] === '\n' || text[le - 1] === '\r')) le--;
    if (text.slice(lineStart, le).trim() === '') {
      close();
      prevLine = '';
      continue;
    }
    // A tight list a converter ran into one line ("…” -   Secretary Rubio: “…”"): each bullet opens a paragraph.
    const cuts = [lineStart, ...[...matchesOf(INLINE_BULLET, text.slice(lineStart, le))].map((m) => lineStart + m.index), le];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const ls = cuts[c];
      const line = text.slice(ls, cuts[c + 1]);
      const breaks =
        start < 0 ||
        unwrapped ||
        TERMINAL_LINE_END.test(prevLine) ||
        (prevLine.trim().length < SHORT_LINE && !wrappedBefore(prevLine, line, width)) ||
        BULLET_START.test(line);
      if (breaks) {
        close();
        const lead = line.length - line.trimStart().length;
        start = ls + lead;
      }
      end = ls + line.trimEnd().length;
      prevLine = line;
    }
  }
  close();
  return paragraphs;
}

/**
 * A short line is still a soft wrap when the next line's first word would not have fit after it within
 * the text's width (the longest line): "… would work together" then "intergovernmental …" at 72
 * columns.
 */
function wrappedBefore(prevLine: string, line: string, width: number): boolean {
  const word = /^\s*(\S+)/.exec(line)?.[1] ?? '';
  // Within two characters: a wrapping program may count the space it leaves at the line's end.
  return prevLine.trimEnd().length + 1 + word.length > width - 2;
}

// A publication stamp a page store glues to the first line (" date 2024-04-29 RIYADH, April 29 — …",
// "Published 2024-04-29 Minister X met …") is set apart: the paragraph starts after it.
const LEADING_STAMP = /^\s*(?:date|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?[ \t]+(?=\S)/i;

function splitStamp(text: string, paragraphs: Paragraph[]): { paragraphs: Paragraph[]; stamp: Sentence | null } {
  const first = paragraphs[0];
  const m = first ? LEADING_STAMP.exec(text.slice(first.start, Math.min(first.end, first.start + 60))) : null;
  if (!m) return { paragraphs, stamp: null };
  const start = first.start + (m[0].length - m[0].trimStart().length);
  const end = first.start + m[0].trimEnd().length;
  const stamp = { start, end, paragraph: 0, text: text.slice(start, end) };
  return { paragraphs: [{ ...first, start: first.start + m[0].length }, ...paragraphs.slice(1)], stamp };
}

// A repeat counts as page furniture when it is long, or when its first copy sits in the page's
// head (the title and lead a scraper saved twice); a short line said twice later in the text
// ("Thank you." in a transcript) is two real paragraphs.
const HEAD_PARAGRAPHS = 8;
const CAPITALS_TURN = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,60}:\s+\S/u;
const LONG_PARAGRAPH = 80;

function markDuplicates(text: string, paragraphs: Paragraph[]): void {
  const firstAt = new Map<string, number>();
  for (const p of paragraphs) {
    const raw = squash(text.slice(p.start, p.end));
    const key = raw.toLowerCase();
    // A transcript's speaker label ("Foreign Minister Sadia Rehman:") comes back at every turn, and so does a short turn
    // under a label in capitals ("THE PRESIDENT:  Yes."), however near the top.
    if (key.length < LONG_PARAGRAPH && (key.endsWith(':') || CAPITALS_TURN.test(raw))) continue;
    const first = firstAt.get(key);
    if (first === undefined) firstAt.set(key, p.index);
    else if (first < HEAD_PARAGRAPHS || key.length >= LONG_PARAGRAPH) p.ignored = true;
  }
}

// A heading over other stories' links, on a line of its own.
export const RELATED_HEADING =
  /^(?:see also|related(?: news| articles| stories| posts| content| materials| topics| coverage)?|more news|more stories|latest news|most read|most popular|you may also like|recommended(?: for you)?|other news|read next|read more|read also|also read|more on this(?: story)?)\s*:?$/iu;
// A link's line: a headline, short, no sentence end, no quotation marks.
const LINK_LINE_MAX = 120;
// (not a line that ends on a colon: "Speaking to reporters after the talks, Kovač said:" introduces what follows)
const isLinkLine = (line: string) => line.length <= LINK_LINE_MAX && !/[.!?:]["”’»)]?$/u.test(line) && !/["“”«»]/u.test(line);

/**
 * A "See also" heading past the lead and the link lines under it; the first paragraph that reads
 * as prose ends the block (an inline "Related" box in the middle of an article).
 */
function markRelatedLinks(text: string, paragraphs: Paragraph[]): void {
  for (let i = 3; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.end - p.start > 40 || !RELATED_HEADING.test(text.slice(p.start, p.end).trim())) continue;
    p.ignored = true;
    for (let k = i + 1; k < paragraphs.length && isLinkLine(text.slice(paragraphs[k].start, paragraphs[k].end).trim()); k++) paragraphs[k].ignored = true;
  }
}

// A photo caption: a position in brackets ("Erdogan (L) meets Trump"), a "Photo:" or "File image"
// label, or a photographer's or agency's credit at its end ("… May 16, 2017. REUTERS/Kevin Lamarque", "… June 11, 2018. —
// Reuters pic", "… Friday, May 5, 2023. / Photo: AP Archive").
const CAPTION_POSITION = /\((?:L|R|C|[1-9](?:st|nd|rd|th) [LR]|left|right|cent(?:re|er)|front|back|top|bottom)\)/u;
const CAPTION_LABEL = /^(?:photo|photos|image|images|picture|file photo|file image|pic)\b\s*[:|-]?|\b(?:file (?:photo|image|picture)|photo ?credit|getty images|reuters\/\p{Lu}[\p{L} ]+|ap photo(?:\/\p{Lu}[\p{L} ]+)?|afp(?: photo)?|anadolu agency)\.?\s*$|[/|]\s*(?:photo|image|picture)s?\s*:[^\n]{1,40}$/iu;
// (case-sensitive: an agency's name, not "— a striking photo" or "a long-awaited photo")
const CAPTION_CREDIT = /\s[—–-]\s*(?:\p{Lu}[\p{L}]*\s+){1,2}(?:file\s+)?(?:pic|photo|picture)\.?\s*$/u;
const MAX_CAPTION = 400;

/** Photo captions name the people of the story and a date, but report nothing: extractors skip them. */
function markCaptions(text: string, paragraphs: Paragraph[]): void {
  for (const p of paragraphs) {
    if (p.ignored || p.end - p.start > MAX_CAPTION) continue;
    const body = text.slice(p.start, p.end).trim();
    if (/["“”«»]/u.test(body)) continue;
    if (CAPTION_POSITION.test(body) || CAPTION_LABEL.test(body) || CAPTION_CREDIT.test(body)) p.ignored = true;
  }
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt maj adm cmdr sen rep gov pres st jr sr vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri ' +
    'inc ltd corp dept univ approx hon messrs amb ave'
  ).split(' '),
);

// Starts only at the first mark of a run, so a long run of dots is scanned once, not once per dot.
// (NYT copy writes its marks as two apostrophes: "… distance. ''This was …''")
const SENTENCE_END = /(?<![.!?])[.!?]+(?:''|["”’»)\]])*(?=\s+(?:''|["“‘«(\['’])?[\p{Lu}\d])/gu;

function splitSentences(text: string, p: Paragraph, out: Sentence[]): void {
  const body = text.slice(p.start, p.end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
    const stop = m.index + m[0].length;
    if (body[m.index] === '.' && (isAbbreviation(body, m.index) || inBrackets(body, m.index))) continue;
    pushSentence(text, p, p.start + from, p.start + stop, out);
    from = stop;
  }
  pushSentence(text, p, p.start + from, p.end, out);
}

/** "in Kuksaroy (transl. Blue Palace) residence": a full stop inside short brackets ends no sentence. */
function inBrackets(body: string, dot: number): boolean {
  // (within 60 characters either side: a scan of its own per full stop would make a long paragraph quadratic)
  const before = body.slice(Math.max(0, dot - 60), dot);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const after = body.slice(dot, dot + 60);
  const close = after.indexOf(')');
  return close > 0 && !after.slice(0, close).includes('(');
}

function isAbbreviation(body: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(body[i - 1])) i--;
  const word = body.slice(i, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true; // an initial: "J. Smith"
  if (word.includes('.')) return true; // "U.S.", "a.m."
  // "No. 10", but "The answer was no. Talks ended."
  if (/^nos?$/i.test(word)) return /^\s*\d/.test(body.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushSentence(text: string, p: Paragraph, start: Offset, end: Offset, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, paragraph: p.index, text: text.slice(start, end) });
}
