// Turning a file's bytes into text: is it text at all, and in which encoding.
//
// Handled, in this order:
//   binary by magic number      "%PDF-1.7 ..." -> { binary: 'PDF document' }
//   byte-order marks            EF BB BF (UTF-8), FF FE (UTF-16 LE), FE FF (UTF-16 BE); the mark is dropped
//   UTF-16 without a mark       "M\0e\0e\0t\0" -> NUL bytes on one side of most pairs in the first 8 KB
//   binary by control bytes     more than 10% of the first 8 KB is C0 control bytes (tab, line ends,
//                               form feed and escape excepted) -> { binary: 'binary data' }
//   valid UTF-8                 -> UTF-8 (pure ASCII is valid UTF-8)
//   mostly UTF-8                more valid multi-byte sequences than invalid bytes -> UTF-8, with U+FFFD
//                               for the broken bytes (a UTF-8 file with one stray Latin-1 byte)
//   Windows-1251 or -1252       the letters 0xC0-0xFF: Cyrillic words are runs of them
//                               ("\xCF\xF0\xE8\xE2\xE5\xF2" = "Привет"); Latin accents sit alone among
//                               ASCII letters ("caf\xE9") -> the share of such letters next to another
//                               decides; ISO-8859-1 is read as Windows-1252, its superset for text.
// Text comes back as decoded: CR and CRLF line ends are kept (parseDocument counts lines for
// all three), so offsets are offsets into exactly the text the extractors saw. NUL characters
// left in the text (a few stray ones in an otherwise text file) are removed, so line numbers
// are unchanged.
// Known misses: UTF-16 without a mark in a script with no NUL bytes (CJK), UTF-32, legacy
// encodings other than 1251/1252 (KOI8-R, ISO-8859-2, Shift-JIS, GB 18030) come out as
// Windows-1252 mojibake rather than an error; a short 1251 text of one-letter words may be
// read as 1252.

/** Bytes looked at to decide binary / UTF-16 / encoding: a prefix is enough and keeps it O(1). */
export const SNIFF_BYTES = 8192;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

export type Decoded =
  | { binary: null; text: string; encoding: Encoding; bom: boolean; lossy: boolean }
  | { binary: string; text: null; encoding: null; bom: false; lossy: false };

