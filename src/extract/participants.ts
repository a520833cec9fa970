// Who took part in the meeting: the people (or bodies) the report's meeting sentences name as
// meeting each other, with role and country from the people index.
//
// Patterns handled (one example each):
//   headline            "Meeting with Minister of Foreign Affairs of Oslo Land Jan Berg"
//   subjects            "President A and Minister B met in Oslo on 16 May"
//   subject and object  "A has met with Foreign Minister B", "A said as he met with B"
//   other meeting verbs "A and B co-chaired the consultations", "A held a phone call with B", "A and B had warm and
//                       constructive talks" (not "had to call off", "have had no talks")
//   after talks         "A said following talks with his counterpart B"
//   talks between       "following talks in Nairobi between Prime Cabinet Secretary A and visiting Foreign Secretary B",
//                       "at Wednesday’s lunch meeting between A and B"
//   he/she who met      "He made these comments after meeting his Russian counterpart B": the person the
//                       pronoun carries on (the quote attributor's chain of subjects)
//   agenda sentence     "Among the issues A and B addressed were ..." (when the lead names no one:
//                       "The two foreign ministers on Monday discussed ...")
//   the two leaders     "A made it clear to B that … ¶ The two leaders discussed the matter during their meeting": the
//                       pair the sentence before names, when their offices fit the plural
//   shared action       "A and his Tanzanian counterpart B yesterday agreed to ...", "A and B signed ...",
//                       "A and B spoke today about …" (lead paragraphs only, past a byline or date line; the people
//                       before the verb)
//   title for a name    "The High Representative met today with ..." when the document gives one
//                       person that title anywhere ("High Representative Lena Moreau")
//   delegation heads    "The U.S. delegation was led by Coordinator A … The UK delegation was led by Deputy Adviser B"
//                       (when the meeting sentences name fewer than two)
//   an announcement     "President A will welcome President B to the White House on May 7" (a lead sentence that
//                       plans a meeting, only when no sentence reports one)
//   joint authors       "Joint Statement by President A and President B", "we, President A and President B, reaffirm"
//                       (extract/authors.ts; only when no meeting sentence names anyone)
//   brought together    "The summit, which brought together President A and President B, …" (people, not portraits)
//   roster              "Participants in the call included A, B and C", "Also in the meeting were A, B and C",
//                       "Joining the President at the meeting were the following leaders: ¶ -   President A -   Prime
//                       Minister B" (bullets, even run into one line)
//   long titles         "Secretary of State A met today with Estonian Minister of Foreign Affairs B"
//                       (a readout's "The below is attributable to Spokesperson X:" is not a transcript
//                       speaker line, so the body under it is not masked as speech)
// The first meeting sentence that names someone gives the participants; later ones add people
// only until there are two. Not participants: people in sentences about another occasion
// ("met last week", "will hold talks later", people after a future plan in the meeting sentence:
// "held talks with B and is scheduled to meet C", "... and will/is expected to pay a courtesy call on C", "after that event ... met", "separately";
// past the lead, sentences that open on another occasion: "Earlier, ...", "Last month, ...", "On Tuesday, A also met C"), people
// inside quotations, reporters' questions or agenda topics, the event a meeting was held on the sidelines of ("on the
// sidelines of the Conference of the Parties to the UN Framework Convention …"), natural features and reporting or administrative bodies
// ("the Southern Ice Field", "the Foreign Ministry of X": rules/meeting-words.ts), bodies that only report ("the ministry said",
// "according to the agency"), venues ("met at the Foreign Office"), and places read as names
// ("BUENOS AIRES" in a dateline, "met in Vilnius" taken for a "Vilnius ..." title), page
// furniture ("Follow Nordic Wire", "Share", "Reporting by A"); a surname that is also a city
// ("Santiago") still counts.
//
// Known misses: participants named only by a plural description ("the two ministers") with no
// name anywhere; a delegation's members other than its head; a third participant named only in a later
// sentence once two are known.

import type { AgendaItem, Participant, Quote, Span } from '../model.js';
import { BULLET_START, headlineSentence, lineSpan, type ParsedDocument, type Sentence } from '../text/document.js';
import { lowerBound } from '../text/spans.js';
import type { Mention, PeopleIndex } from './people.js';
import { jointAuthors } from './authors.js';
import {
  JOINT_ACTION_PATTERN,
  FUTURE_PLAN_PATTERN,
  MEETING_VERB_PATTERN,
  NOT_PARTICIPANT_NAME_PATTERN,
  OTHER_OCCASION_PATTERN,
  PAGE_FURNITURE_PATTERN,
  VENUE_BEFORE_PATTERN,
} from '../rules/meeting-words.js';
import { isKnownPlace } from './places.js';
import { otherOccasionOpener } from './dates.js';
import { matchesOf } from '../text/matches.js';
import { Attributor } from './attribution.js';
import { isSpeechVerb } from '../rules/speech-verbs.js';
import { ATTACHED_OFFICE_BEFORE, PERSON_NOUNS, TITLES, classifyRole, type RoleClass } from '../rules/titles.js';

