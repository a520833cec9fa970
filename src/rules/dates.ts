// Date words: months, weekdays, relative days, and the cues that tell a meeting's own date
// from other dates a report mentions. General English; extend freely.

/** Month names and abbreviations, lower case, to month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names, lower case, to JavaScript's getUTCDay() number (Sunday = 0). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Relative day words and their offset in days from the reference date. */
export const RELATIVE_DAYS: Record<string, number> = {
  // ("Earlier today" is the whole expression, as a reader quotes it)
  'earlier today': 0,
  'earlier this morning': 0,
  'earlier this afternoon': 0,
  'earlier this evening': 0,
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  yesterday: -1,
  'last night': -1,
  tomorrow: 1,
};

/**
 * Words right after a weekday or a relative day that belong to the same expression: the part of the day ("Thursday
 * evening", "yesterday morning"), the week ("Friday last week", which is a "last Friday"), and a Portuguese and Spanish
 * paper's day of the month in brackets ("Wednesday (17)").
 */
export const DAY_TAILS: { pattern: RegExp; modifier?: string }[] = [
  { pattern: /^\s+(?:morning|afternoon|evening|night)\b/i },
  { pattern: /^\s+last\s+week\b(?!['’])/i, modifier: 'last' },
  { pattern: /^\s+\(\d{1,2}\)/ },
];

/** Words that make a weekday between them and an article a newspaper's name: "the Sunday Times", "the Monday Morning Post". */
export const PAPER_WORDS: string[] = [
  'Times', 'Telegraph', 'Express', 'Mirror', 'Herald', 'Post', 'Observer', 'Tribune', 'Mail', 'Standard', 'Sun', 'Star',
  'Independent', 'Guardian', 'Nation', 'Morning',
];

/**
 * Words shortly before a date that say the event lies ahead ("will meet on Monday",
 * "the meeting that will take place on 31 May", "scheduled for June 3").
 */
export const FUTURE_CUES: string[] = [
  'will', "'ll", 'shall', 'to be held', 'is to', 'are to', 'is due', 'are due', 'due to', 'scheduled',
  'planned', 'plans to', 'expected', 'upcoming', 'forthcoming', 'next', 'ahead of', 'in the run-up to',
  'set to', 'until', 'is going to', 'are going to', 'am going to', 'to take place',
  // ("we’re going to meet …", not "going to Paris on Friday for the conference, met …")
  "we're going to", 'we’re going to', "they're going to", 'they’re going to', "i'm going to", 'i’m going to',
  "you're going to", 'you’re going to', "he's going to", 'he’s going to', "she's going to", 'she’s going to',
  'intend', 'intends', 'would',
];

/**
 * Words shortly before a date that tie it to something else than the meeting itself
 * ("since 16 May", "as of June 1", "a ceasefire agreed on 5 September").
 */
export const OTHER_EVENT_CUES: string[] = [
  'since', 'as of', 'from', 'born', 'signed', 'agreed', 'adopted', 'announced', 'elected', 'appointed',
  // An arrival or departure is the visit's frame, not the meeting ("who arrived in Tokyo on Thursday").
  'arrived', 'arrives', 'arriving', 'landed', 'flew in', 'departed', 'departing', 'left for', 'leaving', 'before leaving',
];

/**
 * Nouns of other events and documents a date may modify or belong to: "in her Wednesday morning press conference",
 * "their joint initiative for Europe's recovery of 18 May".
 */
export const OTHER_EVENT_NOUNS: string[] = [
  'press conference', 'news conference', 'briefing', 'speech', 'address', 'interview', 'vote', 'elections?', 'referendum',
  'statement', 'announcement', 'rally', 'ceremony', 'parade', 'attacks?', 'strikes?', 'deadline', 'broadcast', 'tweet',
  'letter', 'initiative', 'agreement', 'accord', 'declaration', 'decision', 'decree', 'resolution', 'memorandum', 'treaty',
  'communiqu[eé]', 'ceasefire', 'truce', 'protests?', 'earthquake', 'floods?', 'report',
  // "Executive Order 14257 of April 2, 2025", "the Proclamation of 3 May": an instrument's date
  'order', 'proclamation', 'directive', 'law', 'act',
];

/** Lines near the top that carry a publication date ("Published: 16.05.2016 14:20", "Updated 3 June 2019"). */
export const PUBLICATION_CUES: string[] = [
  'published', 'posted', 'updated', 'date', 'released', 'last updated', 'first published',
];

/**
 * Words that put the rest of a sentence ahead of the report's time, wherever they stand before
 * the date ("X will also meet Y, a minister, on Friday", "X travels on to Y on Friday for talks").
 * They lose to a meeting verb in the past written after them ("A, who will visit B, met C on Monday").
 */
export const AHEAD_CUES: string[] = [
  'will', "'ll", 'shall', 'is due to', 'are due to', 'is expected to', 'are expected to', 'is set to', 'are set to',
  'plans to', 'plan to', 'intends to', 'is to', 'are to', 'travels on', 'travel on', 'heads on', 'flies on', 'goes on',
  'moves on', 'is scheduled to', 'are scheduled to', 'is going to', 'are going to',
];

/** Past meeting verbs that, written after an ahead cue, bring the sentence back to the meeting. */
export const PAST_MEETING_VERBS: string[] = [
  'met', 'held', 'signed', 'agreed', 'discussed', 'received', 'hosted', 'visited', 'talked', 'welcomed', 'reviewed',
  'addressed', 'exchanged', 'sat down', 'spoke', 'took place', 'convened', 'reached', 'struck', 'inked',
];

/** A day's or a month's name, or a relative day ("Tuesday", "May", "yesterday"), in any case. */
export function isTimeName(w: string): boolean {
  const lw = w.toLowerCase();
  return lw in WEEKDAYS || lw in MONTHS || lw in RELATIVE_DAYS;
}