interface Magic {
  kind: string;
  at: number;
  bytes: (number | null)[];
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

// Signatures of formats likely to sit in a scraped folder under a .txt name.
// null matches any byte. Only signatures that no English text begins with.
export const MAGIC_NUMBERS: Magic[] = [
  { kind: 'PNG image', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', at: 0, bytes: ascii('GIF8') },
  { kind: 'WebP image', at: 8, bytes: ascii('WEBP') },
  { kind: 'TIFF image', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'TIFF image', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'icon image', at: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { kind: 'PDF document', at: 0, bytes: ascii('%PDF-') },
  { kind: 'ZIP archive, or a Word, Excel or EPUB document', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP archive', at: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'old Microsoft Office document', at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'gzip archive', at: 0, bytes: [0x1f, 0x8b] },
  { kind: 'bzip2 archive', at: 0, bytes: [...ascii('BZh'), null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { kind: 'xz archive', at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'zstd archive', at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: '7-Zip archive', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'RAR archive', at: 0, bytes: [...ascii('Rar!'), 0x1a, 0x07] },
  { kind: 'tar archive', at: 257, bytes: ascii('ustar') },
  { kind: 'SQLite database', at: 0, bytes: ascii('SQLite format 3\0') },
  { kind: 'executable (ELF)', at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'WebAssembly module', at: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'MP3 audio', at: 0, bytes: ascii('ID3') },
  { kind: 'Ogg media', at: 0, bytes: ascii('OggS') },
  { kind: 'FLAC audio', at: 0, bytes: ascii('fLaC') },
  { kind: 'MP4 video', at: 4, bytes: ascii('ftyp') },
  { kind: 'WOFF font', at: 0, bytes: ascii('wOF') },
];

/** The kind of file its first bytes say it is, or null when no known signature matches. */
export function sniffMagic(bytes: Uint8Array): string | null {
  for (const m of MAGIC_NUMBERS) {
    if (bytes.length < m.at + m.bytes.length) continue;
    let ok = true;
    for (let i = 0; i < m.bytes.length && ok; i++) {
      const b = m.bytes[i];
      if (b !== null && bytes[m.at + i] !== b) ok = false;
    }
    if (ok) return m.kind;
  }
  return null;
}

/** 'utf-16le' / 'utf-16be' when the prefix looks like UTF-16 without a byte-order mark. */
function sniffUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = head.length >> 1;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  // Latin-script UTF-16: nearly every ASCII character has a NUL high byte.
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when more than 10% of the prefix is control bytes that text does not contain. */
function looksBinary(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    // tab, LF, VT, FF, CR, ESC (ANSI colours in logs) and SUB (old DOS end-of-file) are text
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 0x1a && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  return control > head.length * 0.1;
}

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that break UTF-8. */
function utf8Shape(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Windows-1251 (Cyrillic) or Windows-1252 (Western) for bytes that are not UTF-8. */
export function guessSingleByte(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let letters = 0;
  let paired = 0;
  const isHighLetter = (b: number | undefined) => b !== undefined && b >= 0xc0;
  for (let i = 0; i < bytes.length; i++) {
    if (!isHighLetter(bytes[i])) continue;
    letters++;
    if (isHighLetter(bytes[i - 1]) || isHighLetter(bytes[i + 1])) paired++;
  }
  if (letters === 0) return 'windows-1252';
  // Russian/Belarusian/Ukrainian words are all high bytes; French/German/Spanish have an accent
  // or two per word among ASCII letters.
  return paired / letters > 0.5 ? 'windows-1251' : 'windows-1252';
}

// Node's TextDecoder('windows-1252') decodes 0x80-0x9F as C1 control characters (ISO-8859-1),
// not as the curly quotes, dashes and euro sign Windows puts there; this is the WHATWG table.
export const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeAs(bytes: Uint8Array, encoding: Encoding, fatal = false): string {
  if (encoding === 'windows-1252') {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString('latin1')
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
  }
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

function withoutNul(text: string): string {
  return text.indexOf('\0') < 0 ? text : text.replace(/\0+/g, '');
}

/** Decides what the bytes are and decodes them. Never throws. */
export function detectAndDecode(bytes: Uint8Array): Decoded {
  try {
    return detect(bytes);
  } catch {
    // TextDecoder in a Node built without full ICU lacks windows-125x: fall back to lossy UTF-8.
    const text = withoutNul(new TextDecoder('utf-8').decode(bytes));
    return { binary: null, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8', bom: false, lossy: true };
  }
}

function detect(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    return textOf(bytes.subarray(3), 'utf-8', true);
  }
  // FF FE 00 00 is UTF-32 LE; not supported, so treat it like UTF-16 LE rather than guess.
  if (b0 === 0xff && b1 === 0xfe) return textOf(bytes.subarray(2), 'utf-16le', true);
  if (b0 === 0xfe && b1 === 0xff) return textOf(bytes.subarray(2), 'utf-16be', true);

  const magic = sniffMagic(bytes);
  if (magic) return binary(magic);

  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = sniffUtf16(head);
  if (utf16) return textOf(bytes, utf16, false);
  if (looksBinary(head)) return binary('binary data');

  try {
    return { binary: null, text: withoutNul(decodeAs(bytes, 'utf-8', true)), encoding: 'utf-8', bom: false, lossy: false };
  } catch {
    // not valid UTF-8: below
  }
  const shape = utf8Shape(bytes);
  if (shape.valid > shape.invalid) return textOf(bytes, 'utf-8', false, true);
  return textOf(bytes, guessSingleByte(bytes), false);
}

function textOf(bytes: Uint8Array, encoding: Encoding, bom: boolean, lossy = false): Decoded {
  return { binary: null, text: withoutNul(decodeAs(bytes, encoding)), encoding, bom, lossy };
}

function binary(kind: string): Decoded {
  return { binary: kind, text: null, encoding: null, bom: false, lossy: false };
}
