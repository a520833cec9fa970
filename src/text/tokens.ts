// The document's tokens: computed once, in one linear pass, and read by every rule that needs to
// know what a word is. A rule asks for the tokens of a span (`tokensIn`) instead of splitting the
// text again, so word boundaries and word classes agree everywhere.
//
// A token is a word ("Lavrov", "U.S", "al-Mannai", "Sanders’", "30,000" is three: "30" "," "000")
// or one punctuation character. Each carries its shape and its word classes from rules/ as bit flags:
// capitalised, all capitals, a number, a one-word speech verb, an honorific.
//
// Tokens are kept in typed arrays (a few bytes each), so a 10 MB file costs tens of MB, not hundreds;
// `tokensIn` builds token objects only for the span asked for.

import type { Offset } from '../model.js';
import { isSpeechVerb } from '../rules/speech-verbs.js';
import { HONORIFICS } from '../rules/titles.js';

export interface Tok {
  /** The token's text. */
  t: string;
  /** Start and end offsets in the document. */
  s: Offset;
  e: Offset;
  /** Word classes and shape (TokenFlag bits). */
  f: number;
}

export const TokenFlag = {
  Word: 1,
  Capitalised: 2,
  AllCaps: 4,
  Number: 8,
  SpeechVerb: 16,
  Honorific: 32,
} as const;

export interface TokenLayer {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  count: number;
}

const TOK = /[\p{L}\p{M}\p{N}]+(?:[’'.\-][\p{L}\p{M}\p{N}]+)*[’']?|[^\s\p{L}\p{M}\p{N}]/gu;
// A token's flags depend on its text alone, and texts share most of their words: they are remembered per
// process, up to MAX_REMEMBERED words (then forgotten all at once, so memory stays bounded).
const flagsOf = new Map<string, number>();
const MAX_REMEMBERED = 50_000;
const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.replace(/\.$/, '')));

function classify(w: string): number {
  const c = w.charCodeAt(0);
  // ASCII fast path; anything else by Unicode class.
  const letterOrDigit = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /^[\p{L}\p{N}]/u.test(w));
  if (!letterOrDigit) return 0;
  let f: number = TokenFlag.Word;
  if (/^\p{N}/u.test(w)) f |= TokenFlag.Number;
  else if (/^\p{Lu}/u.test(w)) {
    f |= TokenFlag.Capitalised;
    if (w.length > 1 && !/\p{Ll}/u.test(w)) f |= TokenFlag.AllCaps;
    if (HONORIFIC_SET.has(w)) f |= TokenFlag.Honorific;
  }
  if (isSpeechVerb(w)) f |= TokenFlag.SpeechVerb;
  return f;
}

/** Tokenizes a whole text: linear in its length. */
export function tokenizeText(text: string): TokenLayer {
  let cap = Math.max(16, Math.ceil(text.length / 4));
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let n = 0;
  TOK.lastIndex = 0;
  for (let m = TOK.exec(text); m; m = TOK.exec(text)) {
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      const e2 = new Int32Array(cap);
      e2.set(ends);
      const f2 = new Uint8Array(cap);
      f2.set(flags);
      starts = s2;
      ends = e2;
      flags = f2;
    }
    const w = m[0];
    let f = flagsOf.get(w);
    if (f === undefined) {
      f = classify(w);
      if (flagsOf.size >= MAX_REMEMBERED) flagsOf.clear();
      flagsOf.set(w, f);
    }
    starts[n] = m.index;
    ends[n] = m.index + w.length;
    flags[n] = f;
    n++;
  }
  return { starts, ends, flags, count: n };
}

/** Index of the first token that starts at or after `at`. */
export function tokenIndexAt(layer: TokenLayer, at: Offset): number {
  let lo = 0;
  let hi = layer.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layer.starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens that lie wholly inside text[from, to), at most `max` of them. */
export function tokensIn(doc: { text: string; tokens: TokenLayer }, from: Offset, to: Offset, max = 60): Tok[] {
  const layer = doc.tokens;
  const out: Tok[] = [];
  for (let i = tokenIndexAt(layer, from); i < layer.count && out.length < max; i++) {
    const s = layer.starts[i];
    const e = layer.ends[i];
    if (e > to) break;
    out.push({ t: doc.text.slice(s, e), s, e, f: layer.flags[i] });
  }
  return out;
}

export const isWord = (t: Tok): boolean => (t.f & TokenFlag.Word) !== 0;
