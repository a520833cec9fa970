// Where the meeting took place: a city named in a sentence that reports the meeting.
//
// Patterns handled (one example each):
//   meeting word, then "in"  "met in Oslo on 16 May", "said following talks with his counterpart in Oslo"
//   city phrase              "discussed ties in the Norwegian capital Oslo", "in the Black Sea resort of Sochi",
//                            "co-chaired the consultations in the southeastern Chinese city of Xiamen", "in a beach
//                            resort of Goa" (at any distance from the meeting word), "In the Kyrgyz city of
//                            Cholpon-Ata, A held a meeting with B" (before it)
//   visit                    "during his visit to Oslo", "arrived in Oslo for talks", "who arrived on an official visit to
//                            Tashkent on Wednesday" (an arrival's own date counts in the sentence that dates the meeting)
//   sidelines                "met on the sidelines of the summit in Rio de Janeiro" (the summit's city)
//   held/hosted              "the joint session that was held this time in Oslo", "Oslo hosted the talks"
//   venue, comma, city       "held talks at State House, Nairobi, where ..." (a known city only); "at the Montego Bay
//                            Convention Centre" (a venue named for its city)
//   seat of government       "talks in the Kremlin" (Moscow), "at the White House" (Washington): rules/places.ts
//   place, then the visit    "who is in Tashkent on an official visit", "in Nairobi for talks", "who is in Tbilisi as part
//                            of the PM's delegation", "who was visiting Busan to attend …" (a known city), "on a three-day
//                            visit" (a stay: its weekdays are the meeting's days), "Speaking in Jakarta after talks with …"
//   after a long object      "met today with [a title of many words and a name] in Washington" (known city only;
//                            a later meeting word in that object is tried on its own: "… Ministers meeting in Goa")
//   heading "City, Country"  "St. John's, Antigua and Barbuda" on a short line of its own near the top
//   header block             "March 12, 2021 / 16:20 / The Kremlin, Moscow", "London, Tuesday 14 March": a short
//                            line with a date, or under a date or time
//                            line; it beats a weak sentence candidate (an unknown name after "met in")
//   dateline (fallback)      "OSLO, May 16 (Wire) - ...", "Astana, 2022-10-06 –", "Rabat, 12 April 2022 –",
//                            "New Delhi, Nov 10 External Affairs Minister …" (no bracket, no dash),
//                            "MOSCOW, October 5. /TASS/.", "Hanoi (VNA) –", "BAKU, Azerbaijan, Oct. 2 (Trend) –",
//                            "ASTANA. KAZINFORM –", "January 20, 2022 - Paris, France - Global Affairs Canada"
//                            when no sentence names the place
//   title ", City, Date"     "Minister A's remarks during talks with B, Moscow, April 8, 2024", "… Before Bilateral Meeting |
//                            New York, NY" (a known city)
//   last resorts             a photo caption placing the meeting in a known city; "at Meseberg Castle" (a named
//                            castle, palace or estate); the capital of a host who received a guest ("Azerbaijan’s
//                            President … received the credentials of …", "the Ambassador of China to Nigeria")
// A city is a capital (rules/countries.ts), a listed city (rules/places.ts), any name after
// "capital"/"city of", or a capitalised name right after "met in"/"talks in" that is not a country.
// Not the meeting's place: places in sentences about another occasion ("Mogilev, which hosted
// last Thursday a meeting", "after that event ... met in X", "will visit Moscow", "agreed to meet
// again in X", "we last met in X"), places in quotations, places next to another date than the
// meeting's ("visit to Moscow in December"; the weekday in "on Tuesday, March 14" is the meeting's),
// places beside another year than the meeting's ("held talks in 2022 in Samarkand"), future events
// ("the summit, to be held in X", "will be held in X", "is due to take place in X", "the next summit in
// X": rules/places.ts FUTURE_EVENT_BEFORE), sentences past the lead that open on another occasion
// ("Earlier, ...", "Last week, ...", "In a separate meeting, ..."), a hope ("looked forward to … at the summit in X"),
// initials and house numbers ("a visit to SA", "talks in No 10": a listed seat, London), and a photo caption marked "File picture". An announcement that reports no
// meeting ("A will meet with B in Lima, Peru on November 16", extract/announcement.ts) is placed by its plan.
// Null when the text does not say.
//
// Known misses: inline transcript turns ("Name: we met in X") are not masked as quotations;
// venues without a city that are not listed seats ("at the Foreign Office"), places
// given only as a country ("talks in Norway"), a place named only in a later paragraph far
// from any meeting word; a future event named before the place ("the upcoming Samarkand summit").

import type { DateMention, PartialDate, Quote, Span } from '../model.js';
import type { ParsedDocument } from '../text/document.js';
import { isAnnouncement } from './announcement.js';
import { CAPITAL_VARIANTS, COUNTRIES, findCountry, findCountryByCapital } from '../rules/countries.js';
import { CITIES, CITY_ABBREVIATIONS, CITY_DOT_AGENCY_DATELINE, CITY_NOUNS, EVENT_SEATS, FUTURE_EVENT_BEFORE, HEADER_ROOMS, NOT_CITIES, REGIONS, SEATS_OF_GOVERNMENT, VENUE_WORDS } from '../rules/places.js';
import { dayWords, otherOccasionOpener } from './dates.js';
import { MONTHS, isTimeName } from '../rules/dates.js';
import { CALL_TITLE_PATTERN, CALLED_ON_TITLES, MEETING_VERB_PATTERN, OTHER_OCCASION_PATTERN, SPOKE_TO } from '../rules/meeting-words.js';
import { inside, quotedSpans } from './participants.js';
import { matchesOf } from '../text/matches.js';
import { ORGANISATION_HEADS } from '../rules/organisations.js';

const KNOWN = new Set<string>([
  ...COUNTRIES.map((c) => c.capital).filter((c): c is string => !!c),
  ...Object.keys(CAPITAL_VARIANTS),
  ...CITIES,
]);
// A dateline writes a city in capitals ("PORT OF SPAIN"): its name by its letters in any case.
const KNOWN_BY_CASE = new Map([...KNOWN].map((c) => [c.toLowerCase(), c]));
const NOT_CITY = new Set(NOT_CITIES);

