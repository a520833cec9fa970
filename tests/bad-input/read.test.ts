// Reading what users point us at: every encoding decoded to the same words, binaries and
// oversized or unreadable files skipped with a reason, links that go nowhere or in circles
// reported, and a missing or wrong corpus folder a CorpusError.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tempDir } from '../cli/run.js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readText, DEFAULT_MAX_FILE_SIZE } from '../../src/corpus/read.js';
import { detectAndDecode, guessSingleByte } from '../../src/corpus/encoding.js';
import { CorpusError, scanCorpus } from '../../src/corpus/files.js';
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
