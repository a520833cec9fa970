#!/usr/bin/env node
// Writes fixtures/bad/: the inputs users point `meetings` at without having written them.
// Nothing here is checked in (fixtures/bad/ is gitignored); tests call makeBadFixtures() in
// beforeAll, and a person can run `node scripts/make-bad-fixtures.mjs [DIR]` to look.
//
//   encodings/   one short article, the same words, in every encoding and line-end style
//   skipped/     files that must be skipped with a warning: binaries under .txt names, a file
//                over the size limit (sparse, so it costs no disk), an unreadable file, broken
//                links, link loops (file and folder), a FIFO; plus empty and meeting-less files
//                and one good article, which must still come out
//   hostile/     text built to make rules backtrack: unmatched quotation marks, a 1 MB line,
//                deep quote nesting, a speaker line repeated, "said" repeated, capitals
//   output/      an article whose quotes hold commas, quotation marks, line breaks, control
//                characters, emoji and right-to-left text, for the json/ndjson/csv writers
//
// Safe to run from several test files at once: nothing is deleted, every file is written to a
// temporary name and renamed into place, and existing links and FIFOs are left as they are.

import {
  readFileSync, chmodSync, existsSync, lstatSync, mkdirSync, renameSync, symlinkSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BAD_FIXTURES = path.join(HERE, '..', 'fixtures', 'bad');

/** Size of the file over the default 10 MB limit. */
export const HUGE_SIZE = 100 * 1024 * 1024;

// An invented article: invented people, real places. Every encoding test decodes these words.
export const ARTICLE_LINES = [
  'Foreign ministers meet in Geneva',
  '',
  'GENEVA, 12 March 2021 — Foreign Minister Anna Kovalenko met her counterpart Pierre Duval in Geneva on Friday to discuss trade and security.',
  '',
  '“We agreed on the next steps,” Kovalenko said after the talks.',
  '',
  'Duval said the two countries would meet again in Vienna in May.',
];
export const ARTICLE = ARTICLE_LINES.join('\n') + '\n';

// The same kind of article in Russian and in French, for the single-byte code pages.
export const RUSSIAN =
  'Министр иностранных дел Анна Коваленко встретилась с коллегой в Минске 12 марта 2021 года.\n\n' +
  '«Мы договорились о следующих шагах», — сказала Коваленко после переговоров.\n';
export const FRENCH =
  'Le ministre des Affaires étrangères Pierre Duval a rencontré son homologue à Genève le 12 mars 2021.\n\n' +
  '« Nous sommes très satisfaits », a déclaré Duval après la réunion. Les échanges ont été francs.\n';
export const GERMAN =
  'Außenministerin Anna Kovalenko traf ihren Amtskollegen in München. Die Gespräche über Handel und Sicherheit verliefen „sehr gut“, sagte sie.\n';

/** Bytes of `text` in a single-byte code page, by inverting the platform's own decoder. */
// (Node decodes 0x80-0x9F of windows-1252 as control characters, so that range is spelled out.)
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function encodeSingleByte(text, encoding) {
  const decoder = new TextDecoder(encoding);
  const table = new Map();
  for (let b = 0; b < 256; b++) {
    const c = encoding === 'windows-1251' ? decoder.decode(new Uint8Array([b])) : b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] : String.fromCharCode(b);
    if (!table.has(c)) table.set(c, b);
  }
  return Uint8Array.from(Array.from(text, (c) => {
    const b = table.get(c);
    if (b === undefined) throw new Error(`${encoding} cannot encode ${JSON.stringify(c)}`);
    return b;
  }));
}

function utf16be(text) {
  return Buffer.from(text, 'utf16le').swap16();
}

/** Every file of the fixture folder: [relative path, bytes]. */
export function encodingFiles() {
  return [
    ['utf8.txt', Buffer.from(ARTICLE)],
    ['utf8-bom.txt', Buffer.from('\ufeff' + ARTICLE)],
    ['utf16le-bom.txt', Buffer.from('\ufeff' + ARTICLE, 'utf16le')],
    ['utf16be-bom.txt', utf16be('\ufeff' + ARTICLE)],
    ['utf16le-nobom.txt', Buffer.from(ARTICLE, 'utf16le')],
    ['utf16be-nobom.txt', utf16be(ARTICLE)],
    ['crlf.txt', Buffer.from(ARTICLE.replace(/\n/g, '\r\n'))],
    ['cr.txt', Buffer.from(ARTICLE.replace(/\n/g, '\r'))],
    ['stray-nul.txt', Buffer.from(ARTICLE.replace('Geneva on', 'Geneva\0 on'))],
    ['windows-1252.txt', encodeSingleByte(ARTICLE, 'windows-1252')],
    ['russian-1251.txt', encodeSingleByte(RUSSIAN, 'windows-1251')],
    ['french-1252.txt', encodeSingleByte(FRENCH, 'windows-1252')],
    ['german-latin1.txt', encodeSingleByte(GERMAN.replace(/[„“]/g, '"'), 'windows-1252')],
    ['russian-utf8.txt', Buffer.from(RUSSIAN)],
  ];
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

/** Pseudo-random bytes, reproducible. */
function noise(n, seed = 7) {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export const BINARY_KINDS = {
  'photo.txt': 'PNG image',
  'scan.txt': 'JPEG image',
  'report.txt': 'PDF document',
  'archive.txt': 'ZIP archive',
  'backup.txt': 'gzip archive',
  'noise.txt': 'binary data',
};

export function skippedFiles() {
  return [
    ['photo.txt', Buffer.concat([Buffer.from(PNG), Buffer.from(noise(2000))])],
    ['scan.txt', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF\0'), Buffer.from(noise(2000, 3))])],
    ['report.txt', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' + 'stream\n'.repeat(10), 'latin1')],
    ['archive.txt', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), Buffer.from(noise(1000, 5))])],
    ['backup.txt', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from(noise(1000, 9))])],
    ['noise.txt', Buffer.from(noise(8192, 11).map((b) => b & 0x1f))],
    ['empty.txt', Buffer.alloc(0)],
    ['no-meeting.txt', Buffer.from('Weather\n\nRain is expected on the coast tomorrow, with sunny spells inland.\n')],
    ['good.txt', Buffer.from(ARTICLE)],
  ];
}

