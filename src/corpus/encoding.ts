// Turning a file's bytes into text: is it text at all, and in which encoding.
//
// Handled, in this order:
//   byte-order marks        EF BB BF (UTF-8), FF FE (UTF-16 LE), FE FF (UTF-16 BE); the mark is dropped
//   binary by magic number  "%PDF-1.7 ..." -> { binary: 'PDF document' }
//   NUL padding             the NULs that end a file (a crash, a preallocated file) are cut off before
//                           anything is judged, and counted; a file of nothing else -> 'only NUL bytes'
//   UTF-16 without a mark   "M\0e\0e\0t\0" -> NUL bytes on one side of most pairs in the sample
//   mostly NUL bytes        more NULs than other bytes in the sample (UTF-32, sparse binaries)
//   control bytes           more than 10% of the sample's other bytes are C0 controls that text does
//                           not hold (tab, line ends, form feed, SUB, and ESC opening a terminal
//                           sequence "\x1b[1m" are text) -> 'binary data'
//   valid UTF-8             -> UTF-8 (pure ASCII is valid UTF-8). Random bytes are never valid UTF-8
//                           past a few dozen bytes, so valid UTF-8 is text whatever its statistics.
//   the byte statistics     bytes that are not UTF-8 must look like text in some encoding; random,
//                           compressed (zlib, deflate, brotli) and encrypted bytes do not -> 'binary data':
//                             entropy   their bytes are near uniform: 7.9+ bits a byte on a few KB,
//                                       where text in any encoding seen has at most about 6 (English
//                                       4.5, Cyrillic 4.7, Chinese in GBK 6); see ENTROPY_LIMITS
//                             strays    two or more control bytes and runs of NULs, 1% of the sample
//                             words     under 256 bytes, where entropy tells less: 8% of bytes that are
//                                       not letters, digits, spaces or punctuation in the guessed code
//                                       page ("\xA4\xA6\xAC", undefined bytes), or under one space in 64
//   mostly UTF-8            more valid multi-byte sequences than invalid bytes -> UTF-8, with U+FFFD
//                           for the broken bytes (a UTF-8 file with one stray Latin-1 byte)
//   Windows-1251 or -1252   the letters 0xC0-0xFF: Cyrillic words are runs of them
//                           ("\xCF\xF0\xE8\xE2\xE5\xF2" = "Привет"); Latin accents sit alone among
//                           ASCII letters ("caf\xE9") -> the share of such letters next to another
//                           decides; ISO-8859-1 is read as Windows-1252, its superset for text.
// UTF-16 (marked or not) is judged on its characters instead: private-use, unassigned and broken
// (lone surrogate) characters, which text does not hold, make it 'binary data'.
// Every test reads a sample of at most SNIFF_BYTES from the start, once, so the cost is linear.
// Text comes back as decoded: CR and CRLF line ends are kept (parseDocument counts lines for
// all three), so offsets are offsets into exactly the text the extractors saw. NUL characters
// are removed (padding at the end, strays inside), so line numbers are unchanged; `nul` says how
// many bytes that was, for a warning.
// Known misses: UTF-16 without a mark in a script with no NUL bytes (CJK), UTF-32, legacy
// encodings other than 1251/1252 (KOI8-R, ISO-8859-2, Shift-JIS, GB 18030) come out as
// Windows-1252 mojibake rather than an error, and under 256 bytes the words test may take them
// (CP866, Shift-JIS, Big5) for binary; a short 1251 text of one-letter words may be read as 1252.
// Statistics need bytes: random data under 40 bytes, and the compressed form of a text under
// about 120 bytes (brotli and deflate store such text nearly verbatim, behind a few header bytes),
// can pass for text (in 50,000 samples each: 1 to 3 over those sizes, none of AES output).

/** Bytes looked at to decide binary / UTF-16 / encoding: a prefix is enough and keeps the checks cheap. */
export const SNIFF_BYTES = 65536;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** NUL bytes dropped from a text: `padding` at the very end of the file, `inside` elsewhere. */
export interface NulBytes {
  inside: number;
  padding: number;
}

export type Decoded =
  | { binary: null; text: string; encoding: Encoding; bom: boolean; lossy: boolean; nul: NulBytes }
  | { binary: string; text: null; encoding: null; bom: false; lossy: false; nul: NulBytes };

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

/** Counts over the sample that the binary tests read; one pass over the bytes. */
interface Sample {
  /** How often each byte value occurs. */
  counts: Uint32Array;
  /** Bytes that are not NUL. */
  size: number;
  nul: number;
  /** Runs of NUL bytes, the padding at the end among them: a block is one, a NUL in every sentence is many. */
  nulRuns: number;
  /**
   * C0 control bytes that text does not contain, and DEL. Tab, line ends (LF, VT, FF, CR) and SUB
   * (old DOS end-of-file) are text, and so is ESC when it opens a terminal sequence ("\x1b[1m").
   */
  control: number;
}

