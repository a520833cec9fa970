// Who said it: the attribution steps, each doing one thing, tried in the order attributeDirect (quotes.ts) runs them.
//
// Steps (one example each):
//   cue after the quote       “…,” the Belarusian leader said.   “…”, said Makei.   “…,” explained the foreign minister.
//   cue before, same sentence Makei said: “…”   He added, "…"   the ministry said the talks covered programs “for …”
//   colon line before         Lavrov told reporters:¶“…”
//   carry within a paragraph  “A,” he said. “B.”  (B keeps A's speaker, named or not: “A,” a campaign
//                             spokesman said. “B,” he added.  -> both the spokesman's)
//   subject of the sentence   "The Indonesian minister was upbeat. “We have agreed …”"
//   carry over a paragraph    a paragraph that is only a quote keeps the last speaker of the two paragraphs before
//   the sentence after        "“…” ¶ The words were Costantini's, speaking at …" (quotes.ts)
//   unnamed speakers          "…,” a Greek diplomatic source said" -> speaker "Greek diplomatic source";
//                             "a Japanese government official" (a body's name before the head noun is not the
//                             speaker); "according to a joint statement issued …" -> "joint statement";
//                             "The official added" -> the unnamed official described just before
//   bodies by name            "the Ministry of External Affairs said", "According to the United Nations,",
//                             "the Emirates News Agency (WAM) reported", "A Foreign, Commonwealth & Development Office
//                             spokesperson said:" (commas and & inside a name), "the Office of the President" (not the President)
//   familiar sources          "A person familiar with the talks said" -> "person familiar with the talks"; "Aid agencies have warned"
//   findings                  "according to a yearly Gallup poll" -> "Gallup"; "a tally by the Associated Press" -> "Associated
//                             Press" (the finding heads the phrase: not "Critics of the study by …", "a poll in March")
//   names the index lacks     "Politico reported", "the University of Michigan reported", "Tehran also said", "Acme chief
//                             executive Tom Read said" (not a lone sentence-opening word the text never capitalises elsewhere)
//   appositions               "Fuenzalida, a veteran diplomat who served under former President X, said" -> Fuenzalida
//   names with full stops     "said Mr. Venkatraman", "S. Venkatraman said"
//   titles alone              "the Vice President said", "EAM underlined", "The Secretary underscored" (people.ts)
//   who-clauses               "A German diplomat, who asked not to be named, said …" (asked is not the verb); the
//                             clause runs to the comma before the main verb ("who met X for talks on A, B and C, said")
//   coordinated verbs         "He expressed appreciation for the support and said …" -> the clause's first noun phrase
//   multi-paragraph quotes    "“A ¶ “B,” he said." -> he is looked up from A's paragraph
//   bodies referred back to   "The Federal Department of Foreign Affairs (FDFA) said …" then "it added", "the statement
//                             said", "the department recalled" -> the body's full name (bodies the index lacks too)
//   quoted as saying after    "“…,” the statement quoted him as saying" -> him, not the statement
//   headlines                 a first paragraph without a full stop gives no speaker or subject to carry
// Subjects are resolved by resolveSubject: a name or description the people index found there (the
// last one, after cutting ", who …" clauses; two joined by "and" speak together, as "A and B"); he/she to the latest
// person of a fitting gender who was a sentence subject or a speaker in this or the two paragraphs before
// (a subject is named before any verb: in "X conveyed the greetings of President Y" Y is no subject; a
// sentence opening on an unnamed "The delegation head conveyed …" stops the search, giving no speaker);
// it / the statement / the ministry to the latest body that spoke.
//
// Known misses: gender is known only from Mr/Ms and gendered roles, "they" is left unresolved, a body
// named without a country is not tied to one ("the Ministry of External Affairs" stays as written),
// and nested attributions ("X said Y told him …" goes to X). "The Kremlin leader" is the leader of
// the body's country.

import type { Span } from '../model.js';
import { headlineSentence, type ParsedDocument, type Sentence } from '../text/document.js';
import { lastStartingBy, lowerBound, spanAt } from '../text/spans.js';
import { describedPeople, firstMentionAfter, personIn, receivedPerson, resolveDescription, type PeopleIndex } from './people.js';
import { TokenFlag, tokensIn, type Tok } from '../text/tokens.js';
import { findCountry, findCountryByCapital } from '../rules/countries.js';
import { CITIES } from '../rules/places.js';
import { DESCRIPTIONS, EVERYDAY_PERSON_NOUNS, FEMALE_PERSON_NOUNS, MALE_PERSON_NOUNS, PARTY_WORDS, PERSON_NOUNS, RANK_MODIFIERS, TITLES, TITLE_ABBREVIATIONS } from '../rules/titles.js';
import { CLAUSE_ONLY_VERBS, FINDING_NOUNS, QUOTE_CUE_VERBS } from '../rules/speech-verbs.js';
import { isTimeName } from '../rules/dates.js';
import { ORGANISATION_HEADS } from '../rules/organisations.js';
import { OBJECT_FIRST_VERBS, isSpeechVerb, phrasalSpeechVerb } from '../rules/speech-verbs.js';
import { INTRO_WORDS, isAdverb, PARTICIPLE_OPENER, coordinatedSpeechVerb, introEnd, isNameDot, isWord, issuer, leadingSubject, speechVerbAt, subjectRightBefore, subjectVerbAtStart } from './clauses.js';
import { matchesOf } from '../text/matches.js';
import { jointAuthors, joinNames } from './authors.js';

const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
const BODY_WORDS = /^(?:it|the (?:statement|ministry|ministry's statement|foreign ministry|government|embassy|communique|communiqué|press release|release|readout|document))$/i;


// ------------------------------------------------------------------------------------------------
// Resolving a subject phrase to a person or body.

export interface SpeakerEvent {
  at: number;
  person: number;
  /** Speakers (of quotes or reported speech) can be picked up by "it" and carried over; subjects only by he/she. */
  speaker: boolean;
  /** An unnamed speaker ("a Clinton campaign spokesman"), as the quote reports it; person is then -1. */
  described?: string;
  /** The one a question was put to ("X asked Minister Bishop about …"): the next "she said" is likely the answer. */
  asked?: boolean;
}

// Head nouns of unnamed speakers.
const SPEAKER_NOUNS = /^(?:sources?|version|account|officials?|media|press|paper|newspapers?|magazines?|networks?|broadcasters?|outlets?|websites?|spokes(?:man|woman|person|people|persons)|diplomats?|analysts?|experts?|observers?|aides?|advis[eo]rs?|envoys?|ambassadors?|agency|agencies|ministry|ministries|government|embassy|office|presidency|delegation|representatives?|negotiators?|lawmakers|legislators|ministers?|side|statement|communiqu[eé]|readout|declaration|press release|release|person|people|insiders?|groups?|organi[sz]ations?|charities|authorities|department|secretariat|mission|commission|council|union|nations|bureau|administration|committee|service|campaign)$/i;
// People described by what they do or stand for, one or many ("Democratic strategists", "one New Hampshire
// Democrat"), and the polls and surveys that "say" things: a described speaker may end in any of them.
const DESCRIBED_PEOPLE = new Set([...PERSON_NOUNS.map((n) => (/(?:man|woman)$/.test(n) ? n.replace(/man$/, 'men') : n + 's')), 'critics', 'opponents', 'protesters', 'economists', 'members', 'leaders', 'residents', 'organizers', 'organisers', 'polls', 'surveys',
  'specialists', 'advocates', 'conservatives', 'liberals', 'progressives', 'democrats', 'republicans', 'allies', 'backers', 'pundits',
  'campaigners', 'negotiators', 'insiders', 'parents', 'workers', 'employees', 'participants', 'women', 'men', 'voters', 'students', 'activists',
  'supporters', 'researchers', 'scientists', 'investigators', 'prosecutors', 'police', 'doctors', 'executives',
  // and one of them: "said one New Hampshire Democrat", "a Los Angeles-based attorney"
  ...PERSON_NOUNS, 'democrat', 'republican', 'conservative', 'liberal', 'progressive', 'insider', 'ally', 'critic']);
// Words that make a body's proper name: "the United Nations", "the Emirates News Agency", "the Office of the President".
const BODY_NAME_HEADS = new RegExp(`^(?:${ORGANISATION_HEADS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})$`, 'u');
const FINDINGS = new Set(FINDING_NOUNS);
// Small words inside a proper name ("the Center for Responsive Politics", "Bank of America").
const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'on']);
// A capitalised word that opens a subject without naming anyone: "This said", "Others say".
const NOT_A_NAME = new Set(('he she it they we i you this that these those there here who which what one both all some many most others another each either neither none such'
  + ' to in on at for of by with from as and but or if when while after before so yet then now also still even only just not').split(' '));
// Words of titles: "the President", "Deputy Prime Minister" name an office, not who holds it.
const TITLE_WORDS = new Set([...TITLES.flatMap(([t]) => t.toLowerCase().split(' ')), ...RANK_MODIFIERS]);
const CITY_SET = new Set(CITIES);
// A subordinate clause's first word before its subject ("When Francis said …", "As the minister noted …").
const SUBORDINATOR_FIRST = /^\s*(?:When|After|Before|As|While|Whilst|Although|Though|If|Because|Since|Once|Until|Unless)\s+(?=\S)/u;
// Initials in brackets ("(FO)", "(HCI)") and the capitalised name right before them ("Foreign Office ").
const ACRONYM_DEFINED = /\((\p{Lu}{2,6})\)/gu;
// (on one line, no "and" joining two names)
const NAME_BEFORE_BRACKET = /(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|for|the|on)[ \t]+)*\p{Lu}[\p{L}'’-]*){0,6})[ \t]*$/u;
// Offices a readout names its host by ("the Prime Minister"): capitalised, yet a person.
const OFFICES = new Set([...TITLES.map(([t]) => t.toLowerCase()), ...DESCRIPTIONS.map(([w]) => w)]);
/** A described speaker that ends in a capitalised word names an organisation ("Politico", "the Washington Post"): no he/she. */
const namesAnOrganisation = (described: string): boolean => /^\p{Lu}/u.test(described.split(' ').pop() ?? '') && !OFFICES.has(described.toLowerCase());
const isCapital = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);

// Inside a body's name a person is not the speaker: "the Office of the President said".
const INSIDE_BODY = /\b(?:Office|Ministry|Department|Secretariat|Cabinet|Administration|Press Office|Press Service|Chancellery)\s+of\s*(?:the\s*)?$/iu;

// Two people spoken of together: "both men", "the two ministers", "both leaders" ("both nations’ foreign ministers", "the
// two countries' leaders"; not "the ministers", who may be any number). Group 1: a noun of office, said of people with
// titles.
const JOINT_SUBJECT = /^(?:both|the two)\s+(?:(?:countries|nations|sides)['’]\s+)?(?:men|women|(leaders|ministers|foreign ministers|prime ministers|presidents|diplomats|top diplomats|heads of state|secretaries))$/i;
// A run of "they" subjects (theyChain): how far back it is followed, the adverbs it may open with, the subjects it
// goes back to, and the meeting sentence that names the two.
const THEY_CHAIN_SENTENCES = 4;
const CHAIN_HEAD = 300;
const CHAIN_OPENER = /^(?:(?:together|also|additionally|in addition|further|furthermore|moreover|finally|lastly)[,\s]\s*)+/iu;
const THEY_SUBJECT = /^they\b/iu;
// "… on his appointment and they": one clause, then "and" right before the pronoun.
// (the sentence's own full stops are abbreviations': "Mr. A", "U.S. Secretary B")
const AND_THEY_LEAD = /^[^;:!?]*\s(?:,\s*)?and\s+$/u;
// The sentence opens on its subject: a title or an honorific at most before the name.
const SENTENCE_SUBJECT_LEAD = /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,4})?$/u;
// (also after an opening phrase, and as possessor: "A longstanding tradition, the leaders’ annual meeting was …")
const LEADERS_SUBJECT = /^(?:[^,;:.]{1,60},\s+)?(?:the|both)\s+(?:two\s+)?leaders\b/iu;
// (or a host's welcome of a titled guest: "President A welcomed Taoiseach B to the White House")
// ("spoke by phone today with B", "spoke by phone Tuesday with B": words of how and when between, not "spoke to students
// about trade with B")
const MET_WITH = /\b(?:(?:met|meets|spoke|speaks|talked)\s+(?:(?:by|on|the|a|phone|telephone|video|today|yesterday|this|morning|afternoon|evening|directly|privately|separately|briefly|virtually|again|also|earlier|later|in|person|\p{Lu}\p{Ll}+day)\s+){0,4}with|(?:welcomed|welcomes|hosted|hosts|received|receives)\s+\p{Lu})/u;
// One of the two by office alone, then a verb: "The President affirmed …" between the meeting and "they" keeps the run.
// (case-sensitive: a verb is written in lower case, so "The President and Vice President Harris" is no subject and verb)
const OFFICE_WORDS = String.raw`(?:[Vv]ice\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Cc]rown\s+[Pp]rince|[Ss]ecretary|[Mm]inister)`;
const OFFICE_ALONE = String.raw`[Tt]he\s+${OFFICE_WORDS}`;
// (or by office and name: "President Biden commended …"; the pair must then hold the name)
const ONE_OF_TWO_SUBJECT = new RegExp(String.raw`^(?:${OFFICE_ALONE}|${OFFICE_WORDS}(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){1,3})\s+(?:also\s+)?\p{Ll}+(?:ed|s)\b`, 'u');
// Both by office alone: "The Prime Minister and the Vice President agreed on …. They agreed that …".
const BOTH_OFFICES_SUBJECT = new RegExp(String.raw`^${OFFICE_ALONE}\s+and\s+(?:the\s+)?${OFFICE_WORDS}\s+(?:also\s+)?\p{Ll}+(?:ed|s)\b`, 'u');
// A bare "Both", "The two" or "The leaders" ("The presidents", "The ministers"): the two people with titles a report of
// their meeting names, when it names no third (a summit's "the leaders" are more).
const BARE_JOINT_SUBJECT = /^(?:both|the two|the (leaders|presidents|prime ministers|foreign ministers|ministers|heads of state))$/i;