const MEETING_VERB_GLOBAL = new RegExp(MEETING_VERB_PATTERN.source, 'giu');
// ("President A and President B Joint Statement": the two who met and speak together)
const HEADLINE = /^(?:meeting|talks|meets?|conversation|negotiations|consultations)\b|\b(?:meets?|met|holds? talks|talks with|receives?|hosts?|joint\s+(?:statement|declaration|communiqu[eé]))\b/i;
const SOURCE_AFTER = /^[\s,’'s]*(?:\w+\s+){0,2}(?:said|says|reported|reports|stated|announced|noted|added|told|informed|wrote|tweeted|confirmed|confirms)\b/i;
// A body whose statement reports the meeting ("in a statement by the Kremlin") …
const SOURCE_BEFORE = /\b(?:by|from|in a statement by)\s+(?:the\s+)?$/i;
// … and whoever a report of the meeting cites, whatever the index took it for: "…, Trend reports via Akorda", "according to X".
const CITED_SOURCE_BEFORE = /\b(?:according to|via|citing)\s+(?:the\s+)?$/i;
const TITLE_AFTER = new RegExp(`^\\s+(?:${[...new Set([...TITLES.map(([t]) => t.split(' ').pop()!), ...PERSON_NOUNS])].join('|')})\\b`, 'iu');
const MAX_SENTENCES = 12;
// The name's own verb of saying right after it (not "Pak Ui-chun, an official said").
const PERSON_SOURCE_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:ha[sd]\s+)?(?:said|says|told|stated|added|reported|reports|announced|confirmed|confirms)\b/u;
const OTHER_CONVERSATION = /\b(?:after|before|following|prior to)\s+(?:his|her|their|its|a|the|an)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|conversation|call|visit|discussions?)\s+with\b/iu;
// An open relative clause right before a name: "a US Senator who was behind former President …".
const RELATIVE_BEFORE = /\b(?:who|which|whose)\s[^,;]*$/u;
const MAIN_CLAUSE_SAID = /\s(?:said|says|told reporters|announced)\s+(?:\p{L}+\s+){0,2}that\s/u;
// A meeting clause, then a comma and a reporter's title words before the name: "…, the presidential spokesman ".
const TRAILING_TITLE = /,\s+(?:\p{Ll}+\s+)*(?:\p{Lu}\p{Ll}+\s+){0,3}$/u;
// "Speaking in Jakarta after talks with B, Mr A said": an opening phrase, then the subject who met.
const SENTENCE_OPENER = /^\s*(?:\p{Lu}\p{Ll}+ing|After|Following|During|Before|At|In|On|Upon)\b/u;
/** How far back from a name the comma and title, and then the meeting clause, are looked for. */
const TRAILING_REACH = 200;
const CLAUSE_REACH = 1000;

