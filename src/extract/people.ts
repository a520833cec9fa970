// People and bodies the document introduces, and every mention of them.
// (First version: to be replaced by the full name/title/country learner.)

import type { Person, Span } from '../model.js';
import type { ParsedDocument } from '../text/document.js';

/** One place where the text names or describes a known person. */
export interface Mention extends Span {
  /** Index into PeopleIndex.people. */
  person: number;
  text: string;
}

export interface PeopleIndex {
  people: Person[];
  mentions: Mention[];
}

export function findPeople(doc: ParsedDocument): PeopleIndex {
  void doc;
  return { people: [], mentions: [] };
}
