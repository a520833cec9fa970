// Small formatting helpers shared by the table and listing renderers.

import { calendarOf, type Participant, type PartialDate } from '../model.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-05-16", "16 May", "Monday", or "" when unknown. */
export function formatDate(given: PartialDate | null): string {
  if (!given) return '';
  if (given.iso) return given.iso;
  // ("on Monday" resolved to a day without a year: "16 May")
  const date = { ...given, ...calendarOf(given) };
  if (date.month != null && date.day != null) {
    return `${date.day} ${MONTHS[date.month - 1] ?? '?'}${date.year != null ? ' ' + date.year : ''}`;
  }
  if (date.month != null && date.year != null) return `${MONTHS[date.month - 1] ?? '?'} ${date.year}`;
  return date.text;
}

export function formatParticipant(p: Participant): string {
  return p.role ? `${p.name} (${p.role})` : p.name;
}

/** Cuts a string to `max` characters on a word boundary, with an ellipsis. */
export function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Removes control characters (other than tab and newline) that would garble a terminal. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}


// East Asian wide and fullwidth characters and emoji take two columns of a terminal; combining
// marks and zero-width characters none. (The common ranges; a rare wide character counts as one.)
const WIDE = /[\u1100-\u115f\u231a\u231b\u2329\u232a\u23e9-\u23ec\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;
const NARROW = /^[\x20-\x7e]*$/;

/** The columns a string takes on a terminal (no escape codes in it). */
export function displayWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  let width = 0;
  for (const ch of s) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * The places a line may break: between words, and after a hyphen inside a word
 * ("Belarusian-" / "Russian", "2016-05-16-" / "lavrov"). Each piece says whether a space stood
 * before it; a line never starts with that space.
 */
export function breakPieces(line: string): { text: string; space: boolean }[] {
  const pieces: { text: string; space: boolean }[] = [];
  for (const word of line.split(' ')) {
    if (word === '') continue;
    const parts = word.match(/[^-]*-+|[^-]+$/g) ?? [word];
    parts.forEach((text, i) => pieces.push({ text, space: i === 0 }));
  }
  return pieces;
}

/** The widest piece that `breakPieces` makes of the text, or the widest word when `hyphens` is false. */
export function widestUnbreakable(text: string, hyphens: boolean): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    for (const word of line.split(' ')) {
      if (!hyphens || !word.includes('-')) widest = Math.max(widest, displayWidth(word));
      else for (const p of breakPieces(word)) widest = Math.max(widest, displayWidth(p.text));
    }
  }
  return widest;
}

/**
 * Lines of at most `width` columns: words wrap whole; a word wider than the line breaks after a
 * hyphen if it has one; only a piece that is wider than the line by itself is cut.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  const max = Math.max(1, width);
  for (const line of text.split('\n')) {
    if (displayWidth(line) <= max) {
      out.push(line);
      continue;
    }
    let current = '';
    let used = 0;
    // A word that fits on a line of its own is not split: it moves to the next line whole.
    const words = line.split(' ').filter(Boolean);
    for (const word of words) {
      const w = displayWidth(word);
      const gap = current ? 1 : 0;
      if (used + gap + w <= max) {
        current += (gap ? ' ' : '') + word;
        used += gap + w;
        continue;
      }
      if (w <= max) {
        out.push(current);
        current = word;
        used = w;
        continue;
      }
      // Too wide for any line: its hyphen pieces fill lines, then what is left is cut.
      for (const [i, piece] of breakPieces(word).entries()) {
        const pw = displayWidth(piece.text);
        const pgap = i === 0 && current ? 1 : 0;
        if (used + pgap + pw <= max) {
          current += (pgap ? ' ' : '') + piece.text;
          used += pgap + pw;
          continue;
        }
        if (current) out.push(current);
        current = '';
        used = 0;
        for (const ch of piece.text) {
          const cw = displayWidth(ch);
          if (used + cw > max && current) {
            out.push(current);
            current = '';
            used = 0;
          }
          current += ch;
          used += cw;
        }
      }
    }
    out.push(current);
  }
  return out;
}

/** A text with spans of it to highlight (a quote in its context, the words a search found). */
export interface Excerpt {
  text: string;
  marks: { start: number; end: number }[];
}

/**
 * Lines that `wrapText` made of `text`, with the marked spans painted. Each line is found in the
 * text in order, so a mark that runs over a line break is painted on both lines.
 */
export function paintLines(lines: string[], text: string, marks: Excerpt['marks'], paint: (s: string) => string): string[] {
  if (marks.length === 0) return lines;
  let cursor = 0;
  return lines.map((line) => {
    const at = text.indexOf(line, cursor);
    if (at < 0 || !line) return line;
    cursor = at + line.length;
    let out = '';
    let pos = 0;
    for (const m of marks) {
      const a = Math.max(0, m.start - at);
      const b = Math.min(line.length, m.end - at);
      if (b <= a || a < pos) continue;
      out += line.slice(pos, a) + paint(line.slice(a, b));
      pos = b;
    }
    return out + line.slice(pos);
  });
}

/** Where a pattern matches in a text, as marks. */
export function matchMarks(text: string, pattern: RegExp | undefined): Excerpt['marks'] {
  if (!pattern) return [];
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const marks: Excerpt['marks'] = [];
  for (const m of text.matchAll(global)) {
    if (m[0].length === 0) continue;
    marks.push({ start: m.index, end: m.index + m[0].length });
  }
  return marks;
}
