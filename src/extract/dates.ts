// Dates mentioned in the text, and which one is the meeting's.
//
// Formats found (each becomes a DateMention with the parts the text gives):
//   day month [year]      "16 May", "16th of May 2016", "21 November"
//   month day [, year]    "May 16", "June 16, 2017", "Dec. 3"
//   month year            "January 2023" (day null; never a meeting date)
//   numeric               "16.05.2016" (day.month.year), "2016-05-16", "16/05/2016" when unambiguous
//   weekday               "on Monday", "last Thursday", "next Friday", bare "agreed Friday"
//   weekday + day         "Thursday 5 June", "Monday, June 5", "Wednesday (Jan 10)" (one mention)
//   relative day          "today", "Today's", "yesterday", "tomorrow"
//   with a tail           "Thursday evening", "yesterday evening", "Friday last week" (a "last Friday"), "Wednesday (17)"
//                         (rules/dates.ts DAY_TAILS); dayWords() gives the day they name, for comparing with "Thursday"
//   relative + calendar   "this morning (Wednesday 15th February, 2017)" (one mention, the calendar day)
//
// Reference date (fills years and relative days): a dateline or publication line near the top
// ("MINSK, May 16 (Reuters) -", "LOMÉ, March 11, 2025 (Wire) -", "MOSCOW, October 5. /TASS/.", "Published: 16.05.2016 14:20", "16 May 2016" on a line of its
// own, "June 12, 2024 10:15 AM GMT Updated 2 hours ago", "By Ana Ruiz | April 9, 2025", a title ending in its date
// "PM call with President Trump: 18 September 2019"), else the caller's reference (the CLI's --reference-date), else nothing: unknown parts
// stay null, never taken from the clock.
//   - a bare weekday is the most recent such day on or before the reference ("met on Monday"),
//     unless the words before it look ahead ("will meet on Monday"): then the next on or after;
//     "last Monday" is strictly before, "next Monday" strictly after;
//   - a day and month without a year take the latest such day on or before the reference (a report
//     looks back), or the first on or after it when the words before look ahead.
//
// Meeting date: the mention in a sentence that reports the meeting, in the clause of the meeting
// verb, not looking ahead ("the meeting that will take place on 31 May"; "X will also meet Y, a
// minister, on Friday" and "X travels on to Y on Friday": an ahead cue anywhere in the sentence
// before the date, unless a past meeting verb follows it), not in a relative clause about
// another event ("Mogilev, which hosted last Thursday a meeting"; "who arrived in Oslo on
// Thursday"), not a span ("in Norway on 1–3 October", which wins only alone); a bare weekday
// right after a verb ("Chile and Peru agreed Friday", "said Tuesday") is the lead's own day
// even after "agreed"/"signed", earliest first; a later sentence that moves on in time ("Later on
// Wednesday, he held talks with C") dates another meeting, and past the lead any sentence that opens
// on another occasion ("Earlier, on 5 June, ...", "Last month, ...", "In a separate meeting, ...",
// "On 9 June, A also met C": OTHER_MEETING_OPENER, DAY_ALSO_OPENER) wins only alone; the day of leaving for the
// meeting ("On Thursday, before he left for Singapore, …") is no meeting's unless a meeting verb dates it. With no dated
// meeting sentence, a full date alone on a line near the top (a readout's "March 12, 2021" above
// "The Kremlin, Moscow") is the meeting's day; a "Published:" line never is. An announcement that reports no meeting
// ("A will welcome B to the White House on May 7", every meeting sentence looking ahead) is dated by its plan.
//
// A day inside a quote or a transcript turn wins only when the narrative dates nothing, and only beside a meeting word or
// a host's welcome ("I'm delighted to meet this morning", not "Today, we mark 60 years"), or as a speaker's "today" on a
// page of remarks at a meeting near "I", "we", "you" or "here" ("Remarks by A and B Before Bilateral Meeting … Today,
// we lay the foundation …": the day they spoke, over any other day they speak of; not "the world today", "Today, more than ever", "we face today"). The day a report came out
// ("as reported by state media early Thursday", "According to the ministry on Thursday"), a day counted from the meeting
// ("told a news conference Friday, one day after the two leaders held talks") and a day thanked for ("for his visit to
// Kyiv on Monday") lose to the meeting's own.
//
// Known misses: a range that is the meeting ("talks on 16-17 May") gives its last day, and only
// when nothing else dates it; a participle with a bare weekday ("the truce agreed Friday") reads
// as the meeting's day; "16/05" without a year; US-style
// ambiguous "05/06/2016" is skipped; "this morning", "earlier this week"; dates written in words
// ("the sixteenth of May"); a meeting date given only by a wire dateline ("OSLO, May 16 -").

import type { DateMention, PartialDate, Span } from '../model.js';
import { headlineSentence, paragraphAt, type ParsedDocument, type Sentence } from '../text/document.js';
import {
  AHEAD_CUES,
  DAY_TAILS,
  FUTURE_CUES,
  MONTHS,
  OTHER_EVENT_CUES,
  OTHER_EVENT_NOUNS,
  PAPER_WORDS,
  PAST_MEETING_VERBS,
  PUBLICATION_CUES,
  RELATIVE_DAYS,
  WEEKDAYS,
} from '../rules/dates.js';
import { CALLED_ON_TITLES, DAY_ALSO_OPENER, FUTURE_PLAN_PATTERN, MEETING_VERB_PATTERN, OTHER_MEETING_OPENER } from '../rules/meeting-words.js';
import { MEETING_SUBJECT_WORDS } from '../rules/agenda.js';
import { matchesOf } from '../text/matches.js';
import { isAnnouncement } from './announcement.js';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A reference date as far as the text (or the caller) gives it. */
interface Reference {
  year: number | null;
  month: number;
  day: number;
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [cap(m), m.toUpperCase()])
  .join('|');
const WEEKDAY_ALT = Object.keys(WEEKDAYS)
  .flatMap((w) => [cap(w), w.toUpperCase()])
  .join('|');

// "January 20-21", "20–21 January": a meeting of two days is dated by its first.
const RANGE_END = String.raw`\s*[-–]\s*\d{1,2}(?!\d)(?:st|nd|rd|th)?`;
const DAY_SPAN = new RegExp(`\\d${RANGE_END}`, 'u');
const SPAN_DISCOUNT = 0.1;
// Month names must be capitalised: "may" is a verb far more often than a month.
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:${RANGE_END})?(?:\\s+of)?\\s+(${MONTH_ALT})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'g');
// ("May 30/2018": an agency's year after a slash; "May 23,2024": after a comma with no space)
const MONTH_DAY = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:${RANGE_END})?\\b(?:(?:,?\\s+|,|/\\s?)(\\d{4})\\b)?`, 'g');
// (full names only: for each month, its longest name in rules/dates.ts)
const FULL_MONTHS = Object.keys(MONTHS).filter((m) => !Object.keys(MONTHS).some((o) => MONTHS[o] === MONTHS[m] && o.length > m.length));
const DAY_LOWER_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${FULL_MONTHS.join('|')})\\s+(\\d{4})\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_ALT})\\.?\\s+(\\d{4})\\b`, 'g');
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/g;
const WEEKDAY = new RegExp(`\\b(?:(last|this|next|past|on)\\s+)?(${WEEKDAY_ALT})\\b`, 'gi');
const RELATIVE = new RegExp(`\\b(${Object.keys(RELATIVE_DAYS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})\\b`, 'gi');

type Kind = 'calendar' | 'weekday' | 'relative';

