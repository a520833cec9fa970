// Reading what users point us at: every encoding decoded to the same words, binaries and
// oversized or unreadable files skipped with a reason, links that go nowhere or in circles
// reported, and a missing or wrong corpus folder a CorpusError.
import { createCipheriv } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { ROOT, tempDir } from '../cli/run.js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readText, DEFAULT_MAX_FILE_SIZE } from '../../src/corpus/read.js';
import { detectAndDecode, guessSingleByte, WINDOWS_1252_C1 } from '../../src/corpus/encoding.js';
import { CorpusError, escapeControls, scanCorpus } from '../../src/corpus/files.js';
import { BAD, fixtures } from './fixtures.js';

const ENC = path.join(BAD, 'encodings');
const SKIP = path.join(BAD, 'skipped');

beforeAll(() => {
  fixtures.makeBadFixtures();
});

async function readOk(file: string, options?: { maxFileSize?: number }): Promise<string> {
  const r = await readText(file, options);
  if (!r.ok) throw new Error(`expected ${file} to be read, got: ${r.warning}`);
  return r.text;
}

const lines = (text: string) => text.split(/\r\n|\r|\n/);

describe('readText decodes every encoding of the same article to the same words', () => {
  it.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
    ['utf16be-nobom.txt', 'utf-16be'],
    ['windows-1252.txt', 'windows-1252'],
    ['crlf.txt', 'utf-8'],
    ['cr.txt', 'utf-8'],
  ])('%s (%s)', async (name, encoding) => {
    const r = await readText(path.join(ENC, name));
    expect(r.ok && r.encoding).toBe(encoding);
    const text = r.ok ? r.text : '';
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\ufffd');
    expect(lines(text)).toEqual(lines(fixtures.ARTICLE));
  });

  it.each([
    ['russian-1251.txt', 'windows-1251', () => fixtures.RUSSIAN],
    ['russian-utf8.txt', 'utf-8', () => fixtures.RUSSIAN],
    ['french-1252.txt', 'windows-1252', () => fixtures.FRENCH],
    ['german-latin1.txt', 'windows-1252', () => fixtures.GERMAN.replace(/[„“]/g, '"')],
  ])('%s is read as %s', async (name, encoding, expected) => {
    const r = await readText(path.join(ENC, name));
    expect(r.ok && r.encoding).toBe(encoding);
    expect(r.ok && r.text).toBe(expected());
  });

  it('keeps CR and CRLF line ends, so offsets index the text the extractors saw', async () => {
    expect(await readOk(path.join(ENC, 'crlf.txt'))).toBe(fixtures.ARTICLE.replace(/\n/g, '\r\n'));
    expect(await readOk(path.join(ENC, 'cr.txt'))).toBe(fixtures.ARTICLE.replace(/\n/g, '\r'));
  });

  it('removes a stray NUL without moving lines', async () => {
    const text = await readOk(path.join(ENC, 'stray-nul.txt'));
    expect(text).not.toContain('\0');
    expect(text).toBe(fixtures.ARTICLE);
  });

  it('reads Windows-1252 curly quotes and dashes as themselves, not control characters', async () => {
    const text = await readOk(path.join(ENC, 'windows-1252.txt'));
    expect(text).toContain('“We agreed on the next steps,”');
    expect(text).toContain('2021 — Foreign');
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('reads a UTF-8 file with one stray Latin-1 byte as UTF-8, not as mojibake', () => {
    const bytes = Buffer.concat([Buffer.from(fixtures.RUSSIAN), Buffer.from([0xe9]), Buffer.from('Минск')]);
    const d = detectAndDecode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.lossy).toBe(true);
    expect(d.text).toBe(fixtures.RUSSIAN + '\ufffdМинск');
  });
});

describe('guessSingleByte tells Cyrillic from Western text', () => {
  it.each([
    ['Президент провёл переговоры с премьер-министром.', 'windows-1251'],
    ['Встреча прошла в Москве', 'windows-1251'],
    ['Le président a rencontré le ministre à Québec.', 'windows-1252'],
    ['Die Außenministerin traf den Präsidenten in Zürich.', 'windows-1252'],
    ['El ministro se reunió con su homólogo en Bogotá.', 'windows-1252'],
    ['Plain ASCII only.', 'windows-1252'],
  ])('%s', (text, encoding) => {
    expect(guessSingleByte(fixtures.encodeSingleByte(text, encoding))).toBe(encoding);
  });
});

