// What was on the table: topics copied from the text, each a short noun phrase with offsets.
//
// Cues (data in rules/agenda.ts), one example each:
//   list after the cue   "met in Oslo to discuss trade, energy and the situation in the region"
//                        "the talks focused on energy", "exchanged views on regional issues"
//                        "Topping the agenda were three issues: trade, energy and security"
//                        "at the top of the agenda was energy security", "paid particular attention to X"
//                        "Among the issues A and B addressed were X and Y"
//                        "hosted A for talks on X, Y and Z", "talks that covered X", "a closed-door session on X"
//                        "with the focus on X", "Particular attention was paid to X", "raised the case of X"
//                        "briefed his guest on X", "the visit was dominated by X"
//                        "there are issues that require our attention, first of all X and Y"
//                        "talks that also covered X and Y"
//                        speakers' own words: "We discussed X, Y and Z", "I would like to discuss with you X"
//                        "The Secretary raised X and Y" (not "raised $4 million", "raised in Oslo")
//                        "talks had been frank on X" (not "agreed on X", "expressed concern about X": outcomes and stances)
//                        "attention was paid to A, where ..., and to B" (the cue's preposition resumes)
//                        "updated her counterpart on X", "took stock of X" (not "agreed to work together on X")
//                        "A, B, a dispute that has strained ties since 1998, and C" (the list goes on)
//   list before the cue  "X and Y were on the table",
//                        "Issues of trade and investment were touched upon", "Issues of expanding X,
//                        implementing Y, and preparing Z were discussed" (a fronted gerund list)
// Splitting: commas; "as well as", "especially (on)", "in particular"; "including" gives examples
// of the item before it, topics beside it ("energy projects, including a refinery" is "energy projects" and "a
// refinery"; a lone name stays with its item: "the regional situation, including Afghanistan"; who is no topic:
// "including with partners such as X"), and the item goes when it is only a category ("a range of issues, including
// X", "issues of trade, including X", "bilateral issues, including X", "regional and international matters, such as
// X", "other shared priorities, including X"); ", and on X" or "as well as" ends the examples; a colon
// keeps what follows it ("two issues: X and Y"); "and" splits unless it joins two modifiers
// ("trade and economic cooperation"), two proper names ("Ukraine and Syria"), or a thing and
// its own part ("the initiative and its evolution"), two heads sharing one "of" phrase ("the
// state and prospects of X"), two objects of a listing noun ("the fields of energy and
// critical minerals"), two adjectives before a shared noun ("other international and regional
// issues", compromise confirms on the three words), or two nouns before a shared relation head
// ("bilateral agriculture and space cooperation", "joint rail and energy projects"), or two numbers
// ("chapters 12 and 13"); it does split two full noun phrases each with its own determiner ("the
// situation in X and the Y border mission"); a numbered label keeps its "on" list whole ("chapters
// 12 and 13 on fisheries, forestry and rural policy"); a head, a preposition and a list of bare nouns
// stays whole ("cooperation in industry, agriculture and food security", "the working group with respect to
// innovation, science and education"; of "X and Y in industry, …" only the last noun phrase Y takes the list);
// "and" joins two bare objects of one preposition ("the importance of trade and jobs") and two verbs of one "to"
// ("measures to increase X and accelerate Y"); a pair that ends on a lone noun is one topic ("regional security and
// stability"; not after a head that is a topic of its own: "economic cooperation and terrorism"), and so are two nouns
// before a head of a pair's kind ("global food and energy security"). A count before a colon ("four issues:")
// splits further "and"s until the count is reached. A comma inside closing quotation marks
// separates items ('the "lithium triangle," as well as X').
// Skipped: the headline block (first paragraphs without a full stop), section headings (a short line in title case or
// bold) and photo captions and credit lines ("X and Y speak to the media after their talks in Z. Photo: ...", "(Photo: ...)").
// A list ends at a second verb phrase of the same subject ("discussed X and welcomed Y").
// Another meeting's topics: from a sentence that opens with a time shift and a meeting verb
// ("Earlier, A met B to discuss X", "Later on Tuesday, he held talks with C"), says "also met",
// or has a meeting verb and a day other than the meeting's ("On Wednesday, A met C"; the caller
// passes the meeting date), to the end of its paragraph (rules/meeting-words.ts).
// Dropped: vague items ("certain issues", "all questions with you", "an issue that ..."),
// topics of earlier/later occasions ("recently discussed", "last week", "came a month after A
// met B to discuss X"), willingness ("ready to discuss X"), pledges ("commit to consult on X", "intend to establish a
// dialogue to discuss X"; kept in an announcement), another thing's focus ("an exchange program with a focus on X"), a talk denied ("did not discuss X", "I don't want to talk
// about X"; not "didn't just discuss X"), what the talks built on (", building on X"), lists that are a time or occasion
// ("talks on Monday", "talks on the sidelines of"), verb phrases ("had thanked X",
// "preserve the memory of X"): word lists and endings decide most (rules/agenda.ts BASE_VERBS,
// NOUN_ENDINGS), compromise tags just an undecided item, loaded on first use; and pieces
// of a clause ("discuss them openly, as friends should": a pronoun, an "as" clause, a trailing modal).
//
// Known misses: topics given without a cue ("It is important to solve the issue of X", said
// X); verb phrases with a bare object ("protect forests": compromise cannot tell it from
// "transport links"); "non-proliferation of X and Y" splits at "and"; "cooperation in energy,
// trade and security" is one topic even when the writer meant three;
// "or" lists are one item; topics whose list spans several sentences; stances and plans with
// no cue ("welcomed progress on X", "underlined support for X"); another meeting reported later
// with no time shift, "also" or other day; an apposition inside a list ("the memory of the
// Second World War, the Great Patriotic War") reads as two items; a pair of two topics whose left head is no relation's
// ("economic security and fentanyl") reads as one.

import type { AgendaItem, DateMention, PartialDate } from '../model.js';
import { sectionHeading, type ParsedDocument, type Sentence } from '../text/document.js';
import { createRequire } from 'node:module';
import {
  ACT_PARTICIPLES,
  AUXILIARY_STARTS,
  BASE_VERBS,
  CLAUSE_VERBS,
  NOUN_ENDINGS,
  NUMBERED_LABELS,
  PAIR_HEAD_NOUNS,
  OWN_TOPIC_HEADS,
  PLAIN_ADJECTIVES,
  NOUN_READ_ADJECTIVES,
  STANCE_NOUNS,
  SUBJECTLESS_CLAUSE_VERBS,
  FORWARD_CUES,
  LOOSE_CUES,
  MEETING_SUBJECT_WORDS,
  ITEM_SEPARATORS,
  LIST_CONTAINERS,
  LIST_STOPS,
  NOT_TOPIC_STARTS,
  PASSIVE_CUES,
  VAGUE_NOUNS,
  VAGUE_QUANTIFIERS,
  RANGE_QUANTIFIERS,
  SERIES_HEAD_NOUNS,
  ISSUE_KINDS,
  ISSUE_SCOPES,
  WILLINGNESS_CUES,
} from '../rules/agenda.js';
import { ALSO_MET_PATTERN, NEW_MEETING_VERB_PATTERN, OTHER_MEETING_OPENER } from '../rules/meeting-words.js';
import { matchesOf } from '../text/matches.js';
import { isSpeechVerb } from '../rules/speech-verbs.js';
import { dayWords } from './dates.js';
import { isAnnouncement } from './announcement.js';
import { RELATIVE_DAYS } from '../rules/dates.js';
import { RANK_MODIFIERS, TITLES } from '../rules/titles.js';

