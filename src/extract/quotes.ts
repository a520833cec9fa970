// Quotes and who said them. (First version: to be replaced.)

import type { Quote } from '../model.js';
import type { ParsedDocument } from '../text/document.js';
import type { PeopleIndex } from './people.js';

export function findQuotes(doc: ParsedDocument, people: PeopleIndex): Quote[] {
  void doc;
  void people;
  return [];
}