interface Found {
  start: number;
  end: number;
  text: string;
  kind: Kind;
  year: number | null;
  month: number | null;
  day: number | null;
  /** For weekdays and relative days: the weekday number or the day offset; the modifier. */
  weekday?: number;
  offset?: number;
  modifier?: string;
}

/** Every date the text mentions, in text order, resolved against the reference where one is known. */
export function findDates(doc: ParsedDocument, reference: CalendarDay | null): DateMention[] {
  try {
    const found: Found[] = [];
    if (doc.stamp) scanSentence(doc.stamp, found);
    for (const s of doc.sentences) scanSentence(s, found);
    const ref = findReference(doc, found, reference);
    const byWeekday = ref ? [] : meetingDaysByWeekday(doc.text, found);
    return found.map((f) => resolve(f, ref ?? weekdayReference(f, byWeekday), doc.text));
  } catch {
    return [];
  }
}

/** What the article itself says of its days: whether a dateline dates it, and the calendar days it writes out ("6-12"). */
export interface WrittenDays {
  dateline: boolean;
  days: Set<string>;
}

/**
 * A date mention as the record gives it. "on Monday" or "today" counted from the article's own dateline ("KATHMANDU,
 * Jan 7 (PTI)"), or resolved to a day the article writes out ("today" under "30 November 2017"), is that day;
 * counted only from a publication line or the page store's stamp (no part of the article) it keeps only its words,
 * and the day moves to `resolved` (its `iso` stays). Calendar dates are returned as they are.
 */
export function asWritten<T extends PartialDate>(d: T, written: WrittenDays): T {
  if (d.month === null || d.day === null || kindOf(d.text) === 'calendar' || written.dateline || written.days.has(dayKey(d.year, d.month, d.day))) return d;
  return { ...d, year: null, month: null, day: null, resolved: { year: d.year, month: d.month, day: d.day } };
}

/** What asWritten keeps: the article's dateline and the calendar days it writes (not the page store's stamp). */
export function writtenDays(doc: ParsedDocument, dates: readonly DateMention[]): WrittenDays {
  const stampEnd = doc.stamp?.end ?? 0;
  const inStamp = (d: DateMention) => !!doc.stamp && d.start >= doc.stamp.start && d.end <= doc.stamp.end;
  const calendar = dates.filter((d) => d.month !== null && d.day !== null && kindOf(d.text) === 'calendar' && !inStamp(d));
  return {
    dateline: calendar.some((d) => d.start <= TOP && isDateline(doc.text, d.start, d.end, stampEnd)),
    // (with its year where both have one: "signed on June 11, 2015" is no day of a report of 2018)
    days: new Set(calendar.flatMap((d) => [dayKey(null, d.month!, d.day!), ...(d.year === null ? [] : [dayKey(d.year, d.month!, d.day!)])])),
  };
}

/** A key for the written days: "2018-6-11", or "6-11" without a year. */
function dayKey(year: number | null, month: number, day: number): string {
  return year === null ? `${month}-${day}` : `${year}-${month}-${day}`;
}

/**
 * The day the report was written, as "YYYY-MM-DD": the text's own dateline or publication line near the top (a page
 * store's stamp gives the year), else `given` (the page's publication date, or the user's --reference-date). Null when
 * neither gives a full date. Only the top of the text is read.
 */
export function findPublished(doc: ParsedDocument, given: CalendarDay | null): string | null {
  try {
    const found: Found[] = [];
    if (doc.stamp) scanSentence(doc.stamp, found);
    for (const s of doc.sentences) {
      if (s.start > TOP) break;
      scanSentence(s, found);
    }
    const ref = findReference(doc, found, given);
    if (!ref || ref.year === null || !valid(ref.year, ref.month, ref.day)) return null;
    return `${ref.year}-${String(ref.month).padStart(2, '0')}-${String(ref.day).padStart(2, '0')}`;
  } catch {
    return null;
  }
}

