// Direct quotes by their quotation marks.
//
// Patterns handled (one example each):
//   curly double            “We agree,” he said.
//   straight double          "We agree", he said.
//   NYT doubled apostrophes  ''We agree,'' he said.
//   mixed                    “We agree," he said.   (curly and straight double marks pair with each other)
//   guillemets               «We agree», he said.
//   curly / straight single  ‘We agree,’ he said.   'We agree,' he said.   ‘unbelievable increase' (mixed: the other style
//                            closes only when no mark of the opening one's own style follows in the paragraph)
//   German low-high          „We agree“
//   split by attribution     “A,” he said. “B.”            -> two quotes
//   over several paragraphs  “A … (no closing mark)¶“B …”  -> one quote
//   apostrophes are not marks: Lavrov’s, presidents’ instructions, don't, "'It's the partners' duty,' he said"
//   single marks inside double marks are part of the outer quote, not quotes of their own
//
// A mark opens when it follows a space, a bracket or a dash and precedes a non-space; it closes when
// it follows a non-space and precedes a space, punctuation or the end. The scan is one pass per
// paragraph and quote family, so thousands of unmatched marks cost linear time.
//
// A quote left unclosed where a page stored only in part is cut off is kept up to the cut.
//
// A closing mark typed for an opening one ('announced that ” President X hosted …”') opens when it stands alone
// before a capital and another closes it later in the paragraph.
//
// An opening mark typed for a closing one closes where only a closing mark can stand: “Apparently not,“ he said.
//
// Known misses: quotes whose marks are used the wrong way round (”…“), a quote left unclosed at the
// end of a paragraph shorter than six words, and single-quoted passages containing a plural possessive
// (the ’ of "presidents’" closes them early).

import type { Span } from '../model.js';
import type { ParsedDocument } from '../text/document.js';

export interface DirectCandidate extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end when the quote was left unclosed). */
  close: number;
  /** Index of the paragraph holding the opening mark. */
  paragraph: number;
  /** The quoted words with white space squashed and the opening marks of continued paragraphs removed. */
  text: string;
}

interface Segment {
  /** End of a paragraph the quote ran through. */
  end: number;
  /** The opening mark that continues it in a later paragraph. */
  mark: number;
}

interface Family {
  opens: string;
  closes: string;
  /** Marks that are also apostrophes: skip them inside words. */
  apostrophe: boolean;
  /** The mark is two apostrophes (The New York Times's ''…''): opens and closes read as one double mark. */
  doubled?: boolean;
}

// Curly and straight double marks are one family: real copy opens a quote in one style and closes it
// in the other (“We agreed …," he said).
const DOUBLE_FAMILIES: Family[] = [
  { opens: '“„"', closes: '”“"', apostrophe: false },
  { opens: '«', closes: '»', apostrophe: false },
  { opens: "'", closes: "'", apostrophe: true, doubled: true },
];
/** The closing mark of an opening mark's own style, for the single marks that may close in the other style. */
const SAME_STYLE_CLOSE: Record<string, string> = { '‘': '’', "'": "'" };
/** Marks that open and close alike: which they do depends on what stands around them. */
const SYMMETRIC_MARKS = new Set(['"', "'"]);
// (So are curly and straight single marks: "welcomed ‘unbelievable increase' in trade".)
const SINGLE_FAMILIES: Family[] = [
  { opens: '‘', closes: '’\'', apostrophe: true },
  { opens: "'", closes: "'’", apostrophe: true },
];

const MARK_PATTERNS = new Map<Family, RegExp>();
/** Any of a family's marks, as a global pattern. */
function markPattern(fam: Family): RegExp {
  let re = MARK_PATTERNS.get(fam);
  if (!re) MARK_PATTERNS.set(fam, (re = new RegExp(`[${[...new Set(fam.opens + fam.closes)].join('')}]`, 'gu')));
  return re;
}