// A body referred back to: "it", "the statement", "the department", "the ministry's statement".
const BODY_BACK_REF = /^(?:it|(?:the|its|this) (statement|communiqu[eé]|release|readout|report|press release|press service|press office|department|ministry|office|commission|agency|presidency|government|secretariat|service|administration|council|committee|embassy|mission|bureau)(?:['’]s statement)?)$/i;
/** A body's document named by the body: "The White House readout", "a Kremlin statement", "the ministry's release". */
const DOCUMENT_NOUN = String.raw`(?:statement|readout|release|communiqu[eé]|transcript)`;
const ISSUED_DOCUMENT = new RegExp(String.raw`^(?:an?\s+|the\s+)?((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,3}?(?:\p{Lu}[\p{L}\p{M}-]*))(?:['’]s)?\s+${DOCUMENT_NOUN}$`, 'u');
const DOCUMENT_LABEL = new RegExp(String.raw`\s${DOCUMENT_NOUN}$`, 'u');
const SIDE_ACCOUNT_OF_MEETING = /^((?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:version|account|readout))\s+of\s+(?:the|their|this)\s+(?:exchange|talks|meeting|call|conversation|discussions?)$/iu;
/** Initials that are titles ("the SG", "the DG", "the AG"), never a body's. */
const TITLE_INITIALS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATIONS.map(([a]) => a), 'DG', 'AG', 'IG', 'SG', 'CEO', 'GM', 'MD']);
/**
 * Someone's own words by a possessive: "his statement", "her remarks on Monday", "The MFA’s statement", "the
 * ministry's statement", or a name used before the noun: "The FO statement", "The PMO email" (the possessor speaks).
 */
const OWN_WORDS = /^([Hh]is|[Hh]er|(?:[Tt]he\s+)?\p{L}[\p{L}\p{M}.&-]*(?:\s+\p{L}[\p{L}\p{M}.&-]*){0,4}?(?=['’]s?\s)|(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,3}?(?=\s))(?:['’]s?)?\s+(?:own\s+|latest\s+|written\s+|opening\s+|closing\s+)?(?:statement|remarks|speech|words|letter|message|post|tweet|interview|address|comments|email)(?:\s+(?:on|in|at|to|during)\s.*)?$/u;
const DOCUMENT_WORDS = new Set(['statement', 'communique', 'communiqué', 'release', 'readout', 'report', 'press release']);
const DESCRIBED_BODY_HEADS = new Set(
  'office ministry department commission agency presidency government secretariat service administration council committee embassy mission bureau union nations kremlin cabinet chancellery parliament'.split(' '),
);

// A lower-case word before a name that shows the name is past the verb: "conveyed", "met", "told".
const VERB_LIKE = /^(?:\p{Ll}+ed|met|told|held|gave|sent|spoke|took|made|thanked|conveys|meets|holds|tells|sends|hosts|receives|welcomes|visits|thanks|greets|invites|calls|handed|received|greetings|message|behalf)$/u;

// A sentence opening on an unnamed singular person and a past verb: "The delegation head conveyed".
const UNNAMED_SUBJECT = /^(?:The|A|An)\s+(?:[\p{L}-]+\s+){0,3}(?:head|chief|envoy|official|diplomat|delegate|representative|emissary)\s+(?:\p{Ll}+ed|met|held|gave|sent|spoke|took|made|told)\b/u;
// A readout's host by office alone: "The Prime Minister raised …", "The President welcomed …". When the text names
// nobody with that office, the office is who "he said" goes on to mean.
const OFFICE_SUBJECT = new RegExp(
  `^The\\s+(${DESCRIPTIONS.map(([w]) => w.replace(/(?<![\p{L}])(?!(?:of|for|the|and|our)\b)\p{Ll}/gu, (c) => c.toUpperCase())).filter((w) => /^\p{Lu}/u.test(w)).sort((a, b) => b.length - a.length).join('|')})\\s+(?:\\p{Ll}+ed|met|held|gave|sent|spoke|took|made|told)\\b`,
  'u',
);

// Small words inside titles before a name ("Minister for Europe and Foreign Affairs").
const LEAD_SMALL = new Set(['of', 'for', 'and', 'the']);

/** Auxiliaries and common verbs that show a word before them is a clause's subject. */
const FINITE_AUX = new Set('is was are were has had have will would could can may might must should did does do says said went came made took gave'.split(' '));

/** Pronouns that are a sentence's subject: a name after them is not. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
// A second speaker set against the first in one sentence: "…, while the Russian delegates said …".
const OTHER_SPEAKER_TOO = /\b(?:while|whereas|but)\b[^.;]{0,80}?\b(?:said|says|stated|states|argued|insisted|maintained|countered|replied)\b/u;
// People described as many: "Ukrainian representatives", "the delegations", "Democratic strategists".
// People who meet as a group: "the leaders", "the ministers" (named in full earlier: "U.S. and Nordic leaders").
const GROUP_OF_LEADERS = /(?:^|\s)(?:leaders|ministers|foreign ministers|heads of state|presidents|prime ministers)$/iu;
// A capitalised word of a group's name: "U.S.", "Nordic", "G7", "ASEAN" (after "the").
const PROPER_WORD = String.raw`(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\p{N}’'-]*(?:\.\p{Lu}\.?)*`;
const PLURAL_GROUP = /\b\p{Ll}{3,}(?<!ss|us|is)s$/u;

/** Prepositions whose object a name right after them is ("The good news for Cruz"). */
const LEAD_PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'by', 'about', 'against', 'from', 'over', 'toward', 'towards']);