/** The date of the reported meeting, or null when no sentence about the meeting gives a day. */
export function findMeetingDate(doc: ParsedDocument, dates: DateMention[], quotes: readonly (Span & { kind?: string })[] = []): PartialDate | null {
  try {
    let best: DateMention | null = null;
    let bestScore = 0;
    let si = 0;
    let meetingSentence = -1;
    let isMeeting = false;
    let speakerMeeting: boolean | null = null;
    let remarksAtMeeting: boolean | undefined;
    const publication = publicationSpans(doc);
    // "Later on Wednesday, he held talks with C": after the first meeting sentence, a sentence that
    // moves on in time reports another meeting, and its day is not this one's.
    const firstMeeting = doc.sentences.findIndex((x) => MEETING_VERB_PATTERN.test(x.text.slice(0, 1000)));
    for (const d of dates) {
      const kind = kindOf(d.text);
      if (kind === 'calendar' && (d.day === null || d.month === null)) continue;
      if (publication.some((p) => d.start >= p.start && d.end <= p.end)) continue;
      if (d.start <= TOP && isDateline(doc.text, d.start, d.end, doc.stamp?.end ?? 0)) continue;
      while (si < doc.sentences.length && doc.sentences[si].end <= d.start) si++;
      const s = doc.sentences[si];
      if (!s || s.start > d.start) continue;
      if (meetingSentence !== si) {
        meetingSentence = si;
        isMeeting = MEETING_VERB_PATTERN.test(s.text);
        speakerMeeting = null;
      }
      const quote = quotes.find((q) => q.start <= d.start && d.end <= q.end);
      const spoken = quote !== undefined;
      let score = scoreMeetingDate(doc, s, si, d, isMeeting, quote?.kind === 'transcript');
      // “Today’s meeting was about …” in a quote: the speaker's day, which the narrative dates better.
      // A speaker's day that no meeting word goes with ("Today, we mark 60 years of partnership") dates nothing.
      // (the sentence is read once, however many dates it holds: a long one would make this quadratic)
      if (spoken && score < 3) speakerMeeting ??= SPEAKER_MEETING_WORD.test(s.text);
      // (a speaker's "today" on a page of remarks at a meeting is the meeting's day: "Remarks by A and B Before Bilateral
      // Meeting … Today, we lay the foundation for the next 20 years")
      // (the speakers' own today, near "I", "we", "you" or "here": "with you here today", "And today, I'm announcing", "the
      // discussion we will have today"; not nowadays: "the world today", "Today, more than ever", "the threats we face today")
      const around = doc.text.slice(Math.max(s.start, d.start - 60), Math.min(s.end, d.end + 60));
      const atMeeting = quote?.kind === 'transcript' && RELATIVE_DAYS[dayWords(d.text)] === 0 && SPEAKERS_OWN.test(around) && !NOWADAYS.test(around) && (remarksAtMeeting ??= REMARKS_AT_MEETING.test(headlineSentence(doc)?.text ?? ''));
      // (of a speaker's days, the one that names the day wins over a part of it: "what we discuss today" over "And
      // tonight, we're going to light up the White House", "this afternoon, we'll discuss …")
      if (spoken) score = score < 3 && !speakerMeeting && !atMeeting ? 0 : Math.min(score, PART_OF_DAY.test(d.text) ? QUOTED_SCORE - PART_OF_DAY_DISCOUNT : QUOTED_SCORE);
      // (and the speakers' today at the meeting is its day, over another they speak of: "I spoke yesterday with X" in
      // the remarks of A and B at their press conference)
      if (spoken && atMeeting && score > 0) score += AT_MEETING_BONUS;
      // "Earlier, on 5 June, A held a call with C": such a sentence dates another occasion even when
      // it is the first to use a meeting verb the pattern knows; it wins only alone.
      if ((si > firstMeeting || si > 1) && otherOccasionOpener(s.text)) score = Math.min(score, 0.5);
      // "During a visit on 14–16 April … met her counterpart on Tuesday, 15 April": a span of days dates a visit, a day
      // of it the meeting; alone, the span's first day is the meeting's ("From January 20-21, … hosted the meeting").
      if (score > 0 && DAY_SPAN.test(d.text)) score -= SPAN_DISCOUNT;
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    // A readout's header gives the day on a line of its own ("March 12, 2021" above "The Kremlin,
    // Moscow"); with no meeting sentence dated, or only a speaker's "yesterday" in a quote or a
    // transcript turn, that line is the meeting's day.
    if (!best || bestScore <= QUOTED_SCORE + AT_MEETING_BONUS) best = dateLine(doc, dates, publication) ?? best;
    best ??= announcedDay(doc, dates);
    if (!best) return null;
    if (best.iso === null && kindOf(best.text) === 'weekday') best = onItsWeekday(doc, best, dates, quotes) ?? best;
    const { text, year, month, day, iso } = best;
    return { text, year, month, day, iso };
  } catch {
    return null;
  }
}

// How far into the text an announcement's plan is looked for (sentences after the title).
const ANNOUNCEMENT_SENTENCES = 3;

/**
 * An announcement ("President A will welcome President B to the White House on May 7", extract/announcement.ts): the
 * calendar day of the first plan among its opening sentences.
 */
function announcedDay(doc: ParsedDocument, dates: DateMention[]): DateMention | null {
  if (!isAnnouncement(doc)) return null;
  const body = doc.sentences.filter((s) => s.paragraph !== doc.headline);
  for (const s of body.slice(0, ANNOUNCEMENT_SENTENCES)) {
    if (!FUTURE_PLAN_PATTERN.test(s.text.slice(0, 1000))) continue;
    const d = dates.find((x) => x.start >= s.start && x.end <= s.end && x.day !== null && x.month !== null && kindOf(x.text) === 'calendar');
    if (d) return d;
  }
  return null;
}

/**
 * "Minister A with Minister B. Aug. 28, 2019." under a photo, then "A met B in Tallinn on Wednesday": a weekday the text
 * pins to no calendar is the full date above it that falls on that weekday, if any, outside quotations, from a caption
 * (an earlier paragraph that shows people together: "with", a meeting verb) or a header (a line that opens with the
 * date, or a dateline's bracket near the top). Not "the treaty expires on Friday, March 1, 2024", nor a date in the
 * weekday's own narrative ("born on Monday, July 1, 1968").
 */
function onItsWeekday(doc: ParsedDocument, weekday: DateMention, dates: DateMention[], quotes: readonly Span[]): DateMention | null {
  const day = WEEKDAYS[dayWords(weekday.text).split(/\s+/).pop() ?? ''];
  const own = paragraphAt(doc, weekday.start);
  for (const d of dates) {
    if (d.start >= weekday.start || !own) break;
    if (d.year === null || d.month === null || d.day === null || d.iso === null) continue;
    const p = paragraphAt(doc, d.start);
    if (!p || p.start > own.start || quotes.some((q) => q.start <= d.start && d.end <= q.end)) continue;
    // (a date in the weekday's own paragraph counts only as its header or dateline: not "Ten years after the accord
    // signed on June 5, 2013, … met in Geneva on Wednesday")
    const sameParagraph = p.start === own.start;
    const caption = doc.text.slice(p.start, p.end);
    // (or a header: a line that opens with the date, "January 21, 2022Updated: …", "July 23, 2011 12:31 pm | …", or a
    // dateline's bracket near the top, "ISTANBUL , (UrduPoint … - 22nd Dec, 2022 ) :")
    const lineStart = doc.text.lastIndexOf('\n', d.start) + 1;
    const header = /^\s*$/.test(doc.text.slice(lineStart, d.start)) || (d.start < TOP && /\([^()\n]*$/.test(doc.text.slice(lineStart, d.start)));
    if (!header && (sameParagraph || (!/\bwith\b/i.test(caption) && !MEETING_VERB_PATTERN.test(caption)))) continue;
    if (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() === day) return { ...weekday, year: d.year, month: d.month, day: d.day, iso: d.iso };
  }
  return null;
}

/** The sentence opens on another occasion: "Earlier, ...", "Last month, ...", "On Tuesday, A also met C". */
export function otherOccasionOpener(sentence: string): boolean {
  const head = sentence.trimStart().slice(0, 300);
  return OTHER_MEETING_OPENER.test(head) || DAY_ALSO_OPENER.test(head);
}

/** A full date alone on a line near the top, not one introduced by "Published" or "Updated". */
function dateLine(doc: ParsedDocument, dates: DateMention[], publication: { start: number; end: number }[]): DateMention | null {
  for (const d of dates) {
    if (d.start > TOP) break;
    if (d.year === null || d.month === null || d.day === null) continue;
    if (!publication.some((p) => d.start >= p.start && d.end <= p.end)) continue;
    const lineStart = doc.text.lastIndexOf('\n', d.start) + 1;
    if (PUBLICATION_LINE.test(doc.text.slice(lineStart, d.start + 1))) continue;
    // "2 May 2021, 08:10": a time of day stamps the publication, not the meeting; unless a venue follows it, as a
    // press conference's header gives its time and room ("Monday, September 16, 2019, 9:33 p.m. Central Entrance Hall").
    const time = /^,?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}\b(?:[ \t]*[ap]\.?m\.?)?/i.exec(doc.text.slice(d.end, d.end + 20));
    if (time && !VENUE_AFTER_TIME.test(doc.text.slice(d.end + time[0].length, d.end + time[0].length + 60))) continue;
    return d;
  }
  return null;
}

// A room or building after the time ("Central Entrance Hall"), not a time zone ("Eastern Time") or a byline.
const VENUE_AFTER_TIME = /^[ \t]*,?[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+){0,3}(?:Hall|Room|House|Centre|Center|Building|Palace|Chamber|Auditorium|Ministry|Office)\b/u;

// (the words DAY_TAILS add after a weekday or a relative day, at the end of a date's text: "Thursday evening" is a weekday)
const TAIL_AT_END = new RegExp(`(?:${DAY_TAILS.map((x) => x.pattern.source.replace(/^\^/, '')).join('|')})$`, 'i');

/** A date's words without the tail that names a part of it: "Monday morning" and "Monday" name one day. */
export function dayWords(text: string): string {
  const t = text.toLowerCase().replace(/[’']s$/, '').replace(/\s+/g, ' ');
  return t in RELATIVE_DAYS ? t : t.replace(TAIL_AT_END, '');
}

function kindOf(text: string): Kind {
  const t = dayWords(text);
  if (t in RELATIVE_DAYS) return 'relative';
  const last = t.split(/\s+/).pop() ?? '';
  if (last in WEEKDAYS) return 'weekday';
  return 'calendar';
}

const WINDOW = 80;
/** The most a date inside a quote can score: any date of the narrative beats it. */
const QUOTED_SCORE = 0.3;
const PART_OF_DAY_DISCOUNT = 0.05;
const AT_MEETING_BONUS = 0.02;
const PART_OF_DAY = /\b(?:tonight|morning|afternoon|evening|night)\b/i;

function scoreMeetingDate(doc: ParsedDocument, s: Sentence, index: number, d: DateMention, isMeeting: boolean, turn: boolean): number {
  const before = clauseBefore(doc.text, Math.max(s.start, d.start - WINDOW), d.start);
  const after = doc.text.slice(d.end, Math.min(s.end, d.end + 70));
  // The words right before the date.
  const just = doc.text.slice(Math.max(s.start, d.start - 30), d.start);
  // "all the things we would be discussing today", "which we'll be talking about today": in a transcript's turn, a
  // speaker's plan for today is still the day they speak on (the narrative's "will be discussed today", or a quote's
  // "the cabinet will be discussing the accord today", tell of another event than the one reported).
  const today = turn && RELATIVE_DAYS[dayWords(d.text)] === 0;
  if (!today && (hasCue(before, FUTURE_CUES) || /^[’']?s?\s*(?:will|is to|are to|is due|would|shall)\b/i.test(after))) return 0;
  // "On Thursday, Beaulieu is set to pay a courtesy call on …": an opener dating a plan.
  // (not a relative clause after a date the past dates: "was welcomed to parliament today, where he will also meet …";
  // but "flies to Rome on Thursday, where she will meet …" is a plan)
  if (!today && !(/^,\s+(?:where|when|which|who)\b/i.test(after) && PAST_VERB.test(before)) && /^,\s+(?:[\p{L}’'-]+\s+){1,4}?(?:will|is set to|are set to|is to|are to|is due to|are due to|is expected to|are expected to|is scheduled to|are scheduled to|plans to)\b/iu.test(after)) return 0;
  // "Russia and Mongolia will continue …, Sablin said on Wednesday following talks": the day of the
  // talks, whatever the reported words look ahead to.
  const saidOn = SAID_ON.test(just) && AFTER_TALKS.test(after);
  if (!saidOn && !today && aheadInSentence(doc.text.slice(Math.max(s.start, d.start - AHEAD_WINDOW), d.start))) return 0;
  if (/^\s*(?:next|this coming)\b/i.test(d.text)) return 0;
  // "tomorrow's Quad Summit", "And tomorrow, we're going to meet …": a day after the text's own is a plan, never a
  // meeting the text reports.
  if ((RELATIVE_DAYS[dayWords(d.text)] ?? 0) > 0) return 0;
  // "following Saturday’s attacks", "Monday's vote": a date in the possessive dates another event (not "Today's talks").
  if (/^[’']s\s+\p{L}/u.test(after) && !MEETING_NOUN_AFTER_POSSESSIVE.test(after)) return 0;
  // "The two leaders met days after meeting on December 1": the date of the meeting before.
  // ("Following their September 9 phone call, the two leaders will discuss …" dates the call before the talks; not
  // "Following their September 9 meeting in Rome, A and B issued a joint statement", where it is the meeting reported)
  const follows = FOLLOWS_EARLIER.exec(just);
  if (EARLIER_MEETING_ON.test(just) || (follows && (!/^following\b/iu.test(follows[0]) || MEETING_VERB_PATTERN.test(doc.text.slice(d.end, s.end))))) return 0;
  // "their joint initiative for Europe's recovery of 18 May": the date of another thing (not "the talks of 18 May").
  if (EVENT_NOUN_OF_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 80), d.start))) return 0;
  // "in her Wednesday morning press conference", "the Friday vote", "welcomed the 10 July 2023 statement by …": a day that
  // modifies another event's noun.
  if (DETERMINER_BEFORE.test(just) && EVENT_NOUN_AFTER.test(after)) return 0;
  if (ISSUED_ON_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 90), d.start)) || SPOKEN_ON_BEFORE.test(just)) return 0;
  // "commit to take the following actions by May 14, 2025", "no later than 1 June": a deadline, not a day things happened.
  if (DEADLINE_BEFORE.test(just)) return 0;
  // "On Thursday, before he left for Singapore, Duterte said …": the day of leaving for the meeting, not of the meeting
  // (unless a meeting verb just before the date dates the meeting: "met B in Manila on Thursday before leaving for
  // Singapore"). The departure is looked for first: both windows are bounded.
  if ((DEPARTURE_AFTER.test(after) || DEPARTURE_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 70), d.start))) && !MEETING_VERB_PATTERN.test(doc.text.slice(Math.max(s.start, d.start - 300), d.start))) return 0;
  let score = 1;
  if (isMeeting) score += 3;
  // "agreed Friday", "said Tuesday": a weekday straight after the verb is the lead's own time (US wire style).
  // Also "Japan and Indonesia agreed on Tuesday to …" in the lead: the day of the lead's own verb.
  const bare = kindOf(d.text) !== 'calendar' && (BARE_AFTER_VERB.test(just) || (index < 3 && /\b\p{Ll}+ed\s+on\s+$/u.test(just)));
  // "Today's conversation", "met ... on 16 May": the meeting word sits next to the date.
  // Also anywhere in the date's own clause before it: "received Foreign Minister Wang Yi at the Istana on Tuesday".
  const near = doc.text.slice(Math.max(s.start, d.start - 50), Math.min(s.end, d.end + 40));
  if (NEAR_MEETING_WORD.test(near) || (MEETING_VERB_PATTERN.test(before) && !RECEIVED_THING.test(before))) score += 2;
  if (/\b(?:which|that|who|where|when)\b/i.test(before)) score -= 2;
  // "Duda thanked the US President for his visit to Kyiv on Monday": what one is thanked for is another occasion.
  if (THANKED_FOR.test(doc.text.slice(Math.max(s.start, d.start - 120), d.start))) score -= 3;
  // "Kishida told a news conference Friday, one day after the two leaders held talks": a day counted from the meeting
  // (not "held talks in Hiroshima on Thursday, a day after the G7 summit opened": the clause's own meeting).
  if (DAYS_AFTER.test(after) && !NEAR_MEETING_WORD.test(before)) return 0;
  // "Ramaphosa's office on Thursday confirmed he had a call": the day of the report, not of the call.
  if (!saidOn && (REPORTED_ON_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 70), d.start)) || REPORTED_ON_AFTER.test(after))) score -= 2;
  // ("received a call from X on Wednesday": a call's caller is no bound)
  if (!bare && hasCue(before.replace(CALLER_FROM, ' '), OTHER_EVENT_CUES)) score -= 2;
  if (bare) score += 1;
  if (index < 3) score += 1;
  // Earlier mentions first: the lead states the meeting, later paragraphs recall others.
  score -= Math.min(index, 40) * 0.02;
  // "in Norway on 1–3 October": the span of a visit, not the meeting's day; it wins only alone.
  if (isRange(doc.text, d)) score = Math.min(score, 0.5);
  return score;
}