const BEFORE_OPEN = /[\s([{—–\-/:;,]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-…]/u;
const LETTER = /[\p{L}\p{N}]/u;
const MIN_UNCLOSED_WORDS = 6;

/** Every span inside quotation marks, in text order; paragraphs marked ignored are skipped. */
export function findDirectQuotes(doc: ParsedDocument, skip: Span[] = []): DirectCandidate[] {
  const out: DirectCandidate[] = [];
  // Paragraphs inside a skipped span (a reporter's question) are not scanned; spans are sorted by start.
  const spans = [...skip].sort((a, b) => a.start - b.start);
  let si = 0;
  const paras = doc.paragraphs.filter((p) => {
    if (p.ignored) return false;
    while (si < spans.length && spans[si].end < p.end) si++;
    return !(si < spans.length && spans[si].start <= p.start && p.end <= spans[si].end);
  });
  for (const fam of DOUBLE_FAMILIES) scanFamily(doc, paras, fam, out, []);
  out.sort((a, b) => a.open - b.open);
  const doubles = out.slice();
  for (const fam of SINGLE_FAMILIES) scanFamily(doc, paras, fam, out, doubles);
  // Keep the outermost when two families overlap (a straight quote inside a curly one).
  out.sort((a, b) => a.open - b.open || b.close - a.close);
  const kept: DirectCandidate[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.open < last.close) continue;
    kept.push(c);
  }
  return kept;
}

function scanFamily(
  doc: ParsedDocument,
  paras: ParsedDocument['paragraphs'],
  fam: Family,
  out: DirectCandidate[],
  inside: DirectCandidate[],
): void {
  const text = doc.text;
  const width = fam.doubled ? 2 : 1;
  let open = -1; // offset of the open mark
  let openPara = -1;
  // Where a continued quote left each paragraph, and where its continuation mark stands in the next
  // (not always right after: a skipped paragraph, such as a repeated headline, may lie between).
  let segments: Segment[] = [];
  let insideIdx = 0;
  // Where the family's marks stand, found in one pass over the text.
  // (offsets only: a text of nothing but apostrophes would otherwise keep a match object per mark alive)
  const marks: number[] = [];
  const markRe = markPattern(fam);
  markRe.lastIndex = 0;
  for (let m = markRe.exec(text); m; m = markRe.exec(text)) marks.push(m.index);
  let mi = 0;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    if (open >= 0) {
      // A quote left open by the previous paragraph continues only if this one starts with an opening mark.
      if (fam.opens.includes(text[p.start]) && (!fam.doubled || text[p.start + 1] === "'")) {
        segments.push({ end: paras[pi - 1].end, mark: p.start });
      } else {
        flushUnclosed(doc, open, openPara, segments, paras[pi - 1].end, out, width);
        open = -1;
        segments = [];
      }
    }
    let lastMark = -2; // the paragraph's last closing mark, found when first needed
    const lastOwn: Record<string, number> = {}; // the paragraph's last mark of each closing style, when first needed
    // Jump from mark to mark: the characters between cannot open or close anything.
    while (mi < marks.length && marks[mi] < p.start) mi++;
    for (; mi < marks.length && marks[mi] < p.end; mi++) {
      const i = marks[mi];
      const ch = text[i];
      // Two apostrophes are one mark; of three, the last two when they close ("it,''' he said": a single mark closes
      // first), the first two when they open ("'''We will win,''' he said": a single mark opens inside).
      if (fam.doubled && (ch !== "'" || text[i + 1] !== "'")) continue;
      if (fam.doubled && text[i + 2] === "'" && !(i === p.start || /\s/u.test(text[i - 1]))) continue;
      const isOpenCh = fam.opens.includes(ch);
      const isCloseCh = fam.closes.includes(ch);
      if (!isOpenCh && !isCloseCh) continue;
      while (insideIdx < inside.length && inside[insideIdx].close <= i) insideIdx++;
      if (insideIdx < inside.length && inside[insideIdx].open <= i) continue;
      const prev = i > p.start ? text[i - 1] : ' ';
      const next = i + width < p.end ? text[i + width] : ' ';
      if (fam.apostrophe && LETTER.test(prev) && LETTER.test(next)) continue; // Lavrov’s, don't
      // "'It's the partners' duty,' said X": a plural possessive, when the quote's real close follows.
      if (fam.apostrophe && !fam.doubled && open >= 0 && prev === 's' && pluralPossessive(text, i, p.end)) continue;
      const canOpen = (BEFORE_OPEN.test(prev) || isMarkChar(prev)) && !/\s/u.test(next);
      const canClose = !/\s/u.test(prev) && (AFTER_CLOSE.test(next) || isMarkChar(next));
      let role: 'open' | 'close' | 'none';
      if (i === p.start && open >= 0 && isOpenCh && segments.length > 0) continue; // the continuation mark itself
      if (SYMMETRIC_MARKS.has(ch)) {
        // (a straight mark that only closes this family's quotes, after a curly opening one, never opens one)
        if (open >= 0) role = canClose ? 'close' : canOpen && isOpenCh ? 'open' : 'close';
        else role = canOpen && isOpenCh ? 'open' : 'none';
      } else if (isOpenCh && isCloseCh) {
        // „…“ style: “ closes a „ quote; so does a “ typed for ” where only a closing mark can stand (“Apparently
        // not,“ he said); it opens otherwise.
        role = open >= 0 && (text[open] === '„' || (canClose && !canOpen)) ? 'close' : 'open';
      } else if (isOpenCh) {
        role = open >= 0 && canClose && !canOpen ? 'close' : 'open';
      } else {
        role = open < 0 && canOpen && !canClose ? 'open' : 'close';
        // 'announced that ” President X hosted …”': a closing mark standing alone before a capital, with none open
        // and another to close it later in the paragraph, opens (the wrong mark typed).
        if (open < 0 && /\s/u.test(prev) && /\s/u.test(next) && /\p{Lu}/u.test(text[i + width + 1] ?? '')) {
          if (lastMark === -2) lastMark = lastInParagraph(text, ch, p); // once per paragraph: linear time
          if (lastMark > i) role = 'open';
        }
      }
      if (fam.apostrophe && role === 'open' && !canOpen) role = 'none';
      if (fam.apostrophe && role === 'close' && !canClose) role = 'none';
      // A mark of the other style closes only when none of the opening mark's own style follows in the paragraph
      // ("‘The two countries' ties …,’ he said": the possessive is no close).
      if (role === 'close' && open >= 0 && SAME_STYLE_CLOSE[text[open]] !== undefined && SAME_STYLE_CLOSE[text[open]] !== ch) {
        const own = SAME_STYLE_CLOSE[text[open]];
        lastOwn[own] ??= lastInParagraph(text, own, p); // once per paragraph: linear time
        if (lastOwn[own] > i) role = 'none';
      }
      if (role === 'open') {
        // An earlier mark never closed is dropped.
        open = i;
        openPara = p.index;
        segments = [];
      } else if (role === 'close' && open >= 0) {
        emit(doc, open, openPara, segments, i, i + width, out, width);
        open = -1;
        segments = [];
      }
      while (mi + 1 < marks.length && marks[mi + 1] < i + width) mi++; // the rest of a double mark
    }
  }
  if (open >= 0) flushUnclosed(doc, open, openPara, segments, paras[paras.length - 1].end, out, width);
}

