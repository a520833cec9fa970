// Meetings from documents: reports of the same meeting merged into one.
//
// Two reports are of the same meeting when their participants agree (the same surnames: all of
// them when both name two or more), their dates do not conflict (both known and different:
// different meetings, however alike; a weekday that does not fall on the other's full date),
// their places do not conflict (two cities are two meetings, unless the day and every participant
// agree: a summit's city and the house where they met; a report titled as a phone call and one that places the meeting in
// a city are two too, unless both give the same day), and, when a date is missing on one side ("today" with no
// reference date), they share distinctive content, not just the two names and generic words:
// the same topics, other people, other dates ("the summit on 31 May"), numbers, names in topics
// and quotes, the same quoted words, or a weekday that falls on the other's date (which is enough
// on its own when both name the same city); or the undated report was published on the other's day
// (or the day after) and names the same people, all of them. A report is written on or after its meeting's day and within
// REPORT_DAYS of it: a report published in November does not tell of a meeting dated the May before, nor two
// undated reports published months apart of one meeting (`published`, the report's dateline or publication line).
// An undated report of every one of a dated meeting's people, in its city, needs only wording in common when it
// was not written at another time. A name written in both orders ("Kenji Morimoto",
// "Morimoto Kenji") is one participant; so is a family name written first and alone in another report
// ("Xi Jinping", "Xi"), when it opens no other full name in the corpus. Two reports of two people or more that each
// name someone the other does not ("A met B", "A met C" the same day) are two meetings, whatever report of all three
// would join them. Nor is a report titled as a bilateral meeting of two people the same meeting as a report of three or
// more not titled so (their talks on the margins of the summit).
// Reports with a known date are grouped first; undated ones then join the closest compatible
// meeting, or each other. A merged meeting takes the fullest date, the first known place, every
// participant and every topic once.
//
// Cost: reports are only compared with reports that share a participant surname (a dated report
// only with meetings of its own day), and each report with at most MAX_CANDIDATES earlier
// meetings, so a large corpus stays near linear. The same facts let the merge run one block of the
// corpus at a time (partition.ts).
//
// Known misses: a report that names only one side of the meeting is merged only when the other
// side agrees on that one person; two meetings of the same people on the same day are one; an
// undated report that retells a meeting in other words (no shared topics, names or quotes)
// stays apart; so does one that names no city or another; and an undated report that says when it was only in its
// words ("for the second time this year") joins the same people's one dated meeting in its city.

import { calendarOf, type DocumentRecord, type MeetingRecord, type Participant, type PartialDate } from '../model.js';
import { normalizeTopic } from '../extract/agenda.js';
import { dayWords } from '../extract/dates.js';
import { findCountry, withoutAccents } from '../rules/countries.js';
import { MONTHS, WEEKDAYS } from '../rules/dates.js';
import { BILATERAL_TITLE_PATTERN, CALL_TITLE_PATTERN } from '../rules/meeting-words.js';
import { GENERATIONS } from '../rules/titles.js';
import { matchesOf } from '../text/matches.js';

const MAX_CANDIDATES = 200;
/** Share of wording two undated reports must have in common to be the same meeting. */
const MIN_SIMILARITY = 0.12;
/**
 * Evidence an undated report needs to join a meeting: shared topics, other people, other dates,
 * numbers and quoted words count 2 each, shared names and word pairs from topics and quotes 1, a
 * weekday that falls on the meeting's date 2; and the shared part must be a fair share of the
 * smaller side, unless the weekday fits or the evidence is three times the minimum.
 */
const MIN_EVIDENCE = 5;
const MIN_EVIDENCE_SHARE = 0.15;
/** Characters at the top of a report that hold its dateline or publication line. */
const TOP_OF_REPORT = 300;
/** The most days a report is written after the meeting it tells of (and it may be dated a day before, across time zones). */
const REPORT_DAYS = 31;

interface Cluster {
  docs: DocumentRecord[];
  keys: Set<string>;
  /** Month and day of a meeting formed in the pass over dated reports ("5-16"); null for one formed by undated reports. */
  day: string | null;
  date: PartialDate | null;
  location: string | null;
  /** Wording and distinctive content of the reports, worked out only when another report is compared. */
  words: Set<string> | null;
  marks: Set<string> | null;
  /** The earliest and latest day (day numbers) its reports say they were written, or null when none says. */
  written: [number, number] | null;
  /** How many participants each of its reports names, or -1 when they differ. */
  size: number;
  /** One of its reports is titled as a bilateral meeting of two people; one names three or more (sideOf). */
  two: boolean;
  many: boolean;
  /** Each report's people (the keys each answers to) and all their keys. */
  members: Members[];
}

