// Meetings from documents: reports of the same meeting merged into one. (First version: one meeting per document.)

import type { DocumentRecord, MeetingRecord } from '../model.js';

export function mergeMeetings(documents: DocumentRecord[]): MeetingRecord[] {
  return documents.map((d) => ({
    id: d.id,
    date: d.date,
    location: d.location,
    participants: d.participants,
    agenda: d.agenda.map((a) => a.text),
    documents: [d.id],
  }));
}