describe('readText skips binaries with the kind of file', () => {
  it.each(Object.entries(fixtures.BINARY_KINDS))('%s: %s', async (name, kind) => {
    const r = await readText(path.join(SKIP, name));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('binary');
      expect(r.warning).toContain(kind);
      expect(r.warning).toMatch(/^binary file/);
    }
  });

  it('does not take text that happens to have a form feed, tabs and escape codes for binary', () => {
    const text = 'Minister\tmet\fcounterpart \u001b[1mtoday\u001b[0m.\n'.repeat(50);
    expect(detectAndDecode(Buffer.from(text)).text).toBe(text);
  });
});

describe('readText on empty, huge, unreadable and odd files', () => {
  it('reads an empty file as empty text', async () => {
    expect(await readOk(path.join(SKIP, 'empty.txt'))).toBe('');
  });

  it('refuses a 100 MB file by its size, before reading it, and says the limit', async () => {
    const before = process.memoryUsage().rss;
    const r = await readText(path.join(SKIP, 'huge.txt'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('too-large');
      expect(r.warning).toContain('100 MB');
      expect(r.warning).toContain('10 MB');
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    expect(DEFAULT_MAX_FILE_SIZE).toBe(10 * 1024 * 1024);
  });

  it('takes the limit from maxFileSize', async () => {
    const file = path.join(SKIP, 'good.txt');
    const r = await readText(file, { maxFileSize: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.warning).toMatch(/file too large \(309 bytes; the limit is 100 bytes/);
    expect((await readText(file, { maxFileSize: 309 })).ok).toBe(true);
  });

  it('skips a file it may not read, with the reason (not checkable as root)', async (ctx) => {
    if (fixtures.canReadUnreadable()) ctx.skip(); // root reads a mode-000 file
    const r = await readText(path.join(SKIP, 'unreadable.txt'));
    expect(r).toMatchObject({ ok: false, reason: 'permission', warning: 'permission denied' });
  });

  it.each([
    ['broken-link.txt', 'broken-link', /broken symbolic link/],
    ['loop-a.txt', 'link-loop', /symbolic link loop/],
    ['pipe.txt', 'not-a-file', /not a regular file/],
    ['sub', 'not-a-file', /a folder, not a file/],
    ['no-such-file.txt', 'missing', /file not found/],
  ])('%s: %s', async (name, reason, warning) => {
    const r = await readText(path.join(SKIP, name));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.warning).toMatch(warning);
    }
  }, 5000);

  it('follows a link to a good file', async () => {
    expect(await readOk(path.join(SKIP, 'good-link.txt'))).toBe(fixtures.ARTICLE);
  });
});

describe('decoding never throws, and never lets a NUL through', () => {
  it.each([
    ['nothing', []],
    ['a lone BOM', [0xef, 0xbb, 0xbf]],
    ['a UTF-16 BOM and one odd byte', [0xff, 0xfe, 0x41]],
    ['NULs only', [0, 0, 0, 0]],
    ['a truncated UTF-8 sequence', [0x41, 0xe2, 0x80]],
    ['every byte', Array.from({ length: 256 }, (_, i) => i)],
  ])('%s', (_name, bytes) => {
    const decoded = detectAndDecode(Uint8Array.from(bytes));
    if (decoded.binary === null) expect(decoded.text).not.toContain('\0');
    else expect(decoded.binary).toMatch(/\w/);
  });
});

describe('scanCorpus finds the files and reports the entries it cannot use', () => {
  it('lists readable files in sorted order, following links to files but not around loops', async () => {
    const { files } = await scanCorpus(SKIP);
    const names = files.map((f) => f.relative);
    expect(names).toEqual([...names].sort());
    expect(names).toContain('good.txt');
    expect(names).toContain('good-link.txt');
    expect(names).toContain('sub/nested.txt');
    expect(names).not.toContain('broken-link.txt');
    expect(names).not.toContain('pipe.txt');
    expect(names.filter((n) => n.endsWith('nested.txt'))).toEqual(['sub/nested.txt']);
    expect(files.find((f) => f.relative === 'sub/nested.txt')?.id).toBe('sub/nested');
  });

  it.each([
    ['broken-link.txt', /broken symbolic link/],
    ['loop-a.txt', /symbolic link loop/],
    ['loop-b.txt', /symbolic link loop/],
    ['pipe.txt', /not a regular file/],
    ['sub/up', /symbolic link loop/],
    ['sub/here', /symbolic link loop/],
  ])('warns about %s', async (relative, message) => {
    const { warnings } = await scanCorpus(SKIP);
    const w = warnings.find((x) => x.relative === relative);
    expect(w?.message).toMatch(message);
    expect(w?.absolute).toBe(path.join(SKIP, relative));
  });

  it('ends quickly on a folder of link loops', async () => {
    const t = performance.now();
    await scanCorpus(SKIP, ['**/*']);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it.each([
    ['a folder that does not exist', () => path.join(BAD, 'no-such-folder'), 'not-found', /folder not found/],
    ['a file given as the folder', () => path.join(SKIP, 'good.txt'), 'not-a-folder', /not a folder/],
  ])('throws a CorpusError for %s', async (_name, dir, code, message) => {
    const err = await scanCorpus(dir()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusError);
    expect((err as CorpusError).code).toBe(code);
    expect((err as CorpusError).message).toMatch(message);
    expect((err as CorpusError).message).not.toContain('\n');
      });

  it.each([
    [['**/*.txt'], ['a.txt', 'n/b.txt'], ['c.md', '.hidden.txt']],
    [['*.txt'], ['a.txt'], ['n/b.txt']],
    [['n/*.{txt,md}'], ['n/b.txt', 'n/d.md'], ['a.txt', 'c.md']],
    [['**/*', '!**/*.md'], ['a.txt', 'n/b.txt'], ['c.md', 'n/d.md']],
    [['[ab].txt'], ['a.txt'], ['n/b.txt', 'c.md']],
    [['!n/**'], ['a.txt', 'c.md'], ['n/b.txt', 'n/d.md', '.hidden.txt']],
  ])('globs %j', async (globs, included, excluded) => {
    const dir = tempDir('meetings-globs-');
    for (const f of ['a.txt', 'c.md', '.hidden.txt', 'n/b.txt', 'n/d.md']) {
      const file = path.join(dir, f);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, 'x');
    }
    const names = (await scanCorpus(dir, globs)).files.map((f) => f.relative);
    for (const f of included) expect(names).toContain(f);
    for (const f of excluded) expect(names).not.toContain(f);
  });
});

describe('folder warnings follow the globs', () => {
  it('says nothing of a link loop in a folder the globs never look into', async () => {
    const dir = tempDir('meetings-loopscope-');
    mkdirSync(path.join(dir, 'news'));
    mkdirSync(path.join(dir, 'junk'));
    writeFileSync(path.join(dir, 'news', 'a.txt'), 'x');
    symlinkSync('..', path.join(dir, 'junk', 'up'));
    const narrow = await scanCorpus(dir, ['news/*.txt']);
    expect(narrow.files.map((f) => f.relative)).toEqual(['news/a.txt']);
    expect(narrow.warnings).toEqual([]);
    const wide = await scanCorpus(dir, ['**/*.txt']);
    expect(wide.warnings.map((w) => w.relative)).toEqual(['junk/up']);
  });
});

// --- Binaries with no signature, text in every encoding, NUL padding -----------------------

/** A seeded generator (mulberry32): the same samples on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomBytes = (next: () => number, n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
/** Sizes spread evenly on a log scale between lo and hi. */
const logSize = (next: () => number, lo: number, hi: number) => Math.round(lo * (hi / lo) ** next());

/** The articles of fixtures/ (seeds and every other folder but the generated and downloaded ones). */
function fixtureTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) out.push([path.relative(FIXTURES, full), readFileSync(full, 'utf8')]);
    }
  };
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== 'bad' && entry.name !== 'polnear') walk(path.join(FIXTURES, entry.name));
  }
  return out;
}
const FIXTURES = path.join(ROOT, 'fixtures');
const TEXTS = fixtureTexts();