/** A cluster's days of writing with one more report's. */
function withWritten(w: [number, number] | null, d: DocumentRecord): [number, number] | null {
  const day = dayNumber(d.published);
  if (day === null) return w;
  return w ? [Math.min(w[0], day), Math.max(w[1], day)] : [day, day];
}

/** A cluster's wording, worked out the first time a report is compared with it. */
function clusterWords(c: Cluster): Set<string> {
  if (!c.words) {
    c.words = new Set();
    for (const d of c.docs) for (const w of wording(d)) c.words.add(w);
  }
  return c.words;
}

/** A cluster's distinctive content, needed only when a report without a day is compared. */
function clusterMarks(c: Cluster): Set<string> {
  if (!c.marks) {
    c.marks = new Set();
    for (const d of c.docs) for (const m of distinctive(d, participantKeys(d.participants))) c.marks.add(m);
  }
  return c.marks;
}

/** One record per meeting, in the order of each meeting's first report. */
export function mergeMeetings(documents: DocumentRecord[]): MeetingRecord[] {
  return clusterMeetings(documents, nameOrderKeys(participantNames(documents)), new Set());
}

/**
 * The keys a report is found by: each participant's surname (see participantKey) and, for a name
 * the corpus writes in both orders or spells two ways, the shared key from the name table. Two
 * reports can only be of one meeting when they share one of these (sameMeeting needs a shared key).
 */
export function reportKeys(d: DocumentRecord, orderKey: NameTable): Set<string> {
  // A name written in both orders gets the shared key as well as its own surname's, so a report
  // naming only "Morimoto" still finds "Kenji Morimoto".
  return new Set(d.participants.flatMap((p) => [participantKey(p.name), orderKey.get(nameWords(p.name)) ?? participantKey(p.name)]));
}

/** A report's people, each with the keys it answers to, and the report's keys. */
interface Members {
  people: string[][];
  keys: Set<string>;
}

/**
 * The keys a participant may answer to in another report: the surname's, the shared key of a name written in both
 * orders, and each word of the name ("Morimoto Kenji" is "Morimoto" in a report that gives the surname alone).
 */
function personKeys(name: string, orderKey: NameTable): string[] {
  const out = new Set([participantKey(name), ...name.split(/\s+/).map(participantKey)]);
  const shared = orderKey.get(nameWords(name));
  if (shared) out.add(shared);
  return [...out];
}

const MAX_MEMBERS = 16;

/** Two reports naming the same people. */
function sameCast(a: Members, b: Members): boolean {
  return a.keys.size === b.keys.size && [...a.keys].every((k) => b.keys.has(k));
}

/** Two reports of two people or more, each naming someone the other does not (by none of that person's keys). */
function crossed(a: Members, b: Members): boolean {
  if (a.people.length < 2 || b.people.length < 2) return false;
  const missing = (x: Members, y: Members) => x.people.some((keys) => !keys.some((k) => y.keys.has(k)));
  return missing(a, b) && missing(b, a);
}

/** The month and day of a report's meeting ("5-16"), or null when it gives no day. */
export function reportDay(d: DocumentRecord): string | null {
  const day = d.date && calendarOf(d.date);
  return day && day.month !== null && day.day !== null ? `${day.month}-${day.day}` : null;
}

/** Every participant name of the documents, once each: what nameOrderKeys reads. */
export function participantNames(documents: Iterable<DocumentRecord>): Set<string> {
  const out = new Set<string>();
  for (const d of documents) for (const p of d.participants) out.add(p.name);
  return out;
}

/**
 * The meetings of `documents`, given in the corpus's order, with the name table of the whole
 * corpus; `used` holds meeting ids already given out, and a repeated id is numbered ("-2"); with
 * `used` null every meeting keeps its id's stem, to be numbered later in the corpus's order
 * (numberMeetingId). Called on the whole corpus by mergeMeetings,
 * and on one block of it at a time by the partitioned merge (see partition.ts), which relies on
 * two facts: a report is compared only with meetings that hold one of its keys, and (in the pass
 * over dated reports) only with meetings of its own day.
 */
