// Choosing and ordering meetings for the listings: --participant, --country, --place and --sort.
//
// --participant NAME matches as --speaker does: any name or description a text uses for the
//   person ("Lavrov", "Sergey Lavrov", "the Russian minister"), through the speakers' aliases.
// --country C is a country's name, other name or adjective ("Russia", "Russian", "Türkiye"), as the
//   rules know them; a meeting matches when one of its participants is tied to that country (by
//   the report, or by what other reports say of the same person).
// --place CITY matches the meeting's city, ignoring case and accents, and other spellings of a
//   capital ("Kiev", "Kyiv").
// Orders: by date (undated last), by participants (their surnames, then date), by quotes (most first).

import { calendarOf, type MeetingRecord, type Participant, type PartialDate } from '../model.js';
import { CAPITAL_VARIANTS, findCountry } from '../rules/countries.js';
import { participantKey } from './meetings.js';
import { matchesSpeaker, type SpeakerSummary } from './speakers.js';

export interface MeetingFilter {
  participant?: string;
  /** A country's canonical name (see countryName). */
  country?: string;
  place?: string;
}

export type MeetingOrder = 'date' | 'participants' | 'quotes';

/** The canonical name of a country given by any of its names or adjectives, or undefined. */
export function countryName(query: string): string | undefined {
  return findCountry(query.trim())?.name;
}

/** True when a speaker or participant country (as a record gives it) is the country asked for. */
export function sameCountry(country: string | null | undefined, wanted: string): boolean {
  if (!country) return false;
  return (findCountry(country)?.name ?? country).toLowerCase() === wanted.toLowerCase();
}

function plain(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').trim().toLowerCase();
}

const CAPITALS = new Map(Object.entries(CAPITAL_VARIANTS).map(([k, v]) => [plain(k), plain(v)]));

/** True when a meeting's city is the place asked for. */
export function samePlace(location: string | null, query: string): boolean {
  if (!location) return false;
  const canonical = (s: string) => CAPITALS.get(plain(s)) ?? plain(s);
  return canonical(location) === canonical(query);
}

/**
 * A predicate for meetings. `speakerOf` finds what the whole corpus knows of a participant (its
 * aliases and country); without it a participant is known only by its name and its own country.
 */
export function meetingFilter(filter: MeetingFilter, speakerOf?: (name: string) => SpeakerSummary | undefined): (m: MeetingRecord) => boolean {
  const known = (p: Participant) => speakerOf?.(p.name);
  return (m) => {
    if (filter.place !== undefined && !samePlace(m.location, filter.place)) return false;
    if (filter.participant !== undefined) {
      const q = filter.participant;
      if (!m.participants.some((p) => matchesSpeaker(known(p) ?? { name: p.name, aliases: [] }, q))) return false;
    }
    if (filter.country !== undefined) {
      const c = filter.country;
      if (!m.participants.some((p) => sameCountry(p.country, c) || sameCountry(known(p)?.country, c))) return false;
    }
    return true;
  };
}

/** A sortable key for a date: year, month, day; a missing year sorts after every known one. */
function dateKey(given: PartialDate | null): [number, number, number] | null {
  const d = given && calendarOf(given);
  if (!d || (d.month === null && d.year === null)) return null;
  return [d.year ?? 99_999, d.month ?? 0, d.day ?? 0];
}

/** Earlier first; undated (or a weekday alone) last. */
export function compareMeetingDates(a: PartialDate | null, b: PartialDate | null): number {
  const x = dateKey(a);
  const y = dateKey(b);
  if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The meetings in the order asked for; ties keep the corpus order. */
export function sortMeetings<T extends MeetingRecord>(meetings: T[], order: MeetingOrder, quotesOf: (m: T) => number): T[] {
  const people = (m: MeetingRecord) =>
    m.participants
      .map((p) => participantKey(p.name))
      .sort()
      .join(' ');
  const compare: Record<MeetingOrder, (a: T, b: T) => number> = {
    date: (a, b) => compareMeetingDates(a.date, b.date),
    participants: (a, b) => people(a).localeCompare(people(b)) || compareMeetingDates(a.date, b.date),
    quotes: (a, b) => quotesOf(b) - quotesOf(a) || compareMeetingDates(a.date, b.date),
  };
  return [...meetings].sort(compare[order]);
}