const FORWARD = new RegExp(`\\b(?:${FORWARD_CUES.join('|')})\\b`, 'gi');
const PASSIVE = new RegExp(`\\b(?:${PASSIVE_CUES.join('|')})\\b`, 'gi');
// (not the full stop of "U.S." or "a.m.": "strengthening the Japan-U.S. Alliance")
// (nor a full stop with its space missing: "on the Indo-Pacific.They also discussed")
const STOP = new RegExp(`(?:(?<![A-Za-z]\\.[A-Za-z])[.]\\s|(?<=[a-z]{2})[.](?=[A-Z][a-z]+\\s)|[;!?]\\s|[.;!?]$|\\s[—–]\\s|\\s-\\s|,?\\s+\\b(?:${LIST_STOPS.join('|')})\\b)`, 'g');
// ", the foreign ministry said in a statement" / ", BelTA reported"
const ATTRIBUTION =
  /,[”"’»]?\s+(?:[^,]{0,80}?\s)?(?:said|says|reported|reports|noted|added|stated|told|stressed|emphasi[sz]ed|announced|explained|according|learnt|learned)\b/g;
const BRACKETED = /\([^()]{1,200}\)/g;
/** Whether an offset of `w` falls inside one of its brackets: "(India, Israel, United States, and UAE)". */
function insideBrackets(w: string): (at: number) => boolean {
  const spans = w.includes('(') ? matchesOf(BRACKETED, w).map((b) => [b.index, b.index + b[0].length]) : [];
  return (at) => spans.some(([a, b]) => a < at && at < b);
}
// A comma may sit inside closing quotation marks: the "lithium triangle," and X.
// (the aside's commas: after it, the topic's own preposition goes on)
// (or how: "joint efforts, including through NATO and the OSCE, to address …")
const ASIDE = /,\s+(?:in\s+(?:close\s+|full\s+|tight\s+)?(?:coordination|cooperation|consultation|concert|partnership)\s+with|together\s+with|alongside|with|including\s+(?:through|via|by|at|in))\s+[^,;:.!?]{3,80},\s+(?=(?:to|of|against|toward|towards|for|on)\s)/gu;
const SEPARATOR = new RegExp(
  `(?:,[”"’»]?\\s*|\\s+)(?:${ITEM_SEPARATORS.join('|')})\\b,?(?:\\s+(?:on|about|concerning|regarding|of|with|to))?\\s+|:\\s+|,[”"’»]?\\s+(?:and|or)\\s+|,[”"’»]?\\s+`,
  'gi',
);
const OTHER_OCCASION = /\b(?:earlier|previously|recently|in the past|last (?:week|month|year)|next (?:week|month|year)|later this)\b/i;
// "The meeting came after Tokyo and Beijing discussed X": a cue in the clause of what came before (not "The talks, which
// came after months of tension, focused on X": a comma closes that clause).
const CAME_AFTER = /\b(?:came|comes|followed|follows)\s+(?:(?:a|one|two|three|several)\s+\w+\s+)?(?:after|before)\b[^,;]*$/i;
// "The talks came a month after A met B in X to discuss Y": the cue belongs to an earlier meeting.
const EARLIER_MEETING = /\b(?:after|before|since)\b[^.;]{0,120}?\b(?:met|visited|hosted|received|held talks)\b[^.;]{0,120}$|\b(?:days|weeks|months|a day|a week|a month) after (?:a |their )?(?:meeting|talks)\b[^.;]{0,160}$|\b(?:last|first|previously) met\b/i;
const NOT_TOPIC_START = new RegExp(`^(?:${NOT_TOPIC_STARTS.join('|')}|\\d+)\\b`, 'i');
const WILLING = new RegExp(`\\b(?:${WILLINGNESS_CUES.join('|')})\\s+(?:to\\s+)?$`, 'i');
// (not after "the": "the wounded", "the displaced" are people)
const MODIFIER_BEFORE_COMMA = /\b(?:of|a|an|our|their|its|his|her)\s+\p{Ll}[\p{Ll}-]*ed$/u;
const EXAMPLE_SEPARATOR = /\b(?:including|such as|notably|like)\b/i;
// Separators that end an "including" tail and go back to the main list: ", and on X", "as well as".
const RESUME_SEPARATOR = /\b(?:as well as|along with)\b|,\s+(?:and|or)\s+(?:on|about|regarding|concerning)\b|:/i;
const EXAMPLE_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;
// "with the focus on A" inside a list: the cue is not part of the topic.
const INNER_CUE = /^with (?:the |a |an )?(?:\w+ )?(?:focus|emphasis) on\s+/i;
// "with" and a listener: a possessive or "the" and an office or "counterpart", and/or capitalised words of titles and
// names ("President Ruto", "Prime Minister Hale of Aruba", "Shoigu and Gerasimov"), before a topic that opens on a
// determiner or a lower-case word.
const LISTENER =
  /^\s*with\s+(?:(?:the|his|her|their|its|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:counterparts?|colleagues?|hosts?|guests?|[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Ee]mir|[Ff]oreign [Mm]inister|[Mm]inister|[Ss]ecretary)\b)?(?:,?\s*(?:and\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)*\s+(?=(?:the|a|an|his|her|their|its|our|this|these|bilateral|regional|\p{Ll}+ing)\s)/u;
const LEAD_JUNK =
  /^(?:(?:(?:and|also|then|further|openly|in (?:great |more |some )?(?:detail|depth)|at (?:some |great )?length|first of all|above all|first and foremost|primarily|namely|with (?:you|him|her|them|us)|on|about|upon)\b|[,:“”"‘’«»'\s(])\s*)+/i;
const TOPIC_PREFIX =
  /^(?:(?:the|some|certain|topical|pressing|key|important|current|various|other|a number of|a range of)\s+)*(?:issues?|matters?|questions?|topics?|problems?)\s+(?:of|concerning|related to|relating to|regarding|on|about|around)\s+/i;
// "A range of regional and international matters was tabled": how many is no part of the topic.
const AMOUNT_PREFIX = /^an?\s+(?:(?:wide|broad|whole|long)\s+)?(?:range|host|variety|raft|series|number|array)\s+of\s+/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT_HEAD = /\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:\w+\s+)?(?:issues|topics|questions|matters|areas|points|subjects|items|priorities)\s*$/i;
// ", and the Secretary underscored X": a new subject and verb end the list (subject of at most seven words: "and President A and Prime Minister B expressed").
// A subject never ends on a determiner: "and our shared commitment to democracy" is a topic, not "our" sharing.
const NEW_CLAUSE = new RegExp(`,?\\s+(?:and|but|while|as)\\s+(?:[\\p{L}'’.-]+\\s+){1,7}?(?<!\\b(?:the|a|an|our|their|its|his|her|my|your|this|these|those)\\s+)(?:also\\s+)?(?:${CLAUSE_VERBS.join('|')})\\b`, 'u');
const AS_PARTICIPLE = /,?\s+as\s+(?:\p{Ll}+ed|shown|seen|set out|laid out|written)\s+(?:by|in|at|during|through|under)\b/u;
// "discussed X and welcomed Y": a second verb phrase of the same subject.
const NEW_VERB_PHRASE = new RegExp(`,?\\s+and\\s+(?:also\\s+)?(?:${SUBJECTLESS_CLAUSE_VERBS.join('|')})\\b`, 'i');
const STANCE = new RegExp(`^(?:[\\p{L}-]+\\s+)?(?:${STANCE_NOUNS.join('|')})$`, 'iu');
const NOT_NOUN_PHRASE = /^(?:them|it|him|us|you|me|we|they|he|she|i|one another|each other|as|so|too|then|there|here|now|it[’']s)(?:\s|$)|^(?:later|earlier|soon|afterwards)$|^(?:this|that|these|those|a (?:little|lot|bit)(?: bit)?)(?:\s+(?:as well|too|also|more|now|today))?$/i;
const CLAUSE_END = /\s(?:should|would|will|can|could|must|do|does|did|might|shall|is|are|was|were)$/i;
const GERUND_AT = /^[a-z]{3,}ing\b/;
const GERUND_LIST = /(?:^|\b(?:of|on|about|regarding|concerning)\s+|,\s+(?:and\s+)?)[a-z]{3,}ing\b/i;
const MAX_LIST = 700;
const MAX_WORDS = 25;

interface Piece {
  start: number;
  end: number;
  /** Items separated by semicolons ("A; B, particularly C; and D"): split there only. */
  series?: boolean;
}

interface Chunk extends Piece {
  /** The separator before the chunk (", including ", ", and ", ...). */
  sep: string;
  /** Index of the chunk an "including" tail elaborates, or -1. */
  head: number;
  /** Kept whole: "cooperation in mining, forestry and water management". */
  whole?: boolean;
  /** A numbered label with its "on" list: split only where "and" starts a new noun phrase. */
  numbered?: boolean;
}

/** The meeting's date and the text's dates: a sentence that reports a meeting on another day is another meeting. */
export interface AgendaContext {
  date: PartialDate | null;
  dates: DateMention[];
}

/** Topics the text says were discussed, without repeats, in text order. */
export function findAgenda(doc: ParsedDocument, context: AgendaContext | null = null): AgendaItem[] {
  const out: AgendaItem[] = [];
  const seen = new Set<string>();
  try {
    const skipped = furnitureParagraphs(doc);
    const announced = isAnnouncement(doc);
    // The paragraph in which the text moved on to another meeting: its later sentences are that meeting's.
    let otherMeeting = -1;
    let prev: Sentence | null = null;
    for (const s of doc.sentences) {
      // A headline's commas stand for "and" ("Ministers discuss Oslo, Rome ties"): its topics recur in the body.
      if (s.paragraph <= doc.headline) continue;
      if (skipped.has(s.paragraph)) continue;
      const head = s.text.slice(0, 300);
      const newMeeting = NEW_MEETING_VERB_PATTERN.test(head);
      if (
        out.length &&
        ((OTHER_MEETING_OPENER.test(head) && newMeeting) || ALSO_MET_PATTERN.test(head) || (newMeeting && onAnotherDay(s, context)))
      ) {
        otherMeeting = s.paragraph;
        continue;
      }
      if (s.paragraph === otherMeeting) continue;
      // "Did they talk about the wall?", "Would they discuss migration next time?": a question reports no topic.
      if (QUESTION_END.test(s.text)) continue;
      const topics = sentenceTopics(doc.text, s, announced);
      // "… discussed several areas of cooperation. ¶ They included A, B and C.": the list the sentence before named only
      // by its category, a kind of cooperation (not "several key issues. ¶ They included Finance Minister X and …", nor
      // the areas of another occasion).
      if (!topics.length && prev && THEY_INCLUDED.test(s.text) && AREAS_LIST_END.test(prev.text) && !OTHER_OCCASION.test(prev.text)) {
        const list = listAfter(s.text, THEY_INCLUDED.exec(s.text)![0].length);
        if (list) topics.push(...splitList(doc.text, s.start, s.text, list));
      }
      prev = s;
      for (const item of topics) {
        const key = normalizeTopic(item.text);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        out.push(item);
      }
    }
  } catch {
    /* an extractor never throws: keep what was found */
  }
  return out;
}

const THEY_INCLUDED = /^(?:They|These)\s+(?:included|include)\s+/u;
// (a question mark inside closing quotation marks is the quote's: "to discuss trade and the question of “who pays?”")
const QUESTION_END = /\?\)?\s*$/u;
// (a cue, then "areas of cooperation" with a word before it, at the sentence's end: "discussed several “areas of cooperation.”")
const AREAS_LIST_END = new RegExp(`\\b(?:${FORWARD_CUES.join('|')})\\b[^.;:!?]{0,60}?\\b[\\p{L}-]+\\s+[“"‘]?(?:areas|fields|spheres|sectors)\\s+of\\s+(?:cooperation|co-operation|collaboration|partnership)[\\s.”"’]*$`, 'iu');

// "Ministers speak to the media after their talks in Oslo. Photo: Reuters", "(Photo: AFP)", "Image: ...".
const CAPTION = /^\(?\s*(?:photo|image|picture|photograph|file photo|credit)s?\b|\b(?:photo|image|picture|photograph|credit)s?\s*:|\((?:photo|image|file photo)\b|\bphoto(?:graph)? by\b/i;

/**
 * Paragraphs whose topics are not the report's: the headline block (the first paragraphs
 * without a full stop: title, subtitle, kicker) and photo captions and credit lines.
 */
function furnitureParagraphs(doc: ParsedDocument): Set<number> {
  const out = new Set<number>();
  let lead = true;
  for (const p of doc.paragraphs) {
    const x = doc.text.slice(p.start, Math.min(p.end, p.start + 400)).trim();
    if (lead && p.index < 4 && p.end - p.start <= 300 && !/[.!?…]["”’»)]*$/u.test(x)) out.add(p.index);
    else lead = false;
    // A section heading further down ("**Cooperating on Climate Action and Green Industrialization**", "Advancing Trade
    // and Investment"): a short line in title case or bold, with no full stop.
    if (p.end - p.start <= HEADING_LENGTH && sectionHeading(x)) out.add(p.index);
    if (p.end - p.start <= 400 && CAPTION.test(x)) out.add(p.index);
  }
  return out;
}

const HEADING_LENGTH = 150;

/** "On Wednesday, A met B ..." after a meeting on Tuesday: the sentence names a day other than the meeting's. */
function onAnotherDay(s: Sentence, context: AgendaContext | null): boolean {
  const meeting = context?.date;
  if (!meeting || !context) return false;
  return context.dates.some(
    (d) =>
      d.start >= s.start &&
      d.end <= s.end &&
      (d.day !== null || WEEKDAY_TEXT.test(d.text)) &&
      dayWords(d.text) !== dayWords(meeting.text) &&
      // ("today", resolved from a dateline, against a meeting on "Thursday" the text never pins to a calendar: the
      // same day, as far as the text says)
      !(meeting.day === null && dayWords(d.text) in RELATIVE_DAYS) &&
      !(d.month !== null && d.month === meeting.month && d.day === meeting.day) &&
      !(d.iso !== null && d.iso === meeting.iso),
  );
}
const WEEKDAY_TEXT = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** Lower case, no leading article, single spaces: the key under which repeats are dropped. */
export function normalizeTopic(text: string): string {
  return text
    .toLowerCase()
    // ("China-U.S. relations" is "China-US relations")
    .replace(/(?<!\p{L})(?:\p{L}\.){2,}/gu, (abbr) => abbr.replace(/\./g, ''))
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an|our|their|its) /, '');
}

// A pledge or an intent in the clause before a cue: "commit to", "intends to", "expect to", "pledged to" (the "to" may
// be the cue's own: "commit to consult on").
const PLEDGED = /\b(?:commit(?:s|ted)?|intends?|intended|expects?|expected|pledges?|pledged|plans?|planned|aims?|aimed|seeks?|sought|vows?|vowed|resolved?)\s+(?:to\b|$)/i;
const FOCUS_WITH = /^with\b/i;

/**
 * The words of a sentence up to `at` since its last comma, semicolon or colon, within 160 characters ("committed to
 * continue aid, and discussed X": the pledge is another verb's).
 */
function clauseUpTo(t: string, at: number): string {
  const w = t.slice(Math.max(0, at - 160), at);
  const cut = Math.max(w.lastIndexOf(';'), w.lastIndexOf(':'), w.lastIndexOf(','));
  return cut >= 0 ? w.slice(cut + 1) : w;
}

function sentenceTopics(text: string, s: Sentence, announced: boolean): AgendaItem[] {
  const t = s.text;
  const items: AgendaItem[] = [];
  let covered = 0;
  for (const m of matchesOf(FORWARD, t)) {
    if (m.index < covered) continue;
    const before = t.slice(Math.max(0, m.index - 40), m.index);
    // passive: handled below; an adjective cue follows its verb ("the talks had been frank on X"); "be discussing" is
    // active ("we will be discussing X"), other progressives tell of work, not talks ("are coordinating closely on X")
    if (/\b(?:was|were|be|been|being|is|are)\s+(?:also\s+|\w+ly\s+)?$/i.test(before) && !ADJECTIVE_CUE.test(m[0]) && !/^discussing\b/iu.test(m[0])) continue;
    // A cue that also tells of fighting or attention ("The fighting has centred around Bakhmut", "Media attention was
    // focused on the protests") names topics only when a meeting word is its subject ("Their discussions were centered around …").
    // "a family-like alliance focused on regional unity": a participle after an indefinite noun describes that noun
    // (not "a discussion CSP said focused on …").
    const described = /\ban?\s+(?:[\p{L}-]+\s+){0,3}$/iu.exec(before);
    if (LOOSE_CUE.test(m[0]) && described && !MEETING_SUBJECT.test(described[0])) continue;
    if (LOOSE_CUE.test(m[0]) && (/\b(?:was|were|been|being|is|are|has|have|had)\s+(?:\w+ly\s+)?$/i.test(before) || /around$/i.test(m[0])) && !MEETING_SUBJECT.test(before)) continue;
    const from = m.index + m[0].length;
    const list = listAfter(t, from);
    if (!list) continue;
    covered = list.end;
    if (OTHER_OCCASION.test(before) || OTHER_OCCASION.test(m[0]) || OTHER_OCCASION.test(t.slice(from, from + 30))) continue;
    if (CAME_AFTER.test(t.slice(Math.max(0, m.index - 160), m.index))) continue;
    if (NOT_TOPIC_START.test(t.slice(list.start, list.start + 30)) || WILLING.test(before) || NEGATED.test(before) || (GENERIC_TALK.test(before) && PRESENT_TALK.test(m[0]))) continue;
    if (EARLIER_MEETING.test(t.slice(Math.max(0, m.index - 240), m.index))) continue;
    // "a new exchange program with a focus on science": the focus of something else than the talks.
    if (FOCUS_WITH.test(m[0]) && !MEETING_SUBJECT.test(before)) continue;
    // "commit to consult on X", "intend to establish a dialogue to discuss X", "expect to focus on X": a programme for
    // later, not what the meeting took up (in an announcement, plans are all there is: "will review X").
    if (!announced && PLEDGED.test(clauseUpTo(t, m.index))) continue;
    items.push(...splitList(text, s.start, t, list));
    // "attention was paid to A, where ..., and to B": the cue's preposition comes back after an interruption;
    // "A, B, C that has strained ties since 1998, and D": the list goes on after a relative clause.
    const again = resumedList(t, m[0], list.end) ?? afterRelativeClause(t, list.end);
    if (again) {
      covered = again.end;
      items.push(...splitList(text, s.start, t, again));
    }
  }
  for (const m of matchesOf(PASSIVE, t)) {
    const list = listBefore(t, m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!list || OTHER_OCCASION.test(m[0]) || OTHER_OCCASION.test(after)) continue;
    // "a bill on fuel levies was tabled in parliament", "a motion … was tabled by the Greens": a house's business.
    if (/tabled$/.test(m[0]) && (TABLED_IN_HOUSE.test(after) || TABLED_BUSINESS.test(t.slice(list.start, list.end)))) continue;
    items.push(...splitList(text, s.start, t, list));
    // "A range of matters was tabled, including A and B": the examples after the cue are topics too.
    const more = EXAMPLES_AFTER.exec(after);
    const tail = more ? listAfter(t, m.index + m[0].length + more[0].length) : null;
    if (tail) items.push(...splitList(text, s.start, t, tail));
  }
  items.sort((a, b) => a.start - b.start);
  return items;
}

// "When we talk about humanitarian aid, …", "whenever we speak about great politics": talk in general, no discussion held.
// (the cue may hold its subject: "we talk about"; only a present tense talks in general)
// A talk denied: "did not discuss X", "I don't want to talk about X", "I do not come here today to discuss X", "declined to
// discuss X"; only wanting, coming or being able stand between (not "not only discussed X", "didn't just discuss X", "could
// not avoid discussing X").
const NEGATED = /(?:\b(?:not|never)|n['’]t|\b(?:declined|refused)(?:\s+to)?)\s+(?:(?:want|wish|intend|plan|mean|come|came|here|today|tonight|now|to|be|going|able|yet|even|directly|publicly|formally|officially|specifically|get|got|a|chance|authori[sz]ed|allowed|permitted|supposed|expected|prepared|willing|ready|think|believe|suppose|we|i|they|he|she|will|would|shall|should|can|could|may|might|need)\s+){0,5}$/iu;
const GENERIC_TALK = /\b(?:when|whenever|if)\s+(?:(?:we|you|they|people|one|i)(?:\s+\p{Ll}+)?\s*)?$/iu;
const PRESENT_TALK = /\b(?:talk|speak|discuss)\b/iu;
const TABLED_BUSINESS = /\b(?:bills?|motions?|amendments?|petitions?)\b/iu;
const TABLED_IN_HOUSE = /^\s+(?:in|before)\s+(?:the\s+)?(?:parliament|house|assembly|senate|congress|chamber|national assembly|lower house|upper house)\b/iu;
const EXAMPLES_AFTER = /^,?\s+(?:including|such as|notably|in particular|particularly|especially)\s+/u;
const NOT_RESUMED = /^(?:be|do|go|come|see|seek|work|meet|cooperate|act|stand|look|move|use|get|set|put|let|try|it|that|this|what|how|whether|(?:\p{Ll}+(?:ize|ise|ify|ate|en)))$/u;

/** "paid attention to A, which ..., and to B": a second list after "and" and the cue's own preposition. */
function resumedList(t: string, cue: string, end: number): Piece | null {
  const prep = /\b(to|on|about)$/i.exec(cue);
  if (!prep) return null;
  const w = t.slice(end, Math.min(t.length, end + 200));
  const m = new RegExp(`^[^.;:!?]{0,160}?,?\\s+and\\s+(?:also\\s+)?${prep[1]}\\s+`, 'i').exec(w);
  if (!m) return null;
  // "and to work together", "and to ensure X": an infinitive, not a second object.
  const next = w.slice(m[0].length).split(/\s+/, 1)[0].toLowerCase();
  if (BASE_VERB.has(next) || NOT_RESUMED.test(next)) return null;
  return listAfter(t, end + m[0].length);
}

/** "X, a dispute that has strained ties since 1998, and tourism": the last item after a relative clause. */
function afterRelativeClause(t: string, end: number): Piece | null {
  const w = t.slice(end, Math.min(t.length, end + 240));
  if (!/^,?\s+(?:that|which|who)\b/.test(w)) return null;
  const m = /^[^.;:!?—–]{0,200}?,\s+(?:and|as well as)\s+/.exec(w);
  if (!m) return null;
  const tail = listAfter(t, end + m[0].length);
  if (!tail || t.slice(tail.start, tail.end).split(/\s+/).length > 8 || tail.end < t.trimEnd().length - 2) return null;
  const next = t.slice(tail.start, tail.end).split(/\s+/, 1)[0].toLowerCase();
  return BASE_VERB.has(next) || NOT_RESUMED.test(next) ? null : tail;
}

const LIST_VERB = /^\s*(?:included|include|includes|were|are)\s+/u;
const MODAL_STOP = /^,?\s+(?:would|could|should|must|might|will)$/u;
const AS_CLAUSE_STOP = /^,?\s+as\s+(?:he|she|they|we|it)$/u;
const GERUND_AFTER_COMMA = /^[^,;:.!?]{0,120},\s+(?:and\s+)?\p{Ll}{3,}ing\s/u;
const GERUND_ITEM_BEFORE = /(?:^|,\s+|\bincluding\s+)(?:and\s+)?\p{Ll}{3,}ing\s[^,;:.!?]{0,120}$/u;
// (or "ways in which their three countries could …")
const HOW_SUBJECT_BEFORE = /\b(?:how|ways\s+(?:in\s+which|by\s+which|that))\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+$/u;
/**
 * Whether a double quotation is open at each offset of a sentence (a “ or « not yet closed, or an odd number of
 * straight marks before it): one pass per sentence, so each cue's question costs nothing more.
 */
let quoteStateOf = '';
let quoteState = new Uint8Array(1);
function quoteOpenAt(t: string, at: number): boolean {
  if (t !== quoteStateOf) {
    quoteStateOf = t;
    quoteState = new Uint8Array(t.length + 1);
    let curly = false;
    let straight = false;
    for (let i = 0; i < t.length; i++) {
      quoteState[i] = curly || straight ? 1 : 0;
      const c = t[i];
      if (c === '“' || c === '«') curly = true;
      else if (c === '”' || c === '»') curly = false;
      else if (c === '"') straight = !straight;
    }
    quoteState[t.length] = curly || straight ? 1 : 0;
  }
  return quoteState[at] === 1;
}
// (before "to", "that", a determiner or a name: ", pledging to …", ", reaffirming their …", ", reaffirming South Africa's
// …"; not "welcoming refugees", "promising sectors")
const ACT_AFTER_LIST = new RegExp(`,["”’»]?\\s+(?:and\\s+)?(?:${ACT_PARTICIPLES.join('|')})\\s+(?:(?:to|that|the|a|an|our|their|his|her|its|this|these|both|each|him|them|it)\\b|\\p{Lu})`, 'u');
const PARTICIPLE_AFTER_LIST = /,\s+\p{Ll}+ing\s+(?:on|upon)\b/u;
// (a clause or a determiner follows it: "saying it was", "adding that", "saying since then …"; not a gerund's bare
// object, an item of the list: "stating goals")
const SAYING_AFTER_LIST = /,\s+(\p{Ll}+ing)\s+(?=(?:that|it|he|she|they|we|there|this|these|since|depending|when|if|because|as|its|his|her|their|the|a|an|on|upon)\b|["“‘])/gu;

// "today", "this morning", "here", then the list (not "the issues discussed today are …", "discussed today, and …").
// (nor a phrase of its own after the day: "discussed today amid rising tensions …", "tomorrow ahead of the summit …"; nor
// the day's own noun phrase: "tomorrow night's vote")
const TIME_LEAD =
  /^\s*(?:today|tomorrow|tonight|here|this (?:morning|afternoon|evening|week))(?:\s+(?:on|about|regarding))?\s+(?!(?:is|are|was|were|will|would|and|but|or|so|then|also|again|not|as|that|which|whether|if|when|where|while|with|without|because|to|in|at|by|for|from|of|amid|amidst|ahead|after|before|during|following|despite|over|under|through|among|against|within|into|upon|toward|towards|across|around|behind|beyond|near|since|until|via|than)\b)(?![\p{L}-]+['’]s\b)(?=\p{Ll})/u;
// (not a clause the repeated word opens: "trade — trade is the backbone of our ties")
const RESTART_LEAD = /^\s*([\p{L}'’-]+)\s[—–]\s(?=\1(?![\p{L}'’-])(?!\s+(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b))/iu;

/** The same word ends `w` at `before` and starts it again at `after`: "some — some" (see RESTART_LEAD). */
function restartAt(w: string, before: number, after: number): boolean {
  const a = /[\p{L}'’-]+$/u.exec(w.slice(Math.max(0, before - 30), before));
  return !!a && RESTART_LEAD.test(w.slice(a.index + Math.max(0, before - 30), after + 40));
}

/** The list that follows a cue, up to the first stop. */
function listAfter(t: string, from: number): Piece | null {
  // "the topics discussed included A, B and C": the list starts after its verb.
  const lead = LIST_VERB.exec(t.slice(from, from + 16));
  if (lead) from += lead[0].length;
  // "discussed with his Russian counterpart the situation in Syria", "discussed with President Ruto the crisis": the
  // listener named before the topics is no part of them.
  const listener = LISTENER.exec(t.slice(from, from + 160));
  if (listener) from += listener[0].length;
  // ("we will discuss today our shared commitment to X", "much to discuss today on X": the day the talks are held is
  // no part of the topics)
  // (not a clause's verb after the day, "what we discussed today reflects our commitment": a present-tense verb
  // compromise reads alone, unless a preposition follows it as after a plural noun, "discuss today plans to …")
  const when = TIME_LEAD.exec(t.slice(from, from + 40));
  const next = when ? /^([\p{Ll}-]+)\s+(\S+)/u.exec(t.slice(from + when[0].length, from + when[0].length + 60)) : null;
  if (when && !(next && /s$/u.test(next[1]) && isVerbWord(next[1]) && !/^(?:to|for|of|on|in)$/u.test(next[2]))) {
    from += when[0].length;
    // ("the topics discussed today included A and B")
    const verb = LIST_VERB.exec(t.slice(from, from + 16));
    if (verb) from += verb[0].length;
  }
  // ("to talk about four — four main things", "discussed the — the ferry": a restart opening the list is not part of it)
  const restart = RESTART_LEAD.exec(t.slice(from, from + 40));
  if (restart) from += restart[0].length;
  const limit = Math.min(t.length, from + MAX_LIST);
  const w = t.slice(from, limit);
  let end = w.length;

  // "include A; B, particularly C; energy; and infrastructure": a series separated by semicolons runs on past them.
  // (after "include" or "including", or a short head and a colon, "reviewed the five priority areas: A; B; and C", only:
  // "They discussed the ferry; on Tuesday the delegation tours Mombasa; and …" is no list)
  const semicolon = w.indexOf(';');
  const announced = /\binclud(?:e|es|ed|ing)\s*$/iu.test(t.slice(Math.max(0, from - 12), from)) || /^[^;:.!?]{0,80}:\s/u.test(w.slice(0, semicolon));
  const series = semicolon >= 0 && announced && isSemicolonSeries(w.replace(SENTENCE_CLOSE, ''));
  // (an aside between commas inside a topic holds no stop: ", in close coordination with their neighbours, to …")
  const asides = matchesOf(ASIDE, w);
  STOP.lastIndex = 0;
  for (let m = STOP.exec(w); m; m = STOP.exec(w)) {
    // A stop word right at the start belongs to the list's lead ("discussed with him X").
    if (m.index + m[0].length <= 1) continue;
    if (asides.some((a) => a.index < m!.index && m!.index < a.index + a[0].length)) continue;
    if (series && m[0].startsWith(';')) continue;
    // "discuss with you A and B": the listener before the list is part of its lead.
    if (m.index === 0 && /^,?\s+with\s/i.test(m[0])) continue;
    // ("ways in which their countries could …", "means by which …": the relative word opens the topic's own clause)
    if (/^\s+(?:which|that)$/u.test(m[0]) && /\b(?:ways|means)(?:\s+(?:in|by))?$/u.test(w.slice(0, m.index))) continue;
    // ("we will focus on some — some questions like …": a speaker's restart, the same word on both sides of the dash)
    if (/^\s[—–]\s$/u.test(m[0]) && restartAt(w, m.index, m.index + m[0].length)) continue;
    // "how the two countries could improve their relations", "ways in which they could …": the modal is the clause's own verb.
    if (MODAL_STOP.test(m[0]) && HOW_SUBJECT_BEFORE.test(w.slice(0, m.index))) continue;
    // "including supporting Ukraine as it defends itself, addressing …, and securing …": a clause of "as" inside one item
    // of a list of gerunds, which goes on after its comma.
    if (AS_CLAUSE_STOP.test(m[0]) && GERUND_ITEM_BEFORE.test(w.slice(0, m.index)) && GERUND_AFTER_COMMA.test(w.slice(m.index + m[0].length))) continue;
    end = m.index;
    break;
  }
  ATTRIBUTION.lastIndex = 0;
  for (let m = ATTRIBUTION.exec(w); m; m = ATTRIBUTION.exec(w)) {
    if (m.index < end) end = m.index;
    break;
  }
  // '… on regional events of mutual interest," Marcos told …': the quotation the list stands in ends it.
  // (Not 'the “copper belt,” as well as …': a comma inside the marks, then the list goes on.)
  const closing = /[,.!?]["”’»]\s+\p{Lu}/u.exec(w.slice(0, end));
  if (closing) end = closing.index;
  // '“… discussed trade and energy,” the statement read': a list inside a quotation ends at its closing mark.
  // (a double quotation opened before the cue and not closed: the cue stands inside it)
  if (quoteOpenAt(t, from)) {
    const close = /["”»]/u.exec(w.slice(0, end));
    if (close) end = close.index;
  }
  // "discussed trade and energy, building on last month's meeting": a participle phrase after the list's last item.
  const participle = PARTICIPLE_AFTER_LIST.exec(w.slice(0, end));
  if (participle && /\band\b/u.test(w.slice(0, participle.index))) end = participle.index;
  // "covered the history between the two countries, saying it was …": a participle of saying ends the list, wherever.
  const saying = matchesOf(SAYING_AFTER_LIST, w).find((m) => m.index < end && isSpeechVerb(m[1]));
  if (saying) end = saying.index;
  // "…, pledging to strengthen their engagements": the subject's next act ends the list.
  const act = ACT_AFTER_LIST.exec(w.slice(0, end));
  if (act) end = act.index;
  const clause = NEW_CLAUSE.exec(w.slice(0, end));
  if (clause) end = clause.index;
  const verb = NEW_VERB_PHRASE.exec(w.slice(0, end));
  if (verb) end = verb.index;
  const piece = trim(t, from, from + end);
  if (series && t.slice(piece.start, piece.end).includes(';')) piece.series = true;
  return piece.end - piece.start >= 3 ? piece : null;
}

/** The subject of a passive cue: back to the sentence start or a clause break ("that", ":"). */
function listBefore(t: string, cue: number): Piece | null {
  const from = Math.max(0, cue - 250);
  const w = t.slice(from, cue);
  const cuts: { at: number; comma: boolean }[] = [];
  // ("PM Deuba said the boundary issue … was discussed": a speech verb opens the clause too)
  for (const m of matchesOf(/(?:\bthat\s|\bwhich\s|\b(?:said|says|added|noted|stated|confirmed|explained)\s|[:;]\s|[“"«]|,\s+(?:and\s+)?(?=[a-z]))/g, w))
    cuts.push({ at: m.index + m[0].length, comma: m[0][0] === ',' });
  // "Issues of expanding X, implementing Y, and preparing Z were discussed": a comma before one
  // more gerund continues the fronted list rather than starting the clause.
  let k = cuts.length - 1;
  while (k >= 0 && cuts[k].comma && GERUND_AT.test(w.slice(cuts[k].at, cuts[k].at + 30)) && GERUND_LIST.test(w.slice(0, cuts[k].at))) k--;
  const start = k >= 0 ? cuts[k].at : 0;
  if (start === 0 && from > 0) return null;
  const piece = trim(t, from + start, cue);
  return piece.end - piece.start >= 3 ? piece : null;
}

function splitList(text: string, base: number, t: string, list: Piece): AgendaItem[] {
  let body = list;
  let count = 0;
  // "four issues: A, B, C and D": keep what follows the colon, remember the count.
  const colon = t.indexOf(':', body.start);
  if (colon >= 0 && colon < body.end) {
    const head = t.slice(body.start, colon);
    const c = COUNT_HEAD.exec(head);
    if (c) count = COUNT_WORDS[c[1].toLowerCase()] ?? Number(c[1]);
    body = trim(t, colon + 1, body.end);
  }
  const chunks: Chunk[] = [];
  const w = t.slice(body.start, body.end);
  let from = 0;
  let sep = '';
  // The chunk an "including" tail elaborates, while the tail runs; -1 outside a tail.
  let head = -1;
  // After a lone name the "including" tail runs on in names: "priorities, including China, Iran, and Russia".
  let nameTail = false;
  const aside: number[] = [];
  const push = (end: number) => {
    // ("the economy, the — the ferry timetable": a restart opening an item is no part of it)
    const restart = RESTART_LEAD.exec(w.slice(from, Math.min(end, from + 40)));
    if (restart) from += restart[0].length;
    const chunk: Chunk = { start: body.start + from, end: body.start + end, sep, head: -1 };
    const text = t.slice(chunk.start, chunk.end).trim();
    const prev = chunks[chunks.length - 1];
    if (EXAMPLE_SEPARATOR.test(sep)) head = chunks.length - 1;
    else if (RESUME_SEPARATOR.test(sep + text.slice(0, 12))) head = -1;
    // "the regional situation, including Afghanistan": a lone name after "including" is an example, not a topic; so
    // are the names listed after it.
    if (prev && (EXAMPLE_SEPARATOR.test(sep) ? EXAMPLE_NAME.test(text) : nameTail && /^,?\s*(?:and\s+)?$/u.test(sep) && EXAMPLE_NAME.test(text.replace(/^and\s+/u, '')))) {
      prev.end = chunk.end;
      // (its "and" joins the names, not two topics)
      if (nameTail) prev.whole = true;
      head = -1;
      nameTail = true;
      return;
    }
    nameTail = false;
    chunk.head = head;
    chunks.push(chunk);
  };
  if (list.series) {
    for (const m of matchesOf(SERIES_SEPARATOR, w)) {
      push(m.index);
      from = m.index + m[0].length;
      sep = m[0];
    }
  } else {
    // "our countries’ response, in close coordination with our Allies and partners, to Russia’s invasion": an aside
    // between commas inside one topic; its commas separate nothing, nor does an "and" in the topic that holds it.
    const found = matchesOf(ASIDE, w);
    for (const a of found) aside.push(body.start + a.index);
    const asides = found.flatMap((a) => [a.index, a.index + a[0].lastIndexOf(',')]);
    // "the I2U2 grouping (India, Israel, United States, and UAE)": a bracket's commas separate nothing outside it.
    const bracketed = insideBrackets(w);
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(w); m; m = SEPARATOR.exec(w)) {
      if (m[0].length === 0) {
        SEPARATOR.lastIndex++;
        continue;
      }
      if (asides.includes(m.index) || bracketed(m.index)) continue;
      // ("the importance of continued, strong support for X": a participle after "of" or an article and a bare comma,
      // then an adjective and its noun, is the first of two modifiers of one noun; not "care for the wounded, energy …")
      if (/^,\s+$/u.test(m[0]) && MODIFIER_BEFORE_COMMA.test(w.slice(Math.max(0, m.index - 40), m.index)) && adjectiveThenWord(w.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
      push(m.index);
      from = m.index + m[0].length;
      sep = m[0];
    }
  }
  push(w.length);
  if (list.series) for (const c of chunks) c.whole = true;
  for (const c of chunks) if (aside.some((at) => c.start <= at && at < c.end)) c.whole = true;
  // "fishing licences, a recurring source of tension in Saint-Louis" / "trade, maritime cooperation and
  // Asian-African solidarity, a theme Jakarta has sought to revive": a last item after a bare comma
  // that opens with "a" describes the one before it.
  const last = chunks[chunks.length - 1];
  if (chunks.length >= 2 && last.head < 0 && /^,\s*$/.test(last.sep) && /^(?:a|an)\s/i.test(t.slice(last.start, last.end).trim())) chunks.pop();
  // "the launch of the Partnership for Workers’ Rights, the first joint initiative to …, including …": a phrase after a bare
  // comma that opens on "the first" or "the only" describes the named item before it, wherever it stands (the examples
  // after it are that item's).
  for (let i = chunks.length - 1; i >= 1; i--) {
    if (chunks[i].head >= 0 || !/^,\s*$/.test(chunks[i].sep) || !APPOSITIVE_START.test(t.slice(chunks[i].start, chunks[i].end).trim())) continue;
    // (after a named thing: "trade, the first item on the list, …" is too rare to tell)
    if (!/\s\p{Lu}/u.test(t.slice(chunks[i - 1].start, chunks[i - 1].end))) continue;
    for (const c of chunks) if (c.head === i) c.head = i - 1;
    for (const c of chunks) if (c.head > i) c.head--;
    chunks.splice(i, 1);
  }
  // "energy projects, including a refinery": the examples are topics beside their head; when the
  // head is only a category ("a range of issues, including X", "issues of trade, including X",
  // "other shared priorities, including X"), the examples are the topics and the head goes; issues
  // named by their kind ("regional and global issues, including X") stay beside their examples.
  const dropped = new Set<number>();
  for (let i = 0; i < chunks.length; i++) {
    const h = chunks[i].head;
    if (h < 0) continue;
    // ("including with partners such as Korea and Australia": the examples of an example that is no topic go with it)
    if (dropped.has(h) && chunks[h].head >= 0) {
      dropped.add(i);
      continue;
    }
    if (!exampleTopic(chunks[i], t.slice(chunks[i].start, chunks[i].end).trim())) {
      dropped.add(i);
      continue;
    }
    if (isCategory(t, chunks[h]) && !namedCategory(t, chunks[h])) {
      dropped.add(h);
      // "bilateral, regional, and global issues, including X": the adjectives that share the category's noun go with it.
      for (let k = h - 1; k >= 0 && /^,\s*(?:and\s+)?$/.test(chunks[k + 1].sep) && isLoneAdjective(t, chunks[k]); k--) dropped.add(k);
    }
  }
  // ("discussed global challenges, including those posed by X": a category whose examples are no topics stays the topic)
  for (let h = 0; h < chunks.length; h++) {
    if (dropped.has(h) && chunks[h].head < 0 && chunks.some((c, i) => c.head === h) && chunks.every((c, i) => c.head !== h || dropped.has(i))) dropped.delete(h);
  }
  const kept = mergeNumberedLabels(t, mergeSharedHeads(t, chunks.filter((_, i) => !dropped.has(i))));
  // Vague chunks go whole: "certain issues and problems", "these issues with friends and partners".
  let pieces: Piece[] = [];
  const merged = mergePrepositionLists(t, kept);
  // (a list of bare commas has not had its "and" yet: its last item's may be the list's)
  const plainList = merged.length > 1 && merged.slice(1).every((c) => /^,\s*$/u.test(c.sep));
  for (const c of merged) {
    const r = clean(t, c);
    if (!r || isVague(t.slice(r.start, r.end))) continue;
    // (a question or a means discussed splits only where a topic of its own begins: "ways to raise trade and the
    // situation on the peninsula", not "… in Egypt and the region")
    // ("how we can strengthen our partnership and build …": a question with a subject of its own names its topic as the
    // object of its verb, "our partnership"; none, "how we make sure", "how things are unfolding": no topic)
    // (after splitting off a topic of its own: "how we can deepen our relationship and securing our supply chains")
    if (HOW_CLAUSE.test(t.slice(r.start, r.end))) {
      for (const part of splitAtDeterminer(t, r, OWN_TOPIC, true)) {
        if (!HOW_CLAUSE.test(t.slice(part.start, part.end))) pieces.push(part);
        else {
          const object = howClauseObject(t, part);
          if (object) pieces.push(...splitAnd(t, object, false));
        }
      }
      continue;
    }
    const how = HOW_TOPIC.test(t.slice(r.start, r.end));
    pieces.push(...(c.numbered ? splitAtDeterminer(t, r) : how ? splitAtDeterminer(t, r, OWN_TOPIC, true) : c.whole ? [r] : splitAnd(t, r, false, merged.length > 1, plainList && c === merged[merged.length - 1])));
  }
  if (count > pieces.length) {
    // The text says how many: split the remaining "and"s from the last item backwards.
    const more: Piece[] = [];
    let total = pieces.length;
    for (let i = pieces.length - 1; i >= 0; i--) {
      const parts = total < count ? splitAnd(t, pieces[i], true) : [pieces[i]];
      if (total + parts.length - 1 <= count) {
        more.unshift(...parts);
        total += parts.length - 1;
      } else more.unshift(pieces[i]);
    }
    pieces = more;
  }
  const out: AgendaItem[] = [];
  for (const p of pieces) {
    const whole = clean(t, p);
    if (!whole) continue;
    // "the deepening cooperation … as exemplified by the new agreement": a reduced clause of comment ends the topic
    // (the list goes on after it: "…, as reflected in last year's figures, and cooperation on migration").
    const comment = AS_PARTICIPLE.exec(t.slice(whole.start, whole.end));
    let item = comment ? trim(t, whole.start, whole.start + comment.index) : whole;
    if (item.end - item.start < 3) continue;
    let itemText = plainItem(t.slice(item.start, item.end));
    if (!isTopic(itemText)) {
      // "the path forward in our united response to ensure Ukraine has what it needs": a purpose clause that holds a
      // clause of its own ends the topic before its "to".
      // (past the first three words: "ongoing efforts to help mobilize …" keeps its own infinitive)
      const third = THREE_WORDS.exec(t.slice(item.start, item.end));
      const purpose = third ? PURPOSE_INFINITIVE.exec(t.slice(item.start + third[0].length, item.end)) : null;
      // "the security, economic, and humanitarian assistance the United States is providing": a relative clause with no
      // relative word, its subject a name or a pronoun, ends the topic before its subject.
      const contact = purpose ? null : CONTACT_CLAUSE.exec(t.slice(item.start, item.end));
      if (!(third && purpose) && !contact) continue;
      const cut = trim(t, item.start, item.start + (purpose ? third![0].length + purpose.index : contact!.index));
      const cutText = plainItem(t.slice(cut.start, cut.end));
      // (the first infinitive only: "ongoing efforts to help mobilize $1 billion to support …" is no topic cut short)
      // (and more than a bare head before a contact clause: not "the assistance" of "the assistance Japan has provided";
      // nor a subordinate clause's subject: "the hostage deal after Israel has agreed …")
      if (!/\s/.test(cutText) || (contact && (!/\s/.test(cutText.replace(/^(?:the|a|an|our|their|its|his|her)\s+/iu, '')) || CLAUSE_OPENER_END.test(cutText))) || /\sto\s+\p{Ll}|\s(?:in\s+(?:an?\s+)?(?:effort|bid|attempt|order)|so\s+as)$/u.test(cutText) || !isTopic(cutText)) continue;
      item = cut;
      itemText = cutText;
    }
    // A page stored only in part ends mid-phrase ("ammunition trafficking to Mex"): the last item is cut.
    if (base + item.end >= text.trimEnd().length && !/[.!?…]["”’»)]*\s*$/u.test(text)) continue;
    // (an aside between commas does not count: "our countries’ response, in close coordination with …, to …")
    const words = itemText.replace(ASIDE, ' ').split(' ').length;
    if (words > MAX_WORDS) continue;
    out.push({ text: itemText, start: base + item.start, end: base + item.end });
  }
  return out;
}

/** An item's text as reported: no quotation marks, no bracket that lists ("I2U2 (Israel, India, …)"), single spaces. */
function plainItem(text: string): string {
  return text.replace(/[“”"«»]/g, '').replace(/\s*\([^(),]*,[^()]*\)/g, '').replace(/\s+/g, ' ').trim();
}

/** A noun phrase that names a topic: not vague, no pronoun, clause, stance, verb phrase or means. */
function isTopic(itemText: string): boolean {
  // "not allow X" is the tail of a verb list, "openly" an adverb: neither is a topic.
  // ("I mentioned the fact that …": what is left before the clause)
  if (isVague(itemText) || /^\S+ly$/.test(itemText) || /^not\s/i.test(itemText) || /^(?:the\s+)?fact$/i.test(itemText)) return false;
  // "discuss them openly, as friends should": a pronoun, an "as" clause or a clause ending in a modal.
  if (NOT_NOUN_PHRASE.test(itemText) || CLAUSE_END.test(itemText) || STANCE.test(itemText)) return false;
  if (isVerbPhrase(itemText) || !isNounPhrase(itemText) || isLoneParticiple(itemText)) return false;
  // "through the Joint Business Council", "by addressing misperceptions": how, not what.
  return !MEANS_START.test(itemText);
}
// "… response to ensure …", "… production in an effort to help …": "to" and a base verb, read after the item's first
// three words (THREE_WORDS).
const THREE_WORDS = /^\s*\S+\s+\S+\s+\S+/u;
// "… assistance the United States is providing", "… the progress they have made": a name or a pronoun, an auxiliary and
// a participle, after a noun.
const CONTACT_CLAUSE =
  /(?<=\p{Ll}{3})\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|we|they|he|she|you)\s+(?:is|are|was|were|has|have|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ing|ed|en)\b/u;
// A topic cut before a contact clause that ends on the word opening a subordinate clause ("the hostage deal after").
const CLAUSE_OPENER_END = /\s(?:after|before|until|although|though|because|since|while|when|where|whereas|if|unless|as|once|whether|than|that|so)$/iu;
const PURPOSE_INFINITIVE = new RegExp(`\\s+(?:(?:in\\s+(?:an?\\s+)?(?:effort|bid|attempt|order)|so\\s+as)\\s+)?to\\s+(?:${BASE_VERBS.join('|')})\\b`, 'iu');

// "the Gabon border mission": a determiner, a name used as a modifier and a common noun: a noun phrase of its own.
const OWN_NOUN_PHRASE = /^the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?!of\b|and\b|for\b|in\b)\p{Ll}/u;

// "ASEAN’s response", "U.S.-European relations": a name's possessive, or two names joined by a hyphen, then a common
// noun: a topic of its own after a name ("the crisis in Burma and ASEAN’s response"), unless both sides are "between" ones.
const NAMED_NOUN_PHRASE = /^(?:\p{Lu}[\p{L}.-]*['’]s|\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.-]*)\s+\p{Ll}/u;

// An appositive after a named item: "the first joint initiative to advance …", "the only forum of its kind" (not "the
// first phase of the ceasefire").
const APPOSITIVE_START = /^the\s+(?:first|only)\s+(?:[\p{L}.-]+\s+){1,5}?(?:to\s+\p{Ll}|of\s+its\s+kind\b|ever\b|since\b)/iu;

// A noun phrase with a prepositional phrase of its own ("the situation on the Korean Peninsula"): a topic, not a
// second object of the preposition before it ("in Egypt and the region").
const OWN_TOPIC = /^(?:the|a|an|its|their|our|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:of|on|in|at|with|for|between|over|about)\s/iu;

/** "chapters 5 and 6 on fisheries and rural policy and the opening of cluster 3": only "and the ..." splits (when `right` fits what follows). */
function splitAtDeterminer(t: string, c: Piece, right: RegExp = /^/u, gerund = false): Piece[] {
  const out: Piece[] = [];
  let from = c.start;
  for (const m of matchesOf(/\s+and\s+(?=(?:the|a|an|its|their|our|his|her)\s|(?:ways|means)\s+(?:to|of)\s|how\s|\p{Ll}{3,}ing\s)/giu, t.slice(c.start, c.end))) {
    // (a second question or means is a topic of its own: "how the two will implement it and ways to elevate …"; after a
    // question, so is a gerund's: "how we can deepen our relationship and securing our supply chains")
    const after = t.slice(c.start + m.index + m[0].length, c.end);
    const ing = /^\p{Ll}{3,}ing\s/u.test(after);
    if (ing ? !gerund || !gerundOfBaseVerb(after.split(/\s/u, 1)[0]) : !HOW_TOPIC.test(after) && !right.test(after)) continue;
    out.push({ start: from, end: c.start + m.index });
    from = c.start + m.index + m[0].length;
  }
  out.push({ start: from, end: c.end });
  return out;
}

/** Splits a chunk at " and " except where the "and" joins modifiers, proper names, or a thing and its part. */
function splitAnd(t: string, c: Piece, force: boolean, inList = false, listsAnd = false): Piece[] {
  const w = t.slice(c.start, c.end);
  // ("the I2U2 grouping (India, Israel, United States, and UAE)": a bracket's "and" joins no topics)
  const bracketed = insideBrackets(w);
  const ands = matchesOf(/\s+and\s+/g, w).filter((a) => !bracketed(a.index));
  if (!ands.length) return [c];
  const out: Piece[] = [];
  let from = 0;
  for (const a of ands) {
    const left = w.slice(from, a.index).trim();
    const right = w.slice(a.index + a[0].length);
    const leftWords = left.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/).filter(Boolean);
    const keep =
      // "trade and economic cooperation": a lone modifier, not a name ("the Quad and regional security" splits).
      // "the border and trade": a determiner's noun and a last bare noun are two topics.
      (leftWords.length <= 1 &&
        !/^\p{Lu}/u.test(leftWords[0] ?? '') &&
        !/^(?:the|a|an|our|their|its|his|her|this|these|those|my|your)\s/i.test(right) &&
        // "trade, energy and culture": the list's last "and" before a lone noun.
        !((DETERMINER_START.test(left) || inList) && /^[\p{Ll}-]+$/u.test(right.trim())) &&
        // "the ferry and grain storage": after a determiner only an adjective shares the next head.
        !(DETERMINER_START.test(left) && !ADJECTIVE_ENDING.test(leftWords[0] ?? '') && !PLAIN_ADJECTIVE.has((leftWords[0] ?? '').toLowerCase()))) ||
      /^(?:its|their|other)\b/i.test(right) ||
      // "regional security and stability", "illicit drug manufacturing and trafficking": a last lone noun after a lone
      // noun or a noun with its modifier is the pair's second half, not a topic of its own (not the list's own "and":
      // "trade, energy and culture"; not after a determiner's lone noun or a name: "the harbour and tourism", "the Draghi
      // report and migration"; not after a head that is a topic of its own: "economic cooperation and terrorism")
      (!force && !listsAnd && LONE_LAST_NOUN.test(right) && MODIFIED_NOUN_END.test(left) && !ownTopicHead(left)) ||
      // "Kuwait’s close and distinguished bilateral relations", "the strategic and mutually beneficial relationship":
      // an adjective with no noun after it shares the head that ends the right side.
      (/^\p{Ll}/u.test(right) && (endsOnAdjective(left) || danglingParticiple(left) || adjectiveBeforeAnd(left, right) || suffixedBeforeAdjective(left, right) || suffixedBeforeRelation(left, right))) ||
      // ("U.S. and ROK efforts": an abbreviation's full stops are part of the name)
      (!force && /\p{Lu}[\p{L}.-]*$/u.test(left) && /^(?:the\s+)?\p{Lu}/u.test(right) && !OWN_NOUN_PHRASE.test(right) && !(NAMED_NOUN_PHRASE.test(right) && !/\bbetween\s/iu.test(left))) ||
      // "chapters 12 and 13": two numbers of one label
      (/\d$/.test(left) && /^\d/.test(right)) ||
      (!force && sharedOf(left, right)) ||
      (!force && sharedObject(left, right)) ||
      (!force && sharedHead(left, right)) ||
      (!force && sharedNounHead(left, right)) ||
      (!force && prepositionObject(left, right)) ||
      (!force && coordinatedInfinitive(left, right)) ||
      (!force && coordinatedGerund(left, right)) ||
      // ("democracy in Angola and around the world": a second place of the same topic, no topic of its own)
      (!force && PLACE_PREPOSITION_START.test(right) && PLACE_PREPOSITION_END.test(left.slice(-120))) ||
      // (not in a list's last item before the list's own "and": in "port fees, combating piracy and rail freight" it is the list's)
      (!force && !listsAnd && verbObjects(left, right));
    if (keep) continue;
    out.push({ start: c.start + from, end: c.start + a.index });
    from = a.index + a[0].length;
  }
  out.push({ start: c.start + from, end: c.end });
  return out;
}

type Tagger = (text: string) => { terms(): { json(): { terms: { text?: string; post?: string; tags: string[] }[] }[] } };
let tagger: Tagger | null | undefined;

/** compromise, loaded on first use (a warm, cached run never pays its start-up); null if it cannot load. */
function loadTagger(): Tagger | null {
  if (tagger === undefined) {
    try {
      tagger = createRequire(import.meta.url)('compromise') as Tagger;
    } catch {
      tagger = null;
    }
  }
  return tagger;
}

// (or a past form first: "looked forward to UNGA next week")
const MAYBE_VERB_PHRASE =
  /^(?:(?:had|has|have|was|were|is|are|will|would|did|does|do|could|should|can|might|must)\s|\p{Ll}{2,}ed\s+\p{Ll}|\S+\s+(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|it|us|\S+ly|of|in|on|for|with|to|from|at|by|\p{Lu}\S*)(?:\s|$))/u;
const NOUN_LEAD = /^(?:(?:the|a|an|our|their|its|his|her|this|these|those|my|your)\b|\p{Lu}|\d)/u;
const VERB_OBJECT_TAGS = new Set(['Determiner', 'Possessive', 'Pronoun', 'ProperNoun', 'Adverb', 'Preposition', 'Particle']);

/**
 * "preserve the memory of X", "had thanked Vietnam for its help": a verb phrase, not a topic.
 * compromise tags only the item (a few words), never the document; a one-word item is kept
 * ("trade" is a verb too), and so is any item compromise cannot read.
 */
function isVerbPhrase(item: string): boolean {
  if (NOUN_LEAD.test(item) || !/\s/.test(item)) return false;
  // Only an item that could be verb + object is worth tagging: most topics are not, and tagging costs.
  if (!MAYBE_VERB_PHRASE.test(item)) return false;
  const quick = verbPhraseByWords(item);
  if (quick !== null) return quick;
  return remembered(verbPhraseSeen, item, tagVerbPhrase);
}

function tagVerbPhrase(item: string): boolean {
  const nlp = loadTagger();
  if (!nlp) return false;
  try {
    const terms = nlp(item.slice(0, 200)).terms().json().map((t) => new Set(t.terms[0]?.tags ?? []));
    const [first, second] = terms;
    if (!first || !second) return false;
    if (first.has('Auxiliary')) return true;
    if (!first.has('Verb') || first.has('Gerund') || first.has('Noun')) return false;
    if (!first.has('Infinitive') && !first.has('PastTense')) return false;
    return [...second].some((tag) => VERB_OBJECT_TAGS.has(tag));
  } catch {
    return false;
  }
}

// A topic is a noun phrase: it does not open on a preposition or a subordinator ("after two", "When
// asked …"), nor end on a word that needs more ("justice and", "the ROK and"), nor hold a clause of its
// own ("Jaishankar posted on X", "the meeting was held in Brussels").
const OPENS_CLAUSE = /^(?:after|before|when|while|where|whether|if|because|although|though|since|unless|until|as|that|which|who|whom|whose|what|how|why|to)\b/i;
const NEEDS_MORE = /\b(?:and|or|but|nor|of|in|on|at|to|for|with|by|from|into|about|the|a|an|as|than|that|whose|its|their|his|her)$/i;
// Words that may make a clause: a tagger looks only at items that hold one.
const MAYBE_FINITE = /(?<![\p{L}-])(?:\p{Ll}{3,}ed|was|were|is|are|be|been|being|will|would|should|could|can|may|might|must|has|have|had|wrote|made|held|said|told|took|gave|met|went|came|saw|found|sent|spoke|began|brought|thought|left|kept|led|paid|won|posted|informed)(?![\p{L}-])/u;
const CLAUSE_TAGS = new Set(['Copula', 'Modal', 'Auxiliary']);
// "discussed how to bring peace and stability to the region", "ways of boosting trade and investment": a question
// or a means discussed is one topic, kept whole.
// (also with a clause of its own: "ways in which their countries could …", "ways the two countries can …")
const HOW_TOPIC = /^(?:how\s+(?:to\s+)?|(?:the\s+)?(?:ways|means)\s+(?:(?:to|of|in\s+which|by\s+which|that)\s+)?)\p{Ll}/u;
// A question with a subject of its own: "how we can …", "how the two countries could …" (not "how to …").
const HOW_CLAUSE = /^how\s+(?!(?:best\s+|better\s+)?to\b)\p{L}/u;
const MODAL = /^(?:can|could|will|would|should|might|may|must|shall)$/;
// ("how the allies are keeping weapons flowing", "how they have built …": a form of "be" or "have" before a participle)
const BE_OR_HAVE = /^(?:is|are|was|were|has|have|had)$/;
const SUBJECT_PRONOUN = /^(?:we|they|he|she|it|you|i)$/i;
// Words between a modal and its verb, or a verb and its object: "can best cooperate", "can further deepen".
const VERB_ADVERB = /^(?:best|better|further|also|still|jointly|together|now|really|truly|more|most|even|again|both|all|closely|effectively|fully|quickly|successfully|collectively|directly|urgently|constructively)$/;
const PHRASAL_PARTICLE = /^(?:off|up|out|down|forward|back)$/;
const VERB_PREPOSITION = /^(?:on|toward|towards|against|with|for|in|into)$/;
const SHORT_QUESTION_WORDS = 6;
const HAPPENING = /^(?:unfold|unfolding|unfolded|happen|happening|happened|develop|developing|developed|evolve|evolving|evolved|go|going|change|changing|changed|move|moving|moved)$/;
const MODAL_REACH = 12;
// Words that end the object's noun phrase: a preposition other than "of", a subordinator, an adverb of degree or time.
const OBJECT_ENDS = /^(?:on|in|for|with|to|from|at|by|over|about|against|under|after|before|during|via|toward|towards|beyond|amid|including|across|through|into|around|between|among|within|than|as|so|because|while|even|further|together|now|again|that|which|who|where|when|if|whether|more|here|there|today)$/;

/**
 * The object of the verb in a question discussed ("how we can try to help stabilize Haiti": Haiti; "how all three of us
 * can continue to deepen and strengthen our shared efforts to …": our shared efforts), read past the subject, a modal
 * (or "be" or "have" before a participle) and a chain of verbs joined by "to" or "and"; null when the clause has none,
 * nor a pronoun subject, to find its verb
 * by, or its verb no object ("how we make sure", "how things are unfolding").
 */
function howClauseObject(t: string, r: Piece): Piece | null {
  const words = [...matchesOf(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu, t.slice(r.start, r.end))].slice(0, 40);
  const lower = words.map((w) => w[0].toLowerCase().replace(/[.]$/, ''));
  // The verb: the word after the first modal (past adverbs), or after a pronoun subject right after "how".
  // (a modal in lower case: not the month "May")
  let i = lower.findIndex((w, k) => k > 0 && k <= MODAL_REACH && w === words[k][0] && (MODAL.test(w) || (BE_OR_HAVE.test(w) && /(?:ing|ed)$/.test(lower[k + 1] ?? ''))));
  // (after "be" or "have", the participle is the verb, whatever compromise makes of it alone: "has affected")
  const participle = i >= 0 && BE_OR_HAVE.test(lower[i]);
  if (i < 0) i = SUBJECT_PRONOUN.test(lower[1] ?? '') ? 1 : -1;
  // (a question cut short before its verb names its subject: "how these investments in infrastructure — including …")
  if (i < 0) return lower.length >= 2 && lower.length <= SHORT_QUESTION_WORDS && !MAYBE_FINITE.test(t.slice(r.start, r.end)) ? { start: r.start + words[1].index, end: r.end } : null;
  i++;
  while (i < lower.length && VERB_ADVERB.test(lower[i])) i++;
  if (i >= lower.length || !(participle || isVerbWord(lower[i]))) return null;
  i++;
  // ("continue to deepen and strengthen", "try to help stabilize", "cut off": a bare verb only after "help", "let", "make";
  // a gerund after "keep", "continue": "keep delivering")
  for (;;) {
    while (i < lower.length && (PHRASAL_PARTICLE.test(lower[i]) || VERB_ADVERB.test(lower[i]))) i++;
    if ((lower[i] === 'to' || lower[i] === 'and') && i + 1 < lower.length && isVerbWord(lower[i + 1])) i += 2;
    else if (i < lower.length && /^(?:help|let|make)$/.test(lower[i - 1]) && isVerbWord(lower[i])) i++;
    else if (i < lower.length && /^(?:keep|continue|start|begin|stop)$/.test(lower[i - 1]) && /ing$/.test(lower[i])) i++;
    else break;
  }
  // ("work toward the common goals of …", "have cooperated on …": the object of the verb's preposition; not after a verb
  // of mere happening, "how things are unfolding in the region")
  if (i < lower.length && !HAPPENING.test(lower[i - 1]) && VERB_PREPOSITION.test(lower[i])) i++;
  let end = i;
  while (end < lower.length && !OBJECT_ENDS.test(lower[end]) && !(lower[end] === 'and' && end + 1 < lower.length && isVerbWord(lower[end + 1]))) end++;
  while (end > i && /^(?:of|and|or|the|a|an)$/.test(lower[end - 1])) end--;
  if (end <= i || /^(?:that|this|it|them|sure|certain)$/.test(lower[i])) return null;
  return { start: r.start + words[i].index, end: r.start + words[end - 1].index + words[end - 1][0].length };
}

/** A word compromise reads alone as a verb (and not a noun or adjective), or a common verb of a question's chain. */
function isVerbWord(w: string): boolean {
  if (/^(?:help|make|build|work|keep|get|take|continue|try|deepen|strengthen|expand|advance|address|tackle|support)$/.test(w)) return true;
  return remembered(verbWordSeen, w, (x) => {
    const tags = wordTags(x);
    return tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective');
  });
}

const LINK = /(?:^|[\s(])(?:\/\/|https?:|www\.)\S/u;
// "control differences so as to ensure …": a purpose clause is no topic.
const PURPOSE = /\b(?:so as|in order) to\b/i;

/**
 * A topic, not a clause or a fragment: decided by structure first, then, for an item holding a word that may
 * be a finite verb, by compromise's tags: a finite verb after its subject makes a clause (a participle
 * after its noun, "the progress made", "the draft presented by Russia", does not). compromise cannot tell
 * "energy and transport" from "cooperation and manage": both stay.
 */
function isNounPhrase(item: string): boolean {
  // (a link in the text, "(https://…/progress-report.pdf)", is no topic, nor what is left of it after a colon)
  if (LINK.test(item)) return false;
  if (HOW_TOPIC.test(item)) return !NEEDS_MORE.test(item) && !PURPOSE.test(item);
  if (OPENS_CLAUSE.test(item) || NEEDS_MORE.test(item) || PURPOSE.test(item)) return false;
  if (!MAYBE_FINITE.test(item)) return true;
  return remembered(nounPhraseSeen, item, tagNounPhrase);
}

// Tagging costs about a tenth of a millisecond an item: a text that repeats its items (a feed, a
// hostile file) pays once per distinct item.
const nounPhraseSeen = new Map<string, boolean>();
const adjectiveSeen = new Map<string, boolean>();
const participleSeen = new Map<string, boolean>();
const verbWordSeen = new Map<string, boolean>();

/** compromise's tags for one word read alone; none when it cannot load or read it. */
function wordTags(w: string): Set<string> {
  const nlp = loadTagger();
  if (!nlp) return new Set();
  try {
    return new Set(nlp(w).terms().json()[0]?.terms[0]?.tags ?? []);
  } catch {
    return new Set();
  }
}

/** A lone adjective ("bilateral", "regional"): compromise tags it so and not as a noun. */
function isAdjective(word: string): boolean {
  return remembered(adjectiveSeen, word.toLowerCase(), (w) => {
    const tags = wordTags(w);
    return tags.has('Adjective') && !tags.has('Noun');
  });
}

const lastAdjectiveSeen = new Map<string, boolean>();

/** The last word of `phrase` is an adjective (compromise reads the phrase; a word it cannot tell is no adjective). */
function endsOnAdjective(phrase: string): boolean {
  const last = /(?<![\p{L}])(\p{Ll}[\p{Ll}-]*)$/u.exec(phrase)?.[1];
  if (!last) return false;
  return remembered(lastAdjectiveSeen, phrase.slice(-60), (p) => {
    const nlp = loadTagger();
    if (!nlp) return false;
    try {
      const terms = nlp(p).terms().json();
      const tags = new Set(terms[terms.length - 1]?.terms[0]?.tags ?? []);
      return tags.has('Adjective') && !tags.has('Noun');
    } catch {
      return false;
    }
  });
}
const adjectiveBeforeAndSeen = new Map<string, boolean>();
const mayBeAdjectiveSeen = new Map<string, boolean>();

/** compromise can read the word alone as an adjective ("free", "current"; not "port"). */
function mayBeAdjective(word: string): boolean {
  return remembered(mayBeAdjectiveSeen, word, (w) => wordTags(w).has('Adjective'));
}

/**
 * "a free and open Indo-Pacific": the last word of `left` is an adjective when compromise reads it beside the words
 * after "and" (alone, "a free" is a noun phrase to it).
 */
function adjectiveBeforeAnd(left: string, right: string): boolean {
  const last = /(?<![\p{L}])(\p{Ll}[\p{Ll}-]*)$/u.exec(left)?.[1];
  const first = /^\p{Ll}[\p{Ll}-]*/u.exec(right)?.[0];
  // (the phrase is tagged only when both words can be adjectives at all: one lookup a word, most pairs stop here)
  if (!last || !first || !mayBeAdjective(last) || !mayBeAdjective(first)) return false;
  const phrase = `${left.slice(-60)} and ${right.split(/\s+/).slice(0, 3).join(' ')}`;
  return remembered(adjectiveBeforeAndSeen, phrase, (p) => {
    const nlp = loadTagger();
    if (!nlp) return false;
    try {
      const terms = nlp(p).terms().json();
      const k = terms.findIndex((x, i) => x.terms[0]?.text === 'and' && terms[i - 1]?.terms[0]?.text === last);
      if (k <= 0) return false;
      // (both sides adjectives, "free and open": not "peace in the north and port fees")
      const adjective = (n: number) => {
        const tags = new Set(terms[n]?.terms[0]?.tags ?? []);
        return tags.has('Adjective') && !tags.has('Noun');
      };
      return adjective(k - 1) && adjective(k + 1);
    } catch {
      return false;
    }
  });
}

const MAX_REMEMBERED = 10_000;

/**
 * "bilateral, regional and international matters of mutual interest": adjectives listed before the last item
 * share its noun, so the list is one topic, kept whole.
 */
function mergeSharedHeads(t: string, chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    let j = i;
    // (inside an "including" tail too: "matters of mutual interest, including bilateral, regional, and international issues")
    // A first item may share the head too: one that ends on an adjective before a lone adjective ("the importance of
    // ensuring a strong, stable, and competitive North America"), or one of adjectives only before an item that opens on
    // one ("bilateral strategic, economic and security cooperation"); not "keeping the Strait open, regional stability",
    // "the recovery from the pandemic, regional integration".
    const next = i + 1 < chunks.length ? t.slice(chunks[i + 1].start, chunks[i + 1].end).trim() : '';
    const first = t.slice(chunks[i].start, chunks[i].end).trim();
    // ("a broad bilateral, regional and global agenda": an article before the adjectives)
    // (the words before the last may be any adjective the tagger knows: "broad", "close")
    const firstWords = first.replace(/^(?:a|an|the)\s+/i, '').split(/\s+/);
    const fromAdjective =
      adjectiveWord(next.split(/\s+/)[0]) && /\s/.test(first) && firstWords.every((w, k) => (k < firstWords.length - 1 ? SINGLE_WORD.test(w) && isAdjective(w) : adjectiveWord(w)));
    // ("our shared economic, climate, energy, and migration management goals": a first item that ends on an adjective, then
    // two lone words or more, modifiers all of the last item's noun, a plural or a noun that takes such a series; not "the
    // COVID-19 pandemic, migration, energy, and food insecurity", where the tagger reads "pandemic" as an adjective, nor a
    // gerund's complement: "keeping the border open, trade, energy, and food security")
    const lone = (k: number) => k < chunks.length && SINGLE_WORD.test(t.slice(chunks[k].start, chunks[k].end).trim()) && /^\p{Ll}/u.test(t.slice(chunks[k].start, chunks[k].end).trim());
    let tail = i + 1;
    while (lone(tail)) tail++;
    // (the head of a series the lone words lead to, among the first words of the item after them: "humanitarian
    // assistance the United States is providing")
    const seriesHead = tail < chunks.length ? t.slice(chunks[tail].start, chunks[tail].end).trim().split(/\s+/).slice(0, 3).find((w) => SERIES_HEAD.has(w.toLowerCase()))?.toLowerCase() : undefined;
    const dangling = tail >= i + 3 && tail < chunks.length && takesModifiers(t.slice(chunks[tail].start, chunks[tail].end)) && !/^\p{Ll}+ing\s/u.test(first) && endsOnAdjective(first);
    // (beside an adjective the tagger knows, a lone word with an adjective's ending is one too: "economic,
    // humanitarian, and security assistance", where compromise alone reads "humanitarian" as a noun)
    const suffixed = (c: Chunk | undefined) => !!c && SINGLE_WORD.test(t.slice(c.start, c.end).trim()) && ADJECTIVE_ENDING.test(t.slice(c.start, c.end).trim());
    // ("economic, security, and migration cooperation": lone words, then an item whose noun takes them all as modifiers)
    const toHead = (k: number): boolean => {
      const n = k + 1 < chunks.length ? t.slice(chunks[k + 1].start, chunks[k + 1].end).trim() : '';
      if (!n || !/^,\s*(?:and\s+)?$/u.test(chunks[k + 1].sep)) return false;
      return lone(k + 1) ? toHead(k + 1) : /^\p{Ll}[\p{Ll}-]*\s/u.test(n) && !DETERMINER_START.test(n) && takesModifiers(n);
    };
    const shares = (k: number) =>
      isLoneAdjective(t, chunks[k]) ||
      // (a lone noun among them: "economic, security, and migration cooperation"; after an adjective alone or right after a
      // verb: "strengthening economic, security, and migration cooperation", "efforts to provide economic, development, and
      // humanitarian aid", not "keeping the border open, trade, …", "ways to keep markets open, trade, and energy
      // cooperation")
      (k > i && lone(k) && toHead(k)) ||
      (k === i && lone(k + 1) && toHead(k) && lastWordAdjective(first) && (firstWords.length === 1 || VERB_THEN_ADJECTIVE.test(first))) ||
      // (or a lone noun after "of" as the first modifier: "a range of security, economic, and regional issues")
      (k === i && (isLoneAdjective(t, chunks[k + 1]) || suffixed(chunks[k + 1])) && (lastWordAdjective(first) || /\sof\s+\p{Ll}[\p{Ll}-]+$/u.test(first) || nounModifier(first, seriesHead))) ||
      (k > i && suffixed(chunks[k])) ||
      // ("military, economic and humanitarian aid": a lone word with an adjective's ending before an item that opens on one)
      (k === i && suffixed(chunks[k]) && adjectiveWord(next.split(/\s+/)[0])) ||
      ((fromAdjective || dangling) && (k === i || SINGLE_WORD.test(t.slice(chunks[k].start, chunks[k].end).trim()))) ||
      // ("Russia’s unprovoked, unjustified invasion": a participle after a possessive, with no noun yet, before a modifier)
      (k === i && danglingParticiple(first) && (adjectiveWord(next.split(/\s+/)[0]) || /^\p{Ll}{3,}(?:ed|en)$/u.test(next.split(/\s+/)[0])));
    while (j < chunks.length - 1 && chunks[j + 1].head === chunks[i].head && shares(j) && /^,\s*(?:and\s+)?$/.test(chunks[j + 1].sep)) j++;
    const last = chunks[j];
    // (not onto a phrase with its own determiner: "the economy, digital, and the green transition")
    const lastText = t.slice(last.start, last.end).trim();
    if (j > i && /\s/.test(lastText) && /^\p{Ll}/u.test(lastText) && !DETERMINER_START.test(lastText)) {
      // (a dangling participle joins one item, whose own "and" may still join two topics)
      out.push({ ...chunks[i], end: last.end, whole: !(j === i + 1 && danglingParticiple(first)) || chunks[j].whole });
      i = j;
    } else out.push(chunks[i]);
  }
  return out;
}

const SERIES_HEAD = new Set(SERIES_HEAD_NOUNS);
/** The head of `item` (its last word before a preposition) is a plural or a noun a series of modifiers shares. */
function takesModifiers(item: string): boolean {
  const head = item.trim().split(PREPOSITION)[0].trim().split(/\s+/).pop() ?? '';
  return /\p{Ll}{2}[^s\W]s$/u.test(head) || SERIES_HEAD.has(head.toLowerCase());
}

/**
 * A first item that is a noun used as the first of the modifiers: a lone lower-case word ("security, economic, and
 * humanitarian assistance") or one after an adjective ("with additional security, economic, and humanitarian
 * assistance").
 */
function nounModifier(first: string, head?: string): boolean {
  const words = first.split(/\s+/);
  const last = words[words.length - 1];
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(last)) return false;
  // (or after an article, before a head of such a series: "the security, economic, and humanitarian assistance"; not "the
  // economy, regional, and global issues")
  if (words.length === 2 && /^(?:the|a|an)$/iu.test(words[0])) return !!head && SERIES_HEAD.has(head);
  return words.length === 1 || (words.length >= 2 && SINGLE_WORD.test(words[words.length - 2]) && isAdjective(words[words.length - 2]));
}

// (lower case: "Via Baltica" is a topic)
const MEANS_START = /^(?:through|by|via|in the framework of|within the framework of|under the framework of)\s/u;
// (two or more semicolons, the last before "and": "A; B; and C"; isSemicolonSeries also wants no item a clause)
const SEMICOLON_SERIES = /^(?:[^;.!?]+;\s+){2,}and\s+[^;.!?]+$/u;
const SENTENCE_CLOSE = /[.!?"”’»]+\s*$/u;
const SERIES_SEPARATOR = /;\s+(?:and\s+)?/gu;
// (an item that is a clause: "; they also visited the harbour", "; the talks were long")
const CLAUSE_ITEM = /^(?:and\s+)?(?:then\s+)?(?:they|he|she|it|we|i|you|there)\b|\b(?:is|are|was|were|has|have|had|will|would|could|should|said|says)\b/iu;
/** "A; B, particularly C; and D": two or more semicolons, the last before "and", and no item a clause. */
function isSemicolonSeries(w: string): boolean {
  return SEMICOLON_SERIES.test(w) && !w.split(';').slice(1).some((item) => CLAUSE_ITEM.test(item.trim()));
}
const SINGLE_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
// (only a word that looks like an adjective is worth the tagger, whose first use loads compromise: a quarter of a second)
// ("various bilateral, regional and international issues": a quantifier before the first adjective)
// ("a range of bilateral, regional, and global issues")
const QUANTIFIER = /^(?:various|several|many|numerous|other|some|all|both|key|major|an? (?:(?:wide|broad|whole) )?(?:range|number|variety|host|series) of)\s+/u;
const isLoneAdjective = (t: string, c: Chunk): boolean => adjectiveWord(t.slice(c.start, c.end).trim().replace(QUANTIFIER, ''));
const NOUN_READ_ADJECTIVE = new Set(NOUN_READ_ADJECTIVES);
const adjectiveWord = (w: string): boolean => NOUN_READ_ADJECTIVE.has(w.toLowerCase()) || (/^\p{Ll}[\p{Ll}-]+$/u.test(w) && (ADJECTIVE_ENDING.test(w) || PLAIN_ADJECTIVE.has(w)) && isAdjective(w));
/**
 * "its unprovoked", "Russia’s unjustified": a participle in -ed right after a determiner or possessive ends no topic; it
 * modifies the noun of the next item (compromise reads "unprovoked" after "its" as a verb).
 */
const DANGLING_PARTICIPLE = /(?:(?<![\p{L}])(?:the|a|an|its|their|his|her|our|this|these|those)|\p{L}['’]s?)\s+(\p{Ll}[\p{Ll}-]*ed)$/u;
function danglingParticiple(phrase: string): boolean {
  const word = DANGLING_PARTICIPLE.exec(phrase)?.[1];
  // (compromise reads the word alone as a participle or an adjective, never a noun or a bare verb: not "the need",
  // "the seabed")
  return !!word && remembered(participleAloneSeen, word, (w) => {
    const tags = wordTags(w);
    return (tags.has('PastTense') || tags.has('Adjective')) && !tags.has('Noun') && !tags.has('Infinitive');
  });
}
const participleAloneSeen = new Map<string, boolean>();
/** "… ensuring a strong": the phrase's last word, alone, is an adjective (in the phrase compromise reads it as a noun). */
const lastWordAdjective = (phrase: string): boolean => {
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1);
  return /\s/.test(phrase) && /^\p{Ll}[\p{Ll}-]+$/u.test(last) && isAdjective(last);
};
/** "mechanisms, suspended since 2014, …": a past participle alone is no topic (compromise tags it no noun). */
const isLoneParticiple = (item: string): boolean =>
  /^\p{Ll}+(?<!e)ed$/u.test(item) && item.length >= 6 && remembered(participleSeen, item, (w) => {
    const tags = wordTags(w);
    return (tags.has('Adjective') || tags.has('PastTense')) && !tags.has('Noun');
  });
const verbPhraseSeen = new Map<string, boolean>();
function remembered(seen: Map<string, boolean>, item: string, decide: (item: string) => boolean): boolean {
  const hit = seen.get(item);
  if (hit !== undefined) return hit;
  const v = decide(item);
  if (seen.size >= MAX_REMEMBERED) seen.clear();
  seen.set(item, v);
  return v;
}

function tagNounPhrase(item: string): boolean {
  const nlp = loadTagger();
  if (!nlp) return true;
  try {
    // ("Russia’s": compromise reads a noun's "’s" as "is" too, a term of its own with no text; here it is a possessive)
    const all = nlp(item.slice(0, 200)).terms().json().map((t) => ({ text: t.terms[0]?.text ?? '', post: t.terms[0]?.post ?? '', tags: new Set(t.terms[0]?.tags ?? []) }));
    const read = all.filter((x, k) => !(x.text === '' && /['’]s$/u.test(all[k - 1]?.text ?? '') && all[k - 1].tags.has('Noun') && !all[k - 1].tags.has('Pronoun')));
    // ("the continued build-up", "a follow-up": a verb and its particle joined by a hyphen make a noun)
    const terms = read.map((x) => (x.tags.has('Hyphenated') && x.tags.has('PhrasalVerb') ? new Set(['Noun', 'Singular']) : x.tags));
    const words = read.map((x) => x.text);
    const comma = read.map((x) => x.post.includes(','));
    let modifier = -1;
    // ("ongoing efforts to secure …": adjectives before the first noun do not change that the phrase opens nominally)
    const lead = terms.findIndex((x) => !(x.has('Adjective') && !x.has('Noun') && !x.has('Verb')));
    const opener = terms[lead];
    const nominalStart = !!opener && (opener.has('Determiner') || opener.has('Possessive') || (opener.has('Noun') && !opener.has('Verb')));
    for (let i = 0; i < terms.length; i++) {
      const tags = terms[i];
      if ([...tags].some((x) => CLAUSE_TAGS.has(x))) return false;
      const finite = (tags.has('PastTense') || tags.has('PresentTense')) && !tags.has('Noun') && !tags.has('Gerund');
      // ("Russia’s further invasion": a word with a noun's ending is a noun, however compromise reads it after an adverb)
      if (!finite || STRONG_NOUN_ENDING.test(words[i] ?? '')) continue;
      // ("cooperation on space, climate, trade, and cybersecurity": one word between a list's commas is one of its items)
      if (comma[i - 1] && (comma[i] || /^(?:and|or)$/i.test(words[i + 1] ?? ''))) continue;
      // ("the readiness of NATO to engage in dialogue": in a phrase that opens on a determiner or a noun, a verb after
      // "to" is an infinitive, whatever its tags; not "committed to cooperate", "scheduled to take place")
      if ((words[i - 1] ?? '').toLowerCase() === 'to' && nominalStart) continue;
      // (nor one joined to such an infinitive: "efforts to reduce irregular migration and promote legal pathways")
      if ((words[i - 1] ?? '').toLowerCase() === 'and' && nominalStart && words.slice(1, i - 1).some((w) => w.toLowerCase() === 'to') && tags.has('Infinitive')) continue;
      const prev = terms[i - 1];
      const next = (words[i + 1] ?? '').toLowerCase();
      // "the progress made", "the agreements reached in Riyadh", "the draft presented by Russia": a
      // participle right after its noun ("Jaishankar posted on X" is a clause: a name, then its verb).
      // "the implementation of previously reached agreements": a participle before its noun is an adjective.
      // (so after "and" between modifiers: "close and distinguished bilateral relations")
      if (prev && ['Adverb', 'Determiner', 'Preposition', 'Adjective'].some((x) => prev.has(x)) && terms[i + 1]?.has('Noun') && !terms[i + 1].has('Pronoun')) continue;
      // (or before another modifier of it, after a determiner, a preposition, or a degree word after one: "the need for
      // continued close coordination", "for more coordinated international efforts"; not after an adverb: "the EU
      // recently unveiled ambitious plans", "as the EU further tightened new sanctions" are clauses)
      const degree = DEGREE_WORD.test(words[i - 1] ?? '') && !!terms[i - 2] && ['Determiner', 'Preposition'].some((x) => terms[i - 2].has(x));
      if (prev && (degree || ['Determiner', 'Preposition'].some((x) => prev.has(x))) && terms[i + 1]?.has('Adjective') && !terms[i + 1].has('Pronoun')) continue;
      // ("unprovoked and unjustified invasion": the second of two participles read as modifiers)
      if (prev?.has('Conjunction') && (terms[i - 2]?.has('Adjective') || modifier === i - 2) && (terms[i + 1]?.has('Noun') || terms[i + 1]?.has('Adjective'))) continue;
      // "Russia’s unprovoked and unjustified invasion", "its unjustified further invasion": after a possessive, a
      // modifier of the noun to come.
      // (or after another such modifier: "Russia’s unprovoked, unjustified further invasion")
      const afterPossessive = /['’]s$/u.test(words[i - 1] ?? '') || !!prev?.has('Possessive') || modifier === i - 1;
      if (afterPossessive && (terms[i + 1]?.has('Noun') || terms[i + 1]?.has('Adjective') || terms[i + 1]?.has('Adverb') || /^(?:and|or)$/.test(next) || /^\p{Ll}{3,}ed$/u.test(next))) {
        modifier = i;
        continue;
      }
      // ("coordination on NATO Alliance issues", "G7 member states": a plural that ends the phrase after a noun is its head)
      // (not after a subordinator: "the sanctions imposed on Moscow as the Kremlin insists" is a clause)
      const subordinate = words.slice(0, i).some((x) => SUBORDINATOR_WORD.test(x));
      if (i === terms.length - 1 && tags.has('PresentTense') && /\p{Ll}s$/u.test(words[i] ?? '') && prev?.has('Noun') && !prev.has('Pronoun') && !subordinate) continue;
      if (prev?.has('Noun') && !prev.has('Pronoun')) {
        const name = prev.has('ProperNoun') || /^\p{Lu}/u.test(words[i - 1] ?? '');
        // ("strong U.S. support for X": a name after a modifier modifies the noun after it, as in "EU support for X")
        const modifierName = name && !!terms[i - 2] && ['Adjective', 'Possessive'].some((x) => terms[i - 2].has(x)) && tags.has('PresentTense') && !!terms[i + 1]?.has('Preposition') && !subordinate;
        if (modifierName || (name ? next === 'by' : !next || !!terms[i + 1]?.has('Preposition') || next === 'to')) continue;
      }
      if (i > 0) return false;
    }
    return true;
  } catch {
    return true;
  }
}

const DEGREE_WORD = /^(?:more|most|less|least|very|better|well|fully|highly|increasingly|newly|jointly|closely|further|mutually|largely)$/i;
const SUBORDINATOR_WORD = /^(?:as|while|because|since|whereby|where|when|although|though|if|unless|until|after|before)$/i;
// Endings that nouns have far more often than verbs ("-tion", "-ness"; not "-ment", "-ance": "implement", "advance"): a
// few verbs share them ("sanction", "question"), but not where a topic list has them after an adverb or possessive.
const STRONG_NOUN_ENDING = /\p{Ll}{3}(?:tion|sion|ness|ity|ship|ism)s?$/u;
const BASE_VERB = new Set(BASE_VERBS);
const AUXILIARY = new Set(AUXILIARY_STARTS);
const NOUN_ENDING = new RegExp(`(?:${NOUN_ENDINGS.join('|')})$`);
const OBJECT_WORD = /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|him|them|it|us)$/i;

/**
 * The common cases decided from word lists and endings (rules/agenda.ts), so compromise loads
 * only for a genuinely unknown first word: true or false, or null when undecided.
 */
function verbPhraseByWords(item: string): boolean | null {
  const [first = '', second = ''] = item.split(/\s+/, 2);
  const w = first.toLowerCase();
  if (AUXILIARY.has(w)) return true;
  // "support the plan" is a verb phrase; "support for X" may be a noun: compromise decides.
  if (BASE_VERB.has(w)) return OBJECT_WORD.test(second) || w.endsWith('ed') ? true : null;
  if (w.length >= 5 && NOUN_ENDING.test(w.replace(/(?<=[^s])s$/, ''))) return false;
  return null;
}

// Words that look like adjectives by their ending; compromise then confirms on the two words.
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ary|ian|ern|ese|ish|ful|ible|able|ical|less)$/i;
const PLAIN_ADJECTIVE = new Set(PLAIN_ADJECTIVES);
const RELATION_HEAD = /^[\p{Ll}][\p{L}-]*\s+(?:cooperation|co-operation|collaboration|ties|relations|partnership|links|exchanges|projects|programmes|programs|interaction|dialogue|contacts|corridors|links|networks|infrastructure|connectivity|investments?)$/u;

/**
 * "other international and regional issues": two adjectives share the noun after the second;
 * "bilateral fisheries and shipping cooperation": two nouns share the head noun after the second.
 */
function sharedHead(left: string, right: string): boolean {
  const lw = left.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/).filter(Boolean);
  // Only the right side up to the next "and": "joint rail and energy projects and the situation in X".
  const rw = right.split(/\s+and\s+/, 1)[0].split(/\s+/).filter(Boolean);
  if (!lw.length || rw.length < 2 || PREPOSITION.test(left) || DETERMINER_START.test(right)) return false;
  const a = lw[lw.length - 1];
  const b = rw[0];
  if (!/^\p{Ll}/u.test(a) || !/^\p{Ll}/u.test(b)) return false;
  if (ADJECTIVE_ENDING.test(a) && ADJECTIVE_ENDING.test(b) && areAdjectives(`${a} and ${b} ${rw[1]}`)) return true;
  // "bilateral fisheries and shipping cooperation": an adjective and a noun, then a noun and a relation head.
  return (
    lw.length === 2 &&
    (ADJECTIVE_ENDING.test(lw[0]) || PLAIN_ADJECTIVE.has(lw[0].toLowerCase())) &&
    RELATION_HEAD.test(rw.slice(0, 2).join(' ')) &&
    rw.length === 2
  );
}

/**
 * "global food and energy security", "the close defense and security cooperation between our countries": a noun after
 * an adjective or a preposition of its topic and a noun with a head of a pair's kind after it share that head (not "the
 * drought and food security", "the fight against terrorism and energy security"; not "clean energy supply chains and
 * defense cooperation", whose left half ends on a compound of its own, nor "maritime security and economic
 * cooperation", where an adjective opens the right half; two adjectives are sharedHead's).
 */
function sharedNounHead(left: string, right: string): boolean {
  const lw = left.split(/\s+/);
  const rw = right.trim().split(/\s+/);
  const a = lw[lw.length - 1];
  const before = lw[lw.length - 2];
  if (!before || rw.length < 2 || !SINGLE_WORD.test(a) || !SINGLE_WORD.test(rw[0]) || !PAIR_HEAD.has(rw[1])) return false;
  // (nouns both, by compromise's tags: not "efforts to foster regional integration and deepen security cooperation",
  // "united efforts and improved ties", "fair trade and the crisis")
  // (nor a left noun that heads a topic of its own: "industrial cooperation and food security", "regional security and
  // energy supplies")
  if (SERIES_HEAD.has(a) || PAIR_HEAD.has(a)) return false;
  if (adjectiveWord(a) || adjectiveWord(rw[0]) || baseVerb(rw[0]) || !wordTags(a).has('Noun') || !wordTags(rw[0]).has('Noun')) return false;
  // (compromise reads "against" alone as an adjective)
  return PAIR_PREPOSITION.test(before) || (SINGLE_WORD.test(before) && !PREPOSITION.test(before) && isAdjective(before));
}
const PAIR_HEAD = new Set(PAIR_HEAD_NOUNS);
const OWN_TOPIC_HEAD = new Set(OWN_TOPIC_HEADS);
// ("the rise in energy and food prices", "efforts on food and energy security issues"; not "the fight against terrorism
// and energy security")
const PAIR_PREPOSITION = /^(?:in|on|of|for)$/i;
const VERB_THEN_ADJECTIVE = /(?:^|\s)(?:\p{Ll}{3,}ing|to\s+\p{Ll}+)\s+\p{Ll}[\p{Ll}-]*$/u;

/** "strong U.S. support …": the text opens on an adjective (compromise's reading) with a word after it. */
function adjectiveThenWord(text: string): boolean {
  const m = /^(\p{Ll}[\p{Ll}-]*)\s+\S/u.exec(text);
  if (!m) return false;
  const nlp = loadTagger();
  if (!nlp) return false;
  try {
    const tags = new Set<string>(nlp(m[1]).terms().json()[0]?.terms[0]?.tags ?? []);
    return tags.has('Adjective') && !tags.has('Noun');
  } catch {
    return false;
  }
}

/** compromise reads the first and third words of "A and B noun" as adjectives (or cannot read them: then yes). */
function areAdjectives(phrase: string): boolean {
  const nlp = loadTagger();
  if (!nlp) return true;
  try {
    const terms = nlp(phrase).terms().json().map((t) => new Set(t.terms[0]?.tags ?? []));
    const adj = (x: Set<string> | undefined) => !!x && x.has('Adjective') && !x.has('Noun');
    return adj(terms[0]) && adj(terms[2]);
  } catch {
    return true;
  }
}

const PREPOSITION = /\b(?:of|in|on|for|with|between|to|against|from|at|by)\b/i;
const DETERMINER_START = /^(?:the|a|an|our|their|its|his|her|this|these|those|my|your)\s/i;
// "… and stability": one lower-case word ends the chunk.
const LONE_LAST_NOUN = /^\p{Ll}[\p{Ll}-]*\s*$/u;
// "regional security", "our common vision": a lower-case modifier (no determiner) before the last noun; or a lone
// noun ("climate and energy", "diabetes and cancer").
// (not an auxiliary and its participle: "the aid Japan has provided and reconstruction")
const MODIFIED_NOUN_END = /^\p{Ll}[\p{Ll}-]*$|(?:^|\s)(?!(?:the|a|an|our|their|its|his|her|this|these|those|my|your|of|in|on|for|with|to|and|or|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did)\s)\p{Ll}[\p{Ll}-]*\s+\p{Ll}[\p{Ll}-]*$/u;
// A head whose compound is a topic of its own, a series head or one of OWN_TOPIC_HEADS ("economic cooperation", "trade
// relations", "climate change"): a lone noun after it is a second topic ("economic cooperation and terrorism").
const ownTopicHead = (left: string): boolean => {
  const last = /[\p{Ll}-]+$/u.exec(left)?.[0] ?? '';
  return SERIES_HEAD.has(last) || OWN_TOPIC_HEAD.has(last);
};

/** "the current state and prospects of X": the "of" phrase governs both heads, so one topic. */
/**
 * "the increasing military and economic cooperation": a last word with an adjective's ending before "and" and an adjective
 * the tagger knows before a noun shares that noun (compromise alone reads "military" as a noun).
 */
function suffixedBeforeAdjective(left: string, right: string): boolean {
  const last = /(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)$/u.exec(left)?.[1];
  const [first, second] = right.trim().split(/\s+/);
  return !!last && !!second && ADJECTIVE_ENDING.test(last) && /^\p{Ll}/u.test(second) && adjectiveWord(first);
}

/**
 * "deepening the economic and security partnership between A and B": an adjective by its ending, then a noun and a
 * relation head the two share.
 */
function suffixedBeforeRelation(left: string, right: string): boolean {
  const last = /(?<![\p{L}])(\p{Ll}[\p{Ll}-]+)$/u.exec(left)?.[1];
  const [first, second] = right.trim().split(/\s+/);
  return !!last && !!second && ADJECTIVE_ENDING.test(last) && RELATION_HEAD.test(`${first} ${second}`);
}

/**
 * "the importance of promoting coexistence and weakening extremists", "the importance of strengthening and expanding the
 * relationship": "and" joins two gerunds of one "of".
 */
function coordinatedGerund(left: string, right: string): boolean {
  return /\bof\s+\p{Ll}{3,}ing(?:\s|$)/u.test(left) && /^\p{Ll}{3,}ing\s/u.test(right);
}

/** "ensuring", "promoting", "strengthening": the gerund of a verb of policy (rules/agenda.ts; not "mining", "fishing"). */
function gerundOfBaseVerb(word: string): boolean {
  const stem = word.slice(0, -3);
  return BASE_VERB.has(stem) || BASE_VERB.has(stem + 'e') || (/(.)\1$/u.test(stem) && BASE_VERB.has(stem.slice(0, -1)));
}

/** compromise reads the word alone as a verb's bare form and never as a noun ("provide"; not "trade"). */
function isInfinitive(word: string): boolean {
  return remembered(infinitiveSeen, word, (w) => {
    const tags = wordTags(w);
    return tags.has('Infinitive') && !tags.has('Noun');
  });
}
const infinitiveSeen = new Map<string, boolean>();
/** A verb's bare form: one of the policy verbs (rules/agenda.ts) or one compromise reads so. */
const baseVerb = (word: string): boolean => BASE_VERB.has(word) || isInfinitive(word);

/**
 * "ensuring strong defense and deterrence in northern Europe", "efforts to provide security and humanitarian assistance":
 * "and" joins two bare objects of one verb (a gerund that opens the item, or an infinitive in it). It cannot tell a
 * second object from a second topic ("countering terrorism and migration" stays one item): the readers of the real sets
 * more often keep one verb's objects together.
 */
function verbObjects(left: string, right: string): boolean {
  const verb = /^(\p{Ll}{3,}ing)\s+|\bto\s+(\p{Ll}+)\s+/u.exec(left);
  // (a verb that is no adjective too: in "a return to open trade and regional security" "to" is a preposition)
  if (!verb || (verb[2] ? !isInfinitive(verb[2]) && !(BASE_VERB.has(verb[2]) && !mayBeAdjective(verb[2])) : !gerundOfBaseVerb(verb[1]))) return false;
  const object = left.slice(verb.index + verb[0].length);
  const first = right.split(/\s+/, 1)[0];
  // (a short right side: "efforts to attract investors and new cooperation in the fields of A, B and C" are two)
  return BARE_ITEM.test(object) && /^\p{Ll}/u.test(right) && right.split(/\s+/).length <= 5 && !DETERMINER_START.test(right) && !/ing$/u.test(first) && !baseVerb(first) && PREPOSITION.exec(right)?.index !== 0;
}

function sharedOf(left: string, right: string): boolean {
  return !PREPOSITION.test(left) && /^[\p{Ll}][\p{L}-]*\s+of\s/u.test(right);
}

const CONTAINER_OF = new RegExp(`\\b(?:${LIST_CONTAINERS.join('|')})\\s+of\\s+[\\p{Ll}][\\p{L}-]*$`, 'u');

/** "cooperation in the fields of energy and critical minerals": "and" joins two bare objects of one preposition. */
function sharedObject(left: string, right: string): boolean {
  if (!CONTAINER_OF.test(left)) return false;
  const words = right.split(/\s+/);
  return words.length <= 3 && !DETERMINER_START.test(right) && !PREPOSITION.test(right) && !/^\p{Lu}/u.test(right);
}

// "bilateral issues", "regional and international matters", "several areas": a few modifiers and a category noun.
const CATEGORY_HEAD = new RegExp(
  `^(?:[\\p{Ll}][\\p{L}-]*\\s+(?:and\\s+)?){0,3}(?:${[...VAGUE_NOUNS.filter((n) => n.endsWith('s')), ...LIST_CONTAINERS].join('|')})$`,
  'u',
);
// (also a participle whose list still follows it: "Their discussions were centered around A, B and C", "the
// talks were focused on A")
const LOOSE_CUE = new RegExp(`^(?:${LOOSE_CUES.join('|')})\\b`, 'i');
const MEETING_SUBJECT = new RegExp(`\\b(?:${MEETING_SUBJECT_WORDS.join('|')})\\b`, 'i');
const ADJECTIVE_CUE = /^(?:frank|candid|open|in-depth|substantive|detailed|thorough|focus{1,2}ed|cent(?:red|ered)|concentrated)\b/i;

// "the entire gamut of bilateral relations", "the whole spectrum of ties": a span of topics, not one.
const SPAN_OF = /^(?:the|a|an)\s+(?:(?:entire|whole|full|broad|wide)\s+)?(?:gamut|spectrum|array|range|scope)\s+of\s/iu;
// "regional affairs", "regional and global issues of mutual interest": a category however it ends.
const OF_INTEREST = /\s+of\s+(?:mutual|common|shared|bilateral)\s+(?:interest|concern)$/iu;
const AFFAIRS = /^(?:[\p{Ll}][\p{L}-]*\s+(?:and\s+)?){1,3}(?:affairs|developments)$/u;

// ("including with partners such as …", "including Deputy Secretary Mills": who, not what)
// (nor a preposition's phrase or a pronoun: "including against X banks", "including in the shipbuilding sector",
// "including those posed by X"; nor a part of the meeting itself: "including a working lunch", "including two hours of
// one-on-one discussions")
const NOT_EXAMPLE_TOPIC = /^(?:(?:with|through|by|via|among|between|alongside|against|in|on|at|for|from|to|during|within|across|under|over|those|these|that|this|it|them)\s|(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+|several\s+)?(?:[\p{L}-]+\s+){0,2}(?:lunch|dinner|breakfast|luncheon|reception|hours?|minutes)\b)/iu;
const TITLE_OPEN = new RegExp(`^(?:(?:${RANK_MODIFIERS.map((r) => `[${r[0]}${r[0].toUpperCase()}]${r.slice(1)}`).join('|')})\\s+)*(?:${TITLES.map(([title]) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|')})\\s+\\p{Lu}`, 'u');
/** An example after "including" that may be a topic: not a preposition's phrase, nor a titled person, nor people. */
function exampleTopic(c: Chunk, text: string): boolean {
  return !/\bwith\s*$/iu.test(c.sep) && !NOT_EXAMPLE_TOPIC.test(text) && !TITLE_OPEN.test(text) && !namesPeople(text);
}

/**
 * "the release of hostages held by Hamas, including many children and a number of Americans": examples whose head is
 * a plural noun for people (compromise's Actor or Demonym) say who the topic concerns; they are no topics of their own.
 */
function namesPeople(text: string): boolean {
  // (each bare noun phrase of the list: "the wrongful detention of Americans" is a topic about people)
  return text.split(/,?\s+(?:and|or)\s+|,\s+/u).every((part) => {
    const bare = part.replace(AMOUNT_PREFIX, '');
    if (/\s(?:of|for|to|in|on|at|by|with|from|against|about)\s/iu.test(` ${bare} `)) return false;
    const last = /(?<![\p{L}'’-])([\p{L}'’-]+)$/u.exec(bare)?.[1];
    if (!last) return false;
    return remembered(peopleSeen, last, (w) => {
      const tags = wordTags(w);
      return tags.has('Plural') && (tags.has('Actor') || tags.has('Demonym'));
    });
  });
}
const peopleSeen = new Map<string, boolean>();

/**
 * A category of issues named by its modifiers ("regional and global issues", "a range of other regional and global
 * issues", "bilateral, regional, and global issues"): readers keep it beside the examples after "including" (not "a
 * range of issues", "issues of shared interest", "several areas", "other shared priorities").
 */
function namedCategory(t: string, c: Piece): boolean {
  let x = t.slice(c.start, c.end).trim();
  const lead = LEAD_JUNK.exec(x);
  if (lead) x = x.slice(lead[0].length);
  x = x.replace(AMOUNT_PREFIX, '').replace(/^the\s+/iu, '');
  return NAMED_ISSUES.test(x) && !isVague(x) && !OF_INTEREST.test(x);
}
// Modifiers and a plural of "issue", "question", "matter" … (not "priorities", "areas", "challenges": those go).
const NAMED_ISSUES = new RegExp(`^(?:[\\p{Ll}][\\p{L}-]*,?\\s+(?:and\\s+)?){1,3}(?:${VAGUE_NOUNS.filter((n) => n.endsWith('s')).join('|')})$`, 'u');

/** A head that only names a category: "a range of issues", "issues of regional trade". */
function isCategory(t: string, c: Piece): boolean {
  let x = t.slice(c.start, c.end).trim();
  const lead = LEAD_JUNK.exec(x);
  if (lead) x = x.slice(lead[0].length);
  x = x.replace(OF_INTEREST, '');
  return isVague(x) || TOPIC_PREFIX.test(x) || CATEGORY_HEAD.test(x) || SPAN_OF.test(x) || AFFAIRS.test(x);
}

// "cooperation in mining", "the working group with respect to innovation": a head, a preposition and one bare
// noun, so a list may follow.
const PREP_LIST_HEAD = /^(?:[\p{L}'’-]+\s+){0,14}[\p{Ll}][\p{L}-]*\s+(?:in|of|for|on|into|to)\s+[\p{Ll}][\p{L}-]*$/u;
// A preposition and one bare noun end the phrase: "the importance of trade".
const PREP_BARE_END = /\s(?:in|of|for|on|into|to|with)\s+[\p{Ll}][\p{L}-]*$/u;

/**
 * "the importance of trade and jobs", "in support of peace and security", "a range of global and regional issues":
 * "and" joins two bare objects of one preposition: one word after it, or two adjectives sharing the noun after it
 * (not "non-proliferation of weapons and arms control": a compound after a noun is a topic of its own).
 */
function prepositionObject(left: string, right: string): boolean {
  if (!PREP_BARE_END.test(left) || !BARE_ITEM.test(right.trim()) || NOT_BARE.test(right)) return false;
  const last = left.split(/\s+/).pop() ?? '';
  return /^[\p{Ll}][\p{L}-]*$/u.test(right.trim()) || ADJECTIVE_ENDING.test(last) || PLAIN_ADJECTIVE.has(last.toLowerCase());
}

/** "measures to increase trade turnover and accelerate the implementation of …": two verbs of one "to". */
function coordinatedInfinitive(left: string, right: string): boolean {
  const m = /^([\p{Ll}]+)\s+(\S+)/u.exec(right);
  // (Not "… and support for refugees", "… and help for families": a noun with its preposition.)
  if (!m || !baseVerb(m[1]) || /^(?:for|of|to|in|on|with|from|at|by|about|and|or)$/.test(m[2])) return false;
  const verb = /\bto\s+([\p{Ll}]+)(\s|$)/u.exec(left);
  // (the left infinitive may have no object of its own, "the responsibility to protect and strengthen democracy", when the
  // right word is one of the policy verbs (BASE_VERBS), not a word that is a noun too: "the right to work and travel
  // restrictions", "the decision to withdraw and aid deliveries")
  if (verb && !verb[2] && !BASE_VERB.has(m[1])) return false;
  return baseVerb(verb?.[1] ?? '');
}
const PLACE_PREPOSITION_START = /^(?:around|across|throughout|beyond|within|in|at)\s+(?:the\s+)?(?:(?:world|globe|region|hemisphere|continent|country)\b|\p{Lu})/u;
// (read on the left item's last words only)
const PLACE_PREPOSITION_END = /\b(?:in|at|across|around|throughout|within|beyond)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,4}$/u;
const BARE_ITEM = /^[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*){0,2}$/u;
const BARE_AND_ITEM = /^[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*){0,2}\s+and\s+[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*){0,2}$/u;
const NOT_BARE = /\b(?:the|a|an|our|their|its|his|her|this|these|those|of|in|on|for|with|to|at|by|from)\b/i;

const NUMBERED_LABEL = new RegExp(
  `^(?:[\\p{L}-]+\\s+){0,2}?(?:${NUMBERED_LABELS.join('|')})\\s+\\d+[\\w.]*(?:(?:,\\s*|\\s+and\\s+|\\s*[-–]\\s*)\\d+[\\w.]*){0,6}\\s+(?:on|of|concerning|regarding|covering|about)\\s`,
  'iu',
);

/** "chapters 12 and 13 on fisheries, forestry and rural policy": the numbered item keeps its whole "on" list. */
function mergeNumberedLabels(t: string, chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const first = clean(t, chunks[i]);
    if (!first || !NUMBERED_LABEL.test(t.slice(first.start, Math.min(first.end, first.start + 200)))) {
      out.push(chunks[i]);
      continue;
    }
    let j = i;
    while (j + 1 < chunks.length && /^,\s*(?:and\s+)?$/.test(chunks[j + 1].sep) && j - i < 8) j++;
    out.push({ ...chunks[i], end: chunks[j].end, whole: true, numbered: true });
    i = j;
  }
  return out;
}

/**
 * "cooperation in industry, agriculture and food security": the bare nouns after the comma are
 * more objects of "in", so the whole list is one topic.
 */
function mergePrepositionLists(t: string, chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    let first = clean(t, chunks[i]);
    // "the dialogue and also the working group with respect to innovation, science …", "efforts to explore X and
    // new cooperation in the fields of trade, …": the list belongs to the chunk's last noun phrase; what comes
    // before its "and" stays a chunk of its own.
    const parts = first ? splitAnd(t, first, false) : [];
    const lead = parts.length > 1 ? { start: parts[0].start, end: parts[parts.length - 2].end } : null;
    if (lead) first = parts[parts.length - 1];
    if (!first || !PREP_LIST_HEAD.test(t.slice(first.start, first.end))) {
      out.push(chunks[i]);
      continue;
    }
    // A head longer than five words keeps only a list of one-word nouns (the last may take an "and" phrase: "the
    // working group with respect to innovation, science, tourism and human resources"), not "the agreement on
    // trade, regional security and …".
    const longHead = t.slice(first.start, first.end).split(/\s+/).length > 5;
    let j = i + 1;
    let closed = false;
    for (; j < chunks.length && j - i <= 6; j++) {
      const c = clean(t, chunks[j]);
      const sep = chunks[j].sep;
      if (!c || !/^,\s*(?:and\s+)?$/.test(sep)) break;
      const x = t.slice(c.start, c.end);
      if (NOT_BARE.test(x)) break;
      if (longHead && !/^[\p{Ll}][\p{L}-]*(?:\s+and\s+[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*){0,2})?$/u.test(x)) break;
      if (/^,\s*and\s+$/.test(sep) && BARE_ITEM.test(x)) {
        closed = true;
        break;
      }
      if (BARE_AND_ITEM.test(x)) {
        closed = true;
        break;
      }
      if (!BARE_ITEM.test(x)) break;
    }
    if (!closed) {
      out.push(chunks[i]);
      continue;
    }
    if (lead) out.push({ ...chunks[i], end: lead.end }, { ...chunks[i], sep: ' and ', head: -1, start: first!.start, end: chunks[j].end, whole: true });
    else out.push({ ...chunks[i], end: chunks[j].end, whole: true });
    i = j;
  }
  return out;
}

const TRAILING_SEPARATOR = /[\s,“”"‘’«»']+(?:in particular|particularly|especially|notably)(?=[\s,“”"‘’«»']*$|[\s,“”"‘’«»']+(?:in|during|on|at|over)\s)/u;
// (not "and others", which may be the list's own last item: "the rights of migrants, refugees and others")
const LIST_CLOSER = /(?:^|[\s,]+)(?:among(?:st)? others|and so on|and so forth|etc\.?)\s*$/u;
function clean(t: string, p: Piece): Piece | null {
  let { start, end } = trim(t, p.start, p.end);
  const lead = LEAD_JUNK.exec(t.slice(start, end));
  if (lead) start += lead[0].length;
  const inner = INNER_CUE.exec(t.slice(start, end));
  if (inner) start += inner[0].length;
  const prefix = TOPIC_PREFIX.exec(t.slice(start, end));
  // (not before the kind of matters: "matters of mutual interest" stays whole)
  if (prefix && end - start - prefix[0].length > 3 && !KIND_OF_MATTERS.test(t.slice(start + prefix[0].length, end))) start += prefix[0].length;
  // (not before a word that says nothing alone, "a series of issues", nor from an item that is vague whole and so
  // dropped, "a number of international issues")
  const amount = AMOUNT_PREFIX.exec(t.slice(start, end));
  const next = /^[\p{L}-]+/u.exec(t.slice(start + (amount?.[0].length ?? 0), end))?.[0].toLowerCase() ?? '';
  if (amount && !VAGUE.has(next) && !isVague(t.slice(start, end))) start += amount[0].length;
  // 'the region and Venezuela “in particular.”', '“Venezuela in particular” in the call': the word that singles an
  // item out is no part of it, nor what follows it.
  const singled = TRAILING_SEPARATOR.exec(t.slice(start, trim(t, start, end).end));
  if (singled && singled.index > 3) end = start + singled.index;
  // "defence cooperation among others", "trade, etc.": words that close a list are no part of its last item.
  const etc = LIST_CLOSER.exec(t.slice(start, trim(t, start, end).end));
  if (etc) end = start + etc.index;
  const r = trim(t, start, end);
  return r.end - r.start >= 3 ? r : null;
}

function trim(t: string, start: number, end: number): Piece {
  while (start < end && /[\s,;:“”"‘’«»'()\-–—]/.test(t[start])) start++;
  while (end > start && /[\s,;:.!?“”"‘’«»'()\-–—]/.test(t[end - 1])) end--;
  // "the developments in the South China Sea (SCS": an abbreviation in brackets keeps its closing bracket.
  if (t[end] === ')') {
    const piece = t.slice(start, end);
    if (piece.lastIndexOf('(') > piece.lastIndexOf(')')) end++;
  }
  return { start, end };
}

// Longest first, each as its words.
// A count and a vague noun name no topic: "four main things", "two issues" (not "the main bilateral issues and X").
const COUNTED_VAGUE = new RegExp(`^(?:${Object.keys(COUNT_WORDS).join('|')})\\s+(?:main\\s+|key\\s+|big\\s+)?(?:${VAGUE_NOUNS.join('|')})$`, 'i');
const QUANTIFIERS = [...VAGUE_QUANTIFIERS].sort((a, b) => b.length - a.length).map((q) => q.split(' '));
const VAGUE = new Set(VAGUE_NOUNS);
const CONTAINERS = new Set(LIST_CONTAINERS);
const ARTICLES = new Set(['the', 'a', 'an']);
const KIND_QUANTIFIERS = new Set(RANGE_QUANTIFIERS);
const KIND_WORDS = new Set(ISSUE_KINDS);
// The kind of matters: "matters of mutual interest", "issues of regional concern" (isVague, clean).
const MATTER_KINDS = ISSUE_SCOPES.join('|');
const SCOPED_MATTERS = new RegExp(`^of (?:${MATTER_KINDS})\\b`);
const KIND_OF_MATTERS = new RegExp(`^(?:${MATTER_KINDS})\\s+(?:interests?|concerns?|importance|significance)\\b`, 'i');
const HEAD_END = /^(?:of|in|on|at|with|for|between|among|concerning|regarding|about|to|during|which|that|we|you|they|who|emerge|and)$/;

// "four" alone is a count ("to talk about four — four main things"); "this morning" alone a time ("I discussed it also, this
// morning, with …").
const POINTING_BACK = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|(?:this|that)\s+(?:morning|afternoon|evening))$/iu;

// "ways to strengthen it", "how to successfully implement them": what the infinitive acts on is named before, not here
// (not "five of them", nor "how the two will fund it", a question of its own)
const POINTING_BACK_OBJECT = /\bto\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+(?:it|them)$/u;

function isVague(item: string): boolean {
  if (POINTING_BACK.test(item.trim()) || POINTING_BACK_OBJECT.test(item.trim()) || COUNTED_VAGUE.test(item.trim())) return true;
  let words = item.toLowerCase().replace(/[^\p{L}\s-]+/gu, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  let quantified = false;
  let ranged = false;
  for (let again = true; again && words.length; ) {
    again = false;
    for (const qs of QUANTIFIERS) {
      // (not a word coordinated with the next: "current and emerging synthetic drugs" is an adjective pair)
      if (qs[0] === words[0] && qs.every((x, i) => words[i] === x) && !/^(?:and|or)$/.test(words[qs.length] ?? '')) {
        words = words.slice(qs.length);
        const range = KIND_QUANTIFIERS.has(qs.join(' '));
        ranged = ranged || range;
        quantified = quantified || ((qs.length > 1 || !ARTICLES.has(qs[0])) && !range);
        again = true;
        break;
      }
    }
  }
  if (!words.length) return true;
  // "areas", "fields" alone (what "a number of areas where we can cooperate" leaves) name no topic.
  if (words.length === 1 && CONTAINERS.has(words[0])) return true;
  const stop = words.findIndex((w) => HEAD_END.test(w));
  const head = stop < 0 ? words : words.slice(0, stop);
  if (!head.length) return true;
  const last = head[head.length - 1];
  if (!VAGUE.has(last)) return false;
  // ("matters of mutual interest", "issues of regional concern": the kind of matters, as readouts report them and
  // readers of the real sets' gold list them)
  if (stop >= 0 && SCOPED_MATTERS.test(words.slice(stop).join(' '))) return false;
  // ("a range of regional issues" names a kind; "a number of difficult issues" does not)
  return head.length === 1 || (quantified && head.length <= 2) || (ranged && head.length === 2 && !KIND_WORDS.has(head[0]));
}