export function clusterMeetings(documents: DocumentRecord[], orderKey: NameTable, used: Set<string> | null): MeetingRecord[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster[]>();
  // Dated reports look only at meetings of their own day: any other day conflicts, and a busy
  // person's meetings on other days must not crowd the right one out of MAX_CANDIDATES.
  const byDayKey = new Map<string, Cluster[]>();
  const index = (c: Cluster, keys: Iterable<string>) => {
    for (const k of keys) {
      push(byKey, k, c);
      if (c.day !== null) push(byDayKey, c.day + '\0' + k, c);
    }
  };
  const place = (d: DocumentRecord, dated: boolean) => {
    const keys = reportKeys(d, orderKey);
    const persons: Members = { people: d.participants.map((p) => personKeys(p.name, orderKey)), keys };
    const day = dated ? reportDay(d) : null;
    const found = day !== null ? candidates(byDayKey, [...keys].map((k) => day + '\0' + k)) : candidates(byKey, keys);
    // Most reports share their participants with no earlier one: their wording is never needed,
    // and distinctive content only matters when one side has no day.
    const words = found.length ? wording(d) : null;
    let marks: Set<string> | null = null;
    const marksOf = () => (marks ??= distinctive(d, keys));
    let best: Cluster | null = null;
    let bestScore = 0;
    const inCity: Cluster[] = [];
    for (const c of found) {
      // "Biden met Yoon" and "Biden met Kishida" the same day are two meetings, whatever else joins them (a report of
      // the three together): two reports of two people or more, each naming someone the other does not.
      if (c.members.some((m) => crossed(m, persons))) continue;
      // A bilateral meeting's two leaders and the summit of three that they attend the same day are two meetings.
      if (bilateralApart(c, d, persons)) continue;
      const score = sameMeeting(c, d, keys, words!, marksOf, dated);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      } else if (score === 0 && !dated && sameCityMeeting(c, d, keys, words!)) inCity.push(c);
    }
    // An undated report with nothing stronger joins the one dated meeting of all its people in its city (of two such
    // meetings, neither: it could be either).
    if (!best && inCity.length === 1) best = inCity[0];
    if (best) {
      best.docs.push(d);
      // (its distinct casts of people only, and a few: a meeting told by a thousand reports is checked in bounded time)
      if (best.members.length < MAX_MEMBERS && !best.members.some((m) => sameCast(m, persons))) best.members.push(persons);
      const added = [...keys].filter((k) => !best.keys.has(k));
      for (const k of added) best.keys.add(k);
      for (const w of words!) clusterWords(best).add(w);
      // Cluster marks are filled from all its reports when first needed; only keep them current.
      if (best.marks) for (const m of marksOf()) best.marks.add(m);
      best.date = fuller(best.date, d.date);
      best.written = withWritten(best.written, d);
      if (best.size !== d.participants.length) best.size = -1;
      best.location ??= d.location;
      const side = sideOf(d, persons);
      best.two ||= side === 'two';
      best.many ||= side === 'many';
      index(best, added);
    } else {
      const side = sideOf(d, persons);
      const c: Cluster = { docs: [d], keys, day, date: d.date, location: d.location, words, marks, written: withWritten(null, d), size: d.participants.length, members: [persons], two: side === 'two', many: side === 'many' };
      clusters.push(c);
      index(c, keys);
    }
  };
  for (const d of documents) if (hasDay(d.date)) place(d, true);
  for (const d of documents) if (!hasDay(d.date)) place(d, false);

  const order = new Map(documents.map((d, i) => [d.id, i]));
  clusters.sort((a, b) => (order.get(a.docs[0].id) ?? 0) - (order.get(b.docs[0].id) ?? 0));
  return clusters.map((c) => {
    c.docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const participants = mergeParticipants(c.docs, orderKey);
    const record: MeetingRecord = {
      id: '',
      date: c.date,
      location: c.location,
      participants,
      agenda: mergeAgenda(c.docs),
      documents: c.docs.map((d) => d.id),
    };
    record.id = used ? uniqueId(meetingId(record, c.docs[0].id), used) : meetingId(record, c.docs[0].id);
    return record;
  });
}