/** Texts at a given scale n (about n characters each). */
export function hostileTexts(n) {
  const times = (s, k) => s.repeat(Math.max(1, Math.floor(k)));
  return {
    'unmatched-quotes.txt': times('“The minister said ', n / 19),
    'straight-quotes.txt': times('" said "', n / 8),
    'one-long-line.txt': times('the ministers discussed trade and security ', n / 43),
    'long-line-no-spaces.txt': 'x'.repeat(n),
    'full-stops.txt': '.'.repeat(n),
    'nested-quotes.txt': times('“‘«„', n / 8) + times('”’»“', n / 8),
    'speaker-lines.txt': times('Anna Kovalenko: We agree.\n', n / 26),
    'speaker-colons.txt': times('Anna Kovalenko:\n', n / 16),
    'said.txt': times('said ', n / 5),
    'said-sentences.txt': times('He said. ', n / 9),
    'capitals.txt': times('Minister President Foreign Affairs Council ', n / 43),
    'capitals-no-end.txt': times('Aaa ', n / 4),
    'repeated-paragraph.txt': times('The President met the Prime Minister in Minsk on 16 May.\n\n', n / 58),
    'dates.txt': times('on 16 May 2016, ', n / 16),
    'mixed.txt': times('“Mr. A. B. said: “on 3 March, in Minsk”, ', n / 40),
  };
}

export const HOSTILE_SIZE = 200_000;

export function outputArticle() {
  return [
    'Talks in Geneva, "finally", end with a handshake 🤝 — مرحبا, שלום',
    '',
    'GENEVA, 3 March 2021 — Foreign Minister Anna Kovalenko met Foreign Minister Omar Haddad in Geneva on 3 March 2021 to discuss trade, water, and security.',
    '',
    '“We agreed, at last, on three things: trade, water and \u0007security \u001b[31m🤝,” Kovalenko said.',
    '',
    'Haddad said: “مرحبا — שלום, a new chapter, ‘with “nested” quotes’ and a tab\there.”',
    '',
    '“This line ends',
    'on the next line,” Kovalenko added.',
    '',
  ].join('\n');
}

function writeAtomic(file, bytes) {
  // Two test files refresh the folder while the other may be reading it: leave same bytes alone.
  try {
    if (readFileSync(file).equals(Buffer.from(bytes))) return;
  } catch {
    // missing or unreadable: write it
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

function exists(file) {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function link(target, file) {
  if (exists(file)) return;
  try {
    symlinkSync(target, file);
  } catch (err) {
    if (err.code !== 'EEXIST') throw err;
  }
}

/** True when this process can read a file whose mode is 000 (root can). */
export function canReadUnreadable(dir = BAD_FIXTURES) {
  const file = path.join(dir, 'skipped', 'unreadable.txt');
  try {
    closeSync(openSync(file, 'r'));
    return true;
  } catch {
    return false;
  }
}

/** Creates (or refreshes) the fixture folder; returns its path. */
export function makeBadFixtures(dir = BAD_FIXTURES) {
  for (const [name, bytes] of encodingFiles()) writeAtomic(path.join(dir, 'encodings', name), bytes);

  const skipped = path.join(dir, 'skipped');
  for (const [name, bytes] of skippedFiles()) writeAtomic(path.join(skipped, name), bytes);
  const huge = path.join(skipped, 'huge.txt');
  if (!existsSync(huge) || lstatSync(huge).size !== HUGE_SIZE) {
    const tmp = `${huge}.${process.pid}.tmp`;
    writeFileSync(tmp, 'A huge file.\n');
    truncateSync(tmp, HUGE_SIZE); // sparse: 100 MB long, no disk used
    renameSync(tmp, huge);
  }
  const unreadable = path.join(skipped, 'unreadable.txt');
  writeAtomic(unreadable, Buffer.from(ARTICLE));
  chmodSync(unreadable, 0o000);
  link('does-not-exist.txt', path.join(skipped, 'broken-link.txt'));
  link('loop-b.txt', path.join(skipped, 'loop-a.txt'));
  link('loop-a.txt', path.join(skipped, 'loop-b.txt'));
  link('good.txt', path.join(skipped, 'good-link.txt'));
  mkdirSync(path.join(skipped, 'sub'), { recursive: true });
  writeAtomic(path.join(skipped, 'sub', 'nested.txt'), Buffer.from(ARTICLE));
  link('..', path.join(skipped, 'sub', 'up'));
  link('.', path.join(skipped, 'sub', 'here'));
  const fifo = path.join(skipped, 'pipe.txt');
  if (!exists(fifo)) spawnSync('mkfifo', [fifo]);

  for (const [name, text] of Object.entries(hostileTexts(HOSTILE_SIZE))) {
    writeAtomic(path.join(dir, 'hostile', name), Buffer.from(text));
  }
  writeAtomic(path.join(dir, 'output', 'quirky.txt'), Buffer.from(outputArticle()));
  writeAtomic(path.join(dir, 'output', 'empty.txt'), Buffer.alloc(0));
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = makeBadFixtures(process.argv[2] ? path.resolve(process.argv[2]) : BAD_FIXTURES);
  console.log(`wrote ${dir}`);
}