function sampleOf(head: Uint8Array, padded: boolean): Sample {
  const counts = new Uint32Array(256);
  let nulRuns = padded ? 1 : 0;
  let escapes = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    counts[b]++;
    if (b === 0) {
      if (i === 0 || head[i - 1] !== 0) nulRuns++;
    } else if (b === 0x1b && (head[i + 1] === 0x5b || head[i + 1] === 0x5d)) escapes++;
  }
  let control = counts[0x7f] + counts[0x1b] - escapes;
  for (let b = 1; b < 0x20; b++) if (b < 9 || (b > 13 && b !== 0x1a && b !== 0x1b)) control += counts[b];
  return { counts, size: head.length - counts[0], nul: counts[0], nulRuns, control };
}

/** Shannon entropy of the sample's bytes other than NUL, in bits per byte. */
function entropyOf(sample: Sample): number {
  let bits = 0;
  for (let b = 1; b < 256; b++) {
    const p = sample.counts[b] / sample.size;
    if (p > 0) bits -= p * Math.log2(p);
  }
  return bits;
}

// [sample size, bits per byte]: bytes at or over the limit are taken for random. A short sample
// of random bytes falls short of 8 bits (32 bytes: ~4.9, 256: ~7.2, 4 KB: ~7.95); each limit sits
// between the highest entropy of real text of that size (32 bytes of English: up to ~4.6; 256 of
// Chinese in GBK: ~6) and the lowest of 50,000 random samples (32: 4.4, 64: 5.4, 256: 6.9, 512: 7.5).
// Between the sizes the limit is interpolated on log2(size); under the first size there is none.
const ENTROPY_LIMITS: ReadonlyArray<readonly [number, number]> = [
  [32, 4.7],
  [48, 5.0],
  [64, 5.3],
  [128, 5.9],
  [256, 6.5],
  [512, 7.0],
];

function entropyLimit(size: number): number {
  const [first] = ENTROPY_LIMITS;
  if (size < first[0]) return Infinity;
  for (let i = 1; i < ENTROPY_LIMITS.length; i++) {
    const [hiSize, hiBits] = ENTROPY_LIMITS[i];
    if (size >= hiSize) continue;
    const [loSize, loBits] = ENTROPY_LIMITS[i - 1];
    return loBits + ((hiBits - loBits) * Math.log2(size / loSize)) / Math.log2(hiSize / loSize);
  }
  return ENTROPY_LIMITS[ENTROPY_LIMITS.length - 1][1];
}

/** Random, compressed or encrypted bytes, by entropy and by control and NUL bytes; for samples that are not valid UTF-8. */
function looksRandom(sample: Sample): boolean {
  // One stray control or NUL is a typo in a text; two in a file that is not even UTF-8 are not.
  if (sample.control + sample.nulRuns >= Math.max(2, sample.size * 0.01)) return true;
  return entropyOf(sample) >= entropyLimit(sample.size);
}

/** Under this many bytes the words test backs up the entropy test. */
const WORDS_TEST_BELOW = 256;

// Characters of a code page that text is made of; printable ASCII always is.
const TEXT_CHARACTER = /[\p{L}\p{M}\p{N}\p{P}\p{Zs}\p{Sc}\t\n\v\f\r\u001a\u001b©®°™№]/u;
const textBytes = new Map<Encoding, Uint8Array>();

/** 1 for each byte that is a letter, digit, space or punctuation in the code page, else 0. */
function textBytesOf(encoding: 'windows-1251' | 'windows-1252'): Uint8Array {
  let table = textBytes.get(encoding);
  if (!table) {
    const chars = decodeAs(Uint8Array.from({ length: 256 }, (_, b) => b), encoding);
    table = Uint8Array.from(chars, (c, b) => (b >= 0x20 && b < 0x7f) || TEXT_CHARACTER.test(c) ? 1 : 0);
    textBytes.set(encoding, table);
  }
  return table;
}

/**
 * Not words in the code page: 8% or more of the bytes are not letters, digits, spaces or
 * punctuation, or there is less than one space or line end in 64 bytes (Latin and Cyrillic
 * words, the only scripts these code pages hold, are short).
 */