function push(map: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function candidates(byKey: Map<string, Cluster[]>, keys: Iterable<string>): Cluster[] {
  const out = new Set<Cluster>();
  for (const k of keys) {
    const list = byKey.get(k) ?? [];
    for (let i = list.length - 1; i >= 0 && out.size < MAX_CANDIDATES; i--) out.add(list[i]);
  }
  return [...out];
}

/** A score above 0 when the report can be of the cluster's meeting; higher is likelier. */
function sameMeeting(c: Cluster, d: DocumentRecord, keys: Set<string>, words: Set<string>, marksOf: () => Set<string>, dated: boolean): number {
  let shared = 0;
  for (const k of keys) if (c.keys.has(k)) shared++;
  const need = Math.min(2, keys.size, c.keys.size);
  if (shared === 0 || shared < need) return 0;
  const dateFit = compareDates(c.date, d.date);
  if (dateFit === 'conflict') return 0;
  // Two places are two meetings, unless the day and every participant agree: then one report named the summit's city
  // ("met on the margins of the Quad summit in Wilmington"), the other the house where they met (Greenville).
  // (two people at least, and a full date on both sides: a day without a year may be another year's)
  const allAgree = dateFit === 'same' && dated && keys.size >= 2 && shared === keys.size && shared === c.keys.size && !!c.date && calendarOf(c.date).year != null && !!d.date && calendarOf(d.date).year != null;
  if (c.location && d.location && !samePlace(c.location, d.location) && !allAgree) return 0;
  // A phone call and a meeting held in a city are two meetings: "Readout of the President’s Call with X" the day before
  // the undated remarks of the two in Madrid. (With the same day on both sides, the city is likelier a dateline's.)
  if (dateFit !== 'same' && ((d.location && c.docs.some(isCallReport)) || (c.location && isCallReport(d)))) return 0;
  const similarity = jaccard(clusterWords(c), words);
  const people = shared / Math.max(keys.size, c.keys.size);
  if (dateFit === 'same' && dated) return 1 + people + similarity;
  // One side has no day: sharing the participants and generic words is not enough; it takes
  // distinctive content in common (topics, other people, dates, numbers, names), and a weekday
  // must fall on the meeting's date, and each report must have been written soon after it.
  const weekday = weekdayFit(c.date, d.date);
  if (weekday === 'conflict' || !writtenInTime(c, d)) return 0;
  // Published on the meeting's day (or the day after), of all its people and no others: the transcript of the
  // leaders' remarks before their talks, and the readout of those talks.
  // (the meeting of its own day first: of two meetings of the same people on consecutive days, a report written on the
  // second is of the second)
  const onTheDay = keys.size >= 2 && shared === keys.size && shared === c.keys.size ? publishedOnTheDay(c, d) : 0;
  if (onTheDay) return onTheDay + people + similarity;
  // The same people, in the same city, on a weekday that falls on the meeting's date: the same
  // meeting, however differently the two reports tell it.
  if (weekday === 'same' && c.location && d.location && similarity >= MIN_SIMILARITY / 2) return people + similarity + 0.05;
  if (similarity < MIN_SIMILARITY) return 0;
  let evidence = weekday === 'same' ? 2 : 0;
  let common = 0;
  const marks = marksOf();
  const theirs = clusterMarks(c);
  for (const m of marks) {
    if (!theirs.has(m)) continue;
    common++;
    evidence += m.startsWith('name:') || m.startsWith('pair:') ? 1 : 2;
  }
  const share = common / Math.max(1, Math.min(marks.size, theirs.size));
  if (evidence < MIN_EVIDENCE) return 0;
  if (share < MIN_EVIDENCE_SHARE && weekday !== 'same' && evidence < 3 * MIN_EVIDENCE) return 0;
  return people + similarity + evidence / 100;
}

/**
 * One side is a report titled as a bilateral meeting of two people and the other a report of three people or more not
 * titled so: a meeting of two on the margins of the summit the other tells of.
 */
function bilateralApart(c: Cluster, d: DocumentRecord, persons: Members): boolean {
  const side = sideOf(d, persons);
  return (side === 'two' && c.many) || (side === 'many' && c.two);
}

/**
 * 'two': a report titled as a bilateral meeting that names two people; 'many': one of three people or more not titled
 * so (a bilateral's readout may name a minister beside the two leaders); null otherwise.
 */
function sideOf(d: DocumentRecord, persons: Members): 'two' | 'many' | null {
  const bilateral = BILATERAL_TITLE_PATTERN.test(d.title);
  if (bilateral && persons.people.length === 2) return 'two';
  return !bilateral && persons.people.length >= 3 ? 'many' : null;
}

/** A report whose title names a phone or video call (its place is null: see findMeetingPlace). */
function isCallReport(d: DocumentRecord): boolean {
  return CALL_TITLE_PATTERN.test(d.title);
}

/**
 * `d`, an undated report, names every one of the people of `c`, a dated meeting, and its city, shares some of its
 * wording, and was not written at another time as far as the reports say. Whether it joins also depends on the other
 * meetings it could join (see place in clusterMeetings).
 */
function sameCityMeeting(c: Cluster, d: DocumentRecord, keys: Set<string>, words: Set<string>): boolean {
  if (!hasDay(c.date) || hasDay(d.date) || !c.location || !d.location || !samePlace(c.location, d.location)) return false;
  // (every person of the report found in the meeting, and as many people in each of its reports: a name written in
  // both orders gives the meeting two keys for one person)
  if (d.participants.length < 2 || [...keys].some((k) => !c.keys.has(k))) return false;
  if (c.size !== d.participants.length) return false;
  // ("PARIS, Oct 2 (Reuters) -" over a meeting of 22 January: a day of another month atop the report is another time)
  if (d.dates.some((x) => x.start < TOP_OF_REPORT && calendarOf(x).month !== null && calendarOf(x).month !== calendarOf(c.date!).month)) return false;
  if (weekdayFit(c.date, d.date) === 'conflict' || !writtenInTime(c, d)) return false;
  return jaccard(clusterWords(c), words) >= MIN_SIMILARITY;
}

/**
 * The reports of `c` and `d` could all have been written soon after one meeting: none is dated before the meeting's day
 * (a day's grace) or more than REPORT_DAYS after it, nor, when neither side gives the day, REPORT_DAYS apart from
 * another. True when the reports do not say when they were written.
 */
function writtenInTime(c: Cluster, d: DocumentRecord): boolean {
  const day = hasDay(c.date) ? c.date : hasDay(d.date) ? d.date : null;
  const written = withWritten(c.written, d);
  if (!written) return true;
  const [first, last] = written;
  if (!day) return last - first <= REPORT_DAYS;
  const met = meetingDay(day, last);
  return first >= met - 1 && last - met <= REPORT_DAYS;
}

/**
 * `d`, a report that gives no day for its meeting, was published on the day of `c`'s meeting (3) or the day after (2),
 * else 0: a weight above any other evidence, the same day above the day before.
 */
function publishedOnTheDay(c: Cluster, d: DocumentRecord): number {
  const published = dayNumber(d.published);
  if (published === null || !hasDay(c.date) || hasDay(d.date)) return 0;
  const met = meetingDay(c.date!, published);
  return published === met ? 3 : published === met + 1 ? 2 : 0;
}

/** The day number (days since 1970) of "YYYY-MM-DD", or null. */
function dayNumber(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000 : null;
}

/** The day number of a meeting's day; without a year, the year that puts it on or before `written` (a day's grace). */
function meetingDay(given: PartialDate, written: number): number {
  const date = calendarOf(given);
  const at = (y: number) => Date.UTC(y, date.month! - 1, date.day!) / 86_400_000;
  if (date.year !== null) return at(date.year);
  const year = new Date(written * 86_400_000).getUTCFullYear();
  return at(year) <= written + 1 ? at(year) : at(year - 1);
}

/** Two spellings of one place: "Brasília" and "Brasilia", whatever the case and accents. */
function samePlace(a: string, b: string): boolean {
  return withoutAccents(a).toLowerCase() === withoutAccents(b).toLowerCase();
}

/** A weekday-only date against a full one ("Thursday" fits 2023-10-05, a Thursday), or two weekday-only dates. */
function weekdayFit(a: PartialDate | null, b: PartialDate | null): 'same' | 'unknown' | 'conflict' {
  // "on Tuesday" in both, neither pinned to a calendar: the same day named, as far as they say;
  // "on Tuesday" and "on Friday": two days.
  const dayName = (x: PartialDate | null) => (x && !hasDay(x) ? dayWords(x.text).split(/\s+/).pop() ?? '' : '');
  if (dayName(a) in WEEKDAYS && dayName(b) in WEEKDAYS) return dayName(a) === dayName(b) ? 'same' : 'conflict';
  const full = a?.iso ? a : b?.iso ? b : null;
  const other = full === a ? b : a;
  if (!full?.iso || !other || hasDay(other)) return 'unknown';
  const name = dayWords(other.text).split(/\s+/).pop() ?? '';
  if (!(name in WEEKDAYS)) return 'unknown';
  const [y, m, d] = full.iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() === WEEKDAYS[name] ? 'same' : 'conflict';
}

const CAPITALISED = /\p{Lu}[\p{L}-]{2,}(?:\s+(?:of\s+|de\s+|es\s+)?\p{Lu}[\p{L}-]{2,}){0,4}/gu;
const NUMBER = /\b\d[\d.,]*\d\b|\b\d\b/g;
const GENERIC_CAPS = new Set(
  'the a an in on at to for and or with by from as it its this that these those we you he she they but also mr ms mrs dr president minister foreign prime secretary today yesterday according however our their his her'.split(' '),
);

/**
 * What a report says that another report of a different meeting of the same people would not:
 * topics, other people, other dates, numbers, and names and third countries in topics and quotes. Participants,
 * their countries and sentence-initial function words are left out.
 */
function distinctive(d: DocumentRecord, participants: Set<string>): Set<string> {
  const out = new Set<string>();
  // The participants' own countries are in every report of them; a third country they talked about is not. (Only when
  // every participant's country is known: "Macron and Zelensky" with no titles leaves Ukraine a third country.)
  const ownCountries = d.participants.every((p) => p.country && findCountry(p.country)) ? new Set(d.participants.map((p) => findCountry(p.country!)!.name)) : null;
  const names = (t: string) => {
    for (const m of matchesOf(CAPITALISED, t.slice(0, 5000))) {
      const k = m[0].toLowerCase();
      const first = k.split(/\s+/)[0];
      if (GENERIC_CAPS.has(first) && !k.includes(' ')) continue;
      const country = findCountry(m[0]);
      if (country && ownCountries && !ownCountries.has(country.name)) out.add('country:' + country.name);
      if (k in WEEKDAYS || k in MONTHS || country || [...participants].some((p) => k.includes(p))) continue;
      out.add('name:' + k);
    }
    for (const m of matchesOf(NUMBER, t.slice(0, 5000))) if (!/^(?:19|20)\d\d$/.test(m[0])) out.add('num:' + m[0]);
  };
  for (const a of d.agenda.slice(0, 100)) {
    names(a.text);
    const key = normalizeTopic(a.text);
    out.add('topic:' + key);
    // "cocoa smuggling across the frontier" and "cocoa smuggling": adjacent content words.
    const ws = key.split(' ').filter((w) => w.length > 2 && !STOP.has(w));
    for (let i = 0; i + 1 < ws.length && i < 12; i++) out.add(`pair:${ws[i]} ${ws[i + 1]}`);
  }
  for (const q of d.quotes.slice(0, 200)) {
    names(q.text);
    // The same words quoted in both: four content words in a row, at most a few per quote.
    const ws = (q.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)).slice(0, 40);
    for (let i = 0; i + 3 < ws.length; i += 2) out.add('quote:' + ws.slice(i, i + 4).join(' '));
  }
  for (const p of d.people.slice(0, 100)) {
    const k = participantKey(p.name);
    if (p.type === 'person' && !participants.has(k)) out.add('person:' + k);
  }
  const own = d.date && calendarOf(d.date);
  for (const written of d.dates.slice(0, 100)) {
    const x = calendarOf(written);
    if (x.month !== null && x.day !== null && !(own && x.month === own.month && x.day === own.day)) out.add(`date:${x.month}-${x.day}`);
  }
  return out;
}

