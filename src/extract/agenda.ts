// What was on the table. (First version: to be replaced.)

import type { AgendaItem } from '../model.js';
import type { ParsedDocument } from '../text/document.js';

export function findAgenda(doc: ParsedDocument): AgendaItem[] {
  void doc;
  return [];
}