/**
 * A piece of real copy: a fixture article from a random offset, 120 bytes to the whole. (Shorter
 * text compresses to little more than itself: brotli and deflate store it nearly verbatim.)
 */
function pieceOfText(next: () => number): Buffer {
  const whole = Buffer.from(TEXTS[Math.floor(next() * TEXTS.length)][1]);
  const length = Math.min(whole.length, logSize(next, 120, whole.length));
  const start = Math.floor(next() * (whole.length - length + 1));
  return whole.subarray(start, start + length);
}

function aes256cbc(next: () => number, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-cbc', randomBytes(next, 32), randomBytes(next, 16));
  return Buffer.concat([cipher.update(plain), cipher.final()]);
}

const SAMPLES = 60;
const BINARY_MAKERS: Array<[string, (next: () => number) => Uint8Array]> = [
  ['random bytes', (next) => randomBytes(next, logSize(next, 40, 65536))],
  ['zlib', (next) => zlib.deflateSync(pieceOfText(next))],
  ['raw deflate', (next) => zlib.deflateRawSync(pieceOfText(next))],
  ['brotli', (next) => zlib.brotliCompressSync(pieceOfText(next))],
  ['AES-256-CBC', (next) => aes256cbc(next, pieceOfText(next))],
];

describe('readText skips binaries that carry no signature', () => {
  it.each(BINARY_MAKERS.map(([kind, make], k) => [kind, make, k] as const))(
    '%s: all of 60 samples are binary',
    async (kind, make, k) => {
      const next = seeded(1000 + k);
      const dir = tempDir('meetings-binaries-');
      const accepted: string[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const bytes = make(next);
        const file = path.join(dir, `${i}.txt`);
        writeFileSync(file, bytes);
        const r = await readText(file);
        if (r.ok) accepted.push(`#${i} (${bytes.length} bytes, read as ${r.encoding})`);
        else expect(r).toMatchObject({ reason: 'binary', warning: 'binary file (binary data)' });
      }
      expect(accepted, `${kind}: ${accepted.length} of ${SAMPLES} read as text`).toEqual([]);
    },
  );
});