function compareDates(p: PartialDate | null, q: PartialDate | null): 'same' | 'unknown' | 'conflict' {
  if (!hasDay(p) || !hasDay(q)) return 'unknown';
  const [a, b] = [calendarOf(p!), calendarOf(q!)];
  if (a.month !== b.month || a.day !== b.day) return 'conflict';
  if (a.year !== null && b.year !== null && a.year !== b.year) return 'conflict';
  return 'same';
}

/** The date names a day: the text's own, or the one "on Monday" was resolved to. */
function hasDay(d: PartialDate | null): boolean {
  return !!d && calendarOf(d).month !== null && calendarOf(d).day !== null;
}

/** The date that tells more: a full date over a day and month over a weekday. */
function fuller(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  // (a day the text writes out over the same day resolved from "on Monday": whichever report comes first)
  const rank = (d: PartialDate | null) =>
    !d ? 0 : (d.iso ? 16 : 0) + (calendarOf(d).day !== null ? 8 : 0) + (calendarOf(d).month !== null ? 4 : 0) + (d.month !== null ? 2 : 0) + 1;
  return rank(b) > rank(a) ? b : a;
}

// (the generations the people index shows with a name, in the lower case of a key's words)
const GENERATION = new RegExp(`^(?:${GENERATIONS.join('|').toLowerCase()})$`);