// ("received a call from X": the caller is no bound, unlike "from 16 May")
const CALLER_FROM = /\b(?:call|calls|message|letter|delegation|visitors?|envoy)\s+from\b/gi;
// ("received a formal protest note from the embassy on Friday": a thing received, not a guest)
const RECEIVED_THING = /\breceived\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:note|letter|message|protest|complaint|request|report|copy|delivery|shipment|donation|consignment|batch)s?\b/iu;
// (not the meeting itself: "thanked him for the meeting in Addis Ababa on Thursday", "for the warm reception")
const THANKED_FOR = /\b(?:thank(?:ed|s|ing)?|grateful|gratitude|congratulat\p{L}*|appreciat\p{L}*)\b[^.;!?]{0,60}?\bfor\s+(?:his|her|their|its|the)\s+(?!(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|reception|hospitality|welcome|discussions?|conversation|call|visit\s+(?:here|to\s+(?:our|this)))\b)[^.;!?,]{0,90}$/iu;
// ("called on" a titled person: not "called on Israel to allow aid")
const NEAR_MEETING_WORD = new RegExp(
  String.raw`\b(?:met|meet|meets|meeting|talks|talked|discussed|discuss|conversation|negotiations|visit|received|hosted|held|spoke|call|co-chaired|consultations|(?:called|calls) on (?:the )?(?:[\p{L}.-]+ ){0,2}?(?:${CALLED_ON_TITLES}))\b`,
  'iu',
);
// A speaker's words for the meeting they are at: "It is a pleasure to welcome President X to Canberra today".
// A remarks page's title that places its remarks at a meeting: "Remarks by A and B Before Bilateral Meeting", "… in
// Joint Press Conference".
const REMARKS_AT_MEETING = /\bremarks\b.*\b(?:meeting|talks|press conference|news conference|press availability|call|visit)\b/i;
const SPEAKERS_OWN = /(?<![\p{L}’'])(?:I|[Ww]e|[Yy]ou|[Hh]ere|us)(?![\p{L}])/u;
const NOWADAYS = /\bmore than ever\b|\bof today\b|\bfac(?:e|es|ing)\s+today\b|\b(?:world|people|democracies|society|societies|economy|economies|generation)\s+today\b/iu;
const SPEAKER_MEETING_WORD = /\b(?:welcome|welcoming|host|hosting|exchange|pleasure|honou?r to|agenda|talk about)\b/i;
// A verb of the main clause that tells what happened, in the past or the present: "was welcomed", "met", "sat down",
// "is holding talks" (not a plan: "flies to Rome on Thursday").
const PAST_VERB = /\b(?:was|were|had|met|held|sat|spoke|took|gave|made|came|went|flew|told|said|began|is|are|\p{Ll}{2,}ed)\b/u;
// (counted from a meeting: "today, a day after the powers agreed to reduce tensions" is still the day of the talks)
const DAYS_AFTER = /^,?\s+(?:one|a|two|three|four|five|\d+)\s+days?\s+(?:after|since)\b[^.;!?]{0,60}?\b(?:talks|meeting|met|summit|call|visit)\b/i;
const DEPARTURE = '(?:before|prior to)\\s+(?:(?:he|she|they)\\s+(?:left|departed|flew)|leaving|departing|flying)\\s+(?:for|to)\\b';
const DEPARTURE_AFTER = new RegExp(`^,?\\s+${DEPARTURE}`, 'i');
const DEPARTURE_BEFORE = new RegExp(`\\b${DEPARTURE}\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}on\\s+$`, 'iu');
// The meeting's own nouns after a date that modifies them: "Today's talks", "the Tuesday morning phone call".
const MEETING_NOUNS = '(?:meetings?|talks|calls?|conversations?|visits?|summits?|consultations|negotiations|sessions?)';
const MEETING_NOUN_AFTER_POSSESSIVE = new RegExp(`^[’']s\\s+(?:[\\p{L}-]+\\s+){0,2}?${MEETING_NOUNS}\\b`, 'iu');
// (or a possessive: "Herzog’s July 19 address")
const DETERMINER_BEFORE = /(?:\b(?:his|her|their|its|the|a|an)|\S['’]s)\s+$/i;
const EARLIER_MEETING_ON = /\b(?:after|since)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\p{L}-]+\s+)?(?:meeting|meetings|talks|visit|call)\s+(?:on\s+)?$/iu;
// "This meeting … follows their April 2, 2024, telephone call", "builds on the 16 May summit": the day of an earlier one.
const FOLLOWS_EARLIER = /\b(?:follows|followed|following|builds on|built on|building on|comes after|came after)\s+(?:their|his|her|its|the|a|an)\s+$/iu;
// Nouns of other events a date may modify or belong to (rules/dates.ts): "her Wednesday morning press conference",
// "their joint initiative … of 18 May" (not "a Thursday dinner", "on the occasion of 9 May").
const EVENT_NOUN = `(?:${OTHER_EVENT_NOUNS.join('|')})`;
const EVENT_NOUN_AFTER = new RegExp(`^\\s+(?:(?:morning|afternoon|evening|night)\\s+)?(?:[\\p{L}-]+\\s+)?${EVENT_NOUN}\\b`, 'iu');
const EVENT_NOUN_OF_BEFORE = new RegExp(`\\b${EVENT_NOUN}(?:\\s+(?!(?:talks|meeting|visit|summit|call)\\b)[^\\s,;.]+){0,4}\\s+of\\s+$`, 'iu');
// A lower-case word that is not a preposition, article or modifier, then the weekday: "agreed Friday".
const BARE_AFTER_VERB = /(?:^|\s)(?!(?:on|by|of|in|at|to|from|until|till|since|before|after|for|the|a|last|next|this|past|every|each|and|or|but|that)\s)[a-z]{2,}\s+$/;
const RANGE_BEFORE = /(?:\d{1,2}(?:st|nd|rd|th)?\s*[–—-]\s*|\b(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:to|and|until|till)\s+)$/;
const RANGE_AFTER = /^\s*[–—-]\s*\d{1,2}\b(?!\s*[:.]\d)/;

/** "1–3 October", "from 1 to 3 October", "October 1-3": a span of days. */
function isRange(text: string, d: DateMention): boolean {
  if (d.day === null) return false;
  return RANGE_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)) || RANGE_AFTER.test(text.slice(d.end, d.end + 6));
}

