// Who took part in the meeting. (First version: to be replaced.)

import type { Participant, Quote } from '../model.js';
import type { ParsedDocument } from '../text/document.js';
import type { PeopleIndex } from './people.js';

export function findParticipants(doc: ParsedDocument, people: PeopleIndex, quotes: Quote[]): Participant[] {
  void doc;
  void people;
  void quotes;
  return [];
}