/** Lower-case surname of a person ("Aleksandr Lukashenko" and "Alexander Lukashenko" agree), or a body's words. */
export function participantKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}'-]+/gu) ?? [];
  // ("Joseph R. Biden Jr" is Biden: a generation is no surname)
  while (words.length > 1 && GENERATION.test(words[words.length - 1])) words.pop();
  if (!words.length) return name.toLowerCase();
  const looksLikeBody = /\b(?:ministry|government|council|commission|office|agency|committee|parliament|kremlin|department|delegation)\b/.test(words.join(' '));
  // "Amir-Abdollahian" and "Amirabdollahian" are one surname.
  return looksLikeBody ? words.join(' ') : words[words.length - 1].replace(/['-]/g, '');
}

/**
 * A name's words in a fixed order: "Morimoto Kenji" and "Kenji Morimoto", "Pak Ui-chun" and "Pak Ui Chun" give the same
 * (with `sorted` false, in the name's own order).
 */
function nameWords(name: string, sorted = true): string {
  const words =
    name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}']+/gu) ?? [];
  return (sorted ? words.sort() : words).join(' ');
}

/** Participant names to one shared key, where the corpus writes a name in two ways (see nameOrderKeys). */
export type NameTable = Map<string, string>;

/**
 * One key for a name the corpus writes in both orders ("Kenji Morimoto" in one outlet, "Morimoto
 * Kenji" in another, as Japanese, Chinese, Korean and Hungarian names are), where the last word
 * alone would give two. Depends only on the set of participant names, never on the order of the
 * documents, so a merge that reads the corpus in pieces builds the same table.
 */