const AHEAD_WINDOW = 160;
// "said on Wednesday following talks …", "said on Thursday, as he held talks with …".
const AFTER_TALKS = /^\s*,?\s*(?:following|after|as|while|when)\b[^.;!?]{0,40}?\b(?:talks|meeting|met|meets|consultations|negotiations)\b/i;
// A verb that reports a fact afterwards, right by the date: "the office on Thursday confirmed he had a
// call", "announced on Friday that" (a wire's "said on Tuesday" is the lead's own day and stays).
// Also "as reported by Saudi state media early Thursday", "According to Seoul's foreign ministry on Thursday, …".
const REPORTED_ON_BEFORE =
  /(?:\b(?:confirmed|announced|reported|revealed|disclosed)(?:\s+by\s+(?:[\p{L}’'-]+\s+){1,4})?|\baccording\s+to\s+(?:(?!(?:met|held|had|talked|spoke)\s)[\p{L}’'-]+\s+){1,4})(?:on\s+|early\s+|late\s+)?$/iu;
// "a joint statement issued by the Ministry of External Affairs Friday": the day of a document.
const ISSUED_ON_BEFORE = /\b(?:issued|released|published)\s+(?:by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*\s+(?:(?:of|for|and)\s+)?){1,6})?(?:on\s+)?$/u;
// "According to his statement on June 5, 2022, …", "in a tweet on Friday": the day of the words, not of the meeting.
const DEADLINE_BEFORE = /(?:\b(?:by|before|until|till|no later than|not later than|ahead of|deadline of)\s+(?:the\s+end\s+of\s+)?)$/i;
const SPOKEN_ON_BEFORE = /\b(?:statement|remarks|speech|interview|tweet|post|letter|op-ed|article|press release|message)\s+(?:on|dated)\s+$/i;
const REPORTED_ON_AFTER = /^\s*(?:confirmed|announced|reported|revealed|disclosed)\b/i;
const SAID_ON = /\b(?:said|told (?:reporters|journalists)|announced|stated|declared)\s+(?:on\s+)?$/i;
const AHEAD = new RegExp(`(?:^|[^\\p{L}'’])(?:${AHEAD_CUES.join('|')})(?![\\p{L}])`, 'giu');
const PAST_MEETING = new RegExp(`\\b(?:${PAST_MEETING_VERBS.join('|')})\\b`, 'gi');