// A city name: up to three capitalised words ("Nizhny Novgorod", "Rio de Janeiro", "St. Petersburg").
// Small words inside places' names: "Rio de Janeiro", "Dar es Salaam", "Foz do Iguaçu", "Stratford upon Avon".
const NAME_PARTICLE = String.raw`(?:de|el|la|al|es|da|do|dos|das|du|del|ul)`;
// (a particle may be joined by a hyphen: "Sharm el-Sheikh")
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\.)?(?:\s+(?:(?:${NAME_PARTICLE}|upon|of)(?:\s*|-))?\p{Lu}[\p{L}'’-]+){0,2}`;
// "the Norwegian capital", "the southeastern Chinese city of", "a beach resort of": up to three modifiers, any case.
// ("Kazakhstan's capital", "the Republic of Kazakhstan's capital": a possessive place is the determiner)
// ("at capital city Accra": the noun "capital" needs no determiner)
const CITY_NOUN_PHRASE = String.raw`(?:the\s+|an?\s+|(?=\p{Lu}[\p{L}-]+['’]s\s)|(?=capital\s+city\b))(?:[\p{L}][\p{L}-]+(?:['’]s)?\s+){0,3}(?:${CITY_NOUNS.join('|')})(?:\s+of)?`;
const CITY_PHRASE = String.raw`(?:${CITY_NOUN_PHRASE},?\s+)`;
const TRIGGER_WORDS = String.raw`(?:met|meet|meets|meeting|meetings|encounter|talks|talked|negotiations|consultations|summit|conversation|discussed|discuss|session|held|hosted|gathered|sat down|received|receiving|welcomed|welcomes|welcome|welcoming|visit|visited|visiting|arrived|arrival|trip|travell?ed|flew|hosts|hosting|co-chaired|co-hosted|(?:news|press|media) [cC]onference|joint (?:news|press|media) [bB]riefing|took place|welcoming ceremony|(?:delight|pleasure|honou?r|privilege)[”"’']?\s+to\s+have(?!\s+\p{Ll}+(?:ed|en|own|ung)\b)|call on|called on|calls on|spent\s+(?:[\p{L}\d-]+\s+){1,4}?with\s+(?:[\p{L}-]+\s+){0,3}?(?:${CALLED_ON_TITLES}|queen|senator|ambassador|envoy|counterpart|leader|mayor)(?![\p{L}'’])(?![^.;,]{0,40}?['’]s\s)|${SPOKE_TO})`;
// A title-case headline too: "Remarks Prior to a Meeting With … in London".
const TRIGGER = TRIGGER_WORDS.replace(/(^|\(\?:|\|)([a-z])/g, (_m, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`);

// Trigger word, a short gap without a sentence break, then "in"/"to" and the place.
// "at State House, Nairobi": a venue, a comma, then the city (a known one only).
// ("at State House, Main Street, Georgetown": a street between them)
const VENUE = String.raw`at\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4},\s+(?:(?:\d+\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|Road|Avenue|Boulevard|Square|Lane|Drive|Way),\s+)?`;
// The gap may hold a long title and name ("met today with the Deputy Minister of ... Anna Nowak in
// Washington"); past LONG_GAP only a known city counts.
// "in central Jakarta", "in downtown Lima": a part of the city is the city.
const CITY_PART = String.raw`(?:(?:central|downtown|northern|southern|eastern|western|north|south|east|west|old)\s+)?`;
// The gap may hold "Mr." or "Dr." before a name, but no full stop.
// (nor an initial's: "Brigadier David A. Granger … at State House", nor a generation's: "Ferdinand R. Marcos Jr. to Washington")
const GAP = String.raw`(?:[^.;!?]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|St|Amb|Jr|Sr|\p{Lu}))\.)`;
// "on the Indonesian resort island of Bali": an island takes "on"; "at" takes a capital city or a place "of" a name
// ("at capital city Accra", "at the Black Sea resort of Sochi"; not "arriving at the capital of Freedonia").
const AFTER_TRIGGER = new RegExp(String.raw`\b${TRIGGER}\b(${GAP}{0,160}?)(?:\b(?:in|to)\s+|\bon\s+(?=the\s+(?:[\p{L}-]+\s+){0,3}island\b)|\bat\s+(?=(?:the\s+)?capital\s+city\b|the\s+(?:[\p{L}-]+\s+){0,3}(?:resort|city|town|port|village)\s+of\s)|\b(${VENUE}))(${CITY_PHRASE})?${CITY_PART}(${NAME})`, 'gu');
const LONG_GAP = 90;
// "in Honolulu" before a comma (the state or country after it is checked apart).
const IN_PLACED_CITY = new RegExp(String.raw`\bin\s+(${NAME})(?=,\s)`, 'gu');
// (no comma after the noun: "In the capital, Ruto met …" names no city; only at the sentence's start, after at
// most a dateline or a date and a comma: not "X, who grew up in the coastal town of Kessel, met …", "Born in the port city of Mersel, …")
const CITY_BEFORE_TRIGGER = new RegExp(
  String.raw`^(?:[^.;!?]{0,60}?,\s+)?[Ii]n\s+${CITY_NOUN_PHRASE}\s+(${NAME})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?,[^.;!?]{0,200}?\b${TRIGGER}\b`,
  'gu',
);
// "After a ceremony at Government House in Auckland, including …, he held bilateral talks with …": the place of what
// came just before the talks, in the phrase that opens their sentence (a known city only).
const BEFORE_TALKS_IN_CITY = new RegExp(
  String.raw`^(?:After|Following|Ahead of|Before)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:ceremony|welcome|reception|arrival|lunch|luncheon|dinner|breakfast|parade|inspection)\b[^.;!?,]{0,80}?\bin\s+(${NAME}),[^.;!?]{0,160}?\b${TRIGGER}\b`,
  'u',
);
// Words that take the sentence elsewhere between the opening phrase and the talks.
const MOVED_ON = /\b(?:flew|flown|travell?ed|went|drove|took|left|headed|moved|arrived|returned|continued)\b|\b(?:to|in|at)\s+(?:the\s+)?\p{Lu}/u;
const TOPIC_IN_GAP = /\b(?:discuss\w*|including|issues?|regarding|concerning|about|on the (?!sidelines|margins|fringes|(?:same )?day\b|eve\b|occasion\b))\b/i;
const LATER_MEETING_NOUN = /\b(?:meeting|talks|summit|session|consultations|conversation|negotiations|conference)\s+(?:in|at)\b/i;
const IN_KNOWN_CITY = new RegExp(String.raw`^[^.;!?]{0,120}?\bin\s+(${NAME})`, 'u');
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const SEAT_ALT = Object.keys(SEATS_OF_GOVERNMENT)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// "on the sidelines of the 78th session of the UN General Assembly", "met at the UNGA": a gathering held in one city (not one
// discussed, nor one of another day: "held talks in September during the UN General Assembly").
const EVENT_ALT = Object.keys(EVENT_SEATS).sort((a, b) => b.length - a.length).map(escape).join('|');
// (the last word of each, looked for first: most sentences name none)
const EVENT_LAST_WORDS = [...new Set(Object.keys(EVENT_SEATS).map((k) => k.split(' ').pop()!))];
// ("on the sidelined of": as one report misspells it)
const AT_EVENT = new RegExp(String.raw`\b${TRIGGER}\b${GAP}{0,160}?\b(?:(?:sideline[sd]?|margins|fringes)\s+of|at)\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:(?:annual\s+)?session\s+of\s+the\s+)?(${EVENT_ALT})(?![\p{L}])`, 'gu');
const SEATS_LOWER = new Map(Object.entries(SEATS_OF_GOVERNMENT).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ' '), v]));
// "talks in the Kremlin", "hosted X at the White House": the seat of government stands for its city.
// "held talks … at the Montego Bay Convention Centre": a venue that bears its city's name.
const AT_CITY_VENUE = new RegExp(String.raw`\b${TRIGGER}\b${GAP}{0,160}?\bat\s+the\s+(${NAME})\s+(?:International\s+)?(?:Convention|Conference|Exhibition|Congress|Expo)\s+(?:Centre|Center|Hall|Complex)\b`, 'gu');
const AT_VENUE_CITY = new RegExp(String.raw`\b${TRIGGER}\b${GAP}{0,160}?\bat\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(${NAME})(?![\p{L}])`, 'gu');
const AT_SEAT = new RegExp(String.raw`\b${TRIGGER}\b${GAP}{0,160}?\b(?:in|at|inside|to)\s+(?:the\s+)?(${SEAT_ALT})(?![\p{L}])`, 'gu');
// "who is in Tashkent on an official visit", "in Nairobi for talks", "who is in Tbilisi as part of the Prime
// Minister's delegation", "in Busan to attend the summit", "is in Singapore at the invitation of …", "is in Port of Spain as
// part of the celebration of …", "arrived at New Delhi here on a four-day visit": the place, then the visit.
const IN_FOR_VISIT = new RegExp(
  String.raw`\b(?:in|arrived\s+at)\s+(${NAME})\s*,?\s+(?:here\s+)?(?:(?:on|for)\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:visit|trip|tour|talks|meeting|meetings|consultations|summit|negotiations)\b|as\s+part\s+of\s+(?:[\p{L}'’-]+\s+){0,4}?(?:delegation|visit|tour|celebrations?|commemorations?|festivities)\b|to\s+(?:attend|take\s+part\s+in|participate\s+in)\b|at\s+the\s+invitation\s+of\b)`,
  'gu',
);
// "traveled to Washington, DC yesterday to meet with Harris": a journey whose purpose, right after the place, is the meeting.
const JOURNEY = /^(?:travell?ed|flew)\b/iu;
const MEETING_PURPOSE_AFTER = /^[^.;!?]{0,40}?\b(?:to\s+meet(?:\s+with)?|for\s+(?:talks|a\s+meeting|meetings|consultations)\s+with)\s+((?:[\p{L}.'’-]+\s+){0,5}?\p{Lu}[\p{L}'’-]+)/u;

/**
 * The journey's purpose is this meeting: it is to meet someone the text named just before the journey's sentence ("traveled to
 * Washington yesterday to meet with Harris" under "his meeting with US vice president Kamala Harris"); not a journey to
 * meet someone else ("travelled to Stockholm on Monday to meet Swedish Prime Minister Karin Dahl").
 */
function journeyToThisMeeting(doc: ParsedDocument, s: Span, after: string): boolean {
  const m = MEETING_PURPOSE_AFTER.exec(after);
  if (!m) return false;
  const name = m[1].split(/\s+/).pop()!;
  // (within JOURNEY_LOOKBACK characters before it: linear however many journeys a text tells)
  return new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(doc.text.slice(Math.max(0, s.start - JOURNEY_LOOKBACK), s.start));
}
const JOURNEY_LOOKBACK = 3000;
// ("on a four-day visit", "on a 3-day state visit": a stay that spans the days around it)
const STAY = /\b(?:two|three|four|five|six|seven|\d)-day\s+(?:[\p{L}-]+\s+)?(?:visit|trip|tour)\b/iu;
// "Speaking in Jakarta after talks with …", "told reporters in Ankara following a meeting with …": the place, then the
// meeting it followed.
const IN_AFTER_MEETING = new RegExp(
  String.raw`\bin\s+(${NAME})\s*,?\s+(?:after|following|at the end of)\s+(?:his\s+|her\s+|their\s+|the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|meetings|consultations|negotiations)\b`,
  'gu',
);
// "who was visiting Busan in the Republic of Korea to attend …", "who was on Friday visiting Belgrade": the city a visitor
// was in (a known city only).
const VISITING_CITY = new RegExp(String.raw`\b(?:who\s+(?:is|was)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+|also\s+)?|while\s+)visiting\s+(${NAME})`, 'gu');
// "in 2022 in Samarkand", "in Porto in 2019": a bare year beside the place dates another occasion.
const YEAR_BEFORE = /\b(?:in|since|during|back in)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d{2})\s*,?\s*(?:in|at|to)?\s*(?:the\s+)?$/;
// (month names, capitalised: "May" too, which the lists above leave out)
const MONTH_NAMES = Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may').map((m) => m[0].toUpperCase() + m.slice(1));
const LAST_TIME_AFTER = new RegExp(String.raw`^[^.;!?]{0,50}?\blast\s+(?:year|month|${MONTH_NAMES.join('|')})\b`, 'u');
// "welcome you to the White House last September", "met in Madrid last year", "to Washington, D.C., last fall", "in
// Oslo in September of last year": right after the place, a past time.
const PAST_TIME_AFTER = new RegExp(String.raw`^(?:,?\s+D\.C\.)?,?\s+(?:last\s+(?:year|month|week|fall|autumn|spring|summer|winter|${MONTH_NAMES.join('|')})|in\s+(?:${MONTH_NAMES.join('|')})\s+of\s+last\s+year)\b`, 'u');
// "the COP26 Summit in Glasgow in November": right after the place, a month other than the meeting's.
const MONTH_AFTER = new RegExp(String.raw`^,?\s+(?:in|this|next|later\s+(?:in|this))\s+(?:early\s+|late\s+|mid-)?(${MONTH_NAMES.join('|')})\b`, 'u');
const FIRST_SINCE = /^[\p{L}'’. -]{0,40}?\bfirst\b[\p{L}'’. -]{0,40}?\bsince\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d{2}\b/u;
const YEAR_AFTER = /^[\p{L}'’. -]{0,40}?\b(?:in|since|during)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d{2})\b/u;
// "a two-day visit to the Senegalese capital, during which …": the capital of the country named.
const ADJ_CAPITAL = new RegExp(
  String.raw`\b${TRIGGER}\b[^.;!?]{0,120}?\b(?:in|to|at)\s+the\s+(${COUNTRIES.flatMap((c) => c.adjectives).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\s+capital\b(?!\s*,?\s+\p{Lu})`,
  'gu',
);
/** A readout's title that names a call: "Readout of … Call with …", "Statement … on … Phone Conversation with …". */
const CALL = /\b(?:(?:tele)?phon(?:e|ic) (?:call|conversation|talks?)|video (?:call|conference|link)|(?:by|on the|over the) (?:tele)?phone|videoconference)\b/i;
const HOSTED = new RegExp(String.raw`(${NAME})\s+(?:hosted|played host to|welcomed)\b`, 'gu');
// The date in a dateline: "May 16", "May 16, 2021", "16 May 2021", "2022-10-06", "06.10.2022".
// ("Monday 11 September 2023": a weekday may come first)
const DATELINE_DATE = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:[\p{Lu}][\p{L}]+\.?\s+\d{1,2}(?:(?:,\s*|/)\d{4})?|\d{1,2}\s+[\p{Lu}][\p{L}]+\.?(?:\s+\d{4})?|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})`;
// "MOSCOW, October 5. /TASS/." ends in the agency between slashes instead of a dash.
const DATELINE = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{Lu}\p{L} .'’-]{1,40}?)(?:,\s*([\p{Lu}][\p{L} .]{1,30}))?,?\s*(?:${DATELINE_DATE}\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]|(?<=\)\s*):|(?<=\))(?=\s*\p{Lu})|(?<=\d{4})(?=\s+\p{Lu})|(?<=\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})(?=\s+\p{Lu})|\.?\s*/\p{Lu}[\p{L}-]{1,20}/)`,
  'u',
);
// A header line under the date: "The Kremlin, Moscow", "Government House, Bangkok", or just "Moscow".
const HEADER_PLACE = new RegExp(
  String.raw`^(?:(?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|del|du|des|di|la|of)\s+)?\p{Lu}[\p{L}'’.-]*){0,4},\s*)?(${NAME})\s*$`,
  'u',
);
const CITY_THEN_DATE = new RegExp(String.raw`^(${NAME}),\s*`, 'u');
const HEADER_DATE = /\d{4}|\d{1,2}:\d{2}|\b\d{1,2}\s+[A-Z][a-z]+|\b[A-Z][a-z]+\.?\s+\d{1,2}\b/;