// Invented news copy in the scripts the single-byte guess and UTF-8 must keep apart.
const SCRIPTS: Record<string, string> = {
  russian:
    'Министр иностранных дел Сергей Лавров провёл в Москве переговоры с казахстанским коллегой. Стороны обсудили ' +
    'торгово-экономическое сотрудничество и региональную безопасность.\n\n«Мы договорились продолжить консультации», — ' +
    'заявил Лавров. По его словам, товарооборот вырос на 12 процентов. № 45, 3 марта 2024 года.\n',
  ukrainian:
    'Міністр закордонних справ України зустрівся з єврокомісаром у Брюсселі. Сторони обговорили енергетичну безпеку. ' +
    '«Ми цінуємо підтримку наших партнерів», — сказав міністр після зустрічі.\n',
  belarusian: 'Міністр замежных спраў Беларусі правёў перамовы з кітайскім калегам у Мінску. «Мы задаволены вынікамі», — заявіў міністр.\n',
  chinese:
    '新华社北京3月12日电 国务委员兼外交部长王毅12日在北京同来访的哈萨克斯坦外长举行会谈。王毅表示，中方愿同哈方一道，' +
    '落实好两国元首达成的重要共识。\n\n哈方外长表示，哈方高度重视发展对华关系，愿同中方加强各领域务实合作。\n',
  japanese: '茂木敏充外相は12日、外務省でインドネシアのルトノ外相と会談し、海洋安全保障分野での協力強化を確認した。「緊密に連携していく」と述べた。\n',
  korean: '강경화 외교부 장관은 12일 서울에서 일본 외무상과 회담을 갖고 양국 관계 개선 방안을 논의했다. "솔직하고 건설적인 대화를 나눴다"고 말했다.\n',
  french: 'Le ministre des Affaires étrangères a rencontré son homologue à Genève. « Nous sommes très satisfaits », a-t-il déclaré ; la prochaine réunion aura lieu à Québec.\n',
  german: 'Die Außenministerin traf am Freitag ihren Amtskollegen in München. Die Gespräche verliefen „sehr gut“, sagte sie. Man werde sich in Zürich wieder treffen.\n',
  short: 'Réunion à Genève — «Oui».\n',
};