/** The words before a name at `at` are a meeting clause, a comma and a title: "A held a call with B, the spokesman ". */
function trailingSource(doc: ParsedDocument, s: Span, at: number): boolean {
  if (SENTENCE_OPENER.test(doc.text.slice(s.start, Math.min(at, s.start + 40)))) return false;
  const from = Math.max(s.start, at - TRAILING_REACH);
  const t = TRAILING_TITLE.exec(doc.text.slice(from, at));
  if (!t) return false;
  const comma = from + t.index;
  return MEETING_VERB_PATTERN.test(doc.text.slice(Math.max(s.start, comma - CLAUSE_REACH), comma));
}
const PAST_MEETING_AFTER = /\b(?:met|held|received|hosted|talked|discussed|welcomed|visited|spoke|co-chaired)\b/i;
const PRONOUN_SUBJECT = /^\s*(?:He|She)\s/;
// The object of a preposition of what something is about, a title or two before the name ("the death of former Prime
// Minister"; not "in the presence of").
// (or after an apposition: "the death of his predecessor, former Prime Minister"; not past a word that brings someone
// in: "to push for a trade deal alongside Foreign Minister")
const TOPIC_OBJECT_BEFORE = /(?<!presence\s)\b(?:of|on|about|for|over|regarding|concerning|against)\s+(?:the\s+)?(?:(?!(?:alongside|with|by|and|joined|accompanied|together|along|including|plus|beside|besides)\b)[\p{L}.'’-]+,?\s+){0,6}$/u;
// A purpose clause open up to the name: "to" and a verb, or "by" and a gerund, and no clause break since.
// (a list's commas stay inside the purpose: "to express his outrage, sadness and deep condolences on …", ", and
// outrage on …"; a new clause does not: ", and C said"; nor do an abbreviation's full stops end it: "U.S.", "Mr.")
const PURPOSE_BEFORE = /\b(?:to\s+(?!(?:the|a|an|his|her|their|its|our|this|that)\b)\p{Ll}{3,}|by\s+\p{Ll}{3,}ing)\b(?:[^,;.]|\.(?=\S)|(?<=\b(?:Mr|Mrs|Ms|Dr|St|\p{Lu}))\.|,(?=\s+and\s+\p{Ll})|,(?!\s+(?:and|but|while|as|where|when|who|which|after|before)\b)(?=\s+\p{Ll}))*$/u;
const POSSESSOR_ONLY = /^['’]s?\s+(?!(?:meetings?|talks|call|calls|visit|visits|conversations?|discussions?|residence|office|home|palace|house|estate|ranch|dacha|delegation|team|invitation)\b)\p{Ll}/u;
// A plural subject that stands for two people: "The two leaders", "Both ministers", "The two foreign ministers".
// ("During the phone call, the two leaders also discussed …": after an opening phrase too)
const PAIR_SUBJECT = /^\s*(?:(?:During|In|At|Over|After)\s+[^,.;:]{1,60},\s+)?(?:[Tt]he\s+two|Both(?:\s+the)?)\s+(?:[\p{L}-]+\s+){0,2}(leaders|ministers|presidents|premiers|heads\s+of\s+(?:state|government))\b/u;
// How many sentences back "the two leaders" looks for the pair, past a quotation.
const PAIR_REACH = 3;
const QUOTATION_START = /^\s*["“‘«]/u;
// The offices each plural does not fit: "the two leaders" are no ministers, "the two foreign ministers" no presidents;
// nobody's spokesman is one of "the two leaders". (An office the rules do not class, "Secretary General", may be.)
const PAIR_MISFITS: Record<string, RoleClass[]> = {
  leaders: ['minister', 'foreign-minister', 'spokesperson', 'diplomat'],
  heads: ['minister', 'foreign-minister', 'spokesperson', 'diplomat'],
  presidents: ['head-of-government', 'minister', 'foreign-minister', 'spokesperson', 'diplomat'],
  premiers: ['head-of-state', 'monarch', 'minister', 'foreign-minister', 'spokesperson', 'diplomat'],
  ministers: ['head-of-state', 'spokesperson', 'diplomat'],
};

/**
 * The two people a sentence names, each holding an office the plural subject may stand for ("The two leaders": not a
 * leader's wife or spokesman), or none when it names more or fewer.
 */
function pairNamedIn(s: Sentence, plural: string, mentions: Mention[], people: PeopleIndex, masked: Span[]): Mention[] {
  const misfits = PAIR_MISFITS[plural.split(/\s+/)[0]] ?? [];
  const pair: Mention[] = [];
  for (const m of mentionsIn(mentions, s)) {
    const p = people.people[m.person];
    if (p?.type !== 'person' || inside(masked, m.start) || pair.some((x) => x.person === m.person)) continue;
    // (someone with no office at all, "his wife Maria Ruiz", is no leader or minister)
    const cls = classifyRole(p.role);
    if (!p.role || (cls && misfits.includes(cls))) return [];
    pair.push(m);
  }
  return pair.length === 2 ? pair : [];
}
const DETERMINER = /^(?:the|a|an|these|those|this|that|his|her|their|its|our|my|your)$/i;
/**
 * "He said President A met B": a speech verb before the meeting verb makes the pronoun its subject, not the meeting's
 * (a noun after a determiner is no verb: "He made these comments after meeting …").
 */
function spokeBeforeMeeting(text: string): boolean {
  const verbAt = MEETING_VERB_PATTERN.exec(text.slice(0, 1000))?.index ?? 0;
  const words = text.slice(0, verbAt).split(/[^\p{L}]+/u);
  return words.some((w, k) => w && isSpeechVerb(w) && !DETERMINER.test(words[k - 1] ?? ''));
}
/** Body paragraphs after the headline that count as the lead. */
const LEAD_PARAGRAPHS = 2;

export function findParticipants(
  doc: ParsedDocument,
  people: PeopleIndex,
  quotes: Quote[],
  agenda: AgendaItem[] = [],
  asked: readonly Span[] = [],
): Participant[] {
  try {
    // "Remarks by A and B in Joint Press Conference": a transcript's title names who met; the titled speakers who join
    // them took part too, not a press secretary calling on reporters, nor a meeting a speaker recalls.
    const turns = quotes.filter((q) => q.kind === 'transcript');
    const titled = turns.length ? remarksTitlePeople(doc, people, turns[0].start) : [];
    if (titled.length >= 2) {
      for (const t of turns) {
        const i = speakerIndex(people, t);
        if (i >= 0 && people.people[i].type === 'person' && people.people[i].role && !titled.includes(i)) titled.push(i);
      }
      return titled.map((i) => participantOf(people, i));
    }
    const masked = [...quotedSpans(doc, quotes), ...agenda, ...asked].sort((a, b) => a.start - b.start);
    const chosen: number[] = [];
    const add = (ms: Mention[]) => {
      for (const m of ms) if (!chosen.includes(m.person)) chosen.push(m.person);
    };
    const mentions = people.mentions;
    // A first paragraph that reads as prose (it ends a sentence) is the lead, not a headline.
    const title = headlineSentence(doc);
    const headline = !!title;
    if (headline && HEADLINE.test(title.text) && !OTHER_OCCASION_PATTERN.test(title.text)) {
      add(participantsIn(doc, title, mentions, people, masked));
    }
    let seen = 0;
    let attributor: Attributor | undefined;
    const lead = leadParagraphs(doc);
    for (const [si, s] of doc.sentences.entries()) {
      if (headline && s === title) continue;
      if (chosen.length >= 2 || seen >= MAX_SENTENCES) break;
      // "Earlier, on 5 June, A held a call with C": past the lead sentence, another occasion's people.
      if (si > 1 && otherOccasionOpener(s.text)) continue;
      let found: Mention[];
      if (isMeetingSentence(doc, s, masked)) {
        found = [...participantsIn(doc, s, mentions, people, masked), ...roleHolders(doc, s, people, masked)].sort((a, b) => a.start - b.start);
        // "He made these comments after meeting his Russian counterpart X": the person "he" carries on met X.
        if (PRONOUN_SUBJECT.test(s.text) && !spokeBeforeMeeting(s.text)) {
          attributor ??= new Attributor(doc, people, quotes);
          const carried = attributor.events.find((e) => e.at === s.start && e.person >= 0);
          if (carried) found.unshift({ start: s.start, end: s.start, person: carried.person, text: '', kind: 'surname' });
        }
        // "A made it clear to B that … ¶ The two leaders discussed the matter during their meeting": the pair the
        // nearest sentence before names (within PAIR_REACH sentences: a quote may stand between).
        const plural = found.length || si === 0 ? null : PAIR_SUBJECT.exec(s.text);
        // (the nearest sentence that names anyone, past a quotation: not a pair named further back, "A thanked B. ¶ A then
        // spoke by phone with the Nigerian president. ¶ During the call, the two leaders …")
        for (let k = si - 1; plural && k >= Math.max(0, si - PAIR_REACH); k--) {
          const sk = doc.sentences[k];
          if (QUOTATION_START.test(sk.text)) continue;
          if (!mentionsIn(mentions, sk).some((m) => !inside(masked, m.start) && people.people[m.person]?.type === 'person')) continue;
          found = pairNamedIn(sk, plural[1], mentions, people, masked);
          break;
        }
      }
      else if (lead.has(s.paragraph)) found = jointActors(doc, s, mentions, people, masked);
      else continue;
      if (!found.length) continue;
      seen++;
      add(found);
    }
    // "The Leaders that participated: ¶ - Prime Minister A of X ¶ - President B of Y", "Participants in the call included A,
    // B and C": the readout's own roster.
    add(roster(doc, mentions, people));
    // "The U.S. delegation was led by Coordinator A … The UK delegation was led by Deputy Adviser B": consultations
    // between delegations are held by their heads.
    if (chosen.length < 2) add(delegationHeads(doc, mentions, people, masked));
    // "President A will welcome President B to the White House on May 7": with no meeting reported, the one the lead
    // announces (the first lead sentence that plans a meeting and names two people).
    for (const s of chosen.length ? [] : doc.sentences) {
      if (!lead.has(s.paragraph) || s === title || !FUTURE_PLAN_PATTERN.test(s.text)) continue;
      const found = participantsIn(doc, s, mentions, people, masked, true).filter((m) => people.people[m.person]?.type === 'person');
      if (new Set(found.map((m) => m.person)).size < 2) continue;
      add(found);
      break;
    }
    // "Joint Statement by A and B" with no meeting sentence: the authors agreed it together.
    if (!chosen.length) add(jointAuthors(doc, people).map((person) => ({ start: 0, end: 0, person, text: '', kind: 'surname' as const })));
    const out: Participant[] = chosen.map((i) => participantOf(people, i));
    if (out.length < 2) addTranscriptParticipants(doc, people, quotes, chosen, out);
    return out;
  } catch {
    return [];
  }
}

// A remarks page's title names the meeting: "X and Y Before Their Meeting", "Remarks Prior to a
// Meeting With Z", "remarks at press encounter with Z", "Press Conference by Foreign Minister W", "Statements by A and B at
// the … Joint Press Occasion".
const REMARKS_TITLE = /\b(?:meeting|meetings|talks|encounter|conversation|call|visit|press conference|news conference|press statements?|joint statements?|statements? by|joint press|press availability|press briefing|remarks)\b/i;
const QUESTION_SPEAKER = /^(?:(?:the|a|an)\s+)?(?:question|journalist|reporter|moderator|speaker|audience|participant|interviewer|host|interpreter)$/i;

/**
 * A transcript has no lead to name who met: its title does, and so do its speakers (a question or
 * a moderator aside) and the meeting sentences they speak ("I have just had a meeting with Wang Yi").
 */
function addTranscriptParticipants(doc: ParsedDocument, people: PeopleIndex, quotes: Quote[], chosen: number[], out: Participant[]): void {
  const turns = quotes.filter((q) => q.kind === 'transcript');
  if (!turns.length) return;
  const add = (i: number) => {
    if (people.people[i]?.type !== 'person' || chosen.includes(i)) return;
    chosen.push(i);
    out.push(participantOf(people, i));
  };
  for (const i of remarksTitlePeople(doc, people, turns[0].start)) add(i);
  for (const t of turns) {
    const i = speakerIndex(people, t);
    if (i >= 0) add(i);
    else if (t.speaker && !QUESTION_SPEAKER.test(t.speaker) && !out.some((p) => p.name === t.speaker)) out.push({ name: t.speaker, role: null, country: null });
  }
  for (const t of turns) {
    for (const s of doc.sentences) {
      if (s.end <= t.start || s.start >= t.end) continue;
      if (!FIRST_PERSON_MEETING.test(s.text)) continue;
      for (const m of mentionsIn(people.mentions, s)) add(m.person);
    }
  }
}

function participantOf(people: PeopleIndex, i: number): Participant {
  const p = people.people[i];
  return { name: p.name, role: p.role, country: p.country };
}

/** The person of the index a transcript turn gives as its speaker, or -1. */
function speakerIndex(people: PeopleIndex, turn: Quote): number {
  return turn.speaker ? people.people.findIndex((p) => p.name === turn.speaker) : -1;
}

/**
 * The people named above a transcript's first turn (`before`): in a title line ("Remarks by A and B Before Their
 * Meeting") or alone on a line above a title ("Hillary Rodham Clinton" over "Secretary of State"), in text order.
 */
function remarksTitlePeople(doc: ParsedDocument, people: PeopleIndex, before: number): number[] {
  const out: number[] = [];
  const add = (i: number) => {
    if (people.people[i]?.type === 'person' && !out.includes(i)) out.push(i);
  };
  for (const para of doc.paragraphs) {
    if (para.start >= before) break;
    const line = doc.text.slice(para.start, Math.min(para.end, para.start + 300));
    // (a person the text gives a title; not a reporter's byline, who has none)
    const trimmed = line.trim();
    const byline = trimmed.length < 60 ? mentionsIn(people.mentions, para).find((m) => m.kind === 'name' && doc.text.slice(m.start, m.end) === trimmed) : undefined;
    if (!para.ignored && byline && people.people[byline.person]?.role) {
      add(byline.person);
      continue;
    }
    // (a title line: short, and no sentence; not the lead paragraph of a readout above the transcript)
    if (para.ignored || para.end - para.start > 300 || /[.!?]["”’»]?\s*$/u.test(line) || !REMARKS_TITLE.test(line)) continue;
    for (const m of mentionsIn(people.mentions, para)) add(m.person);
  }
  return out;
}

const RELATIVE_CLAUSE = /,\s+(?:who|whom|whose|which)\b/u;

// "I have just had a constructive meeting with Director Wang Yi", "I just held my first … Meeting with H.E. Mr. Qin Gang".
const FIRST_PERSON_MEETING = /\b(?:I|we)\s+(?:have\s+|had\s+)?(?:just\s+)?(?:had|held|met|hosted|received)\b[^.!?]{0,120}?\b(?:meeting|talks|conversation|discussions?|with)\b/i;

/** A sentence that reports the meeting itself: a meeting verb outside quotations, not about another occasion. */
export function isMeetingSentence(doc: ParsedDocument, s: Sentence, masked: Span[]): boolean {
  for (const m of matchesOf(MEETING_VERB_GLOBAL, s.text)) {
    const at = s.start + m.index;
    if (inside(masked, at)) continue;
    // (what follows the verb up to a relative clause: "met X, who earlier visited Kyiv, in Warsaw" is this meeting)
    const after = doc.text.slice(at, Math.min(s.end, at + m[0].length + 40));
    const around = doc.text.slice(Math.max(s.start, at - 70), at) + after.slice(0, RELATIVE_CLAUSE.exec(after)?.index ?? after.length);
    if (!OTHER_OCCASION_PATTERN.test(around)) return true;
  }
  return false;
}

function participantsIn(doc: ParsedDocument, s: Sentence, mentions: Mention[], people: PeopleIndex, masked: Span[], planned = false): Mention[] {
  const out: Mention[] = [];
  // "A held talks with B and is scheduled to meet C": C is a later meeting's.
  // (`planned`: the sentence announces the meeting the document is about)
  const plan = planned ? null : FUTURE_PLAN_PATTERN.exec(s.text.slice(0, 2000));
  // "She is expected to pay a courtesy call on C and to meet D": a plan first, and no past meeting
  // verb after it, puts the whole sentence ahead ("A, who will travel on, held talks with B" does not).
  if (plan && !MEETING_VERB_PATTERN.test(s.text.slice(0, plan.index)) && !PAST_MEETING_AFTER.test(s.text.slice(plan.index, 2000)))
    return out;
  const planAt = plan && MEETING_VERB_PATTERN.test(s.text.slice(0, plan.index)) ? s.start + plan.index : Infinity;
  // "A talked to B … after her telephone conversation with C earlier in the day": once two people are
  // named, a later clause about another conversation names another occasion's.
  const other = OTHER_CONVERSATION.exec(s.text.slice(0, 2000));
  const otherAt = other ? s.start + other.index : Infinity;
  const inSentence = mentionsIn(mentions, s);
  const cutOther = inSentence.filter((m) => m.start < otherAt).length >= 2;
  // "… on the sidelines of the Conference of the Parties to the UN Framework Convention on Climate Change (COP28)": the
  // event's name, to the end of its clause, names no one who met.
  // (only while two people of the sentence stay outside it: in "On the sidelines of the meeting hosted by A on Friday B met C"
  // the phrase cannot be told from the meeting)
  const event = EVENT_MARGINS.exec(s.text.slice(0, 2000));
  let eventSpan = event ? { start: s.start + event.index, end: s.start + event.index + event[0].length } : null;
  if (eventSpan) {
    const span = eventSpan;
    const outside = new Set(inSentence.filter((m) => (m.start < span.start || m.start >= span.end) && people.people[m.person]?.type === 'person').map((m) => m.person));
    if (outside.size < 2) eventSpan = null;
  }
  for (const m of inSentence) {
    if (inside(masked, m.start) || m.start > planAt) continue;
    if (eventSpan && m.start >= eventSpan.start && m.start < eventSpan.end) continue;
    if (cutOther && m.start > otherAt) continue;
    // "… held talks with a US Senator who was behind former President X's handshake": a relative clause
    // without a meeting of its own describes, it does not name who met.
    // (a clause written without commas ends at the main clause's verb of saying: "Minister A who is set to become
    // leader said Friday that he and counterpart B discussed …")
    const rel = RELATIVE_BEFORE.exec(doc.text.slice(Math.max(s.start, m.start - 120), m.start));
    if (rel && !MEETING_VERB_PATTERN.test(rel[0]) && !MAIN_CLAUSE_SAID.test(rel[0])) continue;
    const p = people.people[m.person];
    if (!p) continue;
    // A place read as a name ("met in Vilnius" taken for "Vilnius Agenda"), or a dateline in capitals.
    // A surname that is also a city ("Santiago") still counts unless the words before make it a place.
    const before = doc.text.slice(Math.max(s.start, m.start - 30), m.start);
    if (isKnownPlace(p.name) || isCapitalsDateline(doc, m)) continue;
    if (isFurniture(doc, p.name, m)) continue;
    // "the Southern Ice Field", "the Foreign Ministry": a place or a reporting body never met anyone.
    if (NOT_PARTICIPANT_NAME_PATTERN.test(p.name.trim())) continue;
    if (isKnownPlace(m.text) && (!p.name.endsWith(m.text) || VENUE_BEFORE_PATTERN.test(before))) continue;
    const after = doc.text.slice(m.end, Math.min(s.end, m.end + 40));
    if (p.type === 'body') {
      if (SOURCE_AFTER.test(after) || SOURCE_BEFORE.test(before)) continue;
      // "Kenyan Cabinet Secretary … Omamo", "the Kremlin spokesman": the body's name is part of a person's title.
      if (TITLE_AFTER.test(after)) continue;
      if (VENUE_BEFORE_PATTERN.test(before)) continue;
      // A headline's source after a dash: "Putin, Ramaphosa Discuss Summits - Kremlin".
      if (/\s[-–—]\s+$/u.test(before) && /^\s*$/u.test(after)) continue;
    }
    // "…, the presidential spokesman Bassam Rady said on Saturday": who reports the meeting, after it.
    if (p.type === 'person' && PERSON_SOURCE_AFTER.test(after) && trailingSource(doc, s, m.start)) continue;
    if (CITED_SOURCE_BEFORE.test(before)) continue;
    // "A met with B to reinforce President C’s commitment to Africa", "opened the meeting by emphasizing C’s commitment": a possessor in
    // the purpose of a meeting of two others is no participant (but "C’s meeting with A", "at C’s residence", "C’s
    // delegation" are C's own part in it).
    // So is anyone named in that purpose, after the two who met, as what it is about: "Biden called Prime Minister A today
    // to express his condolences on the death of former Prime Minister C" (not one who joins them: ", joined by C", "in
    // the presence of C", "alongside C").
    // (not a purpose that is itself a meeting: "is due to pay a courtesy call on B and to meet C")
    const purpose = p.type === 'person' ? PURPOSE_BEFORE.exec(doc.text.slice(Math.max(s.start, m.start - 200), m.start)) : null;
    if (purpose) {
      const others = (before: boolean) => new Set(inSentence.filter((x) => x.person !== m.person && (!before || x.start < m.start) && people.people[x.person]?.type === 'person').map((x) => x.person)).size;
      if (POSSESSOR_ONLY.test(after) ? others(false) >= 2 : others(true) >= 2 && !MEETING_VERB_PATTERN.test(purpose[0]) && TOPIC_OBJECT_BEFORE.test(doc.text.slice(Math.max(s.start, m.start - 80), m.start))) continue;
    }
    out.push(m);
  }
  return out;
}

const EVENT_MARGINS = /\b(?:on|at) the (?:sidelines|margins|fringes?) of\b(?:(?!\b(?:where|when|which|who)\b)[^,;:.])*/iu;

/**
 * "The High Representative met today with ...": a title alone stands for the one person the
 * document gives that title (named before or after), when the people index did not link it.
 * A country after the title ("the Prime Minister of Fiji") must agree.
 */
function roleHolders(doc: ParsedDocument, s: Sentence, people: PeopleIndex, masked: Span[]): Mention[] {
  const out: Mention[] = [];
  const lower = s.text.slice(0, 1000).toLowerCase();
  const covered = mentionsIn(people.mentions, s);
  const byRole = new Map<string, number[]>();
  people.people.forEach((p, i) => {
    if (p.type !== 'person' || !p.role || p.role.length < 4) return;
    const k = p.role.toLowerCase();
    byRole.set(k, [...(byRole.get(k) ?? []), i]);
  });
  for (const [role, holders] of byRole) {
    for (let at = lower.indexOf('the ' + role); at >= 0; at = lower.indexOf('the ' + role, at + 1)) {
      if (at > 0 && /[\p{L}]/u.test(lower[at - 1])) continue;
      const start = s.start + at + 4;
      const end = start + role.length;
      if (/^[\p{L}-]/u.test(doc.text.slice(end, end + 1))) continue; // "the Prime Ministers"
      // A name right after is the people index's business ("the Prime Minister Tevita Rabuka").
      if (/^\s+\p{Lu}/u.test(doc.text.slice(end, end + 3)) && !/^\s+of\b/.test(doc.text.slice(end, end + 4))) continue;
      if (inside(masked, start) || covered.some((m) => m.start < end && m.end > start)) continue;
      // Part of another's office: "Stephen Lovegrove, National Security Advisor to the Prime Minister".
      if (ATTACHED_OFFICE_BEFORE.test(doc.text.slice(Math.max(s.start, start - 40), start))) continue;
      const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})/u.exec(doc.text.slice(end, end + 60));
      const fit = holders.filter((h) => !of || !people.people[h].country || of[1].startsWith(people.people[h].country!));
      if (fit.length !== 1) continue;
      out.push({ person: fit[0], start, end, text: doc.text.slice(start, end), kind: 'description' });
    }
  }
  return out;
}

/**
 * A lead sentence without a meeting word ("A and his Tanzanian counterpart B yesterday agreed to
 * ..."): the people named before the shared verb, when there are at least two.
 */
function jointActors(doc: ParsedDocument, s: Sentence, mentions: Mention[], people: PeopleIndex, masked: Span[]): Mention[] {
  const verb = JOINT_ACTION_PATTERN.exec(s.text.slice(0, 600));
  if (!verb) return [];
  const at = s.start + verb.index;
  if (OTHER_OCCASION_PATTERN.test(doc.text.slice(Math.max(s.start, at - 70), Math.min(s.end, at + 40)))) return [];
  const found = participantsIn(doc, s, mentions, people, masked).filter((m) => m.end <= at && people.people[m.person]?.type === 'person');
  return new Set(found.map((m) => m.person)).size >= 2 ? found : [];
}

// "The UK delegation was led by Deputy National Security Advisor ", "the two delegations, headed by ": up to the name.
const DELEGATION_LED = /\bdelegations?\b[^.;:!?]{0,40}?\b(?:led|headed)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u;

/** The people a lead's sentences name as heading a delegation, in text order (none past the first sentences). */
function delegationHeads(doc: ParsedDocument, mentions: Mention[], people: PeopleIndex, masked: Span[]): Mention[] {
  const out: Mention[] = [];
  for (const s of doc.sentences.slice(0, MAX_SENTENCES)) {
    // (not another occasion's: "At last year's dialogue, the Mexican delegation was led by …")
    if (s.paragraph === doc.headline || !/\bdelegations?\b/u.test(s.text) || OTHER_OCCASION_PATTERN.test(s.text) || otherOccasionOpener(s.text)) continue;
    for (const m of mentionsIn(mentions, s)) {
      if (inside(masked, m.start) || people.people[m.person]?.type !== 'person') continue;
      if (DELEGATION_LED.test(doc.text.slice(Math.max(s.start, m.start - 120), m.start))) out.push(m);
    }
  }
  return out;
}

// A line that introduces who took part, ending in a colon: "The Leaders that participated:", "Participants:",
// "In attendance:", "The delegation included:", "Joining President A at the meeting were the following leaders:".
const ROSTER_LEAD = /\b(?:participated|participants|participating|attendees|attended|took part|in attendance|present|joined by|(?:delegations?|list) (?:included|includes))\b[^:.!?]{0,40}:[*_\s]*$|^\s*(?:also\s+)?joining\b[^:.!?]{0,80}\b(?:were|was)\b[^:.!?]{0,30}:[*_\s]*$/iu;

// A sentence that lists who took part: "Participants in the call included A of X, B of Y and C", "Also participating
// were A and B", "Attendees were A and B", "Joining the President for the meeting were A and B".
const ROSTER_SENTENCE = /^(?:(?:the\s+)?(?:participants|attendees)\b[^.;:]{0,40}?\b(?:included|include|were|are)|(?:also\s+)?(?:participating|attending|in attendance)\s+(?:were|was)|(?:also\s+)?(?:present\s+)?(?:in|at|on|for)\s+the\s+(?:meeting|call|talks|session|discussions?)\s+(?:were|was)(?!\s+(?:also\s+)?\p{Ll}+(?:ed|en)\b)|(?:also\s+)?joining\b[^.;:]{0,60}?\b(?:were|was)\s+(?!the\s+following\b))\b/iu;

/**
 * The people a roster lists: one a bullet under its lead line (the first person each bullet names), or every person
 * a roster sentence names.
 */
function roster(doc: ParsedDocument, mentions: Mention[], people: PeopleIndex): Mention[] {
  for (const s of doc.sentences) {
    if (!ROSTER_SENTENCE.test(s.text)) continue;
    const listed = mentionsIn(mentions, s).filter((m) => people.people[m.person]?.type === 'person');
    if (listed.length) return listed.slice(0, MAX_ROSTER);
  }
  const out: Mention[] = [];
  const paragraphs = doc.paragraphs;
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const p = paragraphs[i];
    if (p.end - p.start > 200 || !ROSTER_LEAD.test(doc.text.slice(p.start, p.end))) continue;
    for (let k = i + 1; k < paragraphs.length && BULLET_START.test(doc.text.slice(paragraphs[k].start, paragraphs[k].start + 8)); k++) {
      // (a page that ran its bullets into one line: "-   President A -   Prime Minister B")
      for (const bullet of bulletsOf(doc, paragraphs[k])) {
        const first = mentionsIn(mentions, bullet).find((m) => people.people[m.person]?.type === 'person');
        if (first && out.length < MAX_ROSTER) out.push(first);
      }
    }
    if (out.length) break;
  }
  return out;
}
const MAX_ROSTER = 60;
// A bullet inside a line: a dash or dot alone between spaces, before a capital ("… Rumen Radev -   Czech Republic …").
const INLINE_BULLET = /\s[•·*\-–—]\s+(?=\p{Lu})/gu;

/** The bullets of a bullet paragraph: itself, or the bullets a page ran into it. */
function bulletsOf(doc: ParsedDocument, p: Span): Span[] {
  const out: Span[] = [];
  let from = p.start;
  for (const m of matchesOf(INLINE_BULLET, doc.text.slice(p.start + 2, p.end))) {
    out.push({ start: from, end: p.start + 2 + m.index });
    from = p.start + 2 + m.index + 1;
  }
  out.push({ start: from, end: p.end });
  return out;
}

/** The first body paragraphs of prose, past a byline, a date line and share buttons. */
function leadParagraphs(doc: ParsedDocument): Set<number> {
  const out = new Set<number>();
  for (const p of doc.paragraphs) {
    if (out.size >= LEAD_PARAGRAPHS || p.index > 30) break;
    if ((p.index === 0 && doc.paragraphs.length > 1) || p.ignored || p.end - p.start < 80) continue;
    if (!/[.!?]["”’»)]?\s*$/.test(doc.text.slice(Math.max(p.start, p.end - 4), p.end))) continue;
    out.add(p.index);
  }
  return out;
}

/** "Follow Nordic Wire", "Share", "Reporting by A": page furniture, on its own short line or in the name. */
function isFurniture(doc: ParsedDocument, name: string, m: Mention): boolean {
  if (PAGE_FURNITURE_PATTERN.test(name)) return true;
  const [lineStart] = lineSpan(doc, m.start);
  const [, lineEnd] = lineSpan(doc, m.end);
  const line = doc.text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
  return line.length < 120 && PAGE_FURNITURE_PATTERN.test(line);
}

function isCapitalsDateline(doc: ParsedDocument, m: Mention): boolean {
  if (!/\p{Lu}{2}/u.test(m.text) || m.text !== m.text.toUpperCase()) return false;
  return m.start - lineSpan(doc, m.start)[0] < 4;
}

function mentionsIn(mentions: Mention[], s: Span): Mention[] {
  const lo = lowerBound(mentions, s.start, (m) => m.start);
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < s.end; i++) out.push(mentions[i]);
  return out;
}

/** True when `at` falls inside one of the spans (sorted by start). */
export function inside(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start > at) hi = mid - 1;
    else {
      if (spans[mid].end > at) return true;
      // Spans may nest or overlap: look back a few.
      for (let k = mid - 1; k >= Math.max(0, mid - 8); k--) if (spans[k].start <= at && spans[k].end > at) return true;
      lo = mid + 1;
    }
  }
  return false;
}

// The spans last computed for a document and its quotes: findMeetingPlace and findParticipants both ask
// for them, and computing them scans every quote and paragraph (tagging each quoted passage's words).
const spansOf = new WeakMap<ParsedDocument, { quotes: Quote[]; spans: readonly Span[] }>();

/**
 * Spans of speech: the quotes and transcript turns found by the quote extractor, and text between
 * paired quotation marks in a paragraph, sorted by start.
 * Linear: each paragraph is scanned once and unpaired marks are ignored. Computed once per document
 * and quotes array (the same array, unchanged, gives the same spans; callers only read them).
 */
export function quotedSpans(doc: ParsedDocument, quotes: Quote[]): readonly Span[] {
  const seen = spansOf.get(doc);
  if (seen?.quotes === quotes) return seen.spans;
  const spans = findQuotedSpans(doc, quotes);
  spansOf.set(doc, { quotes, spans });
  return spans;
}

function findQuotedSpans(doc: ParsedDocument, quotes: Quote[]): Span[] {
  // Indirect speech is the reporter's wording ("Among the issues A and B addressed were ..., the ministry said"): not masked.
  // Nor is a statement quoted whole that tells of the meeting in the third person, as a lead does ('The State House
  // announced that “President X today hosted Y … The two leaders discussed …”'): no I, we or you in a dozen words.
  const out: Span[] = quotes.filter((q) => q.kind === 'transcript' || (q.kind === 'direct' && !narration(doc.text.slice(q.start, q.end)))).map((q) => ({ start: q.start, end: q.end }));
  for (const p of doc.paragraphs) {
    const body = doc.text.slice(p.start, p.end);
    let open = -1;
    let straight = -1;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === '“' || c === '«') open = i;
      else if ((c === '”' || c === '»') && open >= 0) {
        if (!narration(body.slice(open, i + 1))) out.push({ start: p.start + open, end: p.start + i + 1 });
        open = -1;
      } else if (c === '"') {
        if (straight < 0) straight = i;
        else {
          if (!narration(body.slice(straight, i + 1))) out.push({ start: p.start + straight, end: p.start + i + 1 });
          straight = -1;
        }
      }
    }
    // A quotation still open at the paragraph's end runs to it (a quote over several paragraphs).
    if (open >= 0 && !narration(body.slice(open))) out.push({ start: p.start + open, end: p.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

const NARRATION_WORDS = 80;

/**
 * A quoted passage of a dozen words or more with no first- or second-person word in its first NARRATION_WORDS: a
 * statement's narration (a statement quoted whole may turn to "we" further on).
 */
function narration(text: string): boolean {
  const words = (text.match(/[\p{L}’'-]+/gu) ?? []).slice(0, NARRATION_WORDS);
  return words.length >= 12 && !words.some((w) => /^(?:i|we|us|our|ours|my|me|you|your|i['’](?:m|ve|d|ll)|we['’](?:re|ve|d|ll))$/i.test(w));
}
