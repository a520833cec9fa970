// A document's record from the extractors, in the order they depend on each other.

import type { DocumentRecord, Span } from '../model.js';
import { parseDocument } from '../text/document.js';
import { findPeople, tieBodiesToDateline } from '../extract/people.js';
import { findQuotes } from '../extract/quotes.js';
import { findTranscripts } from '../extract/transcripts.js';
import { asWritten, findDates, findMeetingDate, findPublished, writtenDays, type CalendarDay } from '../extract/dates.js';
import { datelineCountry, findMeetingPlace } from '../extract/places.js';
import { findParticipants } from '../extract/participants.js';
import { findAgenda } from '../extract/agenda.js';

export interface AnalyzeOptions {
  /** Fills years and relative days ("on Monday") when the text has no date line of its own. */
  referenceDate?: CalendarDay | null;
}

export type Analysis = Omit<DocumentRecord, 'id' | 'path'>;

/** Everything the extractors find in one text. Never throws on any string. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = parseDocument(text);
  const people = findPeople(doc);
  tieBodiesToDateline(doc, people, datelineCountry(doc));
  const turns = findTranscripts(doc, people);
  const quotes = findQuotes(doc, people, turns);
  // A reporter's question asks, it does not report: its days, topics and names are not the meeting's.
  const asked = turns.filter((t) => t.question);
  const unasked = (x: Span) => !asked.some((t) => t.start <= x.start && x.end <= t.end);
  const dates = findDates(doc, options.referenceDate ?? null);
  const date = findMeetingDate(doc, dates.filter(unasked), quotes.filter((q) => q.kind !== 'indirect'));
  // Agenda before participants: a name inside a topic ("the legacy of X") is not a participant.
  const agenda = findAgenda(doc, { date, dates }).filter(unasked);
  const written = writtenDays(doc, dates);
  return {
    title: doc.title,
    // (the extractors read resolved days; the record gives each date as the text does, GOLD.md's meetingDate)
    date: date && asWritten(date, written),
    dates: dates.map((d) => asWritten(d, written)),
    published: findPublished(doc, options.referenceDate ?? null),
    location: findMeetingPlace(doc, date, dates, quotes, asked),
    participants: findParticipants(doc, people, quotes, agenda, asked),
    people: people.people,
    quotes,
    agenda,
  };
}