function notWords(sample: Sample, encoding: 'windows-1251' | 'windows-1252'): boolean {
  const table = textBytesOf(encoding);
  let other = 0;
  for (let b = 1; b < 256; b++) if (!table[b]) other += sample.counts[b];
  if (other >= Math.max(3, sample.size * 0.08)) return true;
  const { counts } = sample;
  const spaces = counts[0x20] + counts[0x09] + counts[0x0a] + counts[0x0d] + counts[0xa0];
  return sample.size >= 32 && spaces * 64 < sample.size;
}

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that break UTF-8; a sequence cut by the end of a sample is neither. */
function utf8Shape(bytes: Uint8Array, cut: boolean): { valid: number; invalid: number } {
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
    } else if (cut && len > 0 && i + len > n) {
      break;
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


/** The text without NUL characters, and how many there were. */
function withoutNul(text: string): { text: string; count: number } {
  if (text.indexOf('\0') < 0) return { text, count: 0 };
  const clean = text.replace(/\0+/g, '');
  return { text: clean, count: text.length - clean.length };
}

/** Where the text ends: after the last byte that is not NUL. */
function textEnd(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

const NO_NUL: NulBytes = { inside: 0, padding: 0 };

/** Decides what the bytes are and decodes them. Never throws. */
export function detectAndDecode(bytes: Uint8Array): Decoded {
  try {
    return detect(bytes);
  } catch {
    // TextDecoder in a Node built without full ICU lacks windows-125x: fall back to lossy UTF-8.
    const end = textEnd(bytes);
    const decoded = withoutNul(new TextDecoder('utf-8').decode(bytes.subarray(0, end)));
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    return { binary: null, text, encoding: 'utf-8', bom: false, lossy: true, nul: { inside: decoded.count, padding: bytes.length - end } };
  }
}

function detect(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  // FF FE 00 00 is UTF-32 LE; not supported, so treat it like UTF-16 LE rather than guess.
  if (b0 === 0xff && b1 === 0xfe) return utf16Text(bytes, 2, 'utf-16le', true);
  if (b0 === 0xfe && b1 === 0xff) return utf16Text(bytes, 2, 'utf-16be', true);
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    const magic = sniffMagic(bytes);
    if (magic) return binary(magic);
  }

  const start = bom ? 3 : 0;
  const end = Math.max(start, textEnd(bytes));
  const padding = bytes.length - end;
  const body = bytes.subarray(start, end);
  if (body.length === 0) return padding > 0 ? binary('only NUL bytes') : textOf('', 'utf-8', bom, false, NO_NUL);
  const head = body.subarray(0, SNIFF_BYTES);
  if (!bom) {
    const utf16 = sniffUtf16(head);
    if (utf16) return utf16Text(bytes, 0, utf16, false);
  }

  // The padding run is evidence too: compressed data often ends in a stray NUL or two.
  const sample = sampleOf(head, padding > 0 && head.length === body.length);
  if (sample.nul > sample.size) return binary('mostly NUL bytes');
  if (sample.control > sample.size * 0.1) return binary('binary data');
  let utf8: string | null = null;
  try {
    utf8 = decodeAs(body, 'utf-8', true);
  } catch {
    // not valid UTF-8: below
  }
  if (utf8 !== null) return withNul(utf8, 'utf-8', bom, false, 1, padding);
  if (looksRandom(sample)) return binary('binary data');
  const shape = utf8Shape(head, head.length < body.length);
  if (bom || shape.valid > shape.invalid) return withNul(decodeAs(body, 'utf-8'), 'utf-8', bom, true, 1, padding);
  const encoding = guessSingleByte(head);
  if (sample.size < WORDS_TEST_BELOW && notWords(sample, encoding)) return binary('binary data');
  return withNul(decodeAs(body, encoding), encoding, false, false, 1, padding);
}

// Characters UTF-16 text does not hold: controls (bar white space, ESC, SUB and NUL, dropped
// anyway), private use, unassigned, and U+FFFD for a broken surrogate pair. Random 16-bit units
// are ~15% of these.
const NOT_TEXT_UTF16 = /(?![\t\n\v\f\r\u001a\u001b\0])[\p{Cc}\p{Co}\p{Cn}\p{Cs}\ufffd]/gu;

function utf16Text(bytes: Uint8Array, start: number, encoding: 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  // Padding ends on a whole code unit: the NUL high byte of a last "A\0" is the text's own.
  const end = Math.min(bytes.length, start + 2 * Math.ceil((textEnd(bytes) - start) / 2));
  const padding = bytes.length - Math.max(start, end);
  const decoded = decodeAs(bytes.subarray(start, Math.max(start, end)), encoding);
  if (decoded === '' && padding > 0) return binary('only NUL bytes');
  const head = decoded.slice(0, SNIFF_BYTES / 2);
  const junk = head.match(NOT_TEXT_UTF16)?.length ?? 0;
  if (junk >= Math.max(2, head.length * 0.05)) return binary('binary data');
  return withNul(decoded, encoding, bom, false, 2, padding);
}

/** Text without its NULs; `width` is the bytes of one NUL character in the encoding. */
function withNul(decoded: string, encoding: Encoding, bom: boolean, lossy: boolean, width: number, padding: number): Decoded {
  const { text: clean, count } = withoutNul(decoded);
  return textOf(clean, encoding, bom, lossy, { inside: count * width, padding });
}

function textOf(text: string, encoding: Encoding, bom: boolean, lossy: boolean, nul: NulBytes): Decoded {
  return { binary: null, text, encoding, bom, lossy, nul };
}

function binary(kind: string): Decoded {
  return { binary: kind, text: null, encoding: null, bom: false, lossy: false, nul: NO_NUL };
}
