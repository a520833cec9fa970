// The record types: the one source of truth for the JSON contract.
// schema/record.schema.json describes the same shapes; tests check both agree.

/** A character offset into the decoded text of a file (UTF-16 code units, as JavaScript strings count). */
export type Offset = number;

export interface Span {
  start: Offset;
  end: Offset;
}

/**
 * A date as the text gives it (GOLD.md's meetingDate): parts the text does not give are null, so "on Monday" and
 * "today" have no month or day. A calendar date's missing year may be filled from the report's date line.
 */
export interface PartialDate {
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** YYYY-MM-DD when the day is fully known: the text's own date, or the day "on Monday" / "today" falls on. */
  iso: string | null;
  /**
   * For a weekday or a relative day ("on Monday", "yesterday"): the calendar day it falls on, counted from the
   * report's date line or publication line (or a full date of the text on that weekday); absent when unknown.
   */
  resolved?: { year: number | null; month: number; day: number };
}

/** The calendar parts of a record's date: the text's own, or for "on Monday" the day it was resolved to. */
export function calendarOf(d: PartialDate): { year: number | null; month: number | null; day: number | null } {
  return d.month === null && d.resolved ? d.resolved : d;
}

/** A date found in the text, with where it was found. */
export interface DateMention extends PartialDate, Span {}

export type QuoteKind = 'direct' | 'transcript' | 'indirect';

export interface Quote extends Span {
  /** Canonical name of the person or body who said it; null when the speaker is uncertain. */
  speaker: string | null;
  /** The quoted words, without the enclosing quotation marks. */
  text: string;
  kind: QuoteKind;
  /** The speech verb or cue that attributes it ("said", "according to", ":" for a transcript line); null if none. */
  cue: string | null;
  /** 1-based line of `start` in the file. */
  line: number;
}

/** A person or body the document introduces, with every name it uses for them. */
export interface Person {
  /** The fullest name the document gives. */
  name: string;
  /** Title or role as the text gives it ("President", "Minister of Foreign Affairs"), or null. */
  role: string | null;
  /** Country the text ties them to ("Belarus"), or null. */
  country: string | null;
  /** 'person' or 'body' (a ministry, a government, a news agency). */
  type: 'person' | 'body';
  /** Other names and descriptions the text uses for them ("Lavrov", "the Russian minister"). */
  aliases: string[];
}

export interface Participant {
  name: string;
  role: string | null;
  country: string | null;
}

export interface AgendaItem extends Span {
  text: string;
}

export interface DocumentRecord {
  /** Path relative to the corpus folder, without extension, with forward slashes. */
  id: string;
  /** Path relative to the corpus folder, as found. */
  path: string;
  title: string;
  /** The date of the meeting the document reports, or null when the text gives none. */
  date: PartialDate | null;
  /** Every date the text mentions. */
  dates: DateMention[];
  /** The day the report was written ("YYYY-MM-DD": its dateline or publication line, else the page's or --reference-date), or null. */
  published: string | null;
  /** The city where the meeting took place, or null. */
  location: string | null;
  participants: Participant[];
  /** People and bodies the document names, with their aliases. */
  people: Person[];
  quotes: Quote[];
  agenda: AgendaItem[];
}

export interface MeetingRecord {
  id: string;
  date: PartialDate | null;
  location: string | null;
  participants: Participant[];
  /** Agenda topics from all reports, without repeats. */
  agenda: string[];
  /** Ids of the documents that report this meeting. */
  documents: string[];
}

export interface ExportRecord {
  schemaVersion: 1;
  documents: DocumentRecord[];
  meetings: MeetingRecord[];
}

export const SCHEMA_VERSION = 1 as const;
