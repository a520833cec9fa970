// Properties that hold for any text: analyze() never throws, every offset points inside the
// text and back at what the record says is there, and the record survives JSON. Reading a file
// of any bytes never throws. Fixed seed and modest run counts, so a failure reproduces and CI is quick.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readText } from '../../src/corpus/read.js';
import { detectAndDecode } from '../../src/corpus/encoding.js';

const SEED = 20240523;
const params = (numRuns: number) => ({ seed: SEED, numRuns });

// Pieces of news English and of the marks extractors key on, so random texts reach the rules.
const PIECES = [
  'said', 'says', 'told', 'noted', 'according to', 'met', 'talks', 'discussed', 'President', 'Minister',
  'Foreign Minister', 'Prime Minister', 'of', 'the', 'in', 'on', 'Minsk', 'Geneva', 'Belarus', 'Russian',
  'Anna', 'Kovalenko', 'Omar', 'Haddad', 'Mr.', 'J.', 'he', 'she', 'Monday', '12', 'May', '2021', 'March 3',
  'today', 'yesterday', '“', '”', '"', '‘', '’', "'", '«', '»', '„', ':', ',', '.', '!', '?', '—', '-', '(', ')',
  '\n', '\n\n', '\r\n', '\r', '\t', ' ', '  ', '•', '1.', 'Q:', 'A:', 'agenda', 'cooperation', 'trade', 'and',
  '🤝', 'مرحبا', 'שלום', 'Министр', '\u0000', '\u0007', '\u200b', '\ufeff', '\ud800',
];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '\n'), { minLength: words.length, maxLength: words.length }).map((seps) =>
    words.map((w, i) => w + seps[i]).join(''),
  ),
);
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), newsy);

const WORD = /[\p{L}\p{N}]+/gu;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

function checkRecord(text: string): void {
  const r = analyze(text);
  const inText = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  for (const d of r.dates) {
    expect(inText(d), `date span ${d.start}-${d.end}`).toBe(true);
    expect(text.slice(d.start, d.end)).toBe(d.text);
  }
  for (const q of r.quotes) {
    expect(inText(q), `quote span ${q.start}-${q.end}`).toBe(true);
    // By design (direct-quotes.ts, transcripts.ts) quote text has its white space squashed, the
    // opening marks of continued paragraphs dropped and a skipped paragraph inside it (a repeated
    // headline) left out, so it is not always the exact slice. It is built only from its own span:
    // every word of the quote is a whole word of the span, in order.
    const spanWords = text.slice(q.start, q.end).match(WORD) ?? [];
    let k = 0;
    for (const w of q.text.match(WORD) ?? []) {
      while (k < spanWords.length && spanWords[k] !== w) k++;
      expect(k, `"${w}" of the quote is no word of its span`).toBeLessThan(spanWords.length);
      k++;
    }
    expect(q.line).toBe(lineOf(text, q.start));
  }
  for (const a of r.agenda) expect(inText(a), `agenda span ${a.start}-${a.end}`).toBe(true);
  for (const p of r.people) expect(p.name.trim().length).toBeGreaterThan(0);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

describe('analyze() on any text', () => {
  it('never throws, keeps offsets inside the text, and gives JSON-safe records', () => {
    fc.assert(fc.property(anyText, (text) => checkRecord(text)), params(400));
  });

  it('takes bounded time on any mix of quote marks, speech verbs and line breaks', () => {
    const long = fc.array(fc.constantFrom(...PIECES), { minLength: 2000, maxLength: 4000 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(long, (text) => {
        const t = performance.now();
        checkRecord(text);
        expect(performance.now() - t).toBeLessThan(2000);
      }),
      params(25),
    );
  });

  it('builds a quote over several paragraphs only from its span when a repeated paragraph lies inside it', () => {
    const para = fc.constantFrom('Ministers agree on trade', 'Talks in Minsk', 'The minister met the president.', 'Trade was discussed.');
    const text = fc.tuple(para, fc.array(para, { maxLength: 4 }), fc.array(fc.constantFrom('“We agree on trade.', '“And we will meet again in May,” Kovalenko said.', 'Kovalenko said.'), { maxLength: 5 }))
      .map(([head, middle, quotes]) => [head, 'Foreign Minister Anna Kovalenko met her counterpart.', ...quotes.flatMap((q, i) => [q, middle[i % Math.max(1, middle.length)] ?? head])].join('\n'));
    fc.assert(fc.property(text, (t) => checkRecord(t)), params(300));
  });

  it.each([
    ['a headline repeated inside a quote that runs over paragraphs', 'Ministers agree on trade\n\nForeign Minister Anna Kovalenko met her counterpart on Monday.\n\n“We discussed trade and our relations.\nMinisters agree on trade\n“And we will meet again in May,” Kovalenko said.'],
    ['empty', ''],
    ['white space', ' \n\r\n\t '],
    ['a lone surrogate', '\ud800 said “\udc00”'],
    ['a BOM in the middle', 'The minister\ufeff said “yes”.'],
    ['only quotation marks', '“”“”""«»'],
  ])('gives an empty-or-valid record for %s', (_name, text) => {
    checkRecord(text);
  });
});

describe('reading a file of any bytes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meetings-bytes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  /** What readText makes of these bytes as a file: its text, or null when it skips the file. */
  const read = async (bytes: Uint8Array): Promise<string | null> => {
    const file = path.join(dir, `${n++}.txt`);
    writeFileSync(file, bytes);
    const r = await readText(file);
    rmSync(file);
    if (!r.ok) expect(r.reason).toBe('binary');
    return r.ok ? r.text : null;
  };

  it('never throws: text without NUL, or a skip as binary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const text = await read(bytes);
        if (text !== null) expect(text).not.toContain('\0');
      }),
      params(300),
    );
  });

  it('gives back any UTF-8 text unchanged (apart from a leading BOM and NULs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const expected = s.replace(/\0/g, '').replace(/^\ufeff/, '');
        const d = detectAndDecode(Buffer.from(s, 'utf8'));
        if (d.binary === null) expect(d.text).toBe(expected);
      }),
      params(300),
    );
  });

  it('reads any UTF-16 text with a byte-order mark back unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), async (s, bigEndian) => {
        const le = Buffer.from('\ufeff' + s, 'utf16le');
        const bytes = bigEndian ? Buffer.from(le).swap16() : le;
        const text = await read(bytes);
        // Text that is mostly control characters is rightly taken for binary data.
        if (text !== null) expect(text).toBe(s.replace(/\0/g, ''));
      }),
      params(200),
    );
  });

  it('takes linear time on large random bytes', () => {
    const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24);
    detectAndDecode(bytes(1 << 16));
    const t1 = performance.now();
    detectAndDecode(bytes(1 << 20));
    const t16 = performance.now() - t1;
    expect(t16).toBeLessThan(2000);
  });
});