/** The sentence before the date looks ahead: the last ahead cue comes after the last past meeting verb. */
function aheadInSentence(before: string): boolean {
  let lastAhead = -1;
  for (const m of matchesOf(AHEAD, before)) lastAhead = m.index;
  if (lastAhead < 0) return false;
  let lastPast = -1;
  for (const m of matchesOf(PAST_MEETING, before)) lastPast = m.index;
  return lastAhead > lastPast;
}

/** The text between `from` and `to`, cut after the last clause break. */
function clauseBefore(text: string, from: number, to: number): string {
  const w = text.slice(from, to);
  const cut = Math.max(w.lastIndexOf(','), w.lastIndexOf(';'), w.lastIndexOf('('), w.lastIndexOf(':'), w.lastIndexOf('\n'), w.lastIndexOf('. '));
  return cut >= 0 ? w.slice(cut + 1) : w;
}

function hasCue(window: string, cues: string[]): boolean {
  const w = ' ' + window.toLowerCase().replace(/[^a-z'’\- ]+/g, ' ').replace(/\s+/g, ' ') + ' ';
  return cues.some((c) => w.includes(' ' + c + ' '));
}

function scanSentence(s: Sentence, out: Found[]): void {
  const t = s.text;
  const local: Found[] = [];
  // (`whole`: the match with any tail after it, in which `text` stands)
  const push = (m: RegExpExecArray, f: Omit<Found, 'start' | 'end' | 'text'>, text = m[0], whole = m[0]) => {
    const lead = whole.indexOf(text);
    local.push({ ...f, start: s.start + m.index + lead, end: s.start + m.index + lead + text.length, text });
  };
  for (const m of matchesOf(ISO, t)) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (valid(y, mo, d)) push(m, { kind: 'calendar', year: y, month: mo, day: d });
  }
  for (const m of matchesOf(NUMERIC, t)) {
    let [d, mo] = [+m[1], +m[3]];
    const y = +m[4];
    if (m[2] === '/') {
      if (d > 12 && mo <= 12) {
        /* day first */
      } else if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      else {
        // "05/06/2016" is ambiguous, unless a weekday before it fits one reading only: "Saturday 2/12/2017".
        const reading = readingOfWeekday(t.slice(Math.max(0, m.index - 12), m.index), y, d, mo);
        if (!reading) continue;
        [d, mo] = reading;
      }
    }
    if (valid(y, mo, d)) push(m, { kind: 'calendar', year: y, month: mo, day: d });
  }
  for (const m of matchesOf(DAY_MONTH, t)) {
    const d = +m[1];
    const mo = MONTHS[m[2].toLowerCase()];
    const y = m[3] ? +m[3] : null;
    if (valid(y ?? 2000, mo, d)) push(m, { kind: 'calendar', year: y, month: mo, day: d }, m[0].replace(/\.$/, ''));
  }
  // "11 november 2010": a month in lower case only between a day and a year ("may" alone is a verb).
  for (const m of matchesOf(DAY_LOWER_MONTH_YEAR, t)) {
    const d = +m[1];
    const mo = MONTHS[m[2]];
    const y = +m[3];
    if (valid(y, mo, d)) push(m, { kind: 'calendar', year: y, month: mo, day: d });
  }
  for (const m of matchesOf(MONTH_DAY, t)) {
    const mo = MONTHS[m[1].toLowerCase()];
    const d = +m[2];
    const y = m[3] ? +m[3] : null;
    if (valid(y ?? 2000, mo, d)) push(m, { kind: 'calendar', year: y, month: mo, day: d });
  }
  for (const m of matchesOf(MONTH_YEAR, t)) {
    const y = +m[2];
    if (y >= 1800 && y <= 2200) push(m, { kind: 'calendar', year: y, month: MONTHS[m[1].toLowerCase()], day: null });
  }
  for (const m of matchesOf(WEEKDAY, t)) {
    const day = m[2];
    // Capitalised weekday only (or all caps in a dateline): "monday" in running text is rare, "Sunday school" is not a date.
    if (day[0] !== day[0].toUpperCase()) continue;
    if (PAPER_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index)) && PAPER_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    let mod = m[1]?.toLowerCase();
    let text = mod && mod !== 'on' ? `${m[1]} ${day}` : day;
    const tail = dayTail(t, m.index + m[0].length);
    if (tail) {
      text += tail.text;
      if (!mod || mod === 'on') mod = tail.modifier ?? mod;
    }
    push(m, { kind: 'weekday', year: null, month: null, day: null, weekday: WEEKDAYS[day.toLowerCase()], modifier: mod }, text, m[0] + (tail?.text ?? ''));
  }
  for (const m of matchesOf(RELATIVE, t)) {
    // ("this morning" names its part of the day already, "today" takes none; "yesterday evening" does)
    const whole = /\b(?:morning|afternoon|evening|night)$|^(?:today|tonight)$/i.test(m[0]);
    const text = m[0] + (whole ? '' : (dayTail(t, m.index + m[0].length, 1)?.text ?? ''));
    push(m, { kind: 'relative', year: null, month: null, day: null, offset: RELATIVE_DAYS[m[1].toLowerCase().replace(/\s+/g, ' ')] }, text, text);
  }
  // Keep the longest of overlapping matches ("16 May 2016" over "May 2016").
  local.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  let lastEnd = -1;
  const kept: Found[] = [];
  for (const f of local) {
    if (f.start < lastEnd) continue;
    kept.push(f);
    lastEnd = f.end;
  }
  // "Thursday 5 June", "Monday, June 5": a weekday written against a calendar day is one date; then a relative day
  // before that: "this morning (Wednesday 15th February, 2017)".
  for (const f of joinDays(joinDays(kept, t, s.start, 'weekday'), t, s.start, 'relative')) out.push(f);
}