// Node's windows-1252 decoder gives 0x80-0x9F as C1 controls; WINDOWS_1252_C1 is the table Windows uses.
const singleByteChars = (encoding: 'windows-1251' | 'windows-1252') =>
  Array.from({ length: 256 }, (_, b) =>
    encoding === 'windows-1252' && b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] : new TextDecoder(encoding).decode(Uint8Array.of(b)),
  );

/** Bytes of `text` in a code page, with '?' for what it cannot spell; and the text those bytes hold. */
function toSingleByte(text: string, encoding: 'windows-1251' | 'windows-1252'): [Uint8Array, string] {
  const table = new Map<string, number>();
  singleByteChars(encoding).forEach((c, b) => table.has(c) || table.set(c, b));
  const chars = Array.from(text.replace(/\r?\n|\r/g, '\n'), (c) => (table.has(c) && c !== '\0' ? c : '?'));
  return [Uint8Array.from(chars, (c) => table.get(c)!), chars.join('')];
}

type Encoder = (text: string) => [Uint8Array, string];
const ENCODERS: Record<string, Encoder> = {
  'utf-8': (t) => [Buffer.from(t), t],
  'utf-8 with BOM': (t) => [Buffer.from('\ufeff' + t), t],
  'utf-16le with BOM': (t) => [Buffer.from('\ufeff' + t, 'utf16le'), t],
  'utf-16be with BOM': (t) => [Buffer.from('\ufeff' + t, 'utf16le').swap16(), t],
  'utf-16le': (t) => [Buffer.from(t, 'utf16le'), t],
  'utf-16be': (t) => [Buffer.from(t, 'utf16le').swap16(), t],
  'windows-1252': (t) => toSingleByte(t, 'windows-1252'),
  'windows-1251': (t) => toSingleByte(t, 'windows-1251'),
};

