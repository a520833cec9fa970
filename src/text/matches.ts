// Every match of a global pattern: what `text.matchAll(re)` gives, without its cost.
//
// `matchAll` copies its pattern on every call (the spec's RegExp species constructor), and for the
// rules' long patterns (every country, every agenda cue) that copy costs more than the search: on a
// sentence it was twenty times slower than an `exec` loop. Extractors call this instead.

/**
 * The matches of `re` (which must have the `g` flag) in `text`, in order, as `[...text.matchAll(re)]`
 * would give them: from offset 0, stepping over empty matches one character (one code point under
 * the `u` flag) at a time. `re.lastIndex` is 0 afterwards.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
