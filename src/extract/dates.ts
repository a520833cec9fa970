// Dates mentioned in the text, and which one is the meeting's. (First version: to be replaced.)

import type { DateMention, PartialDate } from '../model.js';
import type { ParsedDocument } from '../text/document.js';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function findDates(doc: ParsedDocument, reference: CalendarDay | null): DateMention[] {
  void doc;
  void reference;
  return [];
}

export function findMeetingDate(doc: ParsedDocument, dates: DateMention[]): PartialDate | null {
  void doc;
  void dates;
  return null;
}
