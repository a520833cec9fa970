// An announcement: a text that reports no meeting, only one to come ("President A will welcome President B to the
// White House on May 7. The leaders will review …"). Its plan is the meeting it is about: dates and places read the plan.

import type { ParsedDocument } from '../text/document.js';
import { EARLIER_OCCASION_PATTERN, FUTURE_PLAN_PATTERN, MEETING_VERB_PATTERN } from '../rules/meeting-words.js';

// A sentence that looks ahead: "will meet", "is scheduled to", "to be held".
const LOOKS_AHEAD = /\b(?:will|shall|(?:is|are) (?:scheduled|due|expected|set|slated) to|plans? to|to be held)\b/i;

/**
 * True when a sentence past the title plans a meeting ("will welcome", "is to meet") and none reports one (an earlier
 * call it recalls does not count: "Biden last spoke to Prime Minister Modi in March"). Read once per
 * document: dates, places and the agenda all ask.
 */
export function isAnnouncement(doc: ParsedDocument): boolean {
  let known = seen.get(doc);
  if (known === undefined) seen.set(doc, (known = readAnnouncement(doc)));
  return known;
}
const seen = new WeakMap<ParsedDocument, boolean>();

function readAnnouncement(doc: ParsedDocument): boolean {
  let planned = false;
  for (const s of doc.sentences) {
    if (s.paragraph === doc.headline) continue;
    const text = s.text.slice(0, 1000);
    // (a meeting on another occasion reports none of its own: "Biden last spoke to Prime Minister Modi in March")
    if (MEETING_VERB_PATTERN.test(text) && !LOOKS_AHEAD.test(text) && !EARLIER_OCCASION_PATTERN.test(text)) return false;
    planned ||= FUTURE_PLAN_PATTERN.test(text);
  }
  return planned;
}