/** Each day of `kind` joined with the calendar day written right after it ("Monday, June 5", "today (May 3)"). */
function joinDays(kept: Found[], t: string, offset: number, kind: Kind): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i];
    const next = kept[i + 1];
    // Also "this afternoon, 7 August 2025": a relative day and the calendar day it stands for.
    if (f.kind === kind && !f.modifier?.match(/^(?:last|next|this|past)$/) && next?.kind === 'calendar' && next.day !== null) {
      const gap = t.slice(f.end - offset, next.start - offset);
      // Also "on Wednesday (Jan 10)", "on Sunday (Nov. 26)": the day in brackets after the weekday.
      if (/^,?\s{1,3}(?:the\s|\()?$/.test(gap)) {
        const end = gap.endsWith('(') && t[next.end - offset] === ')' ? next.end + 1 : next.end;
        out.push({ ...next, start: f.start, end, text: t.slice(f.start - offset, end - offset) });
        i++;
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

/** The words of DAY_TAILS right after `end` in `t` (only the first `count` kinds: a relative day takes a part of the day only). */
function dayTail(t: string, end: number, count = DAY_TAILS.length): { text: string; modifier?: string } | null {
  const rest = t.slice(end, end + 20);
  for (const { pattern, modifier } of DAY_TAILS.slice(0, count)) {
    const m = pattern.exec(rest);
    if (m) return { text: m[0], modifier };
  }
  return null;
}

// ("the Sunday Times", "a new Sunday Times poll", "Britain's Sunday Telegraph"; not "On Monday Post Office workers …")
const PAPER_BEFORE = /(?:\b(?:the|a|an|new|latest)|['’]s)\s+$/i;
const PAPER_AFTER = new RegExp(`^\\s+(?:${PAPER_WORDS.join('|')})\\b`);

const WEEKDAY_BEFORE = new RegExp(`\\b(${Object.keys(WEEKDAYS).join('|')}),?\\s+$`, 'i');

/** [day, month] of an ambiguous "a/b/yyyy" whose weekday, written just before it, fits only one reading. */
function readingOfWeekday(before: string, y: number, a: number, b: number): [number, number] | null {
  const w = WEEKDAY_BEFORE.exec(before);
  if (!w) return null;
  const want = WEEKDAYS[w[1].toLowerCase()];
  const fits = ([d, mo]: [number, number]) => valid(y, mo, d) && new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === want;
  const dayFirst = fits([a, b]);
  const monthFirst = fits([b, a]);
  return dayFirst === monthFirst ? null : dayFirst ? [a, b] : [b, a];
}

function valid(y: number, m: number, d: number): boolean {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1)) return false;
  return d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const TOP = 600;

/** Spans of publication lines near the top ("Published: 16.05.2016 14:20"), whose dates are not the meeting's. */
function publicationSpans(doc: ParsedDocument): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = doc.stamp ? [doc.stamp] : [];
  for (const p of doc.paragraphs) {
    if (p.start > TOP) break;
    const line = doc.text.slice(p.start, Math.min(p.end, p.start + 200));
    if (!isPublicationLine(line)) continue;
    // A stamp glued to the lead (" date 2024-04-29 RIYADH, April 29 — Prime Minister …"): only the stamp.
    const stamp = STAMP.exec(line);
    const end = stamp && p.end - (p.start + stamp.index + stamp[0].length) > 40 ? p.start + stamp.index + stamp[0].length : p.end;
    out.push({ start: p.start, end });
  }
  return out;
}

// The date (and time) of a publication stamp: "2024-04-29", "16.05.2016 14:20", "12 March 2022, 08:10".
const STAMP = /\d{4}(?:-\d{2}-\d{2})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?/;

const DATE_FIRST = new RegExp(
  `^\\s*(?:(?:${WEEKDAY_ALT}),?\\s+)?(?:(?:${MONTH_ALT})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_ALT})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b`,
);
const DATE_ANYWHERE = new RegExp(`\\b(?:(?:${MONTH_ALT})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH_ALT})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`);
const PUBLICATION_LINE = new RegExp(`^\\s*(?:${PUBLICATION_CUES.join('|')})\\b\\s*(?:on|at)?\\s*:?`, 'i');
// "MINSK, May 16 (Reuters) -", "WASHINGTON (AP) — June 3, 2019 —"
// Letters beyond ASCII too: "LOMÉ, March 11 (Wire) -", "SÃO PAULO, ...".
// (a place's words are capitalised but for its small words, "Port of Spain", "Rio de Janeiro", "Sharm el-Sheikh": not a
// headline's "Pakistan, China hold talks on March 28 -")
const PLACE_WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ ]+(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}{2,3}-\p{Lu}[\p{L}.'’-]*|of|de|da|do|del|la|el|al|upon|es|and|the)){0,4}`;
const DATELINE = new RegExp(String.raw`^\s*${PLACE_WORDS}(?:,\s*${PLACE_WORDS})?,?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—,]?\s*$`, 'u');

function isPublicationLine(line: string): boolean {
  if (PUBLICATION_LINE.test(line)) return true;
  // A byline's date with furniture after it: "June 12, 2024 10:15 AM GMT Updated 2 hours ago".
  // "By Ana Ruiz | April 9, 2025", "By AN BAIJIE | chinadaily.com.cn | Updated: 2017-11-09 13:27": a byline with its date.
  if (line.length <= 120 && /^\s*By\s+\p{Lu}/u.test(line) && DATE_ANYWHERE.test(line) && !/[.!?]["”’]?\s*$/.test(line)) return true;
  if (line.length <= 90 && DATE_FIRST.test(line) && !/[.!?]["”’]?\s*$/.test(line) && !/\s[-–—]\s/.test(line)) return true;
  // A line that is only a date (and maybe a time).
  return line.length <= 60 && /^\s*[\p{L}\d ,.:/-]+$/u.test(line) && /\d{4}/.test(line) && !/\b[a-z]{4,}\b/.test(line.replace(/\b(?:of|at)\b/g, ''));
}

/**
 * A date in a dateline: "OSLO, May 18 (Wire) -" at the start of a line (or after a page store's stamp on the first
 * line, which ends at `stampEnd`: " date 2018-03-24 ISLAMABAD, Mar 24 (APP):President …").
 */
function isDateline(text: string, start: number, end: number, stampEnd: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, stampEnd <= start ? stampEnd : 0);
  if (start - lineStart > 80) return false;
  const after = text.slice(end, end + 60);
  // "OSLO, May 18 (Wire) -", "MOSCOW, October 5. /TASS/."
  const before = text.slice(lineStart, start);
  if (!DATELINE.test(before)) return false;
  // "OSLO, May 18 (Wire) -", "MOSCOW, October 5. /TASS/.", "Tehran, 24 June 2022(TDI):"; and PTI's "New Delhi, Nov 10 External Affairs …"
  // and "Oslo, Oct 17 (IANS) Norwegian …" (no dash).
  // ("Addis Ababa May 30/2018 Prime Minister …": a place and a full date glued to the lead, as some agencies write it.)
  const glued = /^\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} $/u.test(before) && /\d{4}$/.test(text.slice(start, end));
  return /^\s*(?:\([^()\n]{1,40}\)\s*:|(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]|\.?\s*\/\p{Lu}[\p{L}-]{1,20}\/))/u.test(after) || ((/,\s*$/.test(before) || glued) && /^ (?:\([^()\n]{1,40}\) )?\p{Lu}/u.test(after));
}

function findReference(doc: ParsedDocument, found: Found[], given: CalendarDay | null): Reference | null {
  let fromText: Reference | null = null;
  for (const f of found) {
    if (f.start > TOP) break;
    if (f.kind !== 'calendar' || f.day === null || f.month === null) continue;
    const lineStart = doc.text.lastIndexOf('\n', f.start) + 1;
    const nl = doc.text.indexOf('\n', f.end);
    const lineEnd = nl < 0 ? doc.text.length : nl;
    const line = doc.text.slice(lineStart, Math.min(lineEnd, lineStart + 300));
    // "PM call with President Trump: 18 September 2019": a title that ends in its full date.
    const titleDate = f.year !== null && line.length <= 120 && /[:|–—]\s*$/u.test(doc.text.slice(lineStart, f.start)) && /^\s*$/.test(doc.text.slice(f.end, lineEnd));
    const inStamp = !!doc.stamp && f.start >= doc.stamp.start && f.end <= doc.stamp.end;
    if (isDateline(doc.text, f.start, f.end, doc.stamp?.end ?? 0) || isPublicationLine(line) || titleDate || inStamp) {
      const day = { year: f.year, month: f.month, day: f.day };
      // " date 2023-12-23 CAIRO, Dec 24 (NNN) –": the dateline says when the story was filed, and "yesterday"
      // counts from it; a page store's stamp gives only its year.
      if (inStamp && f.year !== null) {
        given = { year: f.year, month: f.month, day: f.day };
        fromText = day;
        continue;
      }
      fromText = day;
      break;
    }
  }
  if (!fromText) return given ? { ...given } : null;
  // A dateline without a year ("JAKARTA, Feb 11 (Reuters) -") was written on or before the reference.
  // (not much after it: a stamp a day early is still that year)
  if (fromText.year === null && given) fromText.year = yearFor(fromText.month, fromText.day, { ...given, day: given.day + 7 }, false);
  return fromText;
}

/**
 * The year of a day and month the text gives without one: a report looks back, so the latest such day
 * on or before the reference ("met on 20 June" in a paper of 1 March 2024 was 20 June 2023), unless the
 * words before it look ahead ("will meet on 20 June": the first such day on or after it).
 */
function yearFor(month: number, day: number, ref: CalendarDay, ahead: boolean): number {
  const r = Date.UTC(ref.year, ref.month - 1, ref.day);
  const years = ahead ? [ref.year, ref.year + 1] : [ref.year, ref.year - 1];
  return years.find((y) => (ahead ? Date.UTC(y, month - 1, day) >= r : Date.UTC(y, month - 1, day) <= r)) ?? ref.year;
}

const NEAR_PLAN_DAYS = 14;
// How far after the text a weekday of its own year may still date a plan its words do not mark.
const OWN_YEAR_AHEAD_DAYS = 60;

/** "Monday November 15" without a year: the year next to the reference's in which that day is a Monday, if one is. */
function onNamedWeekday(text: string, month: number, day: number, ref: CalendarDay, ahead: boolean): number | null {
  const weekday = WEEKDAYS[/^\p{L}+/u.exec(text.toLowerCase())?.[0] ?? ''];
  if (weekday === undefined) return null;
  // (on the side the words look to: a plan is not dated before the text, nor a report long after it was written, a
  // fortnight at most: "In the evening of Monday November 15, A will meet B" in a statement of 12 November)
  const r = Date.UTC(ref.year, ref.month - 1, ref.day);
  const fits = (y: number) => {
    const at = Date.UTC(y, month - 1, day);
    return new Date(at).getUTCDay() === weekday && (ahead ? at >= r : at <= r + NEAR_PLAN_DAYS * 86_400_000);
  };
  // (past that fortnight, a weekday that fits the text's own year within OWN_YEAR_AHEAD_DAYS after it still tells it:
  // "On Friday, September 16, A will welcome B" in a statement of 1 September; not a weekday that fits only a later
  // year, nor a day months ahead that a report looking back means in the year before)
  const own = Date.UTC(ref.year, month - 1, day);
  const ownYear = new Date(own).getUTCDay() === weekday && own >= r && own - r <= OWN_YEAR_AHEAD_DAYS * 86_400_000 ? ref.year : null;
  return [ref.year, ref.year - 1, ref.year + 1].find(fits) ?? ownYear;
}

/** The words before a date look ahead ("will meet on", "scheduled for"). */
function looksAhead(text: string, f: { start: number; end: number }): boolean {
  const before = clauseBefore(text, Math.max(0, f.start - WINDOW), f.start);
  if (hasCue(before, FUTURE_CUES) || /^\s*(?:will|is to|are to|is due|shall)\b/i.test(text.slice(f.end, f.end + 30))) return true;
  // "A will meet with B of the People’s Republic of China (PRC) in Lima, Peru on November 16": a planned meeting earlier
  // in the sentence, past the commas of a place.
  const w = text.slice(Math.max(0, f.start - PLAN_WINDOW), f.start);
  const cut = Math.max(w.lastIndexOf('. '), w.lastIndexOf('\n'), w.lastIndexOf(';'));
  return FUTURE_PLAN_PATTERN.test(cut >= 0 ? w.slice(cut + 1) : w);
}
// How far before a date a planned meeting still dates it ahead.
const PLAN_WINDOW = 160;

function resolve(f: Found, ref: Reference | null, text: string): DateMention {
  let { year, month, day } = f;
  if (f.kind === 'calendar') {
    if (year === null && month !== null && day !== null && ref?.year != null) {
      const ahead = looksAhead(text, f);
      year = onNamedWeekday(f.text, month, day, ref as CalendarDay, ahead) ?? yearFor(month, day, ref as CalendarDay, ahead);
    }
  } else if (ref) {
    let shift: number | null = null;
    if (f.kind === 'relative') shift = f.offset ?? 0;
    else if (ref.year !== null) shift = weekdayShift(f, ref as CalendarDay, text);
    if (shift !== null) {
      if (ref.year !== null) {
        const t = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + shift));
        [year, month, day] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
      } else if (shift === 0) {
        [month, day] = [ref.month, ref.day];
      } else {
        // No year: shift within the month only when it stays inside it (the year cannot matter then).
        const d = ref.day + shift;
        if (d >= 1 && d <= 28) [month, day] = [ref.month, d];
      }
    }
  }
  const iso = year !== null && month !== null && day !== null ? `${year}-${pad(month)}-${pad(day)}` : null;
  return { text: f.text, year, month, day, iso, start: f.start, end: f.end };
}

const MEETING_NOUN = new RegExp(`\\b(?:${MEETING_SUBJECT_WORDS.join('|')})\\b`, 'i');

/**
 * With no reference date, a bare weekday is the one full calendar day of the text that falls on it in a
 * sentence that tells of a meeting ("Wednesday's lunch meeting" and a caption's "during a courtesy call …
 * on July 27, 2016"; not "was inaugurated on May 23, 2022", "their first meeting since the clashes of
 * September 17, 2019", "a follow-up meeting is set for March 4, 2020"). By weekday (0 = Sunday): the day,
 * or null when none or several qualify. One pass over the dates, so it stays linear.
 */
function meetingDaysByWeekday(text: string, found: Found[]): Array<CalendarDay | null> {
  const out: Array<CalendarDay | null | undefined> = new Array(7).fill(undefined);
  const several = new Set<number>();
  for (const c of found) {
    if (c.kind !== 'calendar' || c.year === null || c.month === null || c.day === null) continue;
    const window = text.slice(Math.max(0, c.start - 300), c.start);
    let from = window.length;
    while (from > 0 && window[from - 1] !== '\n' && !(/[.!?]/.test(window[from - 1]) && /\s/.test(window[from] ?? ''))) from--;
    const lead = window.slice(from);
    if (!MEETING_VERB_PATTERN.test(lead) && !MEETING_NOUN.test(lead)) continue;
    if (OTHER_OCCASION_LEAD.test(lead)) continue;
    const w = new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
    const prev = out[w];
    if (prev && (prev.year !== c.year || prev.month !== c.month || prev.day !== c.day)) several.add(w);
    out[w] = { year: c.year, month: c.month, day: c.day };
  }
  return out.map((d, w) => (several.has(w) ? null : d ?? null));
}

// Words before a date that put it on another occasion than the meeting being reported.
const OTHER_OCCASION_LEAD = /\b(?:since|until|before|after|previous|last|next|will|would|set for|scheduled|planned|expected|due)\b/i;

function weekdayReference(f: Found, byWeekday: Array<CalendarDay | null>): Reference | null {
  if (f.kind !== 'weekday' || f.weekday === undefined || f.modifier === 'last' || f.modifier === 'next' || f.modifier === 'past') return null;
  return byWeekday[f.weekday] ?? null;
}

/**
 * Days from the reference to the weekday meant. In news a bare weekday is the latest one on or
 * before the publication day ("met on Monday"), unless the words before it look ahead.
 */
function weekdayShift(f: Found, ref: CalendarDay, text: string): number {
  const refDow = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
  const target = f.weekday ?? 0;
  const back = (refDow - target + 7) % 7; // 0..6 days back
  const forward = (target - refDow + 7) % 7; // 0..6 days ahead
  if (f.modifier === 'last' || f.modifier === 'past') return -(back === 0 ? 7 : back);
  if (f.modifier === 'next') return forward === 0 ? 7 : forward;
  return looksAhead(text, f) ? forward : -back;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
