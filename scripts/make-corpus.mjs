#!/usr/bin/env node
// Writes a reproducible corpus of synthetic news articles about diplomatic meetings, for the
// benchmark: node scripts/make-corpus.mjs --out DIR [--docs 10000] [--seed 1]
//
// Every article is different (invented names, countries, cities, dates, quotes, and sentences
// drawn from fixtures/seeds mixed in), so neither the cache nor any de-duplication can make a
// run look faster than it is. Layouts vary the way real archives do: blank-line paragraphs,
// hard-wrapped wire copy, scraped pages that repeat their title and lead, press-office
// transcripts, straight and curly quotation marks. Same seed, same bytes.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEEDS = path.join(HERE, '..', 'fixtures', 'seeds');

export function parseArgs(argv) {
  const args = { docs: 10_000, seed: 1, out: null, perFolder: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--docs') args.docs = Number(next());
    else if (a === '--seed') args.seed = Number(next());
    else if (a === '--out') args.out = next();
    else if (a === '--per-folder') args.perFolder = Number(next());
    else if (a === '--help' || a === '-h') args.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.docs) || args.docs < 0) throw new Error('--docs wants a whole number');
  return args;
}

/** mulberry32: small, fast, good enough for test data, and the same everywhere. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// Invented names from syllables: plausible-looking, belonging to nobody.
const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'tr', 'sh', 'ch', 'h', 'j', 'f'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'k', 'd'];
const SURNAME_ENDINGS = ['ov', 'ova', 'enko', 'son', 'ez', 'i', 'ani', 'escu', 'ić', 'berg', 'ard', 'ato', 'uk', 'yan', 'ski', 'ier', 'ou', 'ar'];

const COUNTRIES = [
  ['Belarus', 'Belarusian', 'Minsk'], ['Russia', 'Russian', 'Moscow'], ['China', 'Chinese', 'Beijing'],
  ['France', 'French', 'Paris'], ['Germany', 'German', 'Berlin'], ['India', 'Indian', 'New Delhi'],
  ['Japan', 'Japanese', 'Tokyo'], ['Brazil', 'Brazilian', 'Brasilia'], ['Egypt', 'Egyptian', 'Cairo'],
  ['Turkey', 'Turkish', 'Ankara'], ['Kazakhstan', 'Kazakh', 'Astana'], ['Vietnam', 'Vietnamese', 'Hanoi'],
  ['Nigeria', 'Nigerian', 'Abuja'], ['Mexico', 'Mexican', 'Mexico City'], ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Poland', 'Polish', 'Warsaw'], ['Serbia', 'Serbian', 'Belgrade'], ['Iran', 'Iranian', 'Tehran'],
  ['Argentina', 'Argentine', 'Buenos Aires'], ['Kenya', 'Kenyan', 'Nairobi'], ['Italy', 'Italian', 'Rome'],
  ['Spain', 'Spanish', 'Madrid'], ['Uzbekistan', 'Uzbek', 'Tashkent'], ['Cuba', 'Cuban', 'Havana'],
  ['South Africa', 'South African', 'Pretoria'], ['Pakistan', 'Pakistani', 'Islamabad'], ['Armenia', 'Armenian', 'Yerevan'],
];
const ROLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Minister of Foreign Affairs', 'Deputy Foreign Minister',
  'Defence Minister', 'Minister of Economy', 'Ambassador', 'Speaker of Parliament', 'Vice President',
];
const DESCRIPTIONS = ['the head of state', 'the minister', 'the diplomat', 'the leader', 'the guest', 'the top diplomat'];
const SPEECH_VERBS = ['said', 'noted', 'stressed', 'emphasized', 'remarked', 'told reporters', 'added', 'pointed out', 'stated'];
const TOPICS = [
  'trade and economic cooperation', 'energy supplies', 'the situation in the region', 'regional security',
  'visa-free travel', 'investment projects', 'cooperation in education and science', 'transport corridors',
  'the upcoming summit', 'climate policy', 'agricultural exports', 'the joint action programme',
  'cooperation within international organisations', 'industrial cooperation', 'humanitarian ties',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const AGENCIES = ['BelTA', 'Xinhua', 'TASS', 'AFP', 'Reuters', 'Anadolu', 'Kyodo', 'PTI'];
const QUOTE_OPENERS = [
  'We have a rich agenda this year', 'Our relations are based on mutual respect', 'We are ready to expand our cooperation',
  'There are no closed topics between us', 'We discussed the whole range of issues', 'This visit is an important signal',
  'We will continue our dialogue', 'We share similar views on most international issues', 'Trade between our countries has grown',
  'I am grateful for the warm welcome', 'We agreed to meet again before the end of the year', 'Much remains to be done',
];

function loadSeedSentences() {
  const plain = [];
  const quoted = [];
  let files = [];
  try {
    files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    /* no seeds: templates only */
  }
  for (const f of files) {
    const text = readFileSync(path.join(SEEDS, f), 'utf8');
    for (const m of text.matchAll(/[“"]([^”"\n]{20,400})[”"]/g)) quoted.push(m[1].trim());
    const noQuotes = text.replace(/[“"][^”"\n]*[”"]/g, ' ');
    for (const s of noQuotes.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const t = s.replace(/\s+/g, ' ').trim();
      if (t.length >= 40 && t.length <= 300 && /[.!?]$/.test(t)) plain.push(t);
    }
  }
  return { plain, quoted };
}

function makeArticle(r, seeds, index) {
  const syll = () => r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS);
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const person = (country) => {
    const first = cap(syll() + (r.chance(0.6) ? syll() : ''));
    const last = cap(syll() + (r.chance(0.5) ? syll() : '') + r.pick(SURNAME_ENDINGS));
    return { first, last, full: `${first} ${last}`, role: r.pick(ROLES), country };
  };
  const [c1, c2] = (() => {
    const a = r.pick(COUNTRIES);
    let b = r.pick(COUNTRIES);
    while (b === a) b = r.pick(COUNTRIES);
    return [a, b];
  })();
  const host = person(c1);
  const guest = person(c2);
  const city = r.chance(0.7) ? c1[2] : c2[2];
  const year = 2010 + r.int(15);
  const month = r.int(12);
  const day = 1 + r.int(28);
  const weekday = r.pick(WEEKDAYS);
  const curly = r.chance(0.6);
  const [oq, cq] = curly ? ['“', '”'] : ['"', '"'];
  const dateText = r.pick([`${day} ${MONTHS[month]}`, `${MONTHS[month]} ${day}`, `${MONTHS[month]} ${day}, ${year}`, `on ${weekday}`]);
  const on = dateText.startsWith('on ') ? dateText : `on ${dateText}`;
  const topics = [];
  while (topics.length < 2 + r.int(3)) {
    const t = r.pick(TOPICS);
    if (!topics.includes(t)) topics.push(t);
  }
  const quote = () => {
    const parts = [r.pick(QUOTE_OPENERS) + '.'];
    const n = 1 + r.int(3);
    for (let i = 0; i < n && seeds.quoted.length; i++) parts.push(r.pick(seeds.quoted).replace(/[,.]$/, '.'));
    return parts.join(' ').replace(/\.\./g, '.');
  };
  const said = (p, first) => {
    const who = first ? `${p.country[1]} ${p.role} ${p.full}` : r.pick([p.last, p.full, r.pick(DESCRIPTIONS), `the ${p.country[1]} ${p.role.toLowerCase()}`]);
    const verb = r.pick(SPEECH_VERBS);
    const q = quote();
    switch (r.int(4)) {
      case 0:
        return `${oq}${q}${cq.replace(/^/, '')}, ${who} ${verb}.`.replace(`.${cq},`, `,${cq}`);
      case 1:
        return `${cap(who)} ${verb}: ${oq}${q}${cq}`;
      case 2:
        return `${oq}${q.split('. ')[0]},${cq} ${verb.split(' ')[0]} ${who}. ${oq}${q.split('. ').slice(1).join('. ') || 'We will see.'}${cq}`;
      default:
        return `According to ${who}, ${topics[0]} was discussed in detail. ${oq}${q}${cq}`;
    }
  };
  const title = r.pick([
    `${host.role} ${host.full} meets ${c2[1]} ${guest.role.toLowerCase()}`,
    `${c1[0]}, ${c2[0]} discuss ${topics[0]}`,
    `Meeting with ${guest.role} of ${c2[0]} ${guest.full}`,
    `${guest.last} visits ${city} for talks on ${topics[1] ?? topics[0]}`,
  ]);
  const dateline = r.chance(0.5) ? `${city.toUpperCase()}, ${MONTHS[month]} ${day} (${r.pick(AGENCIES)}) - ` : '';
  const lead =
    `${dateline}${c1[1]} ${host.role} ${host.full} and ${c2[1]} ${guest.role} ${guest.full} met in ${city} ${on} ` +
    `to discuss ${topics.slice(0, -1).join(', ')} and ${topics[topics.length - 1]}.`;
  const paragraphs = [lead];
  const body = 3 + r.int(7);
  for (let i = 0; i < body; i++) {
    const roll = r.next();
    if (roll < 0.45) paragraphs.push(said(r.chance(0.5) ? host : guest, i === 0));
    else if (roll < 0.75 && seeds.plain.length) paragraphs.push([r.pick(seeds.plain), r.pick(seeds.plain)].join(' '));
    else if (roll < 0.9) paragraphs.push(`The sides also discussed ${r.pick(TOPICS)} and agreed to hold the next round of consultations in ${r.pick(COUNTRIES)[2]} in ${MONTHS[(month + 1 + r.int(6)) % 12]}.`);
    else paragraphs.push(`${host.last} invited ${guest.last} to take part in the forum that will take place on ${1 + r.int(28)} ${MONTHS[(month + 2) % 12]}, ${r.pick(AGENCIES)} reported.`);
  }
  paragraphs.push(`Article ${index + 1}. ${r.pick(AGENCIES)}, ${year}.`);

  const layout = r.int(10);
  if (layout < 5) return `${title}\n\n${paragraphs.join('\n\n')}\n`;
  if (layout < 7) return `${title}\n${paragraphs.map((p) => wrap(p, 68 + r.int(10))).join('\n')}\n`;
  if (layout < 9) return `${title}\n\n  • 1\n${title}\n\n${lead}\n\n${paragraphs.join('\n\n')}\n\nShare\nPrint\n`;
  const turns = paragraphs.slice(1, 4).map((p, i) => `${(i % 2 ? guest : host).last.toUpperCase()}: ${p}`);
  return `${title}\n\n${lead}\n\n${turns.join('\n\n')}\n\n${paragraphs.slice(4).join('\n\n')}\n`;
}

function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Writes the corpus; returns { files, bytes }. */
export function makeCorpus({ out, docs, seed = 1, perFolder = 1000 }) {
  const r = prng(seed);
  const seeds = loadSeedSentences();
  let bytes = 0;
  const width = String(Math.max(0, docs - 1)).length;
  for (let i = 0; i < docs; i++) {
    const folder = path.join(out, `part-${String(Math.floor(i / perFolder)).padStart(3, '0')}`);
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    const text = makeArticle(r, seeds, i);
    const file = path.join(folder, `article-${String(i).padStart(width, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: docs, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.out) {
    console.error('usage: node scripts/make-corpus.mjs --out DIR [--docs 10000] [--seed 1] [--per-folder 1000]');
    process.exit(args.help ? 0 : 2);
  }
  const t = Date.now();
  const { files, bytes } = makeCorpus(args);
  console.error(`wrote ${files} articles, ${(bytes / 1e6).toFixed(1)} MB, to ${args.out} in ${Date.now() - t} ms`);
}