/** The initials of a name's capitalised words: "Ministry of External Affairs" -> "MEA". */
const initials = (name: string): string => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** A short line with no sentence in it: a date line, an id, a menu entry. */
function isFurnitureLine(body: string): boolean {
  return body.length < 80 && !/[.!?…]["”’»)]*\s*$/u.test(body) && !/\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(body);
}

/**
 * Paragraphs back that he/she may reach for the person it stands for: features run a quote two short
 * paragraphs after the sentence that named its speaker (PolNeAR train: 1 -> 2 paragraphs, direct+speaker
 * 0.782 -> 0.786; 3 gains little more).
 */
const PRONOUN_PARAGRAPHS = 2;
/**
 * A description that may refer back to a titled person: "the official", "the Senate Democratic leader", "the
 * congressman’s spokesman" (not "the second official": an ordinal counts a new one).
 */
const OFFICE_BACK_REF = /^[Tt]he ((?:(?:\p{Lu}[\p{L}-]*|[\p{L}-]+['’]s?) ){0,4})(official|spokesman|spokeswoman|spokesperson|diplomat|chief|leader)$/u;

/**
 * Paragraphs back that a paragraph opening on a quote may carry the last speaker from, past one
 * paragraph of narration that quotes nobody (PolNeAR train direct+speaker 0.786 -> 0.788, dev 0.742 -> 0.745).
 */
const CARRY_PARAGRAPHS = 2;

// A possessor whose title names another person next: "PM's Press Secretary Ihsanul Karim", "the Minister’s spokesman, Ann Lee".
// (a title's words only, one of them a title word: not "Modi's meeting with President Joe Biden", "Mudavadi's
// delegation includes Trade Minister Rebecca Miano")
function possessorOfTitle(between: string): boolean {
  const m = /^['’]s?\s+((?:[\p{L}.-]+,?\s+){1,4})$/u.exec(between);
  if (!m) return false;
  const words = m[1].trim().split(/,?\s+/u);
  return words.every((w) => /^\p{Lu}/u.test(w) || LEAD_SMALL.has(w) || TITLE_WORDS.has(w)) && words.some((w) => TITLE_WORDS.has(w.toLowerCase()));
}

// A second clause's subject: after ", but" / ", and" / ", yet" / ";", before its verb.
const SECOND_CLAUSE_BEFORE = /(?:,\s+(?:but|and|yet)|;)\s+$/u;
const SECOND_CLAUSE_VERB_AFTER = /^\s+(?:was|is|were|has|had|said|says|told|\p{Ll}+ed)\b/u;

/** Events looked back over for a pronoun or a carried speaker. */
const MAX_LOOK_BACK = 200;
// An unnamed person described by whom they work for or are close to.
// (not "a spokesman for the Foreign Ministry", "an official of the White House": a body's spokesman speaks for it)
const SOMEONE_OF = /^(?:an?|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:aides?|advis[eo]rs?|sources?|ally|allies|associates?|confidants?|lawyers?|attorneys?)\s+(?:to|for|close to|of|with|from|near)\s/u;
// A question put to someone the text names: "asked Minister Bishop about", "asked Lavrov whether".
const ASKED_ABOUT = /\basked\s+((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){1,4})(?:about|whether|if|what|how|why|when)\b/u;
/** Organisations' words looked up in introductions ("the Party chief"), at most this many per document. */
const MAX_INTRO_NEEDLES = 32;

export class Attributor {
  /** Who is named where: the mentions and subjects, sorted by offset once the constructor is done. */
  readonly events: SpeakerEvent[] = [];
  /**
   * Who spoke where, as quotes are attributed in text order: kept apart from `events`, so each is appended
   * near its end instead of spliced into the whole document's mentions (a text of many short quotes in one
   * paragraph made that quadratic). At one offset a speaker comes after the mentions.
   */
  private readonly spoken: SpeakerEvent[] = [];
  private readonly quoteSpans: Span[];

  constructor(
    readonly doc: ParsedDocument,
    readonly people: PeopleIndex,
    quoteSpans: Span[],
  ) {
    this.quoteSpans = [...quoteSpans].sort((a, b) => a.start - b.start);
    // A headline names people, but nobody speaks from it (nor from the furniture above it).
    if (doc.headline >= 0) this.headlineEnd = doc.paragraphs[doc.headline].end;
    let k = 0;
    for (const p of doc.paragraphs) {
      // A line of page furniture between paragraphs ("news id: 130533", a date line) does not break a chain
      // of reference: only paragraphs that hold a sentence count.
      if (!p.ignored && !isFurnitureLine(doc.text.slice(p.start, p.end))) k++;
      this.ordinals.push(k);
    }
    this.addSubjectEvents();
  }

  /** True when `at` lies inside a quote (spans sorted by start, not overlapping). */
  insideQuote(at: number): boolean {
    return spanAt(this.quoteSpans, at) !== undefined;
  }


  private addSubjectEvents(): void {
    const ms = this.people.mentions;
    let mi = 0;
    for (const s of this.doc.sentences) {
      while (mi < ms.length && ms[mi].start < s.start) mi++;
      // A person named within the first words of the sentence is its subject. Words of a dateline
      // or of the title before the name do not count ("Rabat, 12 April – French Minister … Anna Berg").
      if (s.start < this.headlineEnd) continue;
      let pushed = false;
      // "Speaking in Jakarta after talks with X, Mr Mutai said …": the subject follows the opener.
      // Tokenized only when the first word may open such a phrase (most sentences start on the subject).
      const firstWord = /^\s*([\p{L}’'-]+)/u.exec(s.text)?.[1] ?? '';
      const opens = INTRO_WORDS.has(firstWord.toLowerCase()) || PARTICIPLE_OPENER.has(firstWord) || /^(?:But|And|Yet|So)$/.test(firstWord);
      const opener = opens ? tokensIn(this.doc, s.start, s.end, 60) : [];
      const intro = introEnd(opener);
      const from = intro > 0 && opener[intro] ? opener[intro].s : s.start;
      const limit = from + Math.min(160, s.end - from);
      for (let k = mi; k < ms.length && ms[k].start < limit; k++) {
        if (this.insideQuote(ms[k].start) || ms[k].start < from) continue;
        const lead = this.doc.text.slice(from, ms[k].start);
        // ("Kazakhstan’s foreign minister, Erlan Idrissov, …": a possessive's "s" is no word.)
        const lower = lead.replace(/['’]s\b/gu, '').match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}’'-]*/gu)?.filter((w) => !LEAD_SMALL.has(w)) ?? [];
        // "X conveyed the greetings of the President …": a person after a verb is in the object; so after
        // "he said" ("Asked who leads the party, he said Ryan."): the pronoun is the subject.
        if (lower.length > 2 || lower.some((w) => VERB_LIKE.test(w) || isSpeechVerb(w) || SUBJECT_PRONOUNS.has(w))) break;
        // "The good news for Cruz, Woolson said, …": a name right after a preposition is its object.
        if (LEAD_PREPOSITIONS.has(/(?<!\p{Ll})(\p{Ll}+)\s+$/u.exec(lead)?.[1] ?? '')) break;
        // "Otieno’s delegation includes …": a possessive names whose, not who; but "PM's Press Secretary Ihsanul
        // Karim briefed …": the person whose title it names is.
        if (/^['’]s?\s/u.test(this.doc.text.slice(ms[k].end, ms[k].end + 3))) {
          if (k + 1 < ms.length && possessorOfTitle(this.doc.text.slice(ms[k].end, ms[k + 1].start))) continue;
          break;
        }
        this.events.push({ at: ms[k].start, person: ms[k].person, speaker: false });
        pushed = true;
        break;
      }
      // "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt": after an opening phrase of
      // no verb, a name set off by its comma and followed by its verb is the subject.
      if (!pushed && !opens) {
        const k = this.subjectAfterOpening(s, mi);
        if (k >= 0) {
          this.events.push({ at: ms[k].start, person: ms[k].person, speaker: false });
          pushed = true;
        }
      }
      // "It's a big if, but Sanders was in San Diego …": the subject of a second clause, when the first named nobody.
      if (!pushed) {
        const k = this.secondClauseSubject(s, mi);
        if (k >= 0) {
          this.events.push({ at: ms[k].start, person: ms[k].person, speaker: false });
          pushed = true;
        }
      }
      // "Te Kāea asked Minister Bishop about the detainees. ¶ “…,” she said.": the one a programme or the press asked
      // answers (not when a titled person asks: "Blinken asked Lavrov whether …. “…,” he said" may be either).
      const asked = ASKED_ABOUT.exec(s.text);
      if (asked && !this.insideQuote(s.start) && this.askerIsNoOfficial(s, asked.index)) {
        const at = s.start + asked.index + asked[0].indexOf(asked[1], 5);
        const k = personIn(this.people, at, at + asked[1].length);
        if (k >= 0 && this.people.people[k].type === 'person') this.events.push({ at, person: k, speaker: false, asked: true });
      }
      // "The delegation head conveyed …": a subject the text does not name stops he/she from reaching
      // past it to an earlier sentence's subject (or to a person in this sentence's object).
      const office = pushed ? null : OFFICE_SUBJECT.exec(s.text);
      if (office && !this.insideQuote(s.start)) this.events.push({ at: s.start, person: -1, speaker: false, described: office[1] });
      else if (!pushed && UNNAMED_SUBJECT.test(s.text) && !this.insideQuote(s.start)) this.events.push({ at: s.start, person: -1, speaker: false });
      // "Trump never mentioned Clinton. ¶ He nodded only obliquely to … ¶ “…,” he said.": a sentence whose
      // subject is he or she carries the person it refers to on, paragraph after paragraph.
      else if (!pushed && /^\s*(?:He|She)\s/.test(s.text) && !this.insideQuote(s.start)) {
        const want = /^\s*She/.test(s.text) ? 'f' : 'm';
        const genders = this.people.genders ?? [];
        const who = this.latest(s.start, (e) => e.person >= 0 && !e.speaker && this.people.people[e.person]?.type === 'person' && (genders[e.person] ?? want) === want);
        if (who >= 0) this.events.push({ at: s.start, person: who, speaker: false });
      }
    }
    this.events.sort((a, b) => a.at - b.at);
  }

  /**
   * The words before "asked" (at `at` in `s`) name the writer ("when I asked"), a programme, the press or someone
   * with no title; not he or she.
   */
  private askerIsNoOfficial(s: Sentence, at: number): boolean {
    const lead = s.text.slice(0, at);
    if (/(?<![\p{L}])(?:he|she|they|He|She|They)(?![\p{L}])/u.test(lead)) return false;
    const who = personIn(this.people, s.start, s.start + at);
    return who < 0 || this.people.people[who].type !== 'person' || !this.people.people[who].role;
  }

  /**
   * The mention (index into people.mentions, from `mi`) that follows the first comma or commas of sentence `s`
   * and comes before a lower-case word ("The day before, at a rally, Mr. Trump was …"), when the words before
   * it hold no verb; -1 otherwise.
   */
  private subjectAfterOpening(s: Sentence, mi: number): number {
    const ms = this.people.mentions;
    const text = this.doc.text;
    for (let k = mi; k < ms.length && ms[k].start < s.start + 160; k++) {
      if (ms[k].start < s.start || this.insideQuote(ms[k].start)) continue;
      const lead = text.slice(s.start, ms[k].start);
      const words = lead.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}’'-]*/gu) ?? [];
      if (/["“”]/u.test(lead) || words.some((w) => VERB_LIKE.test(w) || isSpeechVerb(w) || SUBJECT_PRONOUNS.has(w) || /^(?:is|was|are|were|has|had|have|will|would)$/.test(w))) return -1;
      // A name inside the opening phrase ("at a rally in Beaumont,") is passed over.
      // A title may stand between the comma and the name (", Mr. Trump was", ", Sen. Ted Cruz says").
      if (!/,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(lead)) continue;
      const next = /^\s+(\p{Ll}[\p{L}’'-]*)/u.exec(text.slice(ms[k].end, ms[k].end + 30))?.[1] ?? '';
      // (its verb: "Mr. Trump was", not a name used as a modifier, "Biden aides announced")
      if (!(VERB_LIKE.test(next) || isSpeechVerb(next) || FINITE_AUX.has(next) || /^\p{Ll}+ly$/u.test(next)) || this.people.people[ms[k].person]?.type !== 'person') return -1;
      return k;
    }
    return -1;
  }

  /** The person who is the subject of a sentence (named in its first words), or -1. */
  subjectOf(s: Sentence): number {
    const ev = this.events;
    const lo = lowerBound(ev, s.start, (e) => e.at);
    for (let k = lo; k < ev.length; k++) {
      const e = ev[k];
      if (e.at >= s.end) break;
      if (e.at >= s.start && !e.speaker && !e.asked) return this.people.people[e.person]?.type === 'person' ? e.person : -1;
    }
    return -1;
  }

  private readonly headlineEnd: number = -1;

  /** Someone spoke at `at`: a person or body of the index, or, with person -1, one the text only describes. */
  addSpeaker(at: number, person: number, described?: string): void {
    if (at < this.headlineEnd) return;
    const ev: SpeakerEvent = described && person < 0 ? { at, person, speaker: true, described } : { at, person, speaker: true };
    let i = this.spoken.length;
    while (i > 0 && this.spoken[i - 1].at > at) i--;
    this.spoken.splice(i, 0, ev);
    if (at < (this.firstSpoken.get(person) ?? Infinity)) this.firstSpoken.set(person, at);
  }

  /** The latest event before `at` in this paragraph or the previous one that passes `ok`. */
  latest(at: number, ok: (e: SpeakerEvent) => boolean, paragraphsBack = 1, from = at): number {
    return this.latestEvent(at, ok, paragraphsBack, from)?.person ?? -1;
  }

  /** The event `latest` finds, or null. */
  latestEvent(at: number, ok: (e: SpeakerEvent) => boolean, paragraphsBack = 1, from = at): SpeakerEvent | null {
    const pIdx = this.paragraphIndexAt(from);
    // Start at the last event before `at`, and look back a bounded number of events (mentions and speakers
    // merged by offset; at one offset the speaker is the later).
    const ev = this.events;
    const sp = this.spoken;
    let i = lowerBound(ev, at, (e) => e.at) - 1;
    let j = lowerBound(sp, at, (e) => e.at) - 1;
    for (let n = 0; n < MAX_LOOK_BACK && (i >= 0 || j >= 0); n++) {
      const e = j >= 0 && (i < 0 || sp[j].at >= ev[i].at) ? sp[j--] : ev[i--];
      const ep = this.paragraphIndexAt(e.at);
      if (pIdx - ep > paragraphsBack) return null;
      if (ok(e)) return e;
    }
    return null;
  }

  /** Index among paragraphs not ignored, so a skipped repeat does not break the chain. */
  private paragraphIndexAt(at: number): number {
    const found = Math.max(0, lastStartingBy(this.doc.paragraphs, at));
    return this.ordinals[found] ?? 0;
  }

  private readonly ordinals: number[] = [];

  /**
   * The person or body a subject phrase names; -1 when unknown or ambiguous. `anchor` is where the
   * words it attributes begin (a quote's opening mark), so "he said" after a quote that runs over
   * several paragraphs looks back from the quote's first paragraph.
   */
  resolveSubject(span: Span, anchor = span.start): number {
    const phrase = this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const lower = phrase.toLowerCase();
    // "When Francis said Mr. Trump “is not Christian”, …": the subordinator opens the clause, the subject follows it.
    const sub = SUBORDINATOR_FIRST.exec(this.doc.text.slice(span.start, span.end));
    if (sub && span.start + sub[0].length < span.end) return this.resolveSubject({ start: span.start + sub[0].length, end: span.end }, anchor);
    // "said CSP" after "Mexican President Claudia Sheinbaum (CSP)": the person the initials were defined for.
    const defined = this.acronyms().get(phrase.replace(/^the\s+/i, ''));
    if (defined && defined.start < span.start) {
      const who = personIn(this.people, defined.start, defined.end);
      if (who >= 0) return who;
    }
    // "the Foreign Office said …. The FO said": initials never defined, of the one body named before that they spell.
    const spelled = /^(?:the\s+)?(\p{Lu}{2,5})$/iu.exec(phrase);
    if (spelled && !defined && /^\p{Lu}+$/u.test(spelled[1]) && !TITLE_INITIALS.has(spelled[1])) {
      const who = this.bodyByInitials(spelled[1], span.start);
      if (who >= 0) return who;
    }
    // "According to his statement on June 5", "her remarks": the words are the person's the pronoun stands for.
    const own = OWN_WORDS.exec(phrase);
    if (own && own[1] !== phrase) {
      const at = span.start + phrase.indexOf(own[1]);
      const who = this.resolveSubject({ start: at, end: at + own[1].length }, anchor);
      if (who >= 0 || /^(?:his|her)$/iu.test(own[1])) return who;
    }
    if (PRONOUNS.has(lower)) {
      // "she" skips people the text shows to be men, "he" women; unknown gender fits both.
      const want = lower === 'she' || lower === 'her' ? 'f' : 'm';
      const genders = this.people.genders ?? [];
      const e = this.latestEvent(
        span.start,
        (e) => {
          if (e.at >= anchor && e.at < span.start) return false; // named inside the quote
          // an unnamed subject: -1 (not an organisation by its name: "According to ProPublica, … She said …")
          if (e.person < 0) return !e.described || !namesAnOrganisation(e.described);
          if (this.people.people[e.person]?.type !== 'person') return false;
          const g = genders[e.person] ?? null;
          return g === null || g === want;
        },
        PRONOUN_PARAGRAPHS,
        Math.min(anchor, span.start),
      );
      // "…, a Kremlin spokesperson said. ¶ … after Mr Putin had urged Europe to help. “…,” he said": after an unnamed
      // speaker, a person of the pronoun's known gender named since then, in this paragraph or the one before.
      if (e && e.person < 0) {
        const before = Math.min(anchor, span.start);
        const pIdx = this.paragraphIndexAt(before);
        const last = firstMentionAfter(this.people, before) - 1;
        for (let k = last; k >= 0 && last - k < MAX_LOOK_BACK; k--) {
          const m = this.people.mentions[k];
          if (m.start <= e.at || pIdx - this.paragraphIndexAt(m.start) > 1) break;
          if (m.end <= before && this.people.people[m.person]?.type === 'person' && genders[m.person] === want) return m.person;
        }
      }
      if (e) return e.person;
      // "Washington blacklisted Tareck El Aissami …, a move he called “…”": with nobody of the pronoun's gender as a
      // subject or speaker within reach, the one person of that gender (or of none known) the sentence, or the one
      // before, names.
      return this.onlyPersonNamedBefore(Math.min(anchor, span.start), want);
    }
    // "during a call between Ramaphosa and Zelensky, the latter warned …": the last (or, for "the
    // former", the one before) of the people named just before, in this sentence or the one before.
    if (lower === 'the latter' || lower === 'the former') return this.formerOrLatter(span.start, lower === 'the latter');
    // "the White House said … They added that …": a body that just spoke (plural people stay unresolved)
    // (only when it goes on: "They added", "They also said"; a plain "They said" may be the people it reported)
    if (lower === 'they') {
      if (!/^\s+(?:also\s+)?(?:added|continued|went on|noted|stressed)\b/u.test(this.doc.text.slice(span.end, span.end + 20))) return -1;
      return this.latest(span.start, (e) => e.speaker && this.people.people[e.person]?.type === 'body', 1, Math.min(anchor, span.start));
    }
    if (BODY_WORDS.test(lower)) {
      const hit = personIn(this.people, span.start, span.end);
      if (hit >= 0 && this.people.people[hit].type === 'body') return hit;
      return this.latest(span.start, (e) => e.speaker && this.people.people[e.person]?.type === 'body', 3);
    }
    // "an aide to President Ruto", "a spokesman for Sunak", "a source close to Erdogan": someone unnamed, not the one
    // they speak for.
    if (SOMEONE_OF.test(phrase)) return -1;
    const named = this.sharedSurname(this.namedIn(span), Math.min(anchor, span.start));
    if (named < 0) {
      const head = this.headOf(lower, phrase, span.start);
      if (head >= 0) return head;
      const later = this.namedLater(phrase, span.end);
      if (later >= 0) return later;
    }
    // "“…,” the minister noted" when two ministers are in the story: the one who was speaking, not the
    // one named last (a description goes to its most salient fit before speakers are known).
    if (named >= 0 && this.people.people[named]?.type === 'person') {
      const m = this.people.mentions[firstMentionAfter(this.people, span.start)];
      if (m && m.kind === 'description' && m.start >= span.start && m.end <= span.end) {
        const fits = describedPeople(this.people, m.text);
        if (fits.length > 1 && fits.includes(named)) {
          const speaking = this.latest(span.start, (e) => e.speaker && fits.includes(e.person), 1, Math.min(anchor, span.start));
          if (speaking >= 0) return speaking;
        }
      }
    }
    return named;
  }

  /** True when `person` was a sentence's subject or a speaker before `at`. */
  private actedBefore(person: number, at: number): boolean {
    if (!this.firstActed) {
      this.firstActed = new Map();
      for (const e of this.events) if (!this.firstActed.has(e.person)) this.firstActed.set(e.person, e.at);
    }
    return (this.firstActed.get(person) ?? Infinity) < at || (this.firstSpoken.get(person) ?? Infinity) < at;
  }

  /** Where each person is first a sentence's subject (from `events`, built once) or first speaks (kept as they speak). */
  private firstActed: Map<number, number> | null = null;
  private readonly firstSpoken = new Map<number, number>();
  /** For a one-word name, the people of the text whose names hold it (worked out once per person). */
  private readonly surnameOwners = new Map<number, Set<number>>();

  /**
   * "spokesman Lee Dong-kwan said …. The message was about ties, according to Lee": a bare family name two people of
   * the text share (the index keeps it apart, as nobody by itself) is the one of them who spoke last, in this paragraph
   * or the CARRY_PARAGRAPHS before it; `person` itself otherwise.
   */
  private sharedSurname(person: number, at: number): number {
    const p = this.people.people[person];
    if (!p || p.type !== 'person' || /\s/u.test(p.name)) return person;
    let owners = this.surnameOwners.get(person);
    if (!owners) {
      owners = new Set<number>();
      this.people.people.forEach((o, i) => {
        if (i !== person && o.type === 'person' && o.name.split(/[\s-]+/u).includes(p.name)) owners!.add(i);
      });
      this.surnameOwners.set(person, owners);
    }
    if (owners.size < 2) return person;
    const e = this.latestEvent(at, (x) => x.speaker && owners.has(x.person), CARRY_PARAGRAPHS);
    return e ? e.person : person;
  }

  /** True when someone spoke between `from` and `to`. */
  private spokeSince(from: number, to: number): boolean {
    const e = this.latestEvent(to, (x) => x.speaker, 3);
    return !!e && e.at > from;
  }

  /** The index of a person mention that opens a second clause ("…, but X was …", "…; X had …") with its verb, or -1. */
  private secondClauseSubject(s: Sentence, mi: number): number {
    const ms = this.people.mentions;
    for (let k = mi; k < ms.length && ms[k].start < s.end; k++) {
      if (this.insideQuote(ms[k].start) || this.people.people[ms[k].person]?.type !== 'person') continue;
      if (!SECOND_CLAUSE_BEFORE.test(this.doc.text.slice(Math.max(s.start, ms[k].start - 8), ms[k].start))) continue;
      if (SECOND_CLAUSE_VERB_AFTER.test(this.doc.text.slice(ms[k].end, ms[k].end + 16))) return k;
    }
    return -1;
  }

  /**
   * In a turn, "he" or "she" is not its speaker: 'I spoke to President Lis yesterday. He said, “…”'. The one person of
   * the pronoun's gender (or of none known) other than the turn's speaker that the sentence, or the one before, names
   * inside the turn, with no one unnamed brought in since ("I met his mother. She said, “…”", "a waiter walked up. He
   * said, “…”": somebody the turn does not name); -1 otherwise.
   */
  otherThanSpeaker(pronoun: Span, turn: Span & { person: number }): number {
    const want = /^(?:she|her)$/i.test(this.doc.text.slice(pronoun.start, pronoun.end).trim()) ? 'f' : 'm';
    const who = this.onlyPersonNamedBefore(pronoun.start, want, turn);
    if (who < 0) return -1;
    // (its last mention before the pronoun, which lies in the short window just read: found walking back from there, not
    // by reading every mention of the text for each quote)
    const ms = this.people.mentions;
    let k = firstMentionAfter(this.people, pronoun.start) - 1;
    while (k >= 0 && (ms[k].person !== who || ms[k].end > pronoun.start)) k--;
    const last = ms[k];
    if (!last) return -1;
    // (one of the pronoun's number and sex, and not a description set off right after the name: "President Lis, my
    // friend, …")
    const between = this.doc.text.slice(last.end, pronoun.start);
    const other = want === 'f' ? MALE_NOUN : FEMALE_NOUN;
    for (const m of between.matchAll(SOMEONE_UNNAMED)) {
      if (/^\s*[,—–]\s*$/u.test(between.slice(0, m.index)) || other.test(m[1])) continue;
      return -1;
    }
    return who;
  }

  /**
   * The one person of gender `want` (or unknown) named in the sentence before `at` or the one before it, or -1.
   * (`turn`: read only that turn's words, which are all a quote's, and never its speaker)
   */
  private onlyPersonNamedBefore(at: number, want: 'm' | 'f', turn?: Span & { person: number }): number {
    const s = sentenceAt(this.doc, at);
    if (!s) return -1;
    // (the sentence before may close the paragraph before: "… which involved Ms Wong and her team. ¶ “…,” she said";
    // someone named there whom the article had not yet had speak or act keeps it open, no answer rather than a guess:
    // "… detained journalist Cheng Lei. ¶ “…,” she said")
    const prev = previousSentence(this.doc, s);
    const across = !!prev && prev.paragraph !== s.paragraph;
    const from = prev?.start ?? s.start;
    const genders = this.people.genders ?? [];
    let found = -1;
    for (let i = firstMentionAfter(this.people, from); i < this.people.mentions.length; i++) {
      const m = this.people.mentions[i];
      if (m.start >= at) break;
      if (turn && (m.start < turn.start || m.person === turn.person)) continue;
      if (this.people.people[m.person]?.type !== 'person' || (!turn && this.insideQuote(m.start))) continue;
      const g = genders[m.person] ?? null;
      if (g !== null && g !== want) continue;
      if (across && m.start < s.start && !this.actedBefore(m.person, prev!.start)) return -1;
      if (found >= 0 && found !== m.person) return -1;
      found = m.person;
    }
    return found;
  }

  /**
   * "The Party chief" after "General Secretary of the Communist Party … Nguyen Phu Trong": the one person the
   * organisation's words introduce ("the Indian Army chief" is nobody the text introduced so: not Prime Minister
   * Modi); "the visiting leader": the guest a host received. -1 otherwise.
   */
  private headOf(lower: string, phrase: string, at: number): number {
    if (/^the\s+visiting\s+(?:leader|premier|president|prime minister|minister|guest|head of state|statesman)$/.test(lower)) return receivedPerson(this.doc.text, this.people);
    const org = /^[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){1,4})(?:chief|leader|head|boss)$/u.exec(phrase);
    if (!org) return -1;
    return this.introducedBy(org[1].trim(), at);
  }

  /**
   * "A Kremlin spokesman says …" in the lead, then "… by Kremlin spokesman Dmitry Peskov" in the next paragraphs:
   * the person the same description introduces a little later. -1 when none.
   */
  private namedLater(phrase: string, from: number): number {
    const m = /^[Aa]n?\s+((?:[\p{L}-]+\s+){1,3}[\p{L}-]+)$/u.exec(phrase);
    if (!m || !/^\p{Lu}/u.test(m[1])) return -1;
    const text = this.doc.text;
    for (let k = firstMentionAfter(this.people, from); k < this.people.mentions.length; k++) {
      const x = this.people.mentions[k];
      if (x.start < from) continue;
      if (x.start > from + 1500) break;
      if (x.kind !== 'description' && this.people.people[x.person]?.type === 'person' && /^\s*$/.test(text.slice(Math.max(from, x.start - m[1].length - 2), x.start).replace(m[1], ''))) return x.person;
    }
    return -1;
  }

  /** The one person (-1 if none or several) named before `at` right after `needle` (in their introduction). */
  private introducedBy(needle: string, at: number): number {
    let hits = this.introHits.get(needle);
    if (!hits) {
      // Each mention's introduction is read once per document, each needle's hits once (and few needles).
      if (this.introHits.size >= MAX_INTRO_NEEDLES) return -1;
      hits = this.intros().flatMap((x) => (x.intro.includes(needle) ? [x] : []));
      this.introHits.set(needle, hits);
    }
    let who = -1;
    for (const x of hits) {
      if (x.start >= at) break;
      if (who >= 0 && x.person !== who) return -1;
      who = x.person;
    }
    return who;
  }

  /**
   * The one body named before `at` whose capitalised words spell `acr` ("Foreign Office" for FO, "Prime Minister’s
   * Office" for PMO, "Ministry of Foreign Affairs" for MFA); -1 when none or several.
   */
  private bodyByInitials(acr: string, at: number): number {
    // The bodies whose names spell the initials, with where each is first named: one pass over the mentions per
    // initials, and for a bounded number of them.
    let spelledBy = this.initialsHits.get(acr);
    if (!spelledBy) {
      if (this.initialsHits.size >= MAX_INTRO_NEEDLES) return -1;
      spelledBy = [];
      for (const m of this.people.mentions) {
        const p = this.people.people[m.person];
        if (p?.type !== 'body' || spelledBy.some((x) => x.person === m.person)) continue;
        const first = p.name.split(/\s+/)[0]?.replace(/['’]s$/u, '') ?? '';
        // (not "the Singaporean Government" for "SG", the Secretary-General: a country's word opens no such name)
        if (acr.length < 2 || initials(p.name) !== acr || findCountry(first)) continue;
        spelledBy.push({ start: m.start, person: m.person });
      }
      this.initialsHits.set(acr, spelledBy);
    }
    const before = spelledBy.filter((x) => x.start < at);
    return before.length === 1 ? before[0].person : -1;
  }

  private readonly initialsHits = new Map<string, Array<{ start: number; person: number }>>();

  private acronymList: Map<string, Span> | null = null;

  /**
   * Initials the text defines in brackets after a name: "the Foreign Office (FO)", "the High Commission of India
   * (HCI)", "Claudia Sheinbaum (CSP)". Each maps to the span of the name (capitalised words, small words between).
   */
  private acronyms(): Map<string, Span> {
    if (this.acronymList) return this.acronymList;
    const out = new Map<string, Span>();
    const text = this.doc.text;
    for (const m of matchesOf(ACRONYM_DEFINED, text)) {
      if (out.size >= 64) break;
      const at = m.index ?? 0;
      const acr = m[1];
      const run = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 90), at));
      if (!run || out.has(acr)) continue;
      // The name the initials spell: the last capitalised words whose initials are the acronym ("Foreign Office (FO)",
      // "High Commission of India (HCI)") or begin it ("Claudia Sheinbaum (CSP)"); not "President Joe Biden of the
      // United States (US)", not a party after a name ("Shashi Tharoor (INC)").
      const from = at - run[0].length;
      const caps = matchesOf(/\p{Lu}[\p{L}'’-]*/gu, run[1]).map((w) => ({ start: from + (w.index ?? 0), initial: w[0][0] }));
      for (let k = Math.min(caps.length, 6); k >= 1; k--) {
        const initials = caps.slice(-k).map((w) => w.initial).join('');
        if (initials !== acr && !(k >= 2 && acr.startsWith(initials))) continue;
        const span = { start: caps[caps.length - k].start, end: from + run[1].length };
        // (a person inside it must be all of it: the name, not a title and a body around it)
        const who = personIn(this.people, span.start, span.end);
        const m0 = this.people.mentions[firstMentionAfter(this.people, span.start)];
        if (who === -2 || (who >= 0 && (!m0 || m0.start !== span.start || m0.end !== span.end))) break;
        out.set(acr, span);
        break;
      }
      // Initials of another language ("the Emirates News Agency (WAM)", "Kuwait News Agency (KUNA)"): the whole name,
      // when it is a body's (it ends in an organisation's head word) and holds no person.
      const article = /^The\s+/u.exec(run[1])?.[0].length ?? 0;
      const whole = { start: from + article, end: from + run[1].length };
      if (!out.has(acr) && BODY_NAME_HEADS.test(run[1].split(/\s+/).pop() ?? '') && personIn(this.people, whole.start, whole.end) === -1) out.set(acr, whole);
    }
    return (this.acronymList = out);
  }

  private readonly introHits = new Map<string, Array<{ start: number; person: number }>>();
  private introList: Array<{ start: number; person: number; intro: string }> | null = null;

  /** Each person's name mention with the words before it in its own sentence and line (up to 120 characters). */
  private intros(): Array<{ start: number; person: number; intro: string }> {
    if (this.introList) return this.introList;
    const text = this.doc.text;
    const out: Array<{ start: number; person: number; intro: string }> = [];
    let prevEnd = 0;
    for (const m of this.people.mentions) {
      const window = text.slice(Math.max(prevEnd, m.start - 120), m.start);
      prevEnd = Math.max(prevEnd, m.end);
      if (m.kind === 'description' || this.people.people[m.person]?.type !== 'person') continue;
      const cut = Math.max(window.lastIndexOf('\n'), ...matchesOf(/[.!?]\s/gu, window).map((x) => x.index ?? -1));
      out.push({ start: m.start, person: m.person, intro: window.slice(cut + 1) });
    }
    return (this.introList = out);
  }

  /** Two people speaking together, as "A and B"; null when the subject is not two people. */
  jointSpeaker(span: Span): string | null {
    // "both men said", "the two ministers agreed": the two people named most recently, together.
    // (An opener before the subject may come with it: "Heading into the talks, both men".)
    const subject = this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().split(', ').pop() ?? '';
    const joint = JOINT_SUBJECT.exec(subject);
    // "Marcos and Widodo acknowledged that …": two people the text names, together.
    // ("The presidents said …": two presidents; "The leaders": any two titled people)
    const bare = BARE_JOINT_SUBJECT.exec(subject);
    const office = bare?.[1] && !/^(?:leaders|heads of state)$/i.test(bare[1]) ? bare[1].toLowerCase().replace(/s$/, '') : undefined;
    // (in a joint statement, "The leaders" and "Both" are its authors, however many others it names)
    const authors = bare || joint ? this.jointAuthorNames() : [];
    const pair = authors.length ? joinNames(authors) : joint ? this.lastTwo(span.start, joint[1] ? 'titled' : 'any') : bare ? this.lastTwo(span.start, 'only titled', office) : this.namedPair(span);
    if (pair) this.joints.add(pair);
    return pair;
  }

  /**
   * The two people a run of sentences with "they" for subject goes back to: "The leaders agreed on …. Together, they
   * discussed …. They agreed that …" (the two titled people named before "the leaders"), or the sentence in which the
   * two met ("A met today with B …. They stressed that …"); one of them by office alone may stand between ("The President
   * affirmed …"). Any other subject on the way breaks the chain.
   */
  private theyChain(s: Sentence): string | null {
    let k = previousSentence(this.doc, s);
    // (the people the sentences of one of the two mention: the pair must hold them all)
    const named = new Set<string>();
    const pairOf = (pair: string | null) => (pair && [...named].every((name) => pair.includes(name)) ? pair : null);
    for (let n = 0; k && n < THEY_CHAIN_SENTENCES && s.paragraph - k.paragraph <= 1; n++, k = previousSentence(this.doc, k)) {
      // (the opening of each sentence only: a long paragraph of "they" is read in time linear in its length)
      const head = k.text.slice(0, CHAIN_HEAD);
      const opening = head.replace(CHAIN_OPENER, '');
      if (THEY_SUBJECT.test(opening)) continue;
      // ("The President welcomed Prime Minister C" brings in a third: then no pair holds the run)
      if (ONE_OF_TWO_SUBJECT.test(opening)) {
        for (const name of this.peopleIn(k)) named.add(name);
        continue;
      }
      if (LEADERS_SUBJECT.test(opening) || BOTH_OFFICES_SUBJECT.test(opening)) return pairOf(this.lastTwo(k.start, 'only titled'));
      if (MET_WITH.test(head)) return pairOf(this.lastTwo(k.end, 'only titled'));
      return null;
    }
    return null;
  }

  /**
   * "Mr. A congratulated Mr. B on his appointment and they jointly noted that …": "and they" in a sentence that opens on
   * one person and names one other before it stands for the two.
   */
  private pairBeforeThey(s: Sentence, at: number): string | null {
    if (at - s.start > CHAIN_HEAD || !AND_THEY_LEAD.test(this.doc.text.slice(s.start, at))) return null;
    const ms = this.people.mentions;
    const who: number[] = [];
    for (let k = firstMentionAfter(this.people, s.start); k < ms.length && ms[k].start < at; k++) {
      if (this.people.people[ms[k].person]?.type !== 'person') return null;
      if (!who.length && !SENTENCE_SUBJECT_LEAD.test(this.doc.text.slice(s.start, ms[k].start))) return null;
      if (!who.includes(ms[k].person)) who.push(ms[k].person);
    }
    return who.length === 2 ? `${this.people.people[who[0]].name} and ${this.people.people[who[1]].name}` : null;
  }

  /** The names of the people sentence `k` mentions (a few at most). */
  private peopleIn(k: Sentence): string[] {
    const out: string[] = [];
    const ms = this.people.mentions;
    for (let i = firstMentionAfter(this.people, k.start); i < ms.length && ms[i].start < k.end && out.length < 8; i++) {
      const p = this.people.people[ms[i].person];
      if (p?.type === 'person') out.push(p.name);
    }
    return out;
  }

  /** The names of a joint document's authors (found once), who "we" are. */
  private authors: string[] | undefined;
  private jointAuthorNames(): string[] {
    this.authors ??= jointAuthors(this.doc, this.people).map((p) => this.people.people[p].name);
    return this.authors;
  }

  /** The pairs jointSpeaker has named ("A and B"), so a "they" after one can tell it from a body's name with "and". */
  private readonly joints = new Set<string>();

  /** "A and B" (or "President A and Prime Minister B") when both are people of the index; else null. */
  private namedPair(span: Span): string | null {
    // "Luxon and his Australian counterpart, Anthony Albanese,": the commas only set off the counterpart's name.
    const phrase = this.doc.text.slice(span.start, span.end).replace(/(\bcounterpart),(\s+[^,]+),?\s*$/u, '$1 $2');
    const and = /\s+and\s+/u.exec(phrase);
    if (!and || phrase.includes(',') || /\band\b/u.test(phrase.slice(and.index + and[0].length))) return null;
    // "Marcos, Widodo and Anwar said": the last two of a longer list are no pair.
    const comma = /,\s*$/u.exec(this.doc.text.slice(Math.max(0, span.start - 3), span.start));
    if (comma) {
      const at = Math.max(0, span.start - 3) + comma.index;
      const ms = this.people.mentions;
      for (let k = firstMentionAfter(this.people, Math.max(0, at - 60)); k < ms.length && ms[k].start < at; k++) {
        if (ms[k].end === at && this.people.people[ms[k].person]?.type === 'person') return null;
      }
    }
    const a = personIn(this.people, span.start, span.start + and.index);
    const b = personIn(this.people, span.start + and.index + and[0].length, span.end);
    if (a < 0 || b < 0 || a === b || this.people.people[a]?.type !== 'person' || this.people.people[b]?.type !== 'person') return null;
    return `${this.people.people[a].name} and ${this.people.people[b].name}`;
  }

  /**
   * "A and B": the two people last named before `at` (within a few paragraphs), or null. `titled`: the last two with a
   * title when there are two ("both leaders", not someone untitled who welcomed one of them); `only titled`: the two
   * with a title (holding `office`, when given), and null unless there are exactly two.
   */
  private lastTwo(at: number, which: 'any' | 'titled' | 'only titled', office?: string): string | null {
    const ms = this.people.mentions;
    const named: number[] = [];
    for (let k = firstMentionAfter(this.people, Math.max(0, at - 3000)); k < ms.length && ms[k].start < at; k++) {
      const who = ms[k].person;
      if (this.people.people[who]?.type !== 'person' || this.insideQuote(ms[k].start)) continue;
      const i = named.indexOf(who);
      if (i >= 0) named.splice(i, 1);
      named.push(who);
    }
    // (one person under two names, "Joe Biden" in the title and "Joseph R. Biden" in the text, is one of the two)
    const surname = (p: number) => this.people.people[p].name.split(' ').pop()!.toLowerCase();
    // (`office`: both must hold it, "president" for "the presidents")
    const holds = (p: number) => !office || (this.people.people[p].role ?? '').toLowerCase().includes(office);
    const titled = named.filter((p, i) => !!this.people.people[p].role && holds(p) && !named.slice(i + 1).some((q) => surname(q) === surname(p)));
    if (which === 'only titled' && titled.length !== 2) return null;
    const pool = which !== 'any' && titled.length >= 2 ? titled : named;
    // "The two leaders affirmed …" pages after anyone was named: the two the text named first (a joint statement's lead).
    if (pool.length < 2) return named.length ? null : this.firstTwo(at, which);
    const [a, b] = pool.slice(-2).sort((x, y) => x - y);
    return `${this.people.people[a].name} and ${this.people.people[b].name}`;
  }

  private firstPair: { at: number; pair: [number, number] | null } | undefined;

  /**
   * The two titled people of the first sentence that names anyone titled, outside quotations (found once), when it names
   * exactly two (a joint statement's lead; not a lead that names a spokesperson, a predecessor or a third leader too).
   */
  private firstTwo(at: number, which: 'any' | 'titled' | 'only titled'): string | null {
    if (!this.firstPair) {
      const found: number[] = [];
      let end = 0;
      let sentence: Span | undefined;
      for (const m of this.people.mentions) {
        const p = this.people.people[m.person];
        if (p?.type !== 'person' || !p.role || this.insideQuote(m.start)) continue;
        sentence ??= sentenceAt(this.doc, m.start);
        if (!sentence || m.start >= sentence.end) break;
        if (!found.includes(m.person)) found.push(m.person);
        end = m.start;
      }
      this.firstPair = { at: end, pair: found.length === 2 ? [found[0], found[1]] : null };
    }
    const { pair, at: named } = this.firstPair;
    if (!pair || named >= at || which === 'only titled') return null;
    return `${this.people.people[pair[0]].name} and ${this.people.people[pair[1]].name}`;
  }

  private formerOrLatter(at: number, latter: boolean): number {
    const s = sentenceAt(this.doc, at);
    if (!s) return -1;
    const prev = s.start > 0 ? sentenceAt(this.doc, Math.max(0, s.start - 2)) : undefined;
    const from = prev && prev.paragraph === s.paragraph ? prev.start : s.start;
    const named: number[] = [];
    const ms = this.people.mentions;
    for (let k = firstMentionAfter(this.people, from); k < ms.length && ms[k].start < at; k++) {
      const who = ms[k].person;
      if (ms[k].start < from || this.people.people[who]?.type !== 'person') continue;
      const i = named.indexOf(who);
      if (i >= 0) named.splice(i, 1);
      named.push(who);
    }
    if (named.length < 2) return -1;
    return latter ? named[named.length - 1] : named[named.length - 2];
  }

  /**
   * The person a noun phrase names. A relative clause or adjunct after a comma is not part of it
   * ("Lavrov, who met Makei on Monday,"); two people joined by "and" are no single speaker; otherwise
   * the last name is the head ("the ministry's spokeswoman Anna Berg", "Sergei Lavrov, Russia's minister").
   */
  private namedIn(span: Span): number {
    const text = this.doc.text;
    // "… a delegation of the Chamber of Mining, whose president, Martín Olazábal, told reporters":
    // the verb belongs to the relative clause, so its named head speaks.
    const whose = /,\s+whose\s+[\p{L} -]{2,40}?,\s+([^,]{3,60}),?\s*$/u.exec(text.slice(span.start, span.end));
    if (whose) {
      const at = span.end - whose[0].length + whose[0].lastIndexOf(whose[1]);
      const who = personIn(this.people, at, at + whose[1].length);
      if (who >= 0) return who;
    }
    let end = span.end;
    const cut = /,\s+(?:who|which|whose|speaking|after|during|while|when|in|at|on)\b/u.exec(text.slice(span.start, span.end));
    if (cut) end = span.start + cut.index;
    // "Fuenzalida, a veteran diplomat who served under former President X,": the subject is the name
    // before the apposition, never a name inside it.
    const appo = /,\s+(?:a|an|the|one|another)\s/u.exec(text.slice(span.start, end));
    if (appo && personIn(this.people, span.start, span.start + appo.index) >= 0) end = span.start + appo.index;
    // "Tad Devine, Sanders's chief strategist,", "Paul Sperry of Counter Jihad": a person named first,
    // then an apposition or an affiliation, is the subject.
    const firstK = firstMentionAfter(this.people, span.start);
    const first = this.people.mentions[firstK];
    if (first && first.start < end && first.end <= end && this.people.people[first.person]?.type === 'person' && !text.slice(span.start, first.start).includes(',')
      && /^(?:,\s|\s+of\s)/u.test(text.slice(first.end, first.end + 5))) end = first.end;
    const found: number[] = [];
    let lastEnd = span.start;
    let joined = false;
    const ms = this.people.mentions;
    for (let k = firstMentionAfter(this.people, span.start); k < ms.length; k++) {
      const m = ms[k];
      if (m.start >= end) break;
      if (m.end <= span.start) continue;
      if (!found.length && this.people.people[m.person]?.type === 'person' && INSIDE_BODY.test(text.slice(span.start, m.start))) return -1;
      if (found.length && found[found.length - 1] !== m.person && /\b(?:and|or|with)\b|&/u.test(text.slice(lastEnd, m.start))) joined = true;
      found.push(m.person);
      lastEnd = m.end;
    }
    if (!found.length || joined) return -1;
    // "the Kremlin leader", "the White House chief": the leader of the body's country.
    const tail = text.slice(lastEnd, end).trim();
    const last = this.people.people[found[found.length - 1]];
    if (last?.type === 'body' && last.country && /^(?:leader|chief|head)$/i.test(tail)) {
      const who = resolveDescription(this.people, 'leader', last.country, span.start);
      if (who >= 0) return who;
    }
    // "a Japanese government official", "Lavrov's spokeswoman": the name is not the head of the phrase.
    if (tail && /^(?:['’]s?\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/u.test(tail) && SPEAKER_NOUNS.test(tail.split(/\s+/).pop() ?? '')) return -1;
    const people = this.people.people;
    const persons = found.filter((i) => people[i].type === 'person');
    return persons.length ? persons[persons.length - 1] : found[found.length - 1];
  }

  /**
   * A speaker the text describes without naming: "a Greek diplomatic source", "officials", "the
   * agency". Returns the description without its article, or null for anything else.
   */
  describe(span: Span): string | null {
    // "When a campaign spokesman said …": the subordinator is no part of the description.
    const sub = SUBORDINATOR_FIRST.exec(this.doc.text.slice(span.start, span.end));
    if (sub && span.start + sub[0].length < span.end) return this.describe({ start: span.start + sub[0].length, end: span.end });
    // "According to FO" after "the Foreign Office (FO)": the body the initials stand for.
    const defined = this.acronyms().get(this.doc.text.slice(span.start, span.end).trim().replace(/^the\s+/i, ''));
    if (defined && defined.start < span.start) return this.doc.text.slice(defined.start, defined.end);
    // "“…,” a campaign spokesman said. “…,” he added": he is the unnamed speaker just before.
    const pronoun = this.doc.text.slice(span.start, span.end).trim().toLowerCase();
    if (pronoun === 'he' || pronoun === 'she') {
      const e = this.latestEvent(span.start, (x) => x.person < 0 || this.people.people[x.person]?.type === 'person', PRONOUN_PARAGRAPHS);
      const head = e?.described?.toLowerCase().split(' ').pop() ?? '';
      // Not "she" for "a ministry spokesman", nor "he" for "a spokeswoman".
      const gender = /wom[ae]n$/.test(head) ? 'she' : /m[ae]n$/.test(head) ? 'he' : pronoun;
      // Nor for a name the index does not know ("Politico reported"): a person the text introduced is in the index.
      return e?.described && gender === pronoun && !namesAnOrganisation(e.described) && !DESCRIBED_BODY_HEADS.has(head) && !DOCUMENT_WORDS.has(head) && !/(?:s|men)$/.test(head) ? e.described : null;
    }
    // "Both said … . They voiced concern …, and said …": "they" goes on with the two who spoke in the sentence before
    // (not past another sentence: "Farmers protested outside. They said …").
    if (pronoun === 'they') {
      const e = this.latestEvent(span.start, (x) => x.speaker, 1);
      const own = sentenceAt(this.doc, span.start);
      const before = own ? previousSentence(this.doc, own) : undefined;
      if (e?.described && this.joints.has(e.described) && before && e.at >= before.start) return e.described;
      // … and with a group that spoke in the sentence before: "Ukrainian representatives stated that …. They underscored
      // that …"
      // (the only one that spoke there: not after "…, while the Russian delegates said …")
      if (e?.described && PLURAL_GROUP.test(e.described) && before && e.at >= before.start && !OTHER_SPEAKER_TOO.test(before.text)) return e.described;
      // (leaders or ministers, the last to speak in the paragraph: "the leaders underscored that …. U.S. and Nordic
      // leaders discussed …. They noted that …")
      if (e?.described && GROUP_OF_LEADERS.test(e.described) && this.paragraphIndexAt(e.at) === this.paragraphIndexAt(span.start)) return e.described;
      // (a chain of "they" back to "the leaders", or to the two who met: "The leaders reaffirmed …. Together, they
      // discussed …. They agreed that …")
      const chained = own ? this.theyChain(own) : null;
      if (chained) return chained;
      // ("Mr. A congratulated Mr. B on his appointment and they jointly noted that …": the two the sentence named first)
      const pair = own ? this.pairBeforeThey(own, span.start) : null;
      if (pair) return pair;
    }
    // "We reaffirm that …" in a joint statement: its authors ("Joint Statement by A and B"; "we, A and B, …").
    if (pronoun === 'we') {
      const authors = this.jointAuthorNames();
      return authors.length ? joinNames(authors) : null;
    }
    const joint = this.jointSpeaker(span);
    if (joint) return joint;
    // "It added", "the statement said", "the department recalled" after "The Federal Department of
    // Foreign Affairs (FDFA) said in a statement …": the body described just before, in full.
    const back = BODY_BACK_REF.exec(this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim());
    if (back) {
      const head = back[1]?.toLowerCase() ?? null;
      for (let k = this.described.length - 1; k >= 0 && k >= this.described.length - 20; k--) {
        const e = this.described[k];
        if (e.at >= span.start || span.start - e.at > 3000) continue;
        // ("it" also stands for a body by its proper name: "said a White House statement. … it said", when nobody spoke
        // since: not "Beijing said … the minister said … it said")
        if (!e.name.toLowerCase().split(' ').some((w) => DESCRIBED_BODY_HEADS.has(w)) && (head || !namesAnOrganisation(e.name) || this.spokeSince(e.at, span.start))) continue;
        if (head && !DOCUMENT_WORDS.has(head) && !` ${e.name.toLowerCase()} `.includes(` ${head} `)) continue;
        return e.name;
      }
      // ("The report says …" after no body's statement: a news or UN report, nobody the text names)
      if (head === 'report') return null;
    }
    // "the MEA statement said" after "a statement issued by the Ministry of External Affairs": the body
    // whose initials the modifier spells.
    const acronym = /^(?:the|an?)\s+(\p{Lu}{2,6})['’]?s?\s+(?:statement|communiqu[eé]|readout|release|press release)$/u.exec(this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim());
    if (acronym) {
      for (let k = this.described.length - 1; k >= 0; k--) {
        if (this.described[k].at < span.start && initials(this.described[k].name) === acronym[1]) return this.described[k].name;
      }
    }
    const d = this.describeFresh(span);
    if (!d) return null;
    // "The leaders noted …" after "The United States and Nordic leaders welcomed …": the group as the text named it.
    if (GROUP_OF_LEADERS.test(d) && !d.includes(' ')) {
      const named = this.namedGroup(d, span.start);
      if (named) return named;
    }
    // "The official added …" after "a senior Japanese official said": the same unnamed speaker.
    if (/^(?:the|this|that|same)\s/i.test(this.doc.text.slice(span.start, span.end).trim()) && !d.includes(' ')) {
      const head = d.toLowerCase();
      for (let k = this.described.length - 1; k >= 0 && k >= this.described.length - 20; k--) {
        const e = this.described[k];
        if (e.at < span.start && span.start - e.at < 3000 && e.name.toLowerCase().endsWith(' ' + head)) return e.name;
      }
    }
    // "The official disclosed …" after "Presidential Spokesperson Ernesto Abella … told …": with no unnamed
    // speaker of that description before it, "the official" is the titled person whose words the text is reporting
    // (not a titled person who only met someone: "the official said, because he was not authorized to speak").
    const office = OFFICE_BACK_REF.exec(this.doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim());
    if (office && !this.introducedUnnamed(office[2], span.start)) {
      // A capitalised modifier must fit the person: "the Senate Democratic leader" for the Senate Minority Leader, "the
      // Bangladesh Awami League chief" for Bangladesh's prime minister; not "the Labour leader", "the IMF chief".
      const modifiers = office[1].split(' ').filter((w) => /^\p{Lu}/u.test(w));
      const fits = (i: number) => {
        const p = this.people.people[i];
        const role = p.role?.toLowerCase() ?? '';
        const country = p.country ? findCountry(p.country)?.name ?? p.country : null;
        // (or the words the text introduced the person with: "Bangladesh PM Sheikh Hasina")
        const first = this.people.mentions.find((m) => m.person === i);
        const intro = first ? this.doc.text.slice(Math.max(0, first.start - 60), first.start).toLowerCase() : '';
        return !modifiers.length || modifiers.some((w) => role.includes(w.toLowerCase()) || (!!country && findCountry(w)?.name === country) || new RegExp(`\\b${w.toLowerCase()}\\b`, 'u').test(intro));
      };
      const e = this.latestEvent(span.start, (x) => x.speaker && x.person >= 0 && this.people.people[x.person]?.type === 'person' && !!this.people.people[x.person].role, PRONOUN_PARAGRAPHS);
      if (e && fits(e.person)) return this.people.people[e.person].name;
    }
    if (this.described.length < 1000) this.described.push({ at: span.start, name: d });
    return d;
  }

  private readonly described: Array<{ at: number; name: string }> = [];

  /** The last group of `head` ("leaders") named with proper words before `at`: "U.S. and Nordic leaders", "G7 leaders". */
  private namedGroup(head: string, at: number): string | null {
    // (past the headline: "Arab ministers condemn strike; Latin American envoys meet" names another story's group)
    const title = headlineSentence(this.doc);
    const from = Math.max(title?.end ?? 0, at - 3000);
    const before = this.doc.text.slice(from, at);
    let found: string | null = null;
    for (const m of matchesOf(new RegExp(String.raw`((?:${PROPER_WORD}[ \t]+)+(?:and[ \t]+(?:${PROPER_WORD}[ \t]+)+)?)${head.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`)}\b`, 'gu'), before)) {
      const words = m[1].trim().replace(/^the\s+/i, '');
      if (words && !/^(?:the|both|two|all|these|those|their|our)$/i.test(words)) found = `${words} ${head}`;
    }
    return found;
  }

  /** "Reporters were briefed by a senior U.S. official. The official said …": the text introduced an unnamed one. */
  private introducedUnnamed(head: string, at: number): boolean {
    const before = this.doc.text.slice(Math.max(0, at - 3000), at);
    return new RegExp(`\\b(?:an?|another)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}${head}\\b`, 'iu').test(before);
  }

  private describeFresh(span: Span): string | null {
    // "the Emirates News Agency (WAM)": the abbreviation in brackets is not part of the description.
    // "On March 2, 2015, the New York Times revealed": the year of a date before the subject is no part of it.
    let phrase = this.doc.text.slice(span.start, span.end).replace(/\s*\([^()]{1,30}\)/gu, '').replace(/\s+/g, ' ').trim().replace(/^\d{4},\s+/u, '');
    // "a statement from Saudi’s foreign ministry", "A press statement issued by the Ministry of Foreign Affairs (MFA) after
    // lunch": the body whose document it is.
    const from = /^(?:an?\s+|the\s+)?(?:joint\s+|brief\s+|written\s+|press\s+|official\s+)?(?:statement|communiqu[eé]|readout|release|press release|letter)\s+(?:(?:issued|released|published|posted|sent)\s+)?(?:from|by)\s+(?:the\s+)?(\S.*)$/iu.exec(phrase);
    if (from) phrase = from[1];
    // "The White House readout", "a Kremlin statement": the body whose document it is.
    const issued = ISSUED_DOCUMENT.exec(phrase);
    if (issued) phrase = issued[1];
    // "The Argentine version of the exchange said …": one side's account of the meeting speaks for that side.
    phrase = phrase.replace(SIDE_ACCOUNT_OF_MEETING, '$1');
    // "a yearly Gallup poll", "a tally by the Associated Press": a finding speaks for whoever it names
    // (read before the phrase is cut at "by", "in", "from").
    const finding = findingSource(phrase);
    if (finding) return finding;
    // "a joint statement issued after the talks", "a diplomat who asked not to be named"; a comma inside
    // a body's name stays ("A Foreign, Commonwealth & Development Office spokesperson").
    const cut = /(?<![\p{Lu}][\p{L}]*),\s|,\s(?!\p{Lu})|\s[-–—]+\s|\s(?:who|which|that|issued|released|published|adopted|signed|posted|quoted|cited|speaking|after|following|on|at|in|from)\b/u.exec(phrase);
    if (cut) phrase = phrase.slice(0, cut.index);
    // "Last month a newspaper reported …": a time phrase before the subject is no part of it, nor an adverb after
    // it ("The budget office now says", "State initially said").
    phrase = phrase.replace(/(?:\s+(?:\p{Ll}+ly|now|also|still|then|again|already|once|too|even|later|earlier))+$/u, '');
    phrase = phrase.replace(/^(?:last|this|next|earlier|later)\s+(?:week|month|year|spring|summer|fall|autumn|winter|\p{Lu}\p{Ll}+day)\s+/iu, '');
    // "Here is how a Downing Street spokesman reported …", "This is what the ministry said: …": the one who speaks.
    phrase = phrase.replace(/^(?:here|this|that)(?:\s+is|['’]s)\s+(?:how|what)\s+/iu, '');
    phrase = phrase.replace(/^(?:a|an|the|one|two|three|several|some|many)\s+/i, '');
    // "a person familiar with the talks", "sources close to the delegation": the whole description.
    const fam = /^(.{1,60}?)\s(?:familiar with|close to|briefed on|with knowledge of)\s/u.exec(phrase);
    if (fam) {
      const head = fam[1].split(' ').pop() ?? '';
      if (!SPEAKER_NOUNS.test(head)) phrase = fam[1];
    }
    const words = phrase.split(' ');
    // "the press service of the President of Uzbekistan", "the Office of the Prime Minister", "the press service of
    // the head of the Kyrgyz Republic": the whole name, a little longer than other descriptions.
    const of = words.indexOf('of');
    const bodyOf = of > 0 && SPEAKER_NOUNS.test(words[of - 1]) && /^(?:press|office|ministry|department|secretariat|administration|service|chancellery|presidency|embassy|mission|government)$/i.test(words[of - 1]);
    if (words.length === 0 || words.length > (bodyOf ? 10 : 8) || /["“”«»]/u.test(phrase)) return null;
    if (fam && phrase !== fam[1]) return words.length <= 8 ? phrase : null;
    if (SPEAKER_NOUNS.test(words[words.length - 1])) return phrase;
    // "some liberal economists", "Democratic strategists", "critics": people described by what they do.
    if (DESCRIBED_PEOPLE.has(words[words.length - 1].toLowerCase())) return phrase;
    if (bodyOf) return phrase;
    // A body's proper name: "the United Nations", "the Ministry of External Affairs", "the Office of the President".
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|for|and|&|on|de)$/.test(w)) && words.some((w) => BODY_NAME_HEADS.test(w))) return phrase;
    // An organisation known by its initials: "CNN reported", "POLITICO has learned".
    if (words.length === 1 && /^\p{Lu}{2,8}$/u.test(words[0])) return phrase;
    // A named outlet or organisation after "the" ("as The Hill pointed out", "the Washington Post reported").
    if (/^(?:the|The)\s/.test(this.doc.text.slice(span.start, span.end).trim()) && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w))) return phrase;
    // A name the index does not know ("Tehran also said", a capital for its government): not one holding a person
    // it knows ("Marcos, Widodo and Anwar"), nor a lone word that may be capitalised only because it opens the
    // sentence ("Unions recall …") unless the text also capitalises it inside a sentence or it names a place or a party.
    const name = properName(words);
    if (!name || personIn(this.people, span.start, span.end) !== -1) return null;
    if (words.length === 1 && /(?:^|[.!?:"“”‘’]|\n)\s*$/u.test(this.doc.text.slice(Math.max(0, span.start - 3), span.start)) && !this.midSentenceCapitals().has(name) && !PARTY_WORDS.has(name.toLowerCase()) && !findCountry(name) && !findCountryByCapital(name) && !CITY_SET.has(name)) return null;
    return name;
  }

  /** Capitalised words the text writes after a lower-case word or a comma: names, not sentence openers. */
  private midSentenceCapitals(): Set<string> {
    if (this.capitals) return this.capitals;
    const { starts, ends, flags, count } = this.doc.tokens;
    const out = new Set<string>();
    for (let k = 1; k < count; k++) {
      if (!(flags[k] & TokenFlag.Capitalised)) continue;
      const prev = this.doc.text.slice(starts[k - 1], ends[k - 1]);
      if (prev === ',' || /^\p{Ll}/u.test(prev)) out.add(this.doc.text.slice(starts[k], ends[k]));
    }
    return (this.capitals = out);
  }

  private capitals: Set<string> | null = null;

  /** The last speaker in the same paragraph before `at`, or in the CARRY_PARAGRAPHS before when `crossParagraph`. */
  lastSpeaker(at: number, crossParagraph: boolean): number {
    return this.latest(at, (e) => e.speaker, crossParagraph ? 1 : 0);
  }

  /** The event `lastSpeaker` finds (same reach), so a speaker the text only describes is carried too; null when none. */
  lastSpeakerEvent(at: number, crossParagraph: boolean): SpeakerEvent | null {
    return this.latestEvent(at, (e) => e.speaker, crossParagraph ? CARRY_PARAGRAPHS : 0);
  }
}

export function sentenceAt(doc: ParsedDocument, at: number): Sentence | undefined {
  return spanAt(doc.sentences, at);
}

/** The sentence right before `s` in its paragraph, if any. */
export function sentenceBefore(doc: ParsedDocument, s: Sentence): Sentence | undefined {
  const prev = previousSentence(doc, s);
  return prev && prev.paragraph === s.paragraph ? prev : undefined;
}

/** The sentence before `s`, in its paragraph or the one before; undefined for the first. */
function previousSentence(doc: ParsedDocument, s: Sentence): Sentence | undefined {
  let k = s.start - 1;
  while (k > 0 && /\s/.test(doc.text[k])) k--;
  return k > 0 ? sentenceAt(doc, k) : undefined;
}

// ------------------------------------------------------------------------------------------------
// Cues around a direct quote.

export interface Cue {
  verb: string;
  subject: Span;
  at: number;
  /** Where the cue's verb ends (for "said: “…”" the quote follows within a few characters). */
  end?: number;
  /** A colon's label with no verb: a name ("Bush: “…”") or a body's document ("The White House readout:"). */
  label?: 'name' | 'document';
}

const SUBJECT_STOP = new Set(
  'in on at during after before as when while adding who which that to following in to with from for and because since but according'.split(' '),
);

/** “…,” SUBJ VERB  /  “…,” VERB SUBJ — in the words right after the closing mark. */
export function cueAfter(doc: ParsedDocument, close: number, limit: number, innerText: string): Cue | null {
  const text = doc.text;
  const toks = tokensIn(doc, close, Math.min(limit, close + 300), 48);
  let i = 0;
  // “Who is the con man here?” said Murphy.  A lower-case word after the mark goes on with the sentence.
  let newSentence = /[.!?…]$/u.test(innerText.trim()) && !/^\s*\p{Ll}/u.test(text.slice(close, close + 4));
  while (i < toks.length && /^[,;—–-]$/.test(toks[i].t)) {
    newSentence = false;
    i++;
  }
  if (i < toks.length && toks[i].t === '.') return null;
  // '“tax reform,” which he described as “…”': a relative clause after the quote reports the quote after it (not
  // '“…,” which is what Berg told reporters').
  if ((i > 0 || /,$/u.test(innerText.trim())) && /^(?:which|whom)$/i.test(toks[i]?.t ?? '') && toks.slice(i, i + 12).some((t) => /^["“«‘]$/u.test(t.t))) return null;
  // “…,” according to the ministry.
  if (!newSentence && toks[i]?.t.toLowerCase() === 'according' && toks[i + 1]?.t.toLowerCase() === 'to') {
    let j = i + 2;
    while (j < toks.length && j - i < 12 && toks[j].t !== ',' && toks[j].t !== '.') j++;
    if (j > i + 2) return { verb: 'according to', subject: { start: toks[i + 2].s, end: toks[j - 1].e }, at: toks[i].s };
  }
  // VERB SUBJ: “…,” said Makei.  Not “…”, noting that … : a participle's subject is the sentence's.
  const sv0 = speechVerbAt(text, toks, i);
  if (sv0 && !newSentence && /ing$/i.test(sv0.verb.split(' ')[0])) return null;
  if (sv0 && !newSentence && OBJECT_FIRST_VERBS.has(sv0.verb.toLowerCase())) return null;
  if (sv0 && !newSentence) {
    let j = sv0.next;
    const from = j;
    // ("said a statement from the Uzbek presidency": the document's issuer belongs to the subject.)
    while (j < toks.length && j - from < 10 && (isWord(toks[j]) || isNameDot(toks, j)) && (!SUBJECT_STOP.has(toks[j].t.toLowerCase()) || (/^(?:from|by)$/i.test(toks[j].t) && DOCUMENT_WORDS.has(toks[j - 1].t.toLowerCase())))) j++;
    // “…,” said another Twitter user, Johanna Bayer.  A description, then the name it describes.
    // (past an adjunct of the description too: "said the American ambassador at the time, John E. Herbst")
    if (j > from && /^\p{Ll}/u.test(toks[from].t)) {
      let c = j;
      while (c < toks.length && c - j < 6 && toks[c].t !== ',' && isWord(toks[c])) c++;
      if (toks[c]?.t === ',') {
        let n = c + 1;
        while (n < toks.length && n - c <= 5 && (/^\p{Lu}/u.test(toks[n].t) || isNameDot(toks, n))) n++;
        if (n > c + 2 && (n === toks.length || /^[.,;]$/.test(toks[n].t))) j = n;
      }
    }
    if (j > from) return { verb: sv0.verb, subject: { start: toks[from].s, end: toks[j - 1].e }, at: toks[i].s };
    return null;
  }
  // After a fragment with no comma or full stop the sentence goes on: the attribution is the clause
  // after a later comma ('India will “always be …” for the Maldives, Minister X said'), never the
  // words right after it ('called Indonesia “a natural partner” for Kenya and said …').
  const runOn = i === 0 && !/[,.!?…]$/u.test(innerText.trim()) && /^\s+\p{Ll}/u.test(text.slice(close, close + 3));
  // SUBJ VERB: “…,” the Belarusian leader said.  Not '“…,” but stressed that …' (a second verb of the sentence's subject),
  // nor '“…,” after Clinton spokesman Brian Fallon expressed …' (a clause of its own).
  if (toks[i] && (/^(?:but|and|or|while|yet)$/i.test(toks[i].t) || SUBORDINATORS.has(toks[i].t.toLowerCase()))) {
    // ('"… numerous times" and against the Brady law, Clinton said': a fragment's sentence still ends on its cue.)
    // ('“…,” in sharp contrast to past elections, says Dante Scala': so does a quote's after a phrase of no verb.)
    return runOn || i > 0 ? finalInvertedCue(text, toks, i) ?? finalCue(text, toks, i) : null;
  }
  if ((i > 0 || /,$/u.test(innerText.trim())) && /^\p{Ll}/u.test(toks[i]?.t ?? '') && !speechVerbAt(text, toks, i) && !/^(?:according)$/i.test(toks[i].t)) {
    const end = finalInvertedCue(text, toks, i);
    if (end) return end;
  }
  let reach = Math.min(toks.length, i + (runOn ? 24 : 11));
  for (let k = i + 1; k < reach; k++) {
    // “…,” Rep. Earl Blumenauer (D-Ore.) said: a party tag in brackets; “…,” Ministry of External Affairs (MEA)
    // spokesperson, Randhir Jaiswal said: an acronym (the words in brackets do not count against the reach).
    if (toks[k].t === '(') {
      const shut = toks.findIndex((t, n) => n > k && n <= k + 8 && t.t === ')');
      if (shut > 0) {
        reach = Math.min(toks.length, reach + shut - k + 1);
        k = shut;
        continue;
      }
    }
    if (!isWord(toks[k]) && toks[k].t !== ',' && toks[k].t !== '’' && !isNameDot(toks, k)) return null;
    // "“…,” Melanne Verveer, who served as chief of staff, said": past an apposition or relative clause to
    // the comma a speech verb follows; the subject is the name before it.
    if (toks[k].t === ',' && k > i && appositionAt(toks, k + 1)) {
      const close = toks.findIndex((t, n) => n > k + 1 && n < k + 36 && t.t === ',' && speechVerbAt(text, toks, n + 1) !== null);
      if (close > 0) {
        const sv = speechVerbAt(text, toks, close + 1);
        if (sv && (!newSentence || /^\p{Lu}/u.test(toks[i].t))) return { verb: sv.verb, subject: { start: toks[i].s, end: toks[k - 1].e }, at: toks[close + 1].s };
      }
    }
    // ('“…,” he spoke of his guest': a verb that reports speech only right after a quote and its one-word subject)
    // (in the quote's own sentence only: not '“…” Xi spoke later at a banquet')
    const sv = speechVerbAt(text, toks, k) ?? (k === i + 1 && !newSentence && QUOTE_CUE_VERBS.has(toks[k].t) ? { verb: toks[k].t, end: toks[k].e, next: k + 1 } : null);
    if (!sv) continue;
    let j = k;
    while (j > i && isAdverb(toks[j - 1].t)) j--;
    if (j === i) return null;
    // '… “extraordinary potential,” it was reported from Buenos Aires': a passive names no speaker.
    if (/^(?:was|were|is|are|been|be|being)$/i.test(toks[j - 1].t)) return null;
    if (runOn) {
      // '“…” if she didn't win by more, said David Wasserman, an analyst': the verb after the comma, then its subject.
      if (toks[k - 1].t === ',' && j === k) {
        const e = nameRunEnd(toks, sv.next);
        if (e === sv.next || (e < toks.length && !/^[.,;]$/.test(toks[e].t))) return null;
        return { verb: sv.verb, subject: { start: toks[sv.next].s, end: toks[e - 1].e }, at: toks[k].s };
      }
      let c = j - 1;
      while (c > i && toks[c].t !== ',') c--;
      // "…, which he said was …": the relative word is not the subject.
      if (/^(?:which|that|what)$/i.test(toks[c + 1]?.t ?? '')) c++;
      if (c <= i || c + 1 >= j) return null;
      return { verb: sv.verb, subject: { start: toks[c + 1].s, end: toks[j - 1].e }, at: toks[k].s };
    }
    if (newSentence) {
      // “We agree.” Makei said.  Only when nothing but adjuncts follow the verb: a full stop, a comma, or a
      // phrase opened by a preposition that runs to the full stop ("Trump said on Twitter.").
      if (!/^\p{Lu}/u.test(toks[i].t) || !adjunctsToStop(toks, sv.next)) return null;
      // ('“…” Perhaps, he said, this “…”': a cue set off by commas belongs to the sentence it interrupts.)
      if (j - i >= 3 && toks[j - 2].t === ',' && SUBJECT_PRONOUNS.has(toks[j - 1].t.toLowerCase())) return null;
    }
    // “…,” the statement quoted him as saying: the one quoted speaks, not the statement.
    const qas = /\bquoted\s+(\S.{0,60}?)\s+as$/u.exec(text.slice(toks[i].s, toks[j - 1].e));
    // ('“…,” he was quoted as saying by Andina', '… Valdez was quoted by Andina as saying': the one quoted speaks.)
    const passive = /^(\S.{0,60}?)\s+(?:was|were|is|has been|had been)\s+quoted(?:\s+by\s+[^,;]{1,40}?)?\s+as$/u.exec(text.slice(toks[i].s, toks[j - 1].e));
    if (passive && /^saying$/i.test(sv.verb)) return { verb: 'quoted as saying', subject: { start: toks[i].s, end: toks[i].s + passive[1].length }, at: toks[k].s };
    if (qas && /^saying$/i.test(sv.verb)) {
      const st = toks[i].s + qas.index + qas[0].indexOf(qas[1], 6);
      return { verb: 'quoted as saying', subject: { start: st, end: st + qas[1].length }, at: toks[k].s };
    }
    // “…” She followed that by saying, “…”: a participle has no subject of its own before it.
    if (/ing$/i.test(sv.verb.split(' ')[0])) return null;
    return { verb: sv.verb, subject: { start: toks[i].s, end: toks[j - 1].e }, at: toks[k].s };
  }
  return null;
}

/** Words that open a clause of its own after a quote ("“…,” after X expressed …"). */
// ("as" is not one: '“…,” as Lavrov put it' is a cue.)
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'until', 'once', 'if', 'unless']);

/**
 * The cue that ends the sentence a quote opens: ", said X[, an apposition]." after words that have no verb of
 * their own ('“…” in sharp contrast to past elections, says Dante Scala, a political scientist'); null otherwise.
 */
function finalInvertedCue(text: string, toks: Tok[], from: number): Cue | null {
  for (let k = from + 1; k < toks.length && k < from + 30; k++) {
    if (toks[k].t === '.' && !isNameDot(toks, k)) return null;
    if (/^["“”«»]$/u.test(toks[k].t)) return null;
    const sv = speechVerbAt(text, toks, k);
    // ('“…,” the minister said on Monday, reported Interfax': the words before have a cue of their own.)
    if (sv && toks[k - 1].t !== ',') return null;
    if (toks[k - 1].t !== ',') continue;
    if (!sv || /ing$/i.test(sv.verb.split(' ')[0])) continue;
    const e = nameRunEnd(toks, sv.next);
    // (a name, not a day: '“…,” the bureau's director, James Comey, said Tuesday' has its subject before the verb)
    if (e === sv.next || (e < toks.length && !/^[.,;]$/.test(toks[e].t)) || isTimeName(toks[sv.next].t)) return null;
    return { verb: sv.verb, subject: { start: toks[sv.next].s, end: toks[e - 1].e }, at: toks[k].s };
  }
  return null;
}

/** The end (exclusive) of the capitalised words and name dots from token `from`, at most `max` of them: a name. */
function nameRunEnd(toks: Tok[], from: number, max = 6): number {
  let e = from;
  while (e < toks.length && e - from < max && (/^\p{Lu}/u.test(toks[e].t) || isNameDot(toks, e))) e++;
  return e;
}

/** A day's or month's name ("said Tuesday"), from rules/dates.ts: no speaker. */

/** "… and against the Brady law, Clinton said.": a subject and its speech verb after the sentence's last comma. */
function finalCue(text: string, toks: Tok[], from: number): Cue | null {
  for (let k = from + 1; k < toks.length && k < from + 30; k++) {
    if ((toks[k].t === '.' && !isNameDot(toks, k)) || /^["“”«»]$/u.test(toks[k].t)) return null;
    if (toks[k].t !== ',') continue;
    const v = nameRunEnd(toks, k + 1, 5);
    if (v === k + 1) continue;
    const sv = speechVerbAt(text, toks, v);
    if (sv && adjunctsToStop(toks, sv.next)) return { verb: sv.verb, subject: { start: toks[k + 1].s, end: toks[v - 1].e }, at: toks[v].s };
  }
  return null;
}

// Prepositions that open an adjunct after a speech verb: "said on Twitter", "told reporters at a rally".
const ADJUNCT_PREPOSITIONS = new Set('on in at during after before from via through to with of about later afterwards'.split(' '));

/** After a verb: nothing, a comma, or words opened by a preposition up to the full stop (no "that", no quote). */
function adjunctsToStop(toks: Tok[], from: number): boolean {
  const first = toks[from];
  if (!first || first.t === '.' || first.t === ',') return true;
  if (!ADJUNCT_PREPOSITIONS.has(first.t.toLowerCase())) return false;
  for (let n = from + 1; n < toks.length && n < from + 12; n++) {
    if (toks[n].t === '.') return true;
    if (!isWord(toks[n]) || /^(?:that|said|says)$/i.test(toks[n].t)) return false;
  }
  return false;
}

// Words that open an apposition or a relative clause after a name.
const APPOSITION_START = /^(?:who|whose|a|an|the|then|now|former|one|both|himself|herself)$/i;

/** Two to five capitalised words (a name) end right before the comma at c, after the quote's comma or the text's start. */
function nameBefore(toks: Tok[], c: number): boolean {
  let n = c;
  while (n > 0 && c - n < 5 && (/^\p{Lu}/u.test(toks[n - 1].t) || isNameDot(toks, n - 1))) n--;
  return c - n >= 2 && (n === 0 || /^[,;—–-]$/u.test(toks[n - 1].t));
}

/**
 * An apposition opens at token k: "who …", "a …", a possessor ("Mr. Obama's deputy …", "Clinton's introducer"), or an
 * office without an article after a name.
 */
function appositionAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (APPOSITION_START.test(t.t) || /^\p{Lu}.*['’]s$/u.test(t.t)) return true;
  // (an office without an article after a name: "Gerald Hebert, executive director of the Campaign Legal Center,
  // said"; not "The issue has become acute, he said")
  if (/^\p{Ll}/u.test(t.t) && !/^(?:and|or|but|nor|while|as|he|she|they|it|we|i|you)$/u.test(t.t) && !(t.f & TokenFlag.SpeechVerb) && nameBefore(toks, k - 1)) return true;
  // (a title or honorific, then the possessive name: "President Obama's", "Mr. Obama's")
  let n = k;
  while (n < k + 3 && toks[n] && (toks[n].f & TokenFlag.Honorific || toks[n].t === '.' || /^\p{Lu}\p{Ll}+$/u.test(toks[n].t)) && !/['’]s$/u.test(toks[n].t)) n++;
  return n > k && /^\p{Lu}.*['’]s$/u.test(toks[n]?.t ?? '');
}

/** Someone brought in without a name: "his mother", "an old woman", "a farmer" (not "a letter"). */
const SOMEONE_UNNAMED = new RegExp(String.raw`\b(?:a|an|his|her|my|our|their|your|another|one|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}(${[...PERSON_NOUNS, ...EVERYDAY_PERSON_NOUNS].join('|')})\b`, 'giu');
const FEMALE_NOUN = new RegExp(`^(?:${FEMALE_PERSON_NOUNS.join('|')})$`, 'i');
const MALE_NOUN = new RegExp(`^(?:${MALE_PERSON_NOUNS.join('|')})$`, 'i');

/** "quoted X as saying": X is the speaker, not the outlet that quoted them. */
export const QUOTED_AS_SAYING = /\bquoted\s+([^,;:“”"«»]{3,80}?)\s+as\s+(?:saying|telling\s+[^,;:“”"«»]{2,40}?)(?:\s+that)?[,:]?\s*$/u;

// Where a clause of its own opens: after a comma or a coordinating conjunction.
const CLAUSE_OPENS_BEFORE = /(?:[,;]|\b(?:but|and|so|yet|or))\s*$/u;
// ", and I quote,", ", quote,", " — quote — " between a cue and its quotation.
const QUOTING_FORMULA = /(?:,\s*(?:and\s+)?(?:I\s+)?|\s+[—–]\s*)quote(?:,|\s+[—–])?\s*$/iu;
const FORMULA_REACH = 40;
// A pronoun, a speech verb and its object (or a comma) right before a quote (read at each pronoun of a short tail,
// nearest first).
const INNER_CUE = /\b(he|she|they|we|I|you|the latter|the former)\s+(?:(?:also|would|will|could|should|might|must|can|did|had|have|has|then|once|always|often|never|later)\s+){0,2}(\p{Ll}+)(?:\s+[^,;:“”"«»()]{0,80},?|,)\s*$/uy;
const SUBJECT_START = /\b(?:he|she|they|we|I|you|the latter|the former)\b/gu;

/** The match of sticky `re` at the last subject word of `text` whose match passes `ok`. */
function lastMatch(re: RegExp, text: string, ok: (m: RegExpExecArray) => boolean): RegExpExecArray | null {
  const starts = [...text.matchAll(SUBJECT_START)].map((m) => m.index);
  for (let k = starts.length - 1; k >= 0; k--) {
    re.lastIndex = starts[k];
    const m = re.exec(text);
    if (m && ok(m)) return m;
  }
  return null;
}

/** SUBJ VERB … “quote” — a speech verb with its subject earlier in the same sentence. */
export function cueBefore(doc: ParsedDocument, open: number, pastFormula = false): Cue | null {
  const s = sentenceAt(doc, open);
  if (!s || s.start >= open) return null;
  const before = doc.text.slice(s.start, open);
  if (/["“”«»]/u.test(before)) return null; // another quote precedes: handled by carrying
  if (/^\s*['‘]/u.test(before)) return null; // so does one in single marks ("'A,' said X, 'B.'")
  // "you said, and I quote, “…”": the cue is the one before the formula the speaker quotes with.
  // (read once, in the last few words: a formula repeated, or a long run of spaces, costs no more)
  const lastWords = before.slice(-FORMULA_REACH);
  const formula = pastFormula ? null : QUOTING_FORMULA.exec(lastWords);
  // (its comma stays the cue's: "you said,")
  const formulaAt = formula ? before.length - lastWords.length + formula.index : -1;
  if (formula && formulaAt > 0) return cueBefore(doc, s.start + formulaAt + (lastWords[formula.index] === ',' ? 1 : 0), true);
  // A cue set off inside the sentence: "An economic downturn, he said, “…”", "The documents indicate, he
  // said in an interview, that “…”", "Because of the calendar, explained Rosenberg, “…”", "But as The Hill
  // pointed out, “…”".
  const tail = before.slice(-160);
  const offset = s.start + before.length - tail.length;
  for (const re of [PARENTHETICAL_CUE, INVERTED_CUE, AS_CUE]) {
    const m = re.exec(tail);
    const subj = m?.indices?.groups?.subj;
    if (!m?.groups || !subj || !(isSpeechVerb(m.groups.verb) || phrasalSpeechVerb(m.groups.verb) === m.groups.verb) || CLAUSE_ONLY_VERBS.has(m.groups.verb.toLowerCase())) continue;
    // "Trump went further, telling the crowd, “…”": a participle's subject is the sentence's, not its object.
    if (re === INVERTED_CUE && /ing$/u.test(m.groups.verb)) {
      const lead = leadingSubject(doc, s.start, offset + m.index);
      if (!lead) continue;
      return { verb: m.groups.verb, subject: lead, at: offset + m.index };
    }
    return { verb: m.groups.verb, subject: { start: offset + subj[0], end: offset + subj[1] }, at: offset + m.index };
  }
  // "Raisi thanked the Iraqi Prime Minister for …, and said, “…”": a speech verb coordinated with the first, right before the quote.
  const sv = subjectVerbAtStart(doc, s.start, open) ?? coordinatedSpeechVerb(doc, s.start, open, (toks, next) => next >= toks.length || (/^[,:]$/.test(toks[next].t) && next + 1 >= toks.length));
  // "…, after which he noted the recent emergence of “…”", "X reported that during a call …, the latter
  // warned Y against “…”": a pronoun and a speech verb inside the sentence, nearer the quote than the
  // sentence's own verb, whose object the quote is part of (nothing but words between verb and quote).
  // (a modal or adverb may come between, and a comma may close the cue: "when I would say to him, “…”")
  // (the nearest such subject: "I always get kidded by X when I would say to him, “…”")
  const inner = lastMatch(INNER_CUE, tail, (m) => isSpeechVerb(m[2]));
  // (also when that verb is the one read as the sentence's, after a long subject, if the pronoun opens a clause of its
  // own: "I don't know that you remember it, but you said, “…”"; not "rejected what he called “…”")
  const innerVerb = inner ? offset + inner.index + inner[0].indexOf(inner[2], inner[1].length) : -1;
  const ownClause = !!inner && innerVerb === sv?.verbStart && CLAUSE_OPENS_BEFORE.test(tail.slice(0, inner.index));
  if (inner && !CLAUSE_ONLY_VERBS.has(inner[2].toLowerCase()) && (!sv || offset + inner.index > sv.verbStart || ownClause)) {
    const st = offset + inner.index;
    return { verb: inner[2], subject: { start: st, end: st + inner[1].length }, at: innerVerb };
  }
  // "… because House Speaker Paul Ryan has said he is “not ready” …", "Fifteen minutes after Pence was picked, Clinton
  // campaign chairman John Podesta called the governor “…”": the same, for a named or described subject.
  const near = nearestCue(doc, s, open);
  if (near && (!sv || near.at > sv.verbStart)) return CLAUSE_ONLY_VERBS.has(near.verb.toLowerCase()) ? null : near;
  if (sv && !CLAUSE_ONLY_VERBS.has(sv.verb.toLowerCase())) return { verb: sv.verb, subject: sv.subject, at: sv.verbStart, end: sv.verbEnd };
  // In his words, “…”  /  In the words of the minister, “…”
  const words = /\b[Ii]n\s+(his|her|its)\s+(?:own\s+)?words,?\s*$/u.exec(before);
  if (words) {
    const st = s.start + words.index + words[0].indexOf(words[1]);
    return { verb: 'in ' + words[1] + ' words', subject: { start: st, end: st + words[1].length }, at: s.start + words.index };
  }
  // TASS quoted X as saying: “…”
  const qas = QUOTED_AS_SAYING.exec(before);
  if (qas) {
    const st = s.start + qas.index + qas[0].indexOf(qas[1], 6);
    return { verb: 'quoted as saying', subject: { start: st, end: st + qas[1].length }, at: s.start + qas.index, end: s.start + qas.index + qas[0].length };
  }
  // According to X, “…”
  const acc = ACCORDING_BEFORE.exec(before);
  if (acc) {
    const st = s.start + acc.index + acc[0].indexOf(acc[1]);
    return { verb: 'according to', subject: issuer(doc, st, st + acc[1].length), at: s.start + acc.index };
  }
  return null;
}

/**
 * "According to a joint statement issued by X, Jaishankar and Wang negotiated in a ‘frank and constructive’ way":
 * the source a sentence opens on (its issuer, for a document), for words in it that nobody else claims.
 */
export function accordingOpener(doc: ParsedDocument, s: Sentence): Cue | null {
  const opener = ACCORDING_OPENER.exec(doc.text.slice(s.start, Math.min(s.end, s.start + 200)));
  if (!opener) return null;
  const st = s.start + opener[0].indexOf(opener[1]);
  return { verb: 'according to', subject: issuer(doc, st, st + opener[1].length), at: s.start };
}

// "According to X," (a date's comma is inside the phrase: "According to his statement on June 5, 2022, …"): right
// before a quote, or opening its sentence.
const ACCORDING_PHRASE = String.raw`[Aa]ccording to\s+((?:[^,]|(?<=\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}),(?=\s\d{4}\b)){2,80}),`;
const ACCORDING_BEFORE = new RegExp(String.raw`\b${ACCORDING_PHRASE}\s*$`, 'u');
const ACCORDING_OPENER = new RegExp(String.raw`^\s*${ACCORDING_PHRASE}\s+\S`, 'u');

/** The speech verb nearest before a quote, with only words between them, and the subject right before it. */
function nearestCue(doc: ParsedDocument, s: Sentence, open: number): Cue | null {
  if (open - s.start > 600) return null;
  const toks = tokensIn(doc, s.start, open, 120);
  for (let k = toks.length - 1; k >= 1 && toks.length - k <= 16; k--) {
    const v = speechVerbAt(doc.text, toks, k);
    if (!v) continue;
    // (Only words between them, or the comma or colon that sets the quote off: "… and Clinton said, “…”".)
    const between = doc.text.slice(v.end, open);
    // (and then only with its subject right before the verb, not a clause's away: "after Mr. Trump, asked …, had said,")
    const setOff = /[,;:“”"«»()]/u.test(between);
    let b = k;
    while (b > 1 && isAdverb(toks[b - 1].t)) b--;
    if (open - v.end > 80 || (setOff && (!/^[,:]?\s*$/u.test(between) || !isWord(toks[b - 1]))) || /ing$/i.test(v.verb)) return null;
    const subject = subjectRightBefore(doc, s, toks, k, toks[v.next]);
    return subject ? { verb: v.verb, subject, at: toks[k].s } : null;
  }
  return null;
}

// The subject of a cue set off by commas: a pronoun, a name of up to four words, or a short description.
const CUE_SUBJECT = String.raw`(?<subj>he|she|they|it|we|I|(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}|the\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})`;
const CUE_VERB = String.raw`(?<verb>\p{Ll}+(?:\s+out)?)`;
const PARENTHETICAL_CUE = new RegExp(String.raw`,\s+${CUE_SUBJECT}\s+${CUE_VERB}(?:\s+[^,;:“”"«»]{1,60})?,\s*(?:that\s+)?$`, 'du');
const INVERTED_CUE = new RegExp(String.raw`,\s+${CUE_VERB}\s+${CUE_SUBJECT},\s*$`, 'du');
// "As Akhil Amar, a professor of law at Yale, put it, “…”": an apposition may follow the name.
const AS_CUE = new RegExp(String.raw`\b[Aa]s\s+${CUE_SUBJECT}(?:,\s+[^,;:“”"«»]{1,80},)?\s+(?<verb>\p{Ll}+(?:\s+(?:out|it))?)[,:]\s*$`, 'du');

/** A sentence ending in a colon just before the quote: "Lavrov told reporters:" */
export function cueColonBefore(doc: ParsedDocument, open: number): Cue | null {
  const text = doc.text;
  let i = open - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (text[i] !== ':') return null;
  const from = Math.max(0, i - 200);
  const s = sentenceAt(doc, i) ?? sentenceAt(doc, Math.max(0, i - 1));
  const start = s ? s.start : from;
  const sv = subjectVerbAtStart(doc, start, i);
  if (sv) return { verb: sv.verb, subject: sv.subject, at: sv.verbStart };
  // 'Clinton: "Our goal is …" Bush: "The mission is …"': a name alone before the colon labels the words.
  // ("The White House readout:": a body's document labels them too.)
  const label = LABEL_BEFORE_COLON.exec(text.slice(Math.max(0, i - 80), i));
  // "McConnell delivered a blunt message to Trump: “…”": a sentence that leads up to the quote with a colon gives
  // its subject's words, when the subject is a person (the caller keeps it only then, as for a name label).
  if (!label) {
    const lead = s && s.start < i ? leadingSubject(doc, s.start, i) : null;
    return lead ? { verb: ':', subject: lead, at: lead.start, label: 'name' } : null;
  }
  const st = i - label[0].length + label[0].lastIndexOf(label[1]);
  // Not a dateline in capitals ("ISLAMABAD:"); the caller keeps a bare name only when it is a person's (quotes.ts).
  if (!/\p{Ll}/u.test(label[1])) return null;
  return { verb: ':', subject: { start: st, end: st + label[1].length }, at: st, label: DOCUMENT_LABEL.test(label[1]) ? 'document' : 'name' };
}

// A name (or a body's document) alone before a colon, after a sentence's end or a quote.
const LABEL_BEFORE_COLON = new RegExp(
  String.raw`(?:^|[.!?]['’"”]*\s+|["”]\s+)((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?:['’]s)?(?:\s+${DOCUMENT_NOUN})?)\s*$`,
  'u',
);

/**
 * The organisation a finding names: "a yearly Gallup poll" -> "Gallup", "a 2014 Labor Department study" ->
 * "Labor Department", "a tally by the Associated Press" -> "Associated Press"; null for a finding that names
 * nobody ("a new poll") and for anything that is no finding.
 */
function findingSource(phrase: string): string | null {
  const words = phrase.split(' ');
  const h = words.findIndex((w) => FINDINGS.has(w));
  if (h < 0) return null;
  // The finding heads the phrase: only an article, modifiers and the name may stand before it (not "Officials who
  // reviewed the audit by …", "Critics of the study by …").
  if (words.slice(0, h).some((w) => /^(?:of|who|which|that|by|from|in|on|for|with|and|or)$/i.test(w) || /^\p{Ll}+s$/u.test(w))) return null;
  let j = h;
  while (j > 0 && isCapital(words[j - 1]) && !/^\d/u.test(words[j - 1])) j--;
  if (j < h && !NOT_A_NAME.has(words[j].toLowerCase())) return words.slice(j, h).join(' ').replace(/['’]s?$/u, '');
  // "a tally by the Associated Press", "a report in the Des Moines Register" (not "a poll in March", "a survey of
  // Iowa voters").
  if (!/^(?:by|from|for)$/.test(words[h + 1] ?? '') && !(words[h + 1] === 'in' && /^the$/i.test(words[h + 2] ?? ''))) return null;
  let k = h + 2;
  if (/^the$/i.test(words[k] ?? '')) k++;
  const name: string[] = [];
  for (; k < words.length && (isCapital(words[k]) || (name.length && NAME_JOINERS.has(words[k]))); k++) name.push(words[k]);
  while (name.length && NAME_JOINERS.has(name[name.length - 1])) name.pop();
  return name.length ? name.join(' ').replace(/[,.;:]$/u, '') : null;
}

/**
 * A subject the people index does not know, by the name the text gives it: "Politico reported", "according
 * to Gallup", "the University of Michigan reported", "Pfizer chief executive Ian Read said" (the name after a
 * description). Null for an office alone ("the President") and for words that name nobody ("Others say").
 */
function properName(words: string[]): string | null {
  if (!words.length || words.length > 6 || NOT_A_NAME.has(words[0].toLowerCase())) return null;
  const last = words[words.length - 1];
  if (!/^\p{Lu}/u.test(last) || /[,;:]$/u.test(last)) return null;
  if (words.every((w) => TITLE_WORDS.has(w.toLowerCase()) || NAME_JOINERS.has(w))) return null;
  if (words.every((w, i) => isCapital(w) || (i > 0 && i < words.length - 1 && NAME_JOINERS.has(w)))) return words.join(' ');
  // "Pfizer chief executive Ian Read": two or three capitalised words after a lower-case title word.
  let j = words.length;
  while (j > 0 && /^\p{Lu}/u.test(words[j - 1])) j--;
  const run = words.length - j;
  if (run >= 2 && run <= 3 && j > 0 && /^\p{Ll}{3,}$/u.test(words[j - 1]) && !NAME_JOINERS.has(words[j - 1])) return words.slice(j).join(' ');
  return null;
}