interface Candidate {
  city: string;
  start: number;
  score: number;
  /** Index of the sentence it was found in. */
  sentence?: number;
  /** Found after "arrived": the arrival's own date may be the day before the meeting. */
  arrival?: boolean;
  /** A stay of days ("arrived at New Delhi here on a four-day visit on Thursday"): its dates are the stay's, not another occasion's. */
  stay?: boolean;
  /** A journey made for the meeting ("traveled to Washington yesterday to meet with Harris"): its day is the journey's. */
  journey?: boolean;
}

/** Sentences this far past the lead are deep in the story: a place there yields to the dateline's. */
const DEEP_SENTENCES = 3;

export function findMeetingPlace(
  doc: ParsedDocument,
  meetingDate: PartialDate | null = null,
  dates: DateMention[] = [],
  quotes: Quote[] = [],
  asked: readonly Span[] = [],
): string | null {
  try {
    // (a reporter's question, like a quotation, names places the meeting is not: "Q  Steve's trip to Moscow, …?")
    const masked = [...quotedSpans(doc, quotes), ...asked].sort((a, b) => a.start - b.start);
    let best: Candidate | null = null;
    // "A will meet with B in Lima, Peru on November 16" and nothing more: the plan is the meeting the text is about.
    const announced = isAnnouncement(doc);
    for (const [si, s] of doc.sentences.entries()) {
      if (s.text.length > 5000) continue;
      // "Earlier, A met C in Bergen": past the lead, a sentence on another occasion.
      if (si > 1 && otherOccasionOpener(s.text)) continue;
      const cands: Candidate[] = [];
      AFTER_TRIGGER.lastIndex = 0;
      for (let m = AFTER_TRIGGER.exec(s.text); m; m = AFTER_TRIGGER.exec(s.text)) {
        const gap = m[1] ?? '';
        // "discussed … with his counterpart X, who arrived on a visit to Tashkent": the relative clause's own
        // trigger is read again from where it starts.
        const rel = /[,(]\s*(?:which|who|where)\b/.exec(gap);
        if (rel) {
          AFTER_TRIGGER.lastIndex = m.index + m[0].indexOf(gap) + rel.index + rel[0].length;
          continue;
        }
        const venue = !!m[2];
        const phrase = !!m[3];
        const city = namedWithCountry(m[4], s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)) ?? cityName(m[4], phrase);
        if (!city && findCountry(m[4])) {
          // "met with X, Ambassador of Kazakhstan to Georgia, in Tbilisi on 22 February": past the
          // country, a known city further on in the same reach.
          const from = m.index + m[0].length;
          const later = IN_KNOWN_CITY.exec(s.text.slice(from, Math.min(s.text.length, m.index + 200)));
          const known = later ? cityName(later[1], false) : null;
          if (known && KNOWN.has(known)) cands.push({ city: known, start: s.start + from + later!.index + later![0].length - later![1].length, score: 3 });
        }
        // ("held talks at the capital, Reuters reported": after a comma, only a known city is the capital's name)
        if (!city || ((venue || /,\s*$/.test(m[3] ?? '')) && !KNOWN.has(city))) continue;
        // ("at the Black Sea resort of Sochi", not what was discussed: "discussed the shelling at the border city of X")
        if (m[3] && /\bat\s+$/.test(m[0].slice(0, m[0].length - m[4].length - m[3].length)) && TOPIC_IN_GAP.test(m[0])) continue;
        // "to" only after a visit or arrival: "talks to Lavrov" is not a place.
        const lead = m[0].slice(0, m[0].length - m[4].length - (m[3]?.length ?? 0));
        // ("welcomed X to Nadi": a welcome takes "to" too.)
        if (/\bto\s+$/.test(lead) && !/\b(?:visit|visited|visiting|visits|trip|journey|travel(?:l?ed)?|flew|arrival)\s+to\s+$/i.test(lead) && !/^welcom/i.test(m[0])) continue;
        // ("welcoming Sweden to NATO": a country welcomed to a body joins it; no one travels there)
        const welcomed = /^welcom\p{L}*\s+(?:the\s+)?(.+?)\s+to\s+$/iu.exec(lead);
        if (welcomed && findCountry(welcomed[1])) continue;
        // "in the Indian city of Goa" names a city at any distance, unless it is inside what was discussed ("discussed aid
        // for … the landslides in the mountain town of Kessel", "on a range of issues, including … the town of Kessel").
        // ("… at the Headquarters of the Indo-Pacific Command in Honolulu, Hawaii": a city its state or country follows is one)
        const placed = placedIn(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
        if (gap.length > LONG_GAP && !KNOWN.has(city) && !placed && !(phrase && !TOPIC_IN_GAP.test(m[0]))) {
          // "met X … on the sidelines of the … meeting in Goa": a meeting noun later in the gap may stand by the
          // place (not a verb of another occasion: "a week after Y was received by the president in Kessel").
          const from = m[0].indexOf(gap);
          const noun = LATER_MEETING_NOUN.exec(m[0].slice(from));
          if (noun) AFTER_TRIGGER.lastIndex = m.index + from + noun.index;
          continue;
        }
        const start = s.start + m.index + m[0].length - m[4].length;
        const journey = JOURNEY.test(m[0]) && journeyToThisMeeting(doc, s, s.text.slice(m.index + m[0].length, m.index + m[0].length + 80));
        cands.push({ city, start, score: (KNOWN.has(city) || phrase ? 3 : 1) + (gap.length < 40 ? 1 : 0), arrival: /^arriv/i.test(m[0]), journey });
      }
      // "In the Kyrgyz city of Cholpon-Ata, A held a meeting with B": a city named as one, before the trigger.
      for (const m of matchesOf(CITY_BEFORE_TRIGGER, s.text)) {
        const city = cityName(m[1], true);
        if (city) cands.push({ city, start: s.start + m.index + m[0].indexOf(m[1]), score: 3 });
      }
      const opening = BEFORE_TALKS_IN_CITY.exec(s.text);
      // (not when the sentence moves on before the talks: "After a dinner in Paris, the minister flew to Rome where …")
      if (opening && !MOVED_ON.test(opening[0].slice(opening[0].indexOf(opening[1]) + opening[1].length))) {
        const city = cityName(opening[1], false);
        if (city && KNOWN.has(city)) cands.push({ city, start: s.start + opening[0].indexOf(opening[1], opening[0].search(/\bin\s/)), score: 3 });
      }
      // "paid a courtesy call on President X at State House Entebbe": a venue named with its city, no comma between.
      for (const m of matchesOf(AT_VENUE_CITY, s.text)) {
        const city = cityName(m[1], false);
        if (city && KNOWN.has(city) && !seatCity(m[0].slice(m[0].lastIndexOf(' at ') + 4))) cands.push({ city, start: s.start + m.index + m[0].length - m[1].length, score: 3 });
      }
      for (const m of matchesOf(AT_CITY_VENUE, s.text)) {
        const city = cityName(m[1], false);
        if (city && KNOWN.has(city)) cands.push({ city, start: s.start + m.index + m[0].lastIndexOf(m[1]), score: 3 });
      }
      for (const m of matchesOf(AT_SEAT, s.text)) {
        const city = seatCity(m[1]);
        if (city) cands.push({ city, start: s.start + m.index + m[0].length - m[1].length, score: 3 });
      }
      for (const m of EVENT_LAST_WORDS.some((w) => s.text.includes(w)) ? matchesOf(AT_EVENT, s.text) : []) {
        cands.push({ city: EVENT_SEATS[m[1].replace(/\s+/g, ' ')], start: s.start + m.index + m[0].length - m[1].length, score: 3 });
      }
      for (const m of matchesOf(IN_FOR_VISIT, s.text)) {
        const city = cityName(m[1], false);
        if (city) cands.push({ city, start: s.start + m.index + m[0].indexOf(m[1]), score: KNOWN.has(city) ? 3 : 2, stay: STAY.test(m[0]) });
      }
      // "met with B … at the Headquarters of the Indo-Pacific Command in Honolulu, Hawaii": a city its state or country
      // places, however far along the meeting sentence.
      for (const m of s.text.includes(', ') && MEETING_VERB_PATTERN.test(s.text.slice(0, 1000)) ? matchesOf(IN_PLACED_CITY, s.text) : []) {
        const city = namedWithCountry(m[1], s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)) ?? cityName(m[1], false);
        // (not a place of what was discussed: "discussed the attacks in Kharkiv, Ukraine")
        if (city && placedIn(s.text.slice(m.index + m[0].length)) && !TOPIC_IN_GAP.test(s.text.slice(0, m.index))) cands.push({ city, start: s.start + m.index + m[0].indexOf(m[1]), score: 3 });
      }
      for (const m of matchesOf(IN_AFTER_MEETING, s.text)) {
        const city = cityName(m[1], false);
        if (city && KNOWN.has(city)) cands.push({ city, start: s.start + m.index + m[0].indexOf(m[1]), score: 3 });
      }
      for (const m of s.text.includes('visiting') ? matchesOf(VISITING_CITY, s.text) : []) {
        const city = cityName(m[1], false);
        if (city && KNOWN.has(city)) cands.push({ city, start: s.start + m.index + m[0].indexOf(m[1]), score: 3 });
      }
      for (const m of s.text.includes('capital') ? matchesOf(ADJ_CAPITAL, s.text) : []) {
        const capital = findCountry(m[1])?.capital;
        if (capital) cands.push({ city: capital, start: s.start + m.index + m[0].length - 'capital'.length, score: 3 });
      }
      // "met on the sidelines of the Munich Security Conference": a known city that names the event.
      for (const m of matchesOf(SIDELINES_NAMED_EVENT, s.text)) {
        const city = cityName(m[1], false);
        if (city && KNOWN.has(city)) cands.push({ city, start: s.start + m.index + m[0].indexOf(m[1]), score: 3 });
      }
      for (const m of matchesOf(HOSTED, s.text)) {
        const city = cityName(m[1], false);
        if (city && KNOWN.has(city)) cands.push({ city, start: s.start + m.index, score: 2 });
      }
      for (const c of cands) {
        if (inside(masked, c.start)) continue;
        if (!announced && otherOccasion(doc, s, c.start)) continue;
        if (!announced && FUTURE_EVENT_BEFORE.test(doc.text.slice(Math.max(s.start, c.start - 80), c.start))) continue;
        // "X on Thursday discussed … with Y, who arrived on an official visit to Tashkent on Wednesday": an arrival told
        // in the sentence that dates the meeting is where the meeting was.
        if (!c.journey && !(c.arrival && datesMeeting(dates, meetingDate, s)) && otherDate(doc, dates, meetingDate, s, c.start, c.stay)) continue;
        if (otherTime(doc, meetingDate, s, c)) continue;
        if (!best || c.score > best.score) best = { ...c, sentence: si };
      }
      if (best && best.score >= 3) break;
    }
    // A phone or video call has no place: the dateline is only where the story was written, and a
    // city the callers talk about ("the summit in Hangzhou") is another occasion's.
    // (the first meeting sentence, past any lines of page furniture above the lead)
    // (a narrative sentence: a speaker's "we had a very good call with X the other day" is not the report's lead)
    const lead = doc.sentences.slice(0, 24).find((x) => x.start < 4000 && !inside(masked, x.end - 1) && MEETING_VERB_PATTERN.test(x.text.slice(0, 1000)) && !otherOccasionOpener(x.text));
    if (lead && CALL.test(lead.text.slice(0, 1000))) return null;
    // ("Readout of the President's Call with Prime Minister X" above "The President spoke today with X": the title
    // says what the lead leaves out)
    if (CALL_TITLE_PATTERN.test(doc.title)) return null;
    // A header block names the venue and city outright; a weak sentence candidate does not. A city
    // named only deep in the story ("during the president's visit to Moscow, …") gives way to the
    // dateline's: the lead that leaves the place out was written where the meeting was.
    const leadIndex = lead ? doc.sentences.indexOf(lead) : 0;
    const deep = best && best.sentence !== undefined && best.sentence > leadIndex + DEEP_SENTENCES ? datelineCity(doc) : null;
    if (deep) return deep;
    if (best && best.score >= 3) return best.city;
    // Remarks pages have no narrative: the speakers say where they are ("welcome you to Moscow",
    // "here in Jakarta"), after any header, heading or dateline.
    return headerCity(doc) ?? headingCityCountry(doc) ?? titleCityDate(doc) ?? best?.city ?? datelineCity(doc) ?? spokenCity(doc, masked) ?? captionCity(doc) ?? venueName(doc) ?? hostCapital(doc) ?? visitCapital(doc);
  } catch {
    return null;
  }
}