/**
 * An s' followed by a lower-case word ("the partners' duty") is a possessive when, within 200 characters,
 * a closing mark after punctuation ("duty,'") comes before any new opening mark (" 'We…").
 */
function pluralPossessive(text: string, i: number, end: number): boolean {
  if (!/^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  const ch = text[i];
  const stop = Math.min(end, i + 200);
  for (let k = i + 2; k < stop; k++) {
    if (text[k] !== ch) continue;
    const before = text[k - 1];
    const after = k + 1 < end ? text[k + 1] : ' ';
    if (/\s/u.test(before) && !/\s/u.test(after)) return false; // a new quote opens first
    if (/[,.!?;]/u.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/** Where `ch` last stands in paragraph p, or -1: a search that never leaves the paragraph. */
function lastInParagraph(text: string, ch: string, p: { start: number; end: number }): number {
  const k = text.slice(p.start, p.end).lastIndexOf(ch);
  return k < 0 ? -1 : p.start + k;
}

function isMarkChar(c: string): boolean {
  return '“”„«»"‘’\''.includes(c);
}

function emit(
  doc: ParsedDocument,
  open: number,
  paragraph: number,
  segments: Segment[],
  innerEnd: number,
  close: number,
  out: DirectCandidate[],
  width = 1,
): void {
  const text = doc.text;
  const start = open + width;
  let body: string;
  if (segments.length === 0) {
    body = text.slice(start, innerEnd);
  } else {
    // Rebuild from the paragraph pieces, leaving out each continuation's opening mark.
    const parts: string[] = [];
    let from = start;
    for (const seg of segments) {
      parts.push(text.slice(from, seg.end));
      from = seg.mark + width;
    }
    parts.push(text.slice(from, innerEnd));
    body = parts.join(' ');
  }
  const squashed = body.replace(/\s+/g, ' ').trim();
  if (!squashed) return;
  let s = start;
  while (s < innerEnd && /\s/.test(text[s])) s++;
  let e = innerEnd;
  while (e > s && /\s/.test(text[e - 1])) e--;
  out.push({ start: s, end: e, open, close, paragraph, text: squashed });
}

function flushUnclosed(
  doc: ParsedDocument,
  open: number,
  paragraph: number,
  segments: Segment[],
  paraEnd: number,
  out: DirectCandidate[],
  width = 1,
): void {
  const inner = doc.text.slice(open + width, paraEnd);
  const words = inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // A page stored only in part ends mid-quote ("Zelensky said: “I called on Mr President [Ramaphos"):
  // the words up to the cut are still the speaker's.
  const cut = !/\S/u.test(doc.text.slice(paraEnd)) && /[\p{L}\p{N},]\s*$/u.test(inner);
  if (words < MIN_UNCLOSED_WORDS || !(/[.!?…]\s*$/u.test(inner) || cut)) return;
  // Other marks inside (not the ones that continue it in a new paragraph) leave it in doubt.
  const marks = new Set(segments.map((g) => g.mark - open - width));
  for (let i = 0; i < inner.length; i++) if ('"“”«»'.includes(inner[i]) && !marks.has(i)) return;
  emit(doc, open, paragraph, segments, paraEnd, paraEnd, out, width);
}