describe('decoding keeps real text in every encoding it reads', () => {
  it(`reads all ${TEXTS.length} fixture articles in all ${Object.keys(ENCODERS).length} encodings back as text`, () => {
    expect(TEXTS.length).toBeGreaterThan(100);
    const rejected: string[] = [];
    const garbled: string[] = [];
    for (const [name, text] of TEXTS) {
      for (const [encoding, encode] of Object.entries(ENCODERS)) {
        const [bytes, expected] = encode(text);
        const d = detectAndDecode(bytes);
        if (d.binary !== null) rejected.push(`${name} in ${encoding}: ${d.binary}`);
        // A lone '€' among English words is 0x88 in 1251 and 0x80 in 1252: no reader can tell which.
        else if (d.text !== expected && (encoding !== 'windows-1251' || /[\u0400-\u04ff]/.test(expected))) garbled.push(`${name} in ${encoding}`);
      }
    }
    expect(rejected).toEqual([]);
    expect(garbled).toEqual([]);
  });

  it.each(Object.entries(SCRIPTS))('reads %s copy in every encoding that can spell it', (_name, text) => {
    for (const [encoding, encode] of Object.entries(ENCODERS)) {
      // UTF-16 without a mark is found by its NUL bytes, which only Latin script has (a known miss).
      if (!encoding.includes('BOM') && encoding.startsWith('utf-16') && /[^\u0000-\u024f]/.test(text)) continue;
      const [bytes, expected] = encode(text);
      if (/^windows/.test(encoding) && expected.includes('?') && !text.includes('?')) continue;
      expect(detectAndDecode(bytes).text, encoding).toBe(expected);
    }
  });

  it('reads every stretch of 32 to 512 bytes of a Windows-1252 or -1251 article as text', () => {
    const western = toSingleByte(TEXTS.filter(([name]) => name.startsWith('seeds/')).map(([, t]) => t).join('\n'), 'windows-1252')[0];
    const cyrillic = toSingleByte(SCRIPTS.russian + SCRIPTS.ukrainian + SCRIPTS.belarusian, 'windows-1251')[0];
    let tried = 0;
    const rejected: string[] = [];
    for (const [label, bytes] of [['1252', western], ['1251', cyrillic]] as const) {
      for (const size of [32, 40, 48, 64, 96, 128, 256, 512]) {
        for (let start = 0; start + size <= bytes.length; start += 17) {
          const piece = bytes.subarray(start, start + size);
          if (piece.every((b) => b < 0x80)) continue; // ASCII is UTF-8, not the single-byte path
          tried++;
          const d = detectAndDecode(piece);
          if (d.binary !== null) rejected.push(`${label} ${start}+${size}: ${JSON.stringify(Buffer.from(piece).toString('latin1'))}`);
        }
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(rejected).toEqual([]);
  });
});

describe('NUL bytes: padding and strays are dropped with a warning, a file of NULs is binary', () => {
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(tempDir('meetings-nul-'), name);
    writeFileSync(file, bytes);
    return file;
  };
  const nuls = (n: number) => new Uint8Array(n);

  it.each([
    ['a thousand NULs after the text (a crash)', () => Buffer.concat([Buffer.from(fixtures.ARTICLE), nuls(1000)]), () => fixtures.ARTICLE, /1000 NUL bytes/],
    ['64 KB of NULs after a short text', () => Buffer.concat([Buffer.from('Talks in Minsk.\n'), nuls(65536)]), () => 'Talks in Minsk.\n', /65536 NUL bytes/],
    ['NULs after Windows-1251 text', () => Buffer.concat([fixtures.encodeSingleByte(fixtures.RUSSIAN, 'windows-1251'), nuls(3000)]), () => fixtures.RUSSIAN, /3000 NUL bytes/],
    ['a NUL in every line', () => Buffer.from(fixtures.ARTICLE.replace(/\n/g, '\0\n')), () => fixtures.ARTICLE, /7 NUL bytes/],
    ['a block of NULs inside the text', () => Buffer.concat([Buffer.from(fixtures.ARTICLE), nuls(300), Buffer.from(fixtures.ARTICLE)]), () => fixtures.ARTICLE.repeat(2), /300 NUL bytes/],
  ])('keeps the text of %s, and says how many NULs it dropped', async (_name, bytes, text, count) => {
    const r = await readText(write('padded.txt', bytes()));
    expect(r).toMatchObject({ ok: true, text: text() });
    expect(r.ok && r.warning).toMatch(count);
    expect(r.ok && r.warning).not.toContain('\n');
  });

  it('keeps the text of padded UTF-16', async () => {
    const r = await readText(write('padded.txt', Buffer.concat([Buffer.from('\ufeff' + fixtures.ARTICLE, 'utf16le'), nuls(1001)])));
    expect(r).toMatchObject({ ok: true, text: fixtures.ARTICLE, encoding: 'utf-16le' });
    expect(r.ok && r.warning).toMatch(/NUL bytes/);
  });

  it('says nothing about NULs in a clean file', async () => {
    const r = await readText(path.join(ENC, 'utf8.txt'));
    expect(r.ok && r.warning).toBeFalsy();
  });

  it.each([
    ['only NULs', () => nuls(4096)],
    ['text spread thin among NULs (UTF-32)', () => Buffer.from(Array.from(Buffer.from(fixtures.ARTICLE)).flatMap((b) => [b, 0, 0, 0]))],
    ['a few letters in a block of NULs', () => Buffer.concat([nuls(3000), Buffer.from('abc'), nuls(3000), Buffer.from('def')])],
  ])('skips a file of %s as binary', async (_name, bytes) => {
    const r = await readText(write('nuls.txt', bytes()));
    expect(r).toMatchObject({ ok: false, reason: 'binary' });
    expect(!r.ok && r.warning).toMatch(/^binary file \(.*NUL/);
  });
});

describe('escapeControls makes a name with control characters one visible line', () => {
  it.each([
    ['plain/name.txt', 'plain/name.txt'],
    ['two\nlines.txt', 'two\\nlines.txt'],
    ['tab\there.txt', 'tab\\there.txt'],
    ['cr\r.txt', 'cr\\r.txt'],
    ['\u001b[31mred\u001b[0m.txt', '\\x1b[31mred\\x1b[0m.txt'],
    ['bell\u0007 del\u007f c1\u0085.txt', 'bell\\x07 del\\x7f c1\\x85.txt'],
    ['ls\u2028ps\u2029rlo\u202e.txt', 'ls\\u2028ps\\u2029rlo\\u202e.txt'],
    ['Réunion à Genève — 会谈.txt', 'Réunion à Genève — 会谈.txt'],
  ])('%j', (name, shown) => {
    expect(escapeControls(name)).toBe(shown);
  });
});