export function nameOrderKeys(names: Iterable<string>, surnamesOf?: (given: string) => number): NameTable {
  const sorted = [...new Set(names)].sort();
  const facts = sorted.map((name) => ({ name, ...nameFacts(name) }));
  const lasts = new Map<string, Set<string>>();
  for (const { words, key } of facts) {
    if (words === null) continue;
    const set = lasts.get(words) ?? new Set<string>();
    set.add(key);
    lasts.set(words, set);
  }
  const out = new Map<string, string>();
  for (const [words, keys] of lasts) if (keys.size > 1) out.set(words, [...keys].sort()[0]);
  // One letter apart with the same given name ("Zakia Ighil" in one outlet, "Zakia Igil" in another), or one name with
  // a second surname ("Gustavo Petro" and "Gustavo Petro Urrego"): one person written two ways. Compared within a
  // given name only, so the cost stays near linear.
  const byGiven = new Map<string, Map<string, string>>();
  // (each name's words as written, for the order a second surname needs)
  const written = new Map<string, string>();
  for (const { name, given, key } of facts) {
    if (given === null) continue;
    const surnames = byGiven.get(given) ?? new Map<string, string>();
    const words = nameWords(name);
    surnames.set(key, words);
    byGiven.set(given, surnames);
    if (!written.has(words)) written.set(words, nameWords(name, false));
  }
  // A family name written first, and alone in another report ("Xi Jinping" … "Xi"; "Wang Yi" … "Wang"): the
  // full name's first word is a key of it too, when it opens no other full name ("Tan Weiming" and "Tan Guolin"
  // leave "Tan" to neither).
  const singles = new Set(facts.filter((f) => f.words === null).map((f) => f.key));
  // (counted as surnamesOf counts, the surnames a given name has, so one run and --partition agree)
  for (const { words, key, given } of facts) {
    if (words === null || given === null || given === key || !singles.has(given) || out.has(words)) continue;
    if ((surnamesOf ? surnamesOf(given) : byGiven.get(given)?.size) === 1) out.set(words, given);
  }
  for (const given of [...byGiven.keys()].sort()) {
    const surnames = byGiven.get(given)!;
    // How many surnames the given name has in the whole corpus: the caller says, when it passes
    // only the names that can matter (see partition.ts).
    const count = surnamesOf ? surnamesOf(given) : surnames.size;
    if (count < 2 || count > 50) continue;
    const keys = [...surnames.keys()].sort();
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [wi, wj] = [surnames.get(keys[i]) ?? '', surnames.get(keys[j]) ?? ''];
        const [si, sj] = [written.get(wi) ?? '', written.get(wj) ?? ''];
        if (!(keys[i].length >= 4 && withinOneEdit(keys[i], keys[j])) && !secondSurname(si, sj) && !secondSurname(sj, si)) continue;
        const canonical = out.get(wi) ?? keys[i];
        out.set(wi, canonical);
        out.set(wj, canonical);
      }
  }
  return out;
}

/**
 * What nameOrderKeys reads of a name: its words in a fixed order when it has two or more (else
 * null), its key (participantKey), and its given name (the first word of two or more, else null).
 * A name can change the table only through a group of names with the same words and two keys,
 * or a given name with 2 to 50 surnames.
 */
export function nameFacts(name: string): { words: string | null; key: string; given: string | null } {
  const words = nameWords(name);
  const letters = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return { words: words.includes(' ') ? words : null, key: participantKey(name), given: letters.length >= 2 && letters[0] ? letters[0] : null };
}