/**
 * The last resorts, when no sentence of the story names the place: a photo caption near the top that places
 * the meeting in a known city ("… shake hands before their meeting at the prime minister's residence in Tokyo"),
 * then a named castle, palace or estate the story holds it at ("at Meseberg Castle outside of Berlin": Meseberg).
 * A file picture shows another occasion.
 */
function captionCity(doc: ParsedDocument): string | null {
  for (const p of doc.paragraphs.slice(0, 8)) {
    if (!p.ignored || p.end - p.start > 500) continue;
    const body = doc.text.slice(p.start, p.end).replace(/\s+/g, ' ');
    // ("… during the G20 Summit, in New Delhi, on September 9 2023. File picture": an older occasion's photo, dated)
    if (/\b(?:file|archive)\s+(?:picture|photo|image)\b/iu.test(body) && /\b(?:19|20)\d{2}\b/u.test(body)) continue;
    AFTER_TRIGGER.lastIndex = 0;
    for (let m = AFTER_TRIGGER.exec(body); m; m = AFTER_TRIGGER.exec(body)) {
      const city = cityName(m[4], !!m[3]);
      if (city && KNOWN.has(city) && !/\bto\s+$/.test(m[0].slice(0, m[0].length - m[4].length))) return city;
    }
  }
  return null;
}

