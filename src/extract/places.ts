// Where the meeting took place. (First version: to be replaced.)

import type { ParsedDocument } from '../text/document.js';

export function findMeetingPlace(doc: ParsedDocument): string | null {
  void doc;
  return null;
}