/**
 * "Gustavo Petro" and "Gustavo Petro Urrego": the longer name is the shorter, of two words or more, with one more word
 * of four letters or more after it, a second surname (Spanish and Portuguese names carry both parents'). Reads each
 * name's words as written (nameWords(name, false)). It cannot tell a given name written alone from a surname: "Juan
 * Carlos" and "Juan Carlos Varela" are one person to it too, within one given name's names.
 */
function secondSurname(short: string, long: string): boolean {
  if (!short.includes(' ') || !long.startsWith(short + ' ')) return false;
  const extra = long.slice(short.length + 1);
  return extra.length >= 4 && !extra.includes(' ');
}

/** True when one letter inserted, deleted or changed turns a into b. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

function participantKeys(ps: Participant[]): Set<string> {
  return new Set(ps.map((p) => participantKey(p.name)));
}

const STOP = new Set(
  'the a an of in on at to for and or with by from as its it their our this that these those is are was were be been have has had we you i he she they not but also which who will would can could all any some there'.split(
    ' ',
  ),
);

/** Content words of what the report says: topics, quotes, headline, people and other dates it names. */
function wording(d: DocumentRecord): Set<string> {
  const out = new Set<string>();
  const addText = (t: string) => {
    const ws = t.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
    for (const w of ws.slice(0, 3000)) if (!STOP.has(w)) out.add(w.replace(/(?<=...)s$/, ''));
  };
  addText(d.title);
  for (const a of d.agenda) addText(a.text);
  for (const q of d.quotes.slice(0, 200)) addText(q.text);
  for (const p of d.people.slice(0, 100)) out.add('person:' + participantKey(p.name));
  for (const written of d.dates.slice(0, 100)) {
    const x = calendarOf(written);
    if (x.month !== null && x.day !== null) out.add(`date:${x.month}-${x.day}`);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) common++;
  return common / (a.size + b.size - common);
}

function mergeParticipants(docs: DocumentRecord[], orderKey: NameTable): Participant[] {
  const byKey = new Map<string, Participant>();
  for (const d of docs)
    for (const p of d.participants) {
      const k = orderKey.get(nameWords(p.name)) ?? participantKey(p.name);
      const had = byKey.get(k);
      if (!had) byKey.set(k, { ...p });
      else {
        if (p.name.length > had.name.length) had.name = p.name;
        had.role ??= p.role;
        had.country ??= p.country;
      }
    }
  return [...byKey.values()];
}

function mergeAgenda(docs: DocumentRecord[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of docs)
    for (const a of d.agenda) {
      const k = normalizeTopic(a.text);
      if (!k || seen.has(k)) continue;
      seen.add(k);
      out.push(a.text);
    }
  return out;
}

/**
 * A meeting's id: the day as the text states it and the participants' family names. It depends only
 * on the reports, never on options: a day resolved from a reference ("Monday" with --reference-date)
 * is left out, so the same meeting keeps its id across runs.
 */
function meetingId(m: MeetingRecord, fallback: string): string {
  const day = m.date ? statedDay(m.date) : null;
  const names = m.participants
    .map((p) => participantKey(familyFirst(p.name) ?? p.name).replace(/[^\p{L}\p{N}]+/gu, '-'))
    .sort()
    .slice(0, 3);
  if (!names.length) return fallback;
  return [day, ...names].filter(Boolean).join('-');
}

/** "16 May 2016" -> 2016-05-16, "May 16" -> 05-16; null for a weekday or "today" (resolved, not stated). */
function statedDay(d: PartialDate): string | null {
  if (d.month === null || d.day === null || !/\d/.test(d.text ?? '')) return null;
  const year = d.year !== null && /\d{4}/.test(d.text) ? `${d.year}-` : '';
  return `${year}${pad(d.month)}-${pad(d.day)}`;
}

/** "Park Ji-hoon": a hyphenated given name after the family name (Korean order): the family name. */
function familyFirst(name: string): string | null {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[words.length - 1]) ? words[0] : null;
}

/** A meeting id not given out yet: the stem, else the stem numbered "-2", "-3" … in order; `used` gets it. */
export function numberMeetingId(stem: string, used: Set<string>): string {
  return uniqueId(stem, used);
}

function uniqueId(id: string, used: Set<string>): string {
  let out = id;
  for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
  used.add(out);
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** False for a "meeting" with no participant, date or place: an empty file, or an article about something else. */
export function reportsAMeeting(m: MeetingRecord): boolean {
  return m.participants.length > 0 || m.date !== null || m.location !== null;
}