// "at Meseberg Castle", "at the 18th-century Meseberg Palace" (not "the Presidential Palace": a name without "the").
// ("at the Schloss Meseberg", "the Château de Versailles": the castle's name after the word, as German and French write it;
// a seat of government, "Schloss Bellevue", is read as its city before this; not "the Château Frontenac", a hotel)
const VENUE_NAME = /\b(?:at|in)\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)-century\s+)?(?:(\p{Lu}\p{Ll}+)\s+(?:Castle|Palace|Manor|Estate|Lodge|Château|Chateau)\b|(?:the\s+)?(?:Schloss\s+|Ch[âa]teau\s+de\s+)(\p{Lu}\p{Ll}+)\b)/u;

function venueName(doc: ParsedDocument): string | null {
  for (const s of doc.sentences.slice(0, 12)) {
    const m = VENUE_NAME.exec(s.text);
    const name = m ? m[1] ?? m[2] : undefined;
    if (name && !findCountry(name) && !NOT_CITY.has(name)) return name;
  }
  return null;
}

// An active host verb with a person or their credentials as its object (not "was received by", "welcomed the
// decision", "met their hosts", "received the award").
const HOST_VERB = /(?<!\b(?:was|were|is|are|been|being)\s+)\b(?:received|hosted|welcomed)\s+(?:in\s+audience\s+)?(?:the\s+)?(?=(?:credentials|visiting|newly|\p{Lu}))/u;
const POSTED_TO_COUNTRY = /\b[Aa]mbassador\b[^.;]{0,60}?\bto\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})/u;

/**
 * A readout that never names the city: a host receives a guest at home, so the capital of the host's country
 * ("Azerbaijan’s President Ilham Aliyev on Tuesday received the credentials of …": Baku), or of the country an
 * ambassador received is posted to ("the Ambassador of China to Nigeria": Abuja). Only in the lead.
 */
function hostCapital(doc: ParsedDocument): string | null {
  const lead = doc.sentences.slice(0, 4).find((s) => HOST_VERB.test(s.text.slice(0, 400)));
  if (!lead) return null;
  const text = lead.text.slice(0, 600);
  const posted = POSTED_TO_COUNTRY.exec(text);
  const to = posted ? findCountry(posted[1]) : undefined;
  if (to?.capital) return to.capital;
  // The host's country right before their title: "Azerbaijan’s President …", "Kenyan President …".
  const before = text.slice(0, HOST_VERB.exec(text)?.index ?? 0);
  const host = /^(?:[^,.;]{0,40}?\s)?(\p{Lu}[\p{L}-]+?)(?:['’]s)?\s+(?:President|Prime Minister|Foreign Minister|Minister|King|Emir|Chancellor|Premier|Vice President)\b/u.exec(before);
  const c = host ? findCountry(host[1]) : undefined;
  return c?.capital ?? null;
}

// The visit the meeting happened on ("a two-day state visit to Ghana", "Murmu's state visit to Ghana", "her second visit
// this year to Jordan"), not one before or after it, to come or called off ("ahead of a visit to China", "after
// returning from a visit to Ghana", "due to begin a visit to India", "the anniversary of Xi's visit to Russia", "a visit
// to India, which has been postponed"), nor a visit to attend an event elsewhere in the country.
const VISIT_TO_COUNTRY = /\bvisit\s+(?:(?:this|last)\s+year\s+)?to\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’-]+){0,3})/u;
const NOT_YET_VISIT = /\b(?:upcoming|planned|forthcoming|next|future|proposed|possible|invit\w*|will|would|plans?|expected|due|preparations?|anniversary|postponed|ahead|before|after|following|returning|since|previous|earlier|last|discuss\w*|building on|built on|builds on)\b[^.;]{0,60}$/iu;
// After the country: a visit called off, dated another time, to an event, or to a town the text names.
const CALLED_OFF_AFTER = /^[^.;]{0,60}\b(?:postponed|cancell?ed|called off|next (?:week|month|year)|later this|in (?:January|February|March|April|May|June|July|August|September|October|November|December)|to attend|which was to|to the (?:town|city|port|resort|island) of)\b/u;

function visitCapital(doc: ParsedDocument): string | null {
  for (const s of doc.sentences.slice(0, 4)) {
    const m = VISIT_TO_COUNTRY.exec(s.text.slice(0, 600));
    if (!m || NOT_YET_VISIT.test(s.text.slice(Math.max(0, m.index - 60), m.index)) || CALLED_OFF_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const ws = m[1].split(/\s+/);
    for (let n = ws.length; n >= 1; n--) {
      const c = findCountry(ws.slice(0, n).join(' '));
      if (c) return c.capital ?? null;
    }
  }
  return null;
}

// In a speaker's words: "welcome you to Moscow", "(out) here in Jakarta", "we met today in Geneva".
// (a host's bare "Mr. Prime Minister, welcome to Washington", and "to have you here at the White House")
const SPOKEN_PLACE = new RegExp(String.raw`\b(?:welcome(?:d)? (?:you|him|her|them|everyone|all of you|[\p{L}. ]{2,40}?) (?:here |back )?to|welcome (?:back |here )?to|(?:out )?here in|(?:have|having) you here at|(?:meet|met|meeting|talks) (?:today |here )?in)\s+((?:the\s+)?${NAME})`, 'gu');

// After a bare welcome's place: the sentence goes on no further, or says where in it ("welcome to Washington, D.C.",
// "here at the White House in the Oval Office"). Before it: a wish or a standing invitation.
const NOW_AFTER = /^(?:\s*[.,!;]|\s+in\s+the\b|\s+today\b)/u;
const LATER_BEFORE = /\b(?:always|are|is|be|will|would|’re|'re|love to|like to|hope to|want to|look forward to)\s+$/iu;

/** A known city the speakers of a transcript or quote name as where they are; null when none. */
function spokenCity(doc: ParsedDocument, spoken: readonly Span[]): string | null {
  for (const q of spoken.slice(0, 40)) {
    for (const m of matchesOf(SPOKEN_PLACE, doc.text.slice(q.start, Math.min(q.end, q.start + 3000)))) {
      // "to Moscow.\nGermany is …": the name ends at a sentence end.
      const name = m[1].split(/\.\s/u)[0];
      // ("welcome you to the White House": a seat of government stands for its city, in the host's own welcome only,
      // not "you were kind enough to welcome me to the White House")
      // ("Abdullah, welcome back to the White House": the host's too)
      // (a bare welcome or "have you here at" only for where they are now: not "welcome to New York next month", "you are
      // always welcome to Moscow", "I'd love to have you here at Camp David")
      const bare = /^(?:welcome (?:here )?to|have you|having you)\b/iu.test(m[0]);
      const at = q.start + m.index;
      if (bare && (!NOW_AFTER.test(doc.text.slice(at + m[0].length, at + m[0].length + 12)) || LATER_BEFORE.test(doc.text.slice(Math.max(0, at - 25), at)))) continue;
      // (nor a welcome or a meeting of another time: "I was honored to welcome you to the White House last September",
      // "when we met in Madrid last year")
      if (PAST_TIME_AFTER.test(doc.text.slice(at + m[0].length, at + m[0].length + 50))) continue;
      const seat = bare || /^welcome (?:you|back)\b/iu.test(m[0]) ? seatCity(name.replace(/^the\s+/iu, '')) : null;
      const city = seat ?? cityName(name, false);
      if (city && KNOWN.has(city)) return city;
    }
  }
  return null;
}

/** The city a seat of government stands for ("the Kremlin" → Moscow), or null. */
function seatCity(raw: string): string | null {
  return SEATS_LOWER.get(raw.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/**
 * A year other than the meeting's written beside the place: "held talks in 2022 in Samarkand"; or a past month or year
 * after it: "who was in Beijing at the invitation of Xi Jinping last October"; or another month right after it: "outcomes
 * at the COP26 Summit in Glasgow in November" (of a meeting in June).
 */
function otherTime(doc: ParsedDocument, meeting: PartialDate | null, s: Span, c: Candidate): boolean {
  const rest = doc.text.slice(c.start + c.city.length, Math.min(s.end, c.start + c.city.length + 60));
  if (LAST_TIME_AFTER.test(rest)) return true;
  const month = MONTH_AFTER.exec(rest)?.[1];
  if (month && meeting?.month != null && MONTHS[month.toLowerCase()] !== meeting.month) return true;
  const before = YEAR_BEFORE.exec(doc.text.slice(Math.max(s.start, c.start - 30), c.start));
  // ("at the White House was the first for a Jamaican leader since 1995": the year dates the time before, not this one)
  const after = FIRST_SINCE.test(rest) ? null : YEAR_AFTER.exec(rest);
  const year = Number((before ?? after)?.[1] ?? NaN);
  if (!Number.isFinite(year)) return false;
  return meeting?.year == null || meeting.year !== year;
}

/** "St. John's, Antigua and Barbuda" on a short line of its own near the top: a city, then its country. */
function headingCityCountry(doc: ParsedDocument): string | null {
  for (const p of doc.paragraphs.slice(0, 8)) {
    if (p.start > 2000) break;
    const line = doc.text.slice(p.start, p.end).trim().replace(/^[*_]+|[*_]+$/gu, '');
    if (line.length > 60 || line.includes('\n')) continue;
    const m = CITY_COUNTRY_LINE.exec(line);
    if (!m || !findCountry(m[2].trim()) || findCountry(m[1].trim())) continue;
    const city = m[1].trim();
    if (NOT_CITY.has(city.split(/\s+/)[0])) continue;
    return city;
  }
  return null;
}

const CITY_COUNTRY_LINE = new RegExp(String.raw`^(${NAME}),\s*((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|of|the)?\s*\p{Lu}[\p{L}'’.-]*){0,3})$`, 'u');

/** A capital, a listed city, or a country, in any case ("Vilnius", "BUENOS AIRES", "Chile"). */
export function isKnownPlace(name: string): boolean {
  const t = name.trim();
  if (!t) return false;
  const title = t.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
  return KNOWN.has(t) || KNOWN.has(title) || !!findCountry(t);
}

// ", Indonesia" after a name: the name is a place of that country, however many words it has. The country is a name,
// not an adjective ("in Geneva Tuesday, Swiss officials said").
const COUNTRY_AFTER = /^,\s*((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}'’.-]*){0,3})/u;
// Words of a venue or a feature's name, not a city's: "Nairobi National Park, Kenya", "Villa Somalia".
const VENUE_WORD = new Set([...ORGANISATION_HEADS, ...VENUE_WORDS]);

/**
 * "in Labuan Bajo, Indonesia", "in Nusa Dua, Bali, Indonesia": a place of two or three words the gazetteer does
 * not list, followed by a country (or a region and a country), is a city by its form ("Victoria Falls, Zimbabwe"); null
 * otherwise, and for a venue's name ("Nairobi National Park, Kenya" is read as Nairobi by the rules after).
 */
function namedWithCountry(raw: string, after: string): string | null {
  const words = raw.trim().replace(/[.,]$/, '').split(/\s+/);
  if (words.length < 2 || NOT_CITY.has(words[0]) || findCountry(words.join(' ')) || KNOWN.has(words.join(' '))) return null;
  if (words.some((w) => !/^\p{Lu}\p{Ll}/u.test(w) || VENUE_WORD.has(w.toLowerCase()) || isTimeName(w) || DAY_PARTS.has(w))) return null;
  return placedIn(after) ? words.join(' ') : null;
}
const REGION_SET = new Set(REGIONS);

/** ", Hawaii", ", Peru": a state, region or country right after a name, which places it (not a nationality: ", Peruvian"). */
function placedIn(after: string): boolean {
  const next = COUNTRY_AFTER.exec(after);
  if (!next) return false;
  const ws = next[1].split(/\s+/);
  for (let n = ws.length; n >= 1; n--) {
    const name = ws.slice(0, n).join(' ');
    const c = findCountry(name);
    if ((c && (c.name === name || !c.adjectives?.includes(name))) || REGION_SET.has(name.replace(/\.$/, ''))) return true;
  }
  return false;
}
// (besides weekdays and months, rules/dates.ts isTimeName: "in Hiroshima Sunday Morning")
const DAY_PARTS = new Set(['Morning', 'Afternoon', 'Evening', 'Night']);

const JOINED_NAME = new RegExp(String.raw`^(\p{Lu}\S*\s+${NAME_PARTICLE}\s+\p{Lu}[\p{L}'’-]*)`, 'u');
function cityName(raw: string, phrase: boolean): string | null {
  let name = raw.trim().replace(/\.$/, '').replace(/[’']s$/, '');
  // "Central Jakarta", "Greater London": a part of a known city is the city.
  const part = /^(?:Central|Downtown|Greater|Old|North|South|East|West|Northern|Southern|Eastern|Western)\s+(.+)$/u.exec(name);
  if (part && KNOWN.has(part[1])) return part[1];
  // "Oslo On" / "Minsk Today": keep the longest known prefix, else the first word.
  const words = name.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const w = words.slice(0, n).join(' ');
    if (KNOWN.has(w)) return w;
  }
  // "Dar es Salaam", "Ciudad del Este": a name joined by a small word is one place, known or not (not what follows it:
  // "in Dar es Salaam Tuesday").
  const joined = JOINED_NAME.exec(name)?.[1];
  if (joined) return joined;
  name = words[0];
  if (NOT_CITY.has(name) || findCountry(name)) return null;
  // "a visit to SA", "talks in No 10": initials and a house number are no city (but "in NY", "in DC": rules/places.ts).
  if (CITY_ABBREVIATIONS[name]) return CITY_ABBREVIATIONS[name];
  if (/^\p{Lu}{1,3}$/u.test(name) || /^\d/u.test(words[1] ?? '')) return null;
  // "Pasay City", "Quezon City": the city's own name.
  if (words.length === 2 && words[1] === 'City') return `${name} City`;
  if (!phrase && words.length > 1 && !NOT_CITY.has(words[1])) return null; // "in Foreign Affairs Committee"
  return name;
}

// "Remarks prior to a meeting with X in London": words said before the meeting, at the meeting's place.
const BEFORE_THE_MEETING = /\b(?:prior to|before|ahead of)\s+(?:a|the|their|his|her)\s+(?:meeting|talks)\b/giu;
const SIDELINES = /\bon the (?:sidelines|margins|fringes) of\b/gi;
// "the Arab Summit, concluded earlier on the day in Dhahran": the gathering's own day, the meeting's too, and its city.
const EVENT_EARLIER_THAT_DAY = /\b(?:(?:which|that)\s+)?(?:was\s+)?(?:held|concluded|ended|opened|closed)\s+earlier\s+(?:on|in)\s+(?:the|that)\s+day\b/gi;
const SIDELINES_NAMED_EVENT = /\b[Oo]n the (?:sidelines|margins|fringes) of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:\p{Lu}[\p{L}-]+ ){0,3}(?:[Cc]onference|[Ss]ummit|[Ff]orum|[Dd]ialogue|Meeting|Talks|Assembly|Congress|Games)\b/gu;

/** The clause around the place is about an earlier, later or separate occasion. */
function otherOccasion(doc: ParsedDocument, s: { start: number; end: number }, at: number): boolean {
  // "met on the sidelines of the summit in X": the summit's city is the meeting's.
  // After the place, only its own clause: in "welcomed X to the White House on Tuesday and told
  // reporters the two would have …" the "would" is another clause's.
  const after = doc.text.slice(at, Math.min(s.end, at + 60));
  const clauseEnd = /;|\s(?:and|but)\s/u.exec(after);
  const around = doc.text
    .slice(Math.max(s.start, at - 120), at + (clauseEnd ? clauseEnd.index : after.length))
    .replace(SIDELINES, ' ')
    .replace(BEFORE_THE_MEETING, ' ')
    .replace(EVENT_EARLIER_THAT_DAY, ' ');
  // "Building on the Vice President's August 2021 visit to Singapore, the leaders …": the phrase names the earlier visit.
  if (BUILDING_ON.test(doc.text.slice(Math.max(s.start, at - 120), at))) return true;
  // "They looked forward to strengthening unity at the NATO Summit in Vilnius in July": a hope names a later event.
  if (LOOKING_FORWARD.test(doc.text.slice(Math.max(s.start, at - 160), at))) return true;
  return OTHER_OCCASION_PATTERN.test(around);
}

const BUILDING_ON = /\b(?:building|built|builds) on\b[^,;]*$/iu;
const LOOKING_FORWARD = /\blook(?:s|ed|ing)? forward to\b[^,;]*$/iu;

/** Another date than the meeting's sits next to the place ("visit to Moscow in December"). */
function otherDate(doc: ParsedDocument, dates: DateMention[], meeting: PartialDate | null, s: Span, at: number, stay = false): boolean {
  for (const d of dates) {
    if (d.end < s.start || d.start > s.end) continue;
    if (Math.abs(d.start - at) > 60) continue;
    // A stay of days holds the days around the meeting: a weekday, or a day of the meeting's month, is one of them.
    if (stay && (d.month === null || d.month === meeting?.month)) continue;
    // With no meeting date known, a nearby date says nothing either way.
    if (meeting && !sameDay(d, meeting) && !besideMeetingDate(doc, dates, meeting, d)) return true;
  }
  return false;
}

/** The sentence holds the meeting's own date. */
function datesMeeting(dates: DateMention[], meeting: PartialDate | null, s: Span): boolean {
  return dates.some((d) => d.start >= s.start && d.end <= s.end && sameDay(d, meeting));
}

/** "on Tuesday, March 14": the weekday written next to the meeting's date is part of it. */
function besideMeetingDate(doc: ParsedDocument, dates: DateMention[], meeting: PartialDate, d: DateMention): boolean {
  return dates.some(
    (o) =>
      o !== d &&
      sameDay(o, meeting) &&
      (o.start >= d.end ? /^[\s,]{0,3}$/.test(doc.text.slice(d.end, o.start)) : o.end <= d.start && /^[\s,]{0,3}$/.test(doc.text.slice(o.end, d.start))),
  );
}

function sameDay(d: DateMention, m: PartialDate | null): boolean {
  if (!m) return false;
  if (dayWords(d.text) === dayWords(m.text)) return true;
  return d.month !== null && d.month === m.month && d.day === m.day;
}

/** "The Kremlin, Moscow" on a short line of its own near the top, within three lines of a date or time line. */
function headerCity(doc: ParsedDocument): string | null {
  let lastDate = -10;
  // A place line seen before any date line ("WASHINGTON, D.C." above "OCTOBER 26, 2023").
  let pending: { city: string; index: number } | null = null;
  let abroad: boolean | undefined;
  // "Casa Rosada • Buenos Aires, Argentina November 30, 2018 • 7:27 A.M. AST": each part of a bulleted line is one.
  const lines = doc.paragraphs.slice(0, 16).filter((p) => p.start <= 2000).flatMap((p) => {
    const line = doc.text.slice(p.start, p.end).trim();
    return (line.length <= 160 && /\s[•|]\s/u.test(line) ? line.split(/\s+[•|]\s+/u) : [line]).map((part) => ({ index: p.index, line: part }));
  });
  for (const p of lines) {
    const line = p.line;
    if (line.length > 60 || line.includes('\n')) continue;
    if (HEADER_DATE.test(line) && !/[.!?]$/.test(line)) {
      // "London, Tuesday 14 March": the place and the date on one line; also "April 2, 2023, 3:11 p.m. Beijing".
      const lead = CITY_THEN_DATE.exec(line);
      if (lead && KNOWN.has(lead[1].trim()) && HEADER_DATE.test(line.slice(lead[0].length))) return lead[1].trim();
      const tail = DATE_THEN_CITY.exec(line);
      if (tail && KNOWN.has(tail[1].trim())) return tail[1].trim();
      if (pending && p.index - pending.index <= 3) return pending.city;
      lastDate = p.index;
      continue;
    }
    const city = headerPlace(line);
    if (!city) continue;
    // (a room's name stands for the White House only where the header's clock is a US one: a "Blue Room" over
    // "2:15 P.M. EET" is another palace's)
    if (HEADER_ROOMS[roomName(line)] && (abroad ??= foreignClock(doc))) continue;
    if (p.index - lastDate <= 3) return city;
    // (the nearest place line above the date: "THE WHITE HOUSE" masthead, then "East Room" over the date)
    pending = { city, index: p.index };
  }
  return null;
}

// A transcript header's clock: "2:15 P.M. EET"; the time zones of the United States.
const HEADER_CLOCK = /\b\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?\s+([A-Z]{2,5})\b/u;
const US_ZONES = new Set(['EST', 'EDT', 'ET', 'CST', 'CDT', 'CT', 'MST', 'MDT', 'MT', 'PST', 'PDT', 'PT', 'AKST', 'AKDT', 'HST']);

/** The header's clock (in the first 2,000 characters) names a time zone outside the United States. */
function foreignClock(doc: ParsedDocument): boolean {
  const zone = HEADER_CLOCK.exec(doc.text.slice(0, 2000))?.[1];
  return !!zone && !US_ZONES.has(zone);
}

/** A header line as the room tables hold it: without a Markdown page's emphasis. */
const roomName = (line: string): string => line.trim().replace(/^[*_]+|[*_]+$/gu, '');

/** A header line naming a known city: "The Kremlin, Moscow", "Moscow", "WASHINGTON, D.C.", "Washington, DC". */
function headerPlace(line: string): string | null {
  // (a Markdown page's emphasis around the line: "*Tokyo, Japan**")
  const plain = line.trim().replace(/^[*_]+|[*_]+$/gu, '').replace(/,?\s+D\.?\s?C\.?$/u, '');
  // "San Diego, California": a city of two or three words and its region
  const region = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s*(\p{Lu}[\p{L} ]+)$/u.exec(plain);
  if (region && REGION_SET.has(region[2].trim()) && !findCountry(region[1])) return region[1];
  const seat = seatCity(plain.replace(/^the\s+/i, '')) ?? HEADER_ROOMS[plain];
  if (seat) return seat;
  for (const form of [plain, titleCase(plain)]) {
    const m = HEADER_PLACE.exec(form);
    if (m && KNOWN.has(m[1].trim())) return m[1].trim();
  }
  return null;
}

const titleCase = (s: string): string => (/\p{Ll}/u.test(s) ? s : s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase()));
// "Sunday, April 2, 2023, 3:11 p.m. Beijing": a header line that ends in the city.
const DATE_THEN_CITY = new RegExp(String.raw`\d(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?,?\s+(${NAME})\s*$`, 'u');

/**
 * A title that ends in ", City, Date": "Minister A's remarks during talks with B, Moscow, April 8, 2024"
 * (a transcript under it has no lead to name the place). A known city only, but for a bar's place with its region.
 */
function titleCityDate(doc: ParsedDocument): string | null {
  // Below a page's menus too: the first lines that are not furniture.
  for (const p of doc.paragraphs.slice(0, 16)) {
    if (p.start > 2000) break;
    const line = doc.text.slice(p.start, Math.min(p.end, p.start + 400));
    if (line.includes('\n')) continue;
    const m = TITLE_CITY_DATE.exec(line);
    if (m && KNOWN.has(m[1].trim())) return m[1].trim();
    // (after a bar, a place with its country or region is a place however little known: "| Bethlehem, West Bank"; not
    // "| Prime Minister's Office, Singapore")
    const bar = PIPE_TITLE.test(line) ? TITLE_PIPE_CITY.exec(line) : null;
    const region = bar?.[2]?.replace(/^,\s*/u, '').trim();
    if (bar && (KNOWN.has(bar[1].trim()) || (region && (findCountry(region) || REGION_SET.has(region)) && !INSTITUTION_WORD.test(bar[1])))) return bar[1].trim();
  }
  return null;
}

const TITLE_CITY_DATE = new RegExp(String.raw`,\s+(${NAME}),\s+${DATELINE_DATE}\s*$`, 'u');
// "Remarks by A and B Before Bilateral Meeting | New York, NY": the place after a bar, with its state or country.
// (one bar only, after a title that names the occasion: not a menu, "Home | News | Offices | London")
const PIPE_TITLE = /^[^|]*\b(?:Remarks|Meeting|Readout|Statement|Call|Talks|Press Conference|News Conference|Visit|Summit)\b[^|]*\|[^|]*$/u;
const INSTITUTION_WORD = /\b(?:Office|Ministry|Department|House|Palace|Building|Hall|Secretariat|Headquarters)\b/u;
const TITLE_PIPE_CITY = new RegExp(String.raw`\s\|\s+(${NAME})(,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*$`, 'u');

// A news release's line "January 20, 2022 - Paris, France - Global Affairs Canada": the date, then the place.
const DATE_FIRST_DATELINE = new RegExp(String.raw`^${DATELINE_DATE}\s+[-–—]\s+(${NAME})(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s+[-–—]\s`, 'u');

/** The country whose capital the dateline names ("Kathmandu, Jan 7 (PTI)" is Nepal), or null. */
export function datelineCountry(doc: ParsedDocument): string | null {
  const city = datelineCity(doc);
  return city ? findCountryByCapital(city)?.name ?? null : null;
}

function datelineCity(doc: ParsedDocument): string | null {
  // A scraped page puts the site's name, menus, the headline and a date line above the dateline.
  const first = doc.paragraphs.slice(0, 8).filter((p) => !p.ignored && p.start < 3000);
  for (const p of first) {
    const dot = CITY_DOT_AGENCY_DATELINE.exec(doc.text.slice(p.start, Math.min(p.end, p.start + 120)));
    const known = dot && KNOWN_BY_CASE.get(dot[1].trim().toLowerCase());
    if (known) return known;
    const line = doc.text.slice(p.start, p.end).trim();
    // "ANKARA" on a line of its own, "ISLAMABAD: Foreign Minister …" (Dawn).
    const m =
      DATELINE.exec(doc.text.slice(p.start, Math.min(p.end, p.start + 120))) ??
      DATE_FIRST_DATELINE.exec(line) ??
      (/^\p{Lu}[\p{Lu} .'’-]{2,30}$/u.test(line) ? [line, line] : null) ??
      /^(\p{Lu}[\p{Lu} .'’-]{2,30}):\s/u.exec(line);
    if (!m) continue;
    const raw = m[1].trim();
    // (in capitals, as the place is written: "PORT OF SPAIN" is Port of Spain; "State House, Freetown, Monday 11
    // September 2023 –": a venue, then its city)
    const city = KNOWN_BY_CASE.get(raw.toLowerCase()) ?? (m[2] ? KNOWN_BY_CASE.get(m[2].trim().toLowerCase()) : undefined);
    if (city) return city;
    const title = raw.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
    // "KUWAIT, March 9 (KUNA)": a city-state's name is its capital's ("Kuwait City", "Singapore").
    const capital = findCountry(title)?.capital;
    if (capital && capital.startsWith(title)) return capital;
  }
  return null;
}
