// Indirect (reported) speech: a speech or thought verb with its content clause.
//
// Patterns handled (one example each):
//   verb + that            "He remarked that the relations have been discussed …"      -> "the relations have been discussed …"
//   verb + adjunct + that  "The ministry said in a statement that …", "She told reporters that …"
//   verb + bare clause     "Makei also said they discussed …" (say, tell, add, believe, think … only; "stressed",
//                          "acknowledged", "noted" … only with a finite verb right after a short subject:
//                          "acknowledged the talks had stalled", not "acknowledged the challenges relating to …")
//   told + object + clause "Yalcinkaya told reporters the two sides would …"
//   parenthetical subject  "Costantini, a career diplomat who …, said that Argentina wanted …"
//   participle + main      "Noting that A, Zhou said B" -> A (cue "noting") and B, both Zhou's
//   adding that            "…,” she said, adding that air defence remained the priority"
//   stance noun + that     "He expressed confidence that the talks would …"
//   trailing attribution   "Belarus and Russia share similar views …, the minister said following talks."
//   inverted trailing      "…, said the minister." (not ", said the corridor would open": a clause, no subject)
//   interrupting cue       "A new campaign manager, he said, could set a new tone." -> the whole sentence
//   according to           "According to Makei, at the top of the agenda was …" / "…, according to the ministry."
//   told + object + adjuncts "told her counterpart during a call on Tuesday that …" (not "told about … that"), up to
//                           18 words; "said at a joint news conference with X after the talks that …" up to 13
//   coordinated verb       "The minister welcomed the decision and expressed confidence that …"
//   adding after a quote   "“…,” the minister told a news conference, adding that …" -> the quote's speaker
//   quoted as saying       "TASS quoted Kremlin spokesman X as saying Moscow …" -> X
//   hedged verbs           "did not rule out that …", "made clear that …", "conveyed that …" (speech-verbs.ts)
//   partial quote in claim 'India will "always be the first responder" for …, Mr X said on Thursday, as he …'
//   and + bare clause      "Zahir thanked India for its support and said Male valued …"
//   long according to      "According to officials who spoke on condition of anonymity because …, the two sides …"
//   agency after a clause  "…, the Emirates News Agency (WAM) reported."
//   second report           'X said the ties had "never been stronger," but stressed that …' (", but/and VERBED that")
//   second subject          "X said A, but he said B", "Some have said A and others have said B" (B has its own subject)
//   relative clause report  "Podesta, who said (in an interview that) A, said B" -> A (Podesta's) and B
//   said + comma + clause   "Wang Yi said, China is willing to …" (Chinese MFA readouts)
//   proposal + bare clause  "He suggested the two sides step up …", "…, during which he proposed the two countries …"
//   verb inside the sentence "Even though …, the women say officers …", "… -- not me -- and he says he'll …" (the short
//                           noun phrase right before the verb, from a clause boundary; see anchored)
//   reported question      "asked Sanders whether questions about his health were fair" (not the passive "was asked if")
//   condition, amount      "said if he were president, …", "said more than 1 million donors made …"
//   adjuncts before that   "announced last week that …", "acknowledged privately that …", "said, twice, that …",
//                           "said — on Twitter, as it happens — that …" (thatAfterAdjuncts)
//   plain noun subject     "confirmed the two sides would …", "insist delegates must …" (a plural, then a modal)
// The clause ends at a colon that hands over to a quotation ("said the accord was only a beginning: “…”"). Nobody
// reports what "No minister has ever said that …" or a question ("Has any leader ever said that …?") says.
// Not speech: a wire's sourcing line ("…, Kazinform correspondent reports, citing the ministry"), a headline (first paragraph, one line without a full stop), link lines ("Read more: X says …", a headline under "Related"), passives (", it was noted"),
// and "“…,” it added" after a clause ending in a quote (the quote's attribution).
// The clause stops at the end of the sentence, or where a direct quote that runs to the end of the
// sentence begins ("said the meeting paid attention to programs “for …”" -> "the meeting paid attention to programs").
//
// Known misses: reported speech without a speech verb ("The talks focused on …"), clauses spanning
// several sentences, and "noted/stressed the need to …", "urged X to …", "called for X" (a noun
// phrase or an infinitive, deliberately not taken as speech).

import type { Span } from '../model.js';
import type { ParsedDocument, Sentence } from '../text/document.js';
import { RELATED_HEADING } from '../text/document.js';
import { FINDING_NOUNS, INFINITIVE_VERBS, OBJECT_FIRST_VERBS, PLURAL_SPEECH_VERBS, REPORTING_PARTICIPLES, SPEECH_VERBS, ZERO_THAT_IF_FINITE_VERBS, ZERO_THAT_IF_SUBJECT_VERBS, ZERO_THAT_VERBS, STANCE_NOUNS, isSpeechVerb } from '../rules/speech-verbs.js';
import { tokensIn, type Tok } from '../text/tokens.js';
import { ASIDE_OPENERS, IRREGULAR_VERBS, STANCE_PRESENT_VERBS, isLyAdverb } from '../rules/verbs.js';
import { DOTTED_TITLES, HONORIFICS, TITLES } from '../rules/titles.js';
import { FINITE, PRONOUN_CLAUSE, SUBJECT_PRONOUN, SUBJECT_PUNCT, coordinatedSpeechVerb, invertedSubjectEnd, isNameDot, isWord, issuer, leadingSubject, speechVerbAt, subjectRightBefore, subjectVerbAtStart, type SubjectVerb } from './clauses.js';
import { matchesOf } from '../text/matches.js';
import { isTimeName } from '../rules/dates.js';
import { BASE_VERBS } from '../rules/agenda.js';
import { DATELINE_PREFIX } from '../text/dateline.js';

export interface IndirectCandidate extends Span {
  text: string;
  cue: string;
  /** Span of the words naming the speaker; null when it is whoever spoke last ("…,” he said, adding that …"). */
  subject: Span | null;
  paragraph: number;
}

const ZERO_THAT = new Set(ZERO_THAT_VERBS);
const ZERO_THAT_IF_FINITE = new Set(ZERO_THAT_IF_FINITE_VERBS);
const ZERO_THAT_IF_SUBJECT = new Set(ZERO_THAT_IF_SUBJECT_VERBS);

// Nouns of time after a determiner are no subject: "The plan he announced this month will cost …".
const TIME_NOUNS = new Set('month week year day morning afternoon evening weekend time spring summer autumn fall winter quarter'.split(' '));

/**
 * From toks[i]: a pronoun, a determiner and one noun, or a name of up to three words ("the United States", and one more
 * after "and": "announced the United States and Zambia will sign …"), then a finite verb at once.
 */
function shortSubjectThenFinite(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  let k = i + 1;
  if (/^(?:he|she|it|they|we|i)$/i.test(t.t)) {
    // (a pronoun: its verb comes next)
  } else if (/^(?:the|a|an|this|its|his|her|their|our)$/i.test(t.t) && !/^\p{Lu}/u.test(toks[i + 1]?.t ?? '')) {
    // (a number or a modifier may stand before the noun: "the two sides would …", "the new rules will …")
    k = i + 1;
    // (a relative word ends the subject: "shared a vision that will guide …" is an object and its clause)
    while (k < i + 3 && /^\p{Ll}+$/u.test(toks[k]?.t ?? '') && !/^(?:he|she|it|they|we|i|you|that|which|who)$/.test(toks[k].t) && !TIME_NOUNS.has(toks[k].t) && !FINITE.test(toks[k].t)) k++;
    if (k === i + 1) return false;
  } else {
    k = nameEnd(toks, i);
    if (k < 0) return false;
    if (toks[k]?.t === 'and') k = nameEnd(toks, k + 1);
    if (k < 0) return false;
  }
  return FINITE.test(toks[k]?.t ?? '');
}

/** After a name of up to three capitalised words from toks[i], "the" allowed first; -1 if none starts there. */
function nameEnd(toks: Tok[], i: number): number {
  let k = /^the$/i.test(toks[i]?.t ?? '') ? i + 1 : i;
  const from = k;
  while (k < from + 3 && /^\p{Lu}/u.test(toks[k]?.t ?? '')) k++;
  return k > from ? k : -1;
}

/** The verb takes a bare clause from toks[i]: always for "said", only with a finite verb a few words on for "stressed". */
function takesBareClause(verb: string, toks: Tok[], i: number): boolean {
  const v = verb.toLowerCase();
  if (ZERO_THAT.has(v)) return true;
  if (ZERO_THAT_IF_SUBJECT.has(v)) return shortSubjectThenFinite(toks, i);
  if (!ZERO_THAT_IF_FINITE.has(v)) return false;
  // (right after a short subject: "the talks had stalled", not "the importance of the agreement the sides had signed")
  // (a dotted initialism's full stop is part of the subject: "noted the U.S. will continue …")
  for (let k = i + 1, end = i + 4; k < toks.length && k < end; k++) {
    if (isNameDot(toks, k)) {
      end++;
      continue;
    }
    if (!isWord(toks[k])) return false;
    if (FINITE.test(toks[k].t)) return true;
    // (or a stance verb's present form after a name: "noted the United States stands ready to …", not "noted the Chinese
    // ships in the strait", "stressed the EU sanctions against Russia")
    if (STANCE_PRESENT_VERBS.has(toks[k].t) && /^\p{Lu}/u.test(toks[k - 1].t)) return true;
  }
  return false;
}
// ", maintain the distance,": a bare form is never an inverted verb.
const PLURAL = new Set(PLURAL_SPEECH_VERBS);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our']);
const CLAUSE_STARTERS = new Set(
  'they he she it we i you the a an this these those both there all his her their its our each several many some no talks relations ties'.split(' '),
);
const ADJUNCT_PREPS = new Set('in on at to during after following before when while as with from'.split(' '));
// Time words between a verb and its clause: "said Thursday that …", "said earlier that …".
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently again repeatedly previously also once'.split(' '),
);
// "JAKARTA (Reuters) - ", "BISHKEK, June 3 (Reuters) - ".
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,40}(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*(?:[-–—]+|:)\s*/u;
// A trailing attribution left inside a clause: "… in the autumn, it said.", "… to send aid, Iranian state TV reported".
const TRAILING_CUE = /,\s+(?:it|he|she|they|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})\s+(?:said|added|says|adds|reported|reports)$/u;
// A second report in the same sentence: ", adding that …", ", but stressed that …", ", and noted that …".
const SECOND_VERBS = SPEECH_VERBS.filter((v) => !v.includes(' ') && (/ed$/.test(v) || v === 'said'));
// Also ", noting that …" (another participle) and "… but that …" (a second clause of the same verb,
// in contrast; "… and that …" stays one clause).
const ADDING = new RegExp(
  `(?:,["”’»]?\\s+(?:(?:and\\s+)?(adding)\\s+(?:that\\s+)?|(?:and\\s+)?(${REPORTING_PARTICIPLES.join('|')})\\s+that\\s+|(?:but|and|while)\\s+(?:also\\s+)?(${SECOND_VERBS.join('|')})\\s+that\\s+)|["”’»]?\\s+but\\s+(?:also\\s+)?(that)\\s+(?!(?:is|was|are|were|has|had|will|would|could|can|may|might|does|did|seems|seemed|means|meant)\\b))`,
  'u',
);
const TRAILING_ADJUNCT = new Set(
  'in on at to during after following before when while as with from after, today yesterday earlier later this last'.split(' '),
);
const STANCE = STANCE_NOUNS.join('|');
// A word that opens the subject of a relative clause whose object is its antecedent: "a commitment that the Vice President
// announced", "a goal which Modi proposed".
const RELATIVE_OBJECT_START = /^(?:the|a|an|his|her|its|their|our|this|these|those|he|she|they|we|i|you|it|\p{Lu}[\p{L}'’-]*)$/u;
const TRAILING_SUBJECT_STOP = new Set('in on at as what which who whom whose that where when while how after before during with from for to by and but or if including through'.split(' '));
// A quote that opens like a sentence of its own: "… and “the partnership has never been stronger”".
const CLAUSE_OPENING = /^[“"‘'`]*(?:the|this|these|that|it|there|they|he|she|our|their|its)\s/iu;
const FIRST_PERSON_WORD = /(?<![\p{L}’'])(?:I|we|We|our|Our|us|my|My|me)(?![\p{L}’'])/u;
const EXPRESSED = new RegExp(`\\b(expressed|voiced|reaffirmed|affirmed|noted|conveyed|shared|stated|underscored|underlined|stressed|emphasi[sz]ed|reiterated)\\s+(?:(?:his|her|their|its|our|the|firm|strong|shared|common|mutual|joint|deep|full|continued)\\s+){0,3}(?:${STANCE})(?:\\s+and\\s+(?:${STANCE}))?\\s+that\\s+`, 'iu');
// A stance the subject restates for the government it speaks for: "reiterated the U.S. position that", "reaffirmed the
// Biden Administration’s demand that" (only verbs of restating: in "noted the Chinese position that …" the stance is
// another's).
const RESTATED_STANCE = new RegExp(`\\b(reaffirmed|affirmed|conveyed|underscored|underlined|stressed|emphasi[sz]ed|reiterated)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.-]*){0,2}(?:['’]s?)?\\s+(?:${STANCE})\\s+that\\s+`, 'u');
// (a titled or full name, then a noun of saying: not "the country's claim that", "Washington's view that")
const MAIN_NEXT_VERB = /,?\s+and\s+(?:also\s+)?\p{Ll}{3,}ed\s+(?:her|him|them|the|a|an|his|their|its|our)\b/u;
const NAMED_ANNOUNCEMENT = /\b((?:President|Prime Minister|Chancellor|Minister|Secretary|Senator|Governor|Mr\.|Ms\.|Mrs\.|Dr\.)\s+\p{Lu}[\p{L}\p{M}-]+(?:\s+\p{Lu}[\p{L}\p{M}-]+){0,2})['’]s\s+(announcement|statement|assurance|pledge|claim|assertion|warning|declaration|promise|insistence)\s+that\s+/u;
const MIN_WORDS = 3;
// (the present forms that are seldom nouns: not "remarks", "calls", "reports", "states")
const SECOND_SPEECH_VERB = [
  ...SPEECH_VERBS.filter((v) => !v.includes(' ') && /(?:ed|said|told|wrote)$/.test(v)),
  ...'says tells adds insists argues warns explains stresses emphasizes emphasises acknowledges admits recalls reiterates suggests maintains asserts contends denies'.split(' '),
].join('|');
// (or before a second speech verb of the same subject: "she admires his determination and highlighted …", "says the
// response was to break them up but insists …").
// Only a conjunction that opens a clause of its own, with its subject: not "difficult, but productive",
// "the deal, although late, was …". A semicolon ends it too, but not a series of infinitives, with one before it and no
// comma at once after ("deserve to live lives of dignity; to move and travel freely; and to give hope …"; not "…; to that
// end, the ministry will …").
const CLAUSE_AFTER = new RegExp(String.raw`,\s+(?:(?:though|although|even though|even as|whereas|while|but|yet)\s+(?:he|she|they|it|we|i|\p{Lu}\p{Ll}+)\s+\p{Ll}|and\s+(?:when|while|if)\b|and\s+then\s+(?:he|she|they|it|we|i|\p{Lu})|and\s+(?:he|she|they|it|we|i)\s)|;\s(?!(?<=\bto\s+\p{Ll}+[^;]{0,200};\s)(?:and\s+)?to\s+\p{Ll}+(?:\s+\p{Ll}+[\s.;]|[.;]|\s*$))|\s+(?:and|but)\s+(?:also\s+)?(?:${SECOND_SPEECH_VERB})\b`, 'u');
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
// A second report with a subject of its own: "…, but he said Trump could …", "… and others have said they …".
const SECOND_SUBJECT_VERBS = 'said says say added adds argued argue argues noted notes insisted insists stressed warned contended maintained acknowledged conceded confirmed reported announced revealed'.split(' ');
const SECOND_REPORT = new RegExp(
  String.raw`(?:,\s+|\s+)(?:but|and|while|whereas|yet)\s+(he|she|they|we|others|many others|most|many|some|(?:the\s+)?\p{Ll}{3,}(?<!s)s(?=\s+(?:also\s+)?(?:said|say|added|argued|noted|insisted|confirmed|reported|announced|revealed)\b)|(?:about\s+)?(?:\p{Ll}+|\d+)\s+(?:in|of|out of)\s+\d+|\d+(?:\s+percent|%)|\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,2})(?:\s+(?:in|on|at|during)\s+(?:an?|the|his|her|their)\s+[^,;:]{1,25}?)?\s+(?:also\s+)?(?:(?:has|have|had)\s+)?(${SECOND_SUBJECT_VERBS.join('|')})\s+(?:(?:for the (?:first|second|last) time|(?:last|this|next) (?:week|month|year)|earlier (?:this|that) \p{Ll}+|\p{Ll}{3,}ly),?\s+)?(?:that\s+|(?=(?:${[...CLAUSE_STARTERS].join('|')})\s|\p{Lu}))`,
  'u',
);
// Page furniture: a link to another story ("Read more: X says …") is no report.
const LINK_LINE = /^(?:read more|read also|also read|related|see also|more on this|recommended|watch|listen|read|more)\b\s*[:|–—-]/iu;
const QUOTED_AS = /\bquoted\s+([^,;:“”"«»]{3,80}?)\s+as\s+saying(?:\s+that)?\s+/u;

export function findIndirect(doc: ParsedDocument, quoteSpans: Span[]): IndirectCandidate[] {
  const out: IndirectCandidate[] = [];
  const quotes = [...quoteSpans].sort((a, b) => a.start - b.start);
  let qi = 0;
  const links = new Map<number, boolean>();
  const headline = doc.headline;
  for (const s of doc.sentences) {
    // "Georgia must drop the law, says Polish minister": a headline sums up the story, it reports nobody.
    if (s.paragraph === headline) continue;
    while (qi < quotes.length && quotes[qi].end <= s.start) qi++;
    // Quotes that touch this sentence.
    const local: Span[] = [];
    for (let k = qi; k < quotes.length && quotes[k].start < s.end; k++) local.push(quotes[k]);
    if (s.text.length > 2000) continue;
    let link = links.get(s.paragraph);
    if (link === undefined) links.set(s.paragraph, (link = isLinkParagraph(doc, s.paragraph)));
    if (link) continue;
    const found = participial(doc, s, local) ?? fronted(doc, s, local) ?? [reported(doc, s, local)];
    const sentenceFirst = out.length; // this sentence's reports start here (compared with each other only)
    for (const c of found) {
      if (!c) continue;
      out.push(c);
      const a = addingThat(doc, s, local, c);
      if (a) out.push(a);
      const b = secondReport(doc, s, local, a ?? c);
      if (b) out.push(b);
    }
    // "Podesta, who said the project was vetted by counsel, said he was unaware …": the relative clause's report.
    // (The same report read from "said" runs on past the relative clause: "…, who said A, left for Moscow".)
    const r = relativeReport(doc, s, local);
    let same = -1;
    for (let k = sentenceFirst; r && k < out.length && same < 0; k++) if (out[k].start === r.start) same = k;
    if (same >= 0 && r && out[same].end > r.end) out[same] = { ...r, subject: out[same].subject ?? r.subject };
    else if (r && !out.slice(sentenceFirst).some((c) => c.end > r.start && c.start < r.end)) out.push(r);
    // "Fiorina was upfront about her distaste for Trump, saying conservatives need to …": a participle's
    // report, by the sentence's subject.
    if (!found.some((c) => c)) {
      const p = participleReport(doc, s, local);
      if (p) {
        out.push(p);
        continue;
      }
    }
    // "“…,” the minister told a news conference, adding that …": the quote's speaker (carried).
    if (!found.some((c) => c) && local.length) {
      const a = addingThat(doc, s, local, null);
      if (a && local.some((q) => q.end <= a.start)) out.push(a);
    }
  }
  return out;
}

const PARTICIPLE = /^(?:Noting|Stressing|Saying|Adding|Emphasi[sz]ing|Pointing out|Recalling|Underlining|Underscoring|Acknowledging|Reiterating|Warning|Insisting|Arguing|Believing)\s+that\s+/u;

/**
 * "Noting that CLAUSE1, SUBJ said CLAUSE2": two reports by the subject of the main clause.
 * Returns null when the sentence does not open with such a participle.
 */
/** "Read more: X says …", or a headline without a full stop under a "Related" heading. */
export function isLinkParagraph(doc: ParsedDocument, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph];
  if (!p) return false;
  if (LINK_LINE.test(doc.text.slice(p.start, Math.min(p.end, p.start + 40)))) return true;
  if (p.end - p.start > 300 || endsSentence(doc, p)) return false;
  for (let k = paragraph - 1; k >= 0 && k >= paragraph - 4; k--) {
    const q = doc.paragraphs[k];
    if (q.end - q.start <= 40 && RELATED_HEADING.test(doc.text.slice(q.start, q.end).trim())) return true;
    if (endsSentence(doc, q)) return false;
  }
  return false;
}

function endsSentence(doc: ParsedDocument, p: { start: number; end: number }): boolean {
  let e = p.end;
  while (e > p.start && /\s/u.test(doc.text[e - 1])) e--;
  return e > p.start && '.!?…"”»’'.includes(doc.text[e - 1]);
}

function participial(doc: ParsedDocument, s: Sentence, quotes: Span[]): Array<IndirectCandidate | null> | null {
  const m = PARTICIPLE.exec(s.text);
  if (!m) return null;
  const from = s.start + m[0].length;
  const commas = /,\s+/gu;
  commas.lastIndex = m[0].length;
  for (let c = commas.exec(s.text), n = 0; c && n < 12; c = commas.exec(s.text), n++) {
    const rest = s.start + c.index + c[0].length;
    const sv = subjectVerbAtStart(doc, rest, s.end);
    if (!sv || sv.subject.start !== rest) continue;
    const main: Sentence = { start: rest, end: s.end, paragraph: s.paragraph, text: doc.text.slice(rest, s.end) };
    const first = make(doc, s, from, s.start + c.index, m[0].trim().split(/\s+/)[0].toLowerCase(), sv.subject);
    return [first, thatClause(doc, main, quotes)];
  }
  return [];
}

// A sentence that opens with a subordinate clause: "Although he acknowledged that …, he maintained …".
const FRONTED_CLAUSE = /^(?:Although|Though|Even though|Even as|While|Whereas|Because|Since|When|After|Once)\s+/u;
// A main clause's subject and first verb: "he maintained", "the two ministers parted", "Obama left".
const MAIN_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'I', 'it']);
const MAIN_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);
const MAIN_ADVERBS = new Set(['also', 'still', 'later', 'then']);
function mainClauseAt(doc: ParsedDocument, at: number, to: number): boolean {
  if (subjectVerbAtStart(doc, at, to)?.subject.start === at) return true;
  const words = doc.text.slice(at, Math.min(to, at + 80)).split(/\s+/).filter((w) => !MAIN_ADVERBS.has(w));
  const finite = (w: string | undefined) => !!w && /^\p{Ll}+$/u.test(w) && (looksFinite(w) || w === 'do');
  if (MAIN_PRONOUNS.has(words[0])) return finite(words[1]);
  if (MAIN_DETERMINERS.has(words[0])) return finite(words[2]) || (/^\p{Ll}+$/u.test(words[2] ?? '') && finite(words[3]));
  let k = 0;
  while (k < 3 && /^\p{Lu}[\p{L}\p{M}'’.-]+$/u.test(words[k] ?? '')) k++;
  return k > 0 && finite(words[k]);
}

/**
 * "Although he acknowledged that the event was tragic, he maintained that …": a report inside the opening
 * subordinate clause ends at the comma where the main clause's subject and verb begin, and the main clause may
 * hold a report of its own. Null when the opening clause reports nothing.
 */
function fronted(doc: ParsedDocument, s: Sentence, quotes: Span[]): Array<IndirectCandidate | null> | null {
  const m = FRONTED_CLAUSE.exec(s.text);
  if (!m) return null;
  const commas = /,\s+/gu;
  commas.lastIndex = m[0].length;
  for (let c = commas.exec(s.text), n = 0; c && n < 12; c = commas.exec(s.text), n++) {
    const rest = s.start + c.index + c[0].length;
    if (!mainClauseAt(doc, rest, s.end)) continue;
    const from = s.start + m[0].length;
    const opening: Sentence = { start: from, end: s.start + c.index, paragraph: s.paragraph, text: doc.text.slice(from, s.start + c.index) };
    const first = thatClause(doc, opening, quotes);
    if (!first) return null;
    const main: Sentence = { start: rest, end: s.end, paragraph: s.paragraph, text: doc.text.slice(rest, s.end) };
    return [first, reported(doc, main, quotes)];
  }
  return null;
}

// (the series' last "and": in "…, tanks, and armored vehicles, and pledged new aid" the earlier one is the report's list)
const SERIES_NEXT_VERB = /,\s+and\s+(?:also\s+)?\p{Ll}{3,}ed\s/gu;

// "It should be recalled that …", "It must be stressed that …": the writer's aside, nobody's report.
const WRITERS_ASIDE = /^\s*It\s+(?:should|must|may|can|is\s+to|needs\s+to)\s+be\s+(?:recalled|noted|stressed|emphasi[sz]ed|underlined|mentioned|added|said|remembered|pointed\s+out)\b(?!,)/u;

function reported(doc: ParsedDocument, s: Sentence, quotes: Span[]): IndirectCandidate | null {
  // A sentence that starts inside or with a quote is a direct quote's, not reported speech.
  const firstChar = s.text[0];
  if ('“"«‘\''.includes(firstChar)) return null;
  if (WRITERS_ASIDE.test(s.text)) return null;
  if (quotes.some((q) => q.start <= s.start && s.start < q.end)) return null;
  return thatClause(doc, s, quotes) ?? accordingTo(doc, s, quotes) ?? trailing(doc, s, quotes);
}

/** "SUBJ VERB [adjunct] that CLAUSE" and "SUBJ said CLAUSE". */
function thatClause(doc: ParsedDocument, s: Sentence, quotes: Span[]): IndirectCandidate | null {
  const text = doc.text;
  const ex = EXPRESSED.exec(s.text) ?? RESTATED_STANCE.exec(s.text);
  if (ex) {
    const sv0 = subjectBefore(doc, s, s.start + ex.index);
    if (sv0) return clause(doc, s, s.start + ex.index + ex[0].length, ex[0].trim().replace(/\s+that$/i, ''), sv0, quotes);
  }
  // "applauded President Samia’s announcement that Tanzania intends to …": a named person's words by a noun of saying are
  // that person's, whoever the sentence's subject is.
  const own = NAMED_ANNOUNCEMENT.exec(s.text.slice(0, 600));
  if (own) {
    const at = s.start + own.index + own[0].indexOf(own[1]);
    const r = clause(doc, s, s.start + own.index + own[0].length, own[2], { start: at, end: at + own[1].length }, quotes);
    // (the report ends where the sentence's own next verb comes: "… and encouraged her to continue")
    const next = r ? MAIN_NEXT_VERB.exec(doc.text.slice(r.start, r.end)) : null;
    return r && next ? make(doc, s, r.start, r.start + next.index, r.cue, r.subject) ?? r : r;
  }
  // "Xinhua quoted the minister as saying (that) …"
  const qas = QUOTED_AS.exec(s.text.slice(0, 400));
  if (qas) {
    const st = s.start + qas.index + qas[0].indexOf(qas[1], 6);
    return clause(doc, s, s.start + qas.index + qas[0].length, 'quoted as saying', { start: st, end: st + qas[1].length }, quotes);
  }
  // ("The meeting, however, had no agenda, said a diplomat.": a verb whose subject follows it has none before it.)
  const first = invertedCueAt(doc, subjectVerbAtStart(doc, s.start, s.end));
  // "Otieno conveyed greetings from … and said Kenya regards …": when the first speech verb takes
  // no clause, one coordinated with it may.
  const found = first ? afterVerb(doc, s, quotes, first) : null;
  if (found) return found;
  const second = coordinated(doc, s);
  const again = second && second.verbStart !== first?.verbStart ? afterVerb(doc, s, quotes, second) : null;
  // (a report in a series of the subject's verbs ends where the next verb of the series comes: "voiced support for A,
  // underscored that B, and condemned C")
  const series = again && /,\s*$/u.test(text.slice(second!.verbStart - 3, second!.verbStart)) ? matchesOf(SERIES_NEXT_VERB, text.slice(again.start, again.end)).pop() : undefined;
  if (again && series) return make(doc, s, again.start, again.start + series.index, again.cue, again.subject) ?? again;
  if (again) return again;
  // "…, but security specialists say it's …", "… although his advisers say …": a second clause with a
  // subject and speech verb of its own.
  CONJOINED.lastIndex = 0;
  for (let m = CONJOINED.exec(s.text), n = 0; m && n < 4; m = CONJOINED.exec(s.text), n++) {
    const at = s.start + m.index + m[0].length;
    const sv = subjectVerbAtStart(doc, at, s.end);
    if (!sv || sv.subject.start !== at) continue;
    // (a clause of its own has a finite verb: in "…, and his determination, noting that …" the participle is the
    // sentence subject's, which participleReport reads)
    if (/ing$/u.test(sv.verb.split(' ')[0])) continue;
    const r = afterVerb(doc, s, quotes, sv);
    // ("Two issues dominated – the spokesman said that A – and no deal was reached": a report between dashes ends at
    // the second)
    const dash = r && /[—–]/u.test(m[0]) ? /\s[—–]\s/u.exec(text.slice(r.start, r.end)) : null;
    if (r && dash) return make(doc, s, r.start, r.start + dash.index, r.cue, r.subject) ?? r;
    if (r) return r;
  }
  // "… with help from Labor Secretary Thomas Perez, who said he expects …": a relative clause's report
  // is its antecedent's.
  const rel = relativeReport(doc, s, quotes);
  if (rel) return rel;
  // "Lavrov looked somewhat annoyed as he replied that …": a pronoun and a speech verb inside the
  // sentence, with "that" right after the verb.
  const inner = INNER_THAT.exec(s.text.slice(0, 600));
  if (inner && isSpeechVerb(inner[2])) {
    const st = s.start + inner.index + inner[0].indexOf(inner[1]);
    return clause(doc, s, s.start + inner.index + inner[0].length, inner[2], { start: st, end: st + inner[1].length }, quotes);
  }
  return anchored(doc, s, quotes);
}

/**
 * `sv`, unless what it takes for a subject is a claim with a verb of its own and the speaker follows the verb
 * ("The meeting, however, did not have any agenda, said a diplomat in New Delhi.": trailing() reads it).
 */
function invertedCueAt(doc: ParsedDocument, sv: SubjectVerb | null): SubjectVerb | null {
  if (!sv || !/,\s*$/u.test(doc.text.slice(sv.verbStart - 3, sv.verbStart))) return sv;
  const subject = tokensIn(doc, sv.subject.start, sv.subject.end, 40);
  if (!subject.some((t) => FINITE.test(t.t)) || subject.some((t) => /^(?:who|which|that|whose)$/i.test(t.t))) return sv;
  const toks = tokensIn(doc, sv.verbEnd, sv.verbEnd + 200, 12);
  return invertedSubjectEnd(doc.text, toks, 0) > 0 ? null : sv;
}

/**
 * "Adopted by …, he says his family assumed …", "Even though …, the women say officers …": a speech verb anywhere
 * in the sentence, with the subject subjectRightBefore reads before it, when the verb takes a clause.
 */
function anchored(doc: ParsedDocument, s: Sentence, quotes: Span[]): IndirectCandidate | null {
  const text = doc.text;
  const toks = tokensIn(doc, s.start, s.end, 80);
  for (let k = 1; k < toks.length; k++) {
    const sv = speechVerbAt(text, toks, k);
    if (!sv) continue;
    const verb = sv.verb.toLowerCase();
    if (/ing$/.test(verb.split(' ')[0]) || OBJECT_FIRST_VERBS.has(verb) || quotes.some((q) => q.start <= toks[k].s && toks[k].s < q.end)) continue;
    // "…, said a diplomat in New Delhi.": the verb's subject follows it, and its report came before (trailing).
    if (toks[k - 1].t === ',' && invertedSubjectEnd(text, toks, sv.next) > 0) continue;
    const subject = subjectRightBefore(doc, s, toks, k, toks[sv.next]);
    if (!subject) continue;
    // "policies, which he said had harmed the economy", "what she said is growing demand for …", "a rule change that he
    // said would make it harder …": in a relative clause the report is the verb phrase after the cue (its subject is
    // the relative word's antecedent).
    let rel = k - 1;
    while (rel >= 0 && toks[rel].e > subject.start) rel--;
    const next = toks[sv.next];
    // (not when a quote follows at once: "which Manila says is “final and binding”" is a fragment of Manila's words)
    const quoteNext = !!next && quotes.some((q) => q.start >= next.s && q.start - next.e < 4);
    if (rel >= 0 && RELATIVE_WORDS.has(toks[rel].t.toLowerCase()) && ZERO_THAT.has(verb) && next && !quoteNext && (FINITE.test(next.t) || IRREGULAR_VERBS.has(next.t) || /^\p{Ll}{3,}ed$/u.test(next.t) || PRONOUN_CLAUSE.test(next.t))) {
      // (a relative clause between commas ends at its closing comma: "The statement, which officials said was drafted by
      // Kimaro, was released …")
      const close = rel > 0 && toks[rel - 1].t === ',' ? toks.findIndex((x, n) => n > sv.next && x.t === ',') : -1;
      const r = close > 0 ? make(doc, s, next.s, toks[close].s, sv.verb, subject) : clause(doc, s, next.s, sv.verb, subject, quotes);
      if (r) return r;
    }
    const r = afterVerb(doc, s, quotes, { subject, verb: sv.verb, verbStart: toks[k].s, verbEnd: sv.end });
    if (r) return r;
  }
  return null;
}

const RELATIVE_WORDS = new Set(['which', 'that', 'what']);
// (after "but", or ", and": a bare " and reiterated that …" may go on with the report's own subject, "X said Y had raised
// A and reiterated that B")
const PERSON_OPENING = /^(?:\p{Lu}|(?:he|she|they|we|i)\s)/u;
// (a bare "and" only before "VERB that": "He reiterated that A and underscored that B")
const SECOND_VERB_CLAUSE = new RegExp(String.raw`^(?:\s*,?\s*but|\s*,\s*and|\s+and(?=\s+(?:also\s+)?(?:${SECOND_SPEECH_VERB})\s+that\s))\s+(?:also\s+)?(${SECOND_SPEECH_VERB})\s+(that\s+)?`, 'u');
const SOURCE_WORDS = /\p{Lu}|\b(?:statements?|reports?|officials?|sources?|spokes\w+|ministry|ministries|agency|agencies|polls?|surveys?|analysts?|experts?|data|figures|documents?|records?|study|studies|estimates?|aides?|diplomats?|people|person|witnesses|police|authorities|government|count|tally|filings?|memo|letter|readout|transcript)\b/u;
const CONJOINED = /(?:,\s+(?:and|but|yet|so|while|although|though|whereas)|;|\s(?:although|though|whereas)|\s[—–])\s+/gu;
const RELATIVE_WHO_SAID = /(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4}),\s+who\s+(?:(?:also|has|had|have|later|once|then|twice|already|just|even|ever|long|\p{Ll}{3,}ly)\s+){0,2}(\p{Ll}+)/u;
// A name, its place ("of California"), then an apposition that runs up to the words before ", who".
const APPOSITION_BEFORE = /(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4})(?:\s+(?:of|from)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?,\s+(?:the|a|an)\s+[^,;:]{1,100}$/u;
const INNER_THAT = /\b(?:as|when|while|and|but|before|after|because|where)\s+(he|she|they|we)\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\s+that\s+/u;

/** The content clause after the speech verb of `sv`, if it takes one. */
function afterVerb(doc: ParsedDocument, s: Sentence, quotes: Span[], sv: SubjectVerb): IndirectCandidate | null {
  const text = doc.text;
  const toks = tokensIn(doc, sv.verbEnd, s.end, 24);
  // "announced last week that …", "acknowledged privately that …", "said, twice, that …": adjuncts, then "that".
  const that = thatAfterAdjuncts(toks);
  if (that > 0 && toks[that + 1]) return clause(doc, s, toks[that + 1].s, sv.verb, sv.subject, quotes);
  let i = 0;
  // "He cautioned, however, that …": a parenthetical adverb between the verb and its clause.
  if (toks[0]?.t === ',' && /^(?:however|though|moreover|also|nevertheless|meanwhile|again)$/i.test(toks[1]?.t ?? '') && toks[2]?.t === ',') i = 3;
  while (toks[i] && TIME_WORDS.has(toks[i].t.toLowerCase()) && i < 2) i++;
  if (i > 0 && toks[i]?.t.toLowerCase() !== 'that') {
    if (takesBareClause(sv.verb, toks, i) && toks[i] && isClauseStart(toks[i], toks[i + 1])) return clause(doc, s, toks[i].s, sv.verb, sv.subject, quotes);
    // "said earlier on Friday during a news conference that …": the time word, then adjuncts (read below).
    if (!toks[i] || !ADJUNCT_PREPS.has(toks[i].t.toLowerCase())) return null;
  }
  // "asked Sanders whether questions about his health were fair", "asked what he thought …": a reported
  // question, from its question word (not the passive "was asked if …": the one asked does not ask).
  // ("asked that the sanctions be lifted" is read below, as any verb with "that".)
  if (/^(?:asked|asks)$/i.test(sv.verb) && toks[0]?.t.toLowerCase() !== 'that') {
    if (/\b(?:was|were|been|being|be|is|are|when|if|after|once|before)\s+$/iu.test(text.slice(Math.max(s.start, sv.verbStart - 12), sv.verbStart))) return null;
    // (past an object of several words and an adverb: "asked the 2016 Democratic White House contender if …", "asked
    // Clinton pointedly whether …")
    for (let k = 0; k < toks.length && k <= 8; k++) {
      const w = toks[k].t.toLowerCase();
      if (QUESTION_WORDS.has(w)) return clause(doc, s, toks[k].s, sv.verb, sv.subject, quotes);
      if (!isWord(toks[k]) || /^(?:to|about|for|that)$/.test(w)) return null;
    }
    return null;
  }
  // told reporters / told journalists / told him
  // (also as a phrasal verb's last word: "was pleased to inform the Prime Minister that …")
  if (/^(?:told|tells|informed|inform|assured|reassured|reminded|warned|urged)$/i.test(sv.verb.split(' ').pop() ?? '')) {
    // "told her counterpart during a phone call on Tuesday that …": an object and adjuncts, then that.
    let k = 0;
    // Not "told about the results of the session that was held …" (a relative clause).
    // ("told of …", "told him of the plan that …" are what was told; "the Post and Courier newspaper of Charleston" is a listener.)
    const ofTold = (k: number): boolean => toks[k].t.toLowerCase() === 'of' && (k === 0 || OBJECT_PRONOUNS.has(toks[k - 1].t.toLowerCase()));
    while (k < toks.length && k < 18 && (isWord(toks[k]) || toks[k].t === ',') && !/^(?:that|about|what|how|whether)$/i.test(toks[k].t) && !ofTold(k)) k++;
    if (toks[k]?.t.toLowerCase() === 'that') i = k;
    else if (/^(?:told|tells)$/i.test(sv.verb)) {
      // "told reporters the two sides would …": an object, then a bare clause.
      // (a listener then a pronoun only where the teller makes the report: not "Officials who told farmers they …", "never
      // told farmers they …")
      const own = !/\b(?:who|which|that|never|not|n['’]t)\s+(?:also\s+|ever\s+)?$/iu.test(text.slice(Math.max(s.start, sv.verbStart - 16), sv.verbStart));
      const k2 = objectEnd(toks, own);
      if (k2 > 0 && toks[k2] && isClauseStart(toks[k2], toks[k2 + 1])) return clause(doc, s, toks[k2].s, sv.verb, sv.subject, quotes);
      return null;
    }
  }
  // "has said for weeks he's the only candidate", "said last month they would …": a short adjunct, then a
  // clause that opens on a pronoun.
  if (toks[i] && SHORT_ADJUNCT_START.has(toks[i].t.toLowerCase()) && ZERO_THAT.has(sv.verb.toLowerCase())) {
    for (let k = i + 2; k <= i + 4 && k < toks.length; k++) {
      if (!isWord(toks[k - 1])) break;
      if (PRONOUN_CLAUSE.test(toks[k].t) && toks[k + 1] && isWord(toks[k + 1])) return clause(doc, s, toks[k].s, sv.verb, sv.subject, quotes);
    }
  }
  // "revealed to Macri he was very happy", "said to reporters they would …": the listener, then a clause on a pronoun.
  if (toks[i]?.t.toLowerCase() === 'to') {
    let k = i + 1;
    while (k < i + 4 && toks[k] && (/^\p{Lu}/u.test(toks[k].t) || OBJECT_PRONOUNS.has(toks[k].t.toLowerCase())) && !PRONOUN_CLAUSE.test(toks[k].t)) k++;
    if (k > i + 1 && toks[k] && PRONOUN_CLAUSE.test(toks[k].t) && toks[k + 1] && isWord(toks[k + 1])) return clause(doc, s, toks[k].s, sv.verb, sv.subject, quotes);
  }
  // said in a statement / on Monday / to reporters … that
  if (toks[i] && ADJUNCT_PREPS.has(toks[i].t.toLowerCase())) {
    if (infinitiveAfter(sv.verb, toks, i)) return null;
    let k = i;
    // "said at a joint news conference with X after the talks that …"; a pronoun means a clause began.
    while (k < toks.length && k < i + 13 && toks[k].t.toLowerCase() !== 'that' && toks[k].t !== '.' && (k < i + 7 || !/^(?:they|he|she|it|we|i|,)$/i.test(toks[k].t))) k++;
    // ("agreed on the need to ensure that …": the "that" of an infinitive on the way is that verb's, not the cue's; not
    // "said in a message to congressional leaders that …")
    const infinitive = toks.slice(i + 1, k).some((_, n) => infinitiveAt(toks, i + 1 + n));
    if (toks[k]?.t.toLowerCase() === 'that' && !infinitive) i = k;
    else if (/^(?:said|says|added)$/i.test(sv.verb) && /^in a statement,?$/i.test(text.slice(toks[i].s, toks[Math.min(i + 2, toks.length - 1)].e))) {
      i += 3;
      if (toks[i]?.t === ',') i++;
      if (toks[i] && CLAUSE_STARTERS.has(toks[i].t.toLowerCase())) return clause(doc, s, toks[i].s, sv.verb, sv.subject, quotes);
      return null;
    } else return null;
  }
  // Chinese MFA style: "Wang Yi said, China is willing to …" (a comma, then the clause).
  // (not a noun taken for the verb, after a clause of its own: "They opposed any attempts …, including through unlawful
  // maritime claims, the militarization of …")
  if (i === 0 && toks[0]?.t === ',' && toks[1] && !/^(?:told|tells|asked|asks)$/i.test(sv.verb) && isClauseStart(toks[1], toks[2]) && isWord(toks[2] ?? toks[1]) && !tokensIn(doc, sv.subject.start, sv.subject.end, 40).some((x) => /^\p{Ll}/u.test(x.t) && looksFinite(x.t))) {
    return clause(doc, s, toks[1].s, sv.verb, sv.subject, quotes);
  }
  if (toks[i]?.t.toLowerCase() === 'that') {
    if (!toks[i + 1]) return null;
    return clause(doc, s, toks[i + 1].s, sv.verb, sv.subject, quotes);
  }
  // "said if he were president, DACA would be …": a condition opens the reported clause (not "asked if": a question).
  if (i === 0 && SAY.test(sv.verb) && toks[0]?.t.toLowerCase() === 'if' && toks[1] && isWord(toks[1])) return clause(doc, s, toks[0].s, sv.verb, sv.subject, quotes);
  // "said Trump, despite his wealth, is …", "said they, too, have …": a subject, an aside between commas, its verb.
  // (not an inverted cue set off by commas: "The paradox, says Carl Anthony, historian at …, is that …")
  if (i === 0 && takesBareClause(sv.verb, toks, 0) && !/,\s*$/u.test(text.slice(Math.max(s.start, sv.verbStart - 3), sv.verbStart)) && subjectThenAside(toks)) return clause(doc, s, toks[0].s, sv.verb, sv.subject, quotes);
  // "said Pakistan's Sharif, adding: …": an inverted subject, not a clause.
  if (i === 0 && invertedSubject(toks)) return null;
  if (i === 0 && takesBareClause(sv.verb, toks, 0) && toks[0] && (isClauseStart(toks[0], toks[1], toks[2]) || (SAY.test(sv.verb) && isBareNounStart(toks)) || (THINK.test(sv.verb) && bareNounThenFinite(toks)) || pluralThenModal(toks))) {
    return clause(doc, s, toks[0].s, sv.verb, sv.subject, quotes);
  }
  // "confirmed he had a call", "explained they would …": a subject pronoun after any speech verb opens a clause.
  if (i === 0 && toks[0] && SUBJECT_PRONOUN.test(toks[0].t) && toks[1] && isWord(toks[1])) return clause(doc, s, toks[0].s, sv.verb, sv.subject, quotes);
  return null;
}

/**
 * The index of the "that" a speech verb's adjuncts lead to, or -1: adverbs in "-ly" ("acknowledged privately that"), a
 * time ("announced last week that", "said earlier this month that", "has said for years that", "said for the first time
 * that"), an aside between commas or dashes ("said, twice, that", "said — on Twitter, as it happens — that"), in any
 * order, up to three of them. (Prepositional adjuncts, "said in a statement that", are read in afterVerb.)
 */
function thatAfterAdjuncts(toks: Tok[]): number {
  let k = 0;
  for (let n = 0; n < 3 && k < toks.length; n++) {
    const w = toks[k].t.toLowerCase();
    if (isLyAdverb(toks[k].t)) k += toks[k + 1] && isLyAdverb(toks[k + 1].t) ? 2 : 1;
    else if (TIME_OPENERS.has(w) && toks[k + 1]) {
      let u = k + 1;
      if (/^(?:this|that|last|next)$/i.test(toks[u].t) && w !== 'this' && w !== 'last' && w !== 'next') u++;
      if (!toks[u] || !(TIME_UNITS.has(toks[u].t.toLowerCase()) || isTimeName(toks[u].t))) return -1;
      k = u + 1;
    } else if (w === 'for' && toks[k + 1]) {
      const span = FOR_DURATION.exec(toks.slice(k + 1, k + 4).map((t) => t.t.toLowerCase()).join(' '));
      if (!span) return -1;
      k += 1 + span[0].split(' ').length;
    } else if (toks[k].t === ',' || /^[-–—]$/u.test(toks[k].t)) {
      // (an aside closes with the mark that opened it: a comma within six words, a dash within twelve)
      const dash = toks[k].t !== ',';
      let c = k + 1;
      while (c < toks.length && c <= k + (dash ? 13 : 7) && toks[c].t !== toks[k].t && !/^[-–—]$/u.test(toks[c].t) && (dash || isWord(toks[c]))) c++;
      if (c === k + 1 || !toks[c] || (dash ? !/^[-–—]$/u.test(toks[c].t) : toks[c].t !== ',')) return -1;
      k = c + 1;
    } else break;
    // (a "that" a clause follows, not the pronoun: "has never said exactly that, but …")
    if (toks[k]?.t.toLowerCase() === 'that') return toks[k + 1] && isWord(toks[k + 1]) && !/^(?:but|and|or|either|neither)$/i.test(toks[k + 1].t) ? k : -1;
  }
  return -1;
}
// Words that open a time between a verb and its "that": "last week", "this month", "earlier this year", "later that day".
const TIME_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later']);
const TIME_UNITS = new Set('week weekend month year spring summer fall autumn winter morning afternoon evening night day quarter decade century term session'.split(' '));
// "for the first time", "for years", "for a long time", "for some time".
const FOR_DURATION = /^(?:the (?:first|second|third|last) time|(?:years|months|weeks|decades|days|hours)|(?:a long|some) time)\b/;

const NO_ONE = /^(?:no|none|nobody|neither|never|not one)\b/iu;
// (a sentence that asks: "Has any Japanese leader ever said that …?", "Did she say the talks failed?")
const QUESTION_OPENING = /^\s*(?:has|have|had|did|does|do|is|are|was|were|will|would|could|can|should|who|what|why|how|when|where)\b/iu;

const SAY = /^(?:said|says|say|added|adds)$/i;
// Verbs of belief, whose bare clause may open with a noun phrase without a determiner when its verb follows soon:
// "We believe bilateral trade and investment ties are the foundation …", "thinks economic growth will …".
const THINK = /^(?:believe|believes|believed|think|thinks|thought)$/i;
const QUESTION_WORDS = new Set('whether if what who whom how why when where which'.split(' '));
const SHORT_ADJUNCT_START = new Set('for last this on in at during over earlier'.split(' '));
const TITLES_WITH_DOT = new Set([...HONORIFICS.filter((h) => h.endsWith('.')), ...DOTTED_TITLES]);

/** Capitalised words and nothing else up to a comma or the end: "Pakistan's Sharif, adding …". */
function invertedSubject(toks: Tok[]): boolean {
  let k = 0;
  while (k < toks.length && k < 8 && ((isWord(toks[k]) && /^\p{Lu}/u.test(toks[k].t)) || isNameDot(toks, k))) k++;
  // "said Tanzania, which mines gold, wanted …" is a clause whose subject has a relative clause.
  return k > 0 && (k === toks.length || (/^[,.;:]$/.test(toks[k].t) && !/^(?:which|who|whose|where|as)$/i.test(toks[k + 1]?.t ?? '')));
}
// Words that open an aside between a subject and its verb.
const ASIDE_WORDS = new Set([...ASIDE_OPENERS, 'despite', 'too', 'though', 'also', 'perhaps', 'like', 'unlike', 'instead', 'moreover', 'nevertheless', 'of']);
/**
 * A pronoun or a name, then an aside between commas, then a finite verb: "Trump, despite his wealth, is …", "they,
 * too, have …" (not "said Lavrov, in a statement." nor "said Sharif, adding …": no finite verb after the aside).
 */
function subjectThenAside(toks: Tok[]): boolean {
  let k = 0;
  if (toks[0] && SUBJECT_PRONOUN.test(toks[0].t)) k = 1;
  else while (k < toks.length && k < 5 && ((isWord(toks[k]) && /^\p{Lu}/u.test(toks[k].t)) || isNameDot(toks, k))) k++;
  if (k === 0 || toks[k]?.t !== ',' || !ASIDE_WORDS.has(toks[k + 1]?.t.toLowerCase() ?? '')) return false;
  for (let c = k + 2; c < toks.length && c < k + 10; c++) {
    if (toks[c].t === ',') return !!toks[c + 1] && (FINITE.test(toks[c + 1].t) || IRREGULAR_VERBS.has(toks[c + 1].t));
    if (!isWord(toks[c]) && !isNameDot(toks, c)) return false;
  }
  return false;
}
const NOT_CLAUSE = new Set(
  'to in on at for with by from about after before during following as of nothing so yes no goodbye hello thanks this little much more less something anything everything why how whether if when what could would should will can may might must is was were are has have had'.split(' '),
);

/** "said truck drivers had waited …": a clause opening with a plain noun (four words, three ending the sentence, or up to a finite verb). */
function isBareNounStart(toks: Tok[]): boolean {
  if (toks.length < 3 || sameAsObject(toks[0], toks[1], toks[2])) return false;
  // "said pro-Trump forces attempted …": a hyphenated modifier opens a noun phrase too.
  if (!/^\p{Ll}+(?:-\p{L}+)*$/u.test(toks[0].t) || NOT_CLAUSE.has(toks[0].t) || /ly$/.test(toks[0].t)) return false;
  // Four words, or three that end the sentence ("said people misunderstand Trump."), or a noun phrase with commas of
  // its own up to a finite verb ("said comments from Rice, Rhodes and Panetta were consistent …").
  if (toks.length >= 4 && toks.slice(0, 4).every(isWord)) return true;
  // (not a verb and its object: "a closure that traders say cost them dearly")
  // (nor a noun and its prepositional phrase: "said prayers before dinner")
  if (toks.slice(0, 3).every(isWord) && (toks.length === 3 || /^[.!?;]$/.test(toks[3].t)) && !OBJECT_PRONOUNS.has(toks[1].t.toLowerCase()) && !NOT_CLAUSE.has(toks[1].t.toLowerCase())) return true;
  for (let k = 1; k < toks.length && k < 12; k++) {
    if (FINITE.test(toks[k].t)) return true;
    if (!isWord(toks[k]) && toks[k].t !== ',') return false;
  }
  return false;
}

/** Up to five words of a noun phrase with no determiner, then a finite verb: "bilateral trade ties are …", "cooperation on energy is …". */
function bareNounThenFinite(toks: Tok[]): boolean {
  if (!toks[0] || !/^\p{Ll}+(?:-\p{L}+)*$/u.test(toks[0].t) || NOT_CLAUSE.has(toks[0].t) || /ly$/.test(toks[0].t)) return false;
  for (let k = 1; k < toks.length && k < 6; k++) {
    if (FINITE.test(toks[k].t)) return true;
    if (!isWord(toks[k]) || (NOT_CLAUSE.has(toks[k].t.toLowerCase()) && !NP_PREPOSITIONS.has(toks[k].t))) return false;
  }
  return false;
}
// Prepositions inside such a noun phrase: "cooperation on energy security is critical".
const NP_PREPOSITIONS = new Set(['of', 'on', 'in', 'for', 'with']);

/** A plural noun (and one word before it) and then a modal or "be"/"have": "insist delegates must heed …", "warn investors could …". */
function pluralThenModal(toks: Tok[]): boolean {
  const plural = (t: Tok | undefined) => !!t && /^\p{Ll}{3,}s$/u.test(t.t) && !NOT_CLAUSE.has(t.t) && !/ly$/.test(t.t);
  if (plural(toks[0]) && FINITE.test(toks[1]?.t ?? '')) return true;
  return /^\p{Ll}+$/u.test(toks[0]?.t ?? '') && !NOT_CLAUSE.has(toks[0].t) && plural(toks[1]) && FINITE.test(toks[2]?.t ?? '');
}

const DETERMINERS = new Set(['the', 'a', 'an', 'state', 'local', 'foreign']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists', 'parliament', 'lawmakers', 'media', 'press', 'supporters', 'delegates', 'diplomats', 'students']);

/** Where the object of "told" ends: "reporters", "him", "the newspaper", "state television" (0 if none). */
function objectEnd(toks: Tok[], listener = true): number {
  const w0 = toks[0]?.t.toLowerCase();
  if (!w0) return 0;
  // "told her the talks …" (her is the object), not "told her counterpart X …" (her is a determiner).
  if (w0 === 'her') return toks[1] && CLAUSE_STARTERS.has(toks[1].t.toLowerCase()) ? 1 : 0;
  if (OBJECT_PRONOUNS.has(w0)) return 1;
  if (DETERMINERS.has(w0) && toks[1] && /^\p{Ll}+$/u.test(toks[1].t) && !CLAUSE_STARTERS.has(toks[1].t)) return 2;
  // "told the AP his firm …", "told The Times she …": an outlet's name, then the clause on a determiner or pronoun.
  // So does a name without "the": "told Reuters they …", "told POLITICO he …", "told Kimaro their …".
  const first = w0 === 'the' ? 1 : 0;
  if (toks[first] && /^\p{Lu}/u.test(toks[first].t) && (first === 1 || !CLAUSE_STARTERS.has(w0))) {
    let k = first;
    while (k < first + 3 && toks[k + 1] && /^\p{Lu}/u.test(toks[k + 1].t)) k++;
    const next = toks[k + 1]?.t.toLowerCase() ?? '';
    if (CLAUSE_STARTERS.has(next) && next !== 'the' && next !== 'a' && next !== 'an') return k + 1;
  }
  // "told voters she’s with them", "told his audience they wouldn’t …", "told Breitbart News he’d …": a listener of a
  // few words, then a clause on a subject pronoun.
  for (let k = 1; listener && k < 5 && toks[k + 1]; k++) {
    if (!isWord(toks[k - 1]) || LISTENER_ENDS.has(toks[k - 1].t.toLowerCase())) break;
    if (PRONOUN_CLAUSE.test(toks[k].t) && isWord(toks[k + 1])) return k;
  }
  return 0;
}
// Words after which no listener goes on: "told of …", "told them to …", "told reporters that …".
const LISTENER_ENDS = new Set('that to about of for with by on in at what how whether if when and or'.split(' '));

/** "say the same about …", "said the opposite.": an object, not a clause ("said the same thing would happen" is one). */
function sameAsObject(t: Tok, next: Tok | undefined, after: Tok | undefined): boolean {
  return t.t.toLowerCase() === 'the' && /^(?:same|opposite)$/i.test(next?.t ?? '') && (!after || !isWord(after) || NOT_CLAUSE.has(after.t.toLowerCase()));
}

const APPROXIMATELY = new Set('about nearly almost roughly around only just over under'.split(' '));
const AMOUNT_WORDS = new Set('half a one two three four five six seven eight nine ten dozens hundreds thousands millions'.split(' '));

function isClauseStart(t: Tok, next: Tok | undefined, after?: Tok): boolean {
  const w = t.t.toLowerCase();
  // Not "say the same about …", "said the opposite": an object, not a subject; nor "said this to newsmen", "said it
  // in a statement": a pronoun that is the object, before the verb's adjunct.
  if (/^(?:this|it|these|those)$/.test(w) && ADJUNCT_PREPS.has(next?.t.toLowerCase() ?? '')) return false;
  // ("said her $4.5 billion fortune was …": a possessive before an amount)
  if (CLAUSE_STARTERS.has(w)) return !!next && (isWord(next) || (POSSESSIVES.has(w) && /^[\d$€£¥]/u.test(next.t))) && !sameAsObject(t, next, after);
  // "said he’s certain …", "said they’d go", "said that’s what he expected": a pronoun with its verb contracted
  // is a clause on its own.
  const contracted = /^(.+)['’](?:s|re|ve|d|ll|m)$/u.exec(w);
  if (contracted && (CLAUSE_STARTERS.has(contracted[1]) || contracted[1] === 'that') && contracted[1] !== 'the') return true;
  // A number or year as the subject, shown by a finite verb after it: "said 2021 had been the best year".
  // ("said 2,093 of the emails were redacted", "said 42% of voters …", "said 20 people were killed": a count of
  // something, then its verb.)
  if (/^\d[\d,.]*$/.test(t.t)) return !!next && (FINITE.test(next.t) || /^(?:%|percent|per|of)$/i.test(next.t) || (next.t === ',' && /^\d{3}$/.test(after?.t ?? '')) || (/^\p{Ll}+$/u.test(next.t) && FINITE.test(after?.t ?? '')));
  // A capitalised name or country starting the clause: "said Belarus and Russia share …",
  // "said Australia, which mines half the world's lithium, wanted …".
  // An acronym opens one too: "said CNN had tweeted …", "said HLN’s coverage would …"; so does a title
  // with its full stop: "said Mr. Kasich should leave …".
  if (next?.t === '.' && next.s === t.e && TITLES_WITH_DOT.has(t.t + '.') && /^\p{Lu}/u.test(after?.t ?? '')) return true;
  // "said about half of the adjustment reflected …": an amount opens one too.
  if (APPROXIMATELY.has(w) && next && (/^\d/.test(next.t) || AMOUNT_WORDS.has(next.t.toLowerCase()))) return true;
  // "said more than 1 million donors made …", "said at least 40 people were …".
  if (/^(?:more|fewer|less|at)$/.test(w) && /^(?:than|least)$/i.test(next?.t ?? '') && !!after && (/^\d/.test(after.t) || AMOUNT_WORDS.has(after.t.toLowerCase()))) return true;
  return /^\p{Lu}(?:\p{Ll}|[\p{Lu}\d]+(?:['’]s)?$)/u.test(t.t) && !!next && (isWord(next) || (next.t === ',' && /^(?:which|who|as)$/i.test(after?.t ?? '')));
}

function subjectBefore(doc: ParsedDocument, s: Sentence, at: number): Span | null {
  const toks = tokensIn(doc, s.start, at, 12);
  // (a title's full stop too: "Mr. Sullivan reiterated his belief that …")
  if (toks.length && toks.length <= 10 && toks.every((t, k) => isWord(t) || t.t === ',' || isNameDot(toks, k))) return { start: toks[0].s, end: toks[toks.length - 1].e };
  // "Speaking at a reception for Ambassador X in Hanoi, Chinh expressed his belief that …": the words after the
  // opening phrase's comma.
  const wide = tokensIn(doc, s.start, at, 40);
  let comma = wide.length - 1;
  while (comma >= 0 && wide[comma].t !== ',') comma--;
  const tail = comma >= 0 ? wide.slice(comma + 1) : [];
  if (comma > 0 && tail.length >= 1 && tail.length <= 4 && tail.every(isWord) && /^\p{Lu}/u.test(tail[0].t)) return { start: tail[0].s, end: tail[tail.length - 1].e };
  // "The minister welcomed the decision on … and expressed confidence that …": the sentence's subject.
  if (/\band\s+(?:also\s+)?$/u.test(doc.text.slice(Math.max(s.start, at - 12), at))) return leadingSubject(doc, s.start, s.end);
  // "The leaders discussed Egypt's role … and President el-Sisi expressed his confidence that …": a second clause's
  // own subject, a name of two to four words after "and".
  const from = Math.max(s.start, at - 80);
  const second = SECOND_SUBJECT.exec(doc.text.slice(from, at));
  if (second) return { start: from + second.index + second[0].length - second[1].length, end: from + second.index + second[0].length - second[1].length + second[1].trimEnd().length };
  return null;
}

// (the subject may be two: "… and President Ionescu and Prime Minister Marchenko expressed …")
const SECOND_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3}-\p{Lu}[\p{L}'’.-]*)){1,3}`;
const SECOND_SUBJECT = new RegExp(String.raw`\band\s+(${SECOND_NAME}(?:\s+and\s+${SECOND_NAME})?\s+)(?:also\s+)?$`, 'u');

/** "SUBJ VERB1 … and SPEECH-VERB that …": the speech verb coordinated with the sentence's first verb, taking a clause. */
function coordinated(doc: ParsedDocument, s: Sentence): SubjectVerb | null {
  // "… and said that …", or "thanked India for … and said Male valued …" (a verb that takes a bare clause).
  return coordinatedSpeechVerb(doc, s.start, s.end, (toks, next) => {
    const t = toks[next];
    const bare = !!t && takesBareClause(toks[next - 1].t, toks, next) && isClauseStart(t, toks[next + 1]) && !OBJECT_PRONOUNS.has(t.t.toLowerCase());
    // "… and told reporters the two would …": afterVerb reads the object and the clause.
    return t?.t.toLowerCase() === 'that' || bare || /^(?:told|tells)$/i.test(toks[next - 1].t);
  });
}

// ", saying …", "…,” saying …", "released a statement saying …", "responded by saying …": the sentence's subject speaks.
const PARTICIPLE_REPORT = new RegExp(`(?:,["”’»]?\\s+(?:and\\s+|while\\s+)?(?:also\\s+)?(?:\\p{Ll}{3,}ly\\s+)?|\\b(?:statement|tweet|letter|post|message|note|email|release)\\s+|\\bby\\s+)(${REPORTING_PARTICIPLES.join('|')})\\s+(that\\s+)?`, 'u');

const BARE_CLAUSE_PARTICIPLES = new Set(['saying', 'claiming', 'arguing', 'insisting', 'warning', 'predicting', 'suggesting', 'writing', 'tweeting']);

/** "SUBJ VERB …, saying (that) CLAUSE": the report of the sentence's subject. */
function participleReport(doc: ParsedDocument, s: Sentence, quotes: Span[]): IndirectCandidate | null {
  const m = PARTICIPLE_REPORT.exec(s.text);
  if (!m || m.index < 8) return null;
  const from = s.start + m.index + m[0].length;
  if (quotes.some((q) => q.start <= from + 1 && from < q.end)) return null;
  // Without "that" only verbs that take a bare clause: not "noting two conversations", "stressing the need".
  if (!m[2]) {
    if (!BARE_CLAUSE_PARTICIPLES.has(m[1])) return null;
    const toks = tokensIn(doc, from, s.end, 6);
    if (!toks[0] || !(isClauseStart(toks[0], toks[1], toks[2]) || isBareNounStart(toks))) return null;
  }
  // ("A was met by hundreds of farmers outside parliament, complaining that …": the agent of a passive is nearer)
  if (PASSIVE_AGENT_BEFORE.test(s.text.slice(Math.max(0, m.index - 160), m.index))) return null;
  const subject = leadingSubject(doc, s.start, s.start + m.index);
  if (!subject) return null;
  return clause(doc, s, from, m[1], subject, quotes);
}
const PASSIVE_AGENT_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|et|t)\s+by\s[^,;]*$/u;

/**
 * Where a relative clause about the speaker closes: a comma before the main verb ("Podesta, who said A, said B";
 * "…, left for Moscow"), not a comma inside a list ("workers, families and …") or one that closes an inserted
 * phrase ("the measure, if passed, would …": the commas pair up). -1 when none.
 */
function relativeClose(text: string): number {
  let commas = 0;
  for (const m of matchesOf(/,\s+(\p{Ll}+)\b/gu, text)) {
    const word = m[1];
    if (commas % 2 === 0 && (looksFinite(word) || isSpeechVerb(word))) return m.index ?? -1;
    commas++;
  }
  return -1;
}

/**
 * "… with help from Labor Secretary Thomas Perez, who said he expects …", "Podesta, who said (in an interview
 * that) A, said B": a relative clause's report is its antecedent's, and ends where the relative clause closes.
 */
function relativeReport(doc: ParsedDocument, s: Sentence, quotes: Span[]): IndirectCandidate | null {
  const head = s.text.slice(0, 600);
  // (the pattern needs a literal "who": most sentences have none, and the test is far cheaper than the pattern)
  const rel = head.includes('who') ? RELATIVE_WHO_SAID.exec(head) : null;
  if (!rel || !isSpeechVerb(rel[2]) || OBJECT_FIRST_VERBS.has(rel[2].toLowerCase())) return null;
  let st = s.start + rel.index + rel[0].indexOf(rel[1]);
  let subjectEnd = st + rel[1].length;
  // "Sen. Dianne Feinstein of California, the ranking Democrat on the Senate Intelligence Committee, who said …":
  // the relative clause is the named person's, not the committee's at the end of the apposition.
  const from = Math.max(s.start, st - 200);
  const appo = APPOSITION_BEFORE.exec(doc.text.slice(from, st));
  if (appo) {
    st = from + appo.index;
    subjectEnd = st + appo[1].length;
  }
  const vs = s.start + rel.index + rel[0].length - rel[2].length;
  const r = afterVerb(doc, s, quotes, { subject: { start: st, end: subjectEnd }, verb: rel[2], verbStart: vs, verbEnd: vs + rel[2].length });
  if (!r) return null;
  const close = relativeClose(doc.text.slice(r.start, r.end));
  return (close >= 0 ? make(doc, s, r.start, r.start + close, r.cue, r.subject) : null) ?? r;
}

/** "…, adding that CLAUSE": said by the subject of the sentence's main report, or of its quote. */
function addingThat(doc: ParsedDocument, s: Sentence, quotes: Span[], main: IndirectCandidate | null): IndirectCandidate | null {
  const m = ADDING.exec(s.text);
  if (!m) return null;
  const from = s.start + m.index + m[0].length;
  if (quotes.some((q) => q.start <= from && from < q.end)) return null;
  if (main && from <= main.start) return null;
  // "… but that …" repeats the main report's verb.
  if (m[4] && !main) return null;
  const c = clause(doc, s, from, m[1] ?? m[2] ?? m[3] ?? main?.cue ?? 'adding', main?.subject ?? null, quotes);
  return c;
}

/**
 * A second report with a subject of its own in `text`; a pronoun only after a comma ("…, but he said …"): "she had
 * spoken with X and he said …" is more of what she said.
 */
function secondSubject(text: string): RegExpExecArray | null {
  const m = SECOND_REPORT.exec(text);
  return m && (m[0].startsWith(',') || !/^(?:he|she|they|we)$/.test(m[1])) ? m : null;
}

/** "X said A, but he said B", "Some said A and others have said B": B, with its own subject. */
function secondReport(doc: ParsedDocument, s: Sentence, quotes: Span[], main: IndirectCandidate): IndirectCandidate | null {
  const rest = doc.text.slice(main.end, s.end);
  const m = secondSubject(rest);
  // "… announced he would step down, but said his party would stay": the same speaker's second verb, with its clause.
  if (!m || m.index > 3) {
    const co = SECOND_VERB_CLAUSE.exec(rest);
    if (!co || !main.subject) return null;
    // (after a bare "and" the verb may go on with the report's own subject when that is someone: "said Kimaro had
    // raised it and reiterated that …"; not "reiterated that this competition should not … and underscored that …")
    if (/^\s+and/u.test(co[0]) && PERSON_OPENING.test(main.text)) return null;
    const from = main.end + co[0].length;
    const toks = tokensIn(doc, from, s.end, 4);
    if (!co[2] && !(toks[0] && ZERO_THAT.has(co[1].toLowerCase()) && isClauseStart(toks[0], toks[1], toks[2]))) return null;
    if (quotes.some((q) => q.start <= from && from < q.end)) return null;
    return clause(doc, s, from, co[1], main.subject, quotes);
  }
  const at = main.end + m.index + m[0].indexOf(m[1], m[0].search(/\s(?:but|and|while|whereas|yet)\s/u) + 1);
  const from = main.end + m.index + m[0].length;
  if (quotes.some((q) => q.start <= from && from < q.end)) return null;
  return clause(doc, s, from, m[2], { start: at, end: at + m[1].length }, quotes);
}

/** "According to SUBJ, CLAUSE." and "CLAUSE, according to SUBJ." */
function accordingTo(doc: ParsedDocument, s: Sentence, quotes: Span[]): IndirectCandidate | null {
  const lead = /^(?:(?:\p{Lu}\p{Ll}+|In particular|For example|Meanwhile),\s+)?[Aa]ccording to\s+/u.exec(s.text);
  if (lead) {
    const rest = s.text.slice(lead[0].length);
    // (not a date's comma: "According to his statement on June 5, 2022, …")
    const comma = rest.search(/(?<!\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}),|,(?!\s\d{4}\b)/u);
    if (comma > 0 && comma <= 240) {
      const subject = issuer(doc, s.start + lead[0].length, s.start + lead[0].length + comma);
      let from = s.start + lead[0].length + comma + 1;
      while (from < s.end && /\s/.test(doc.text[from])) from++;
      return clause(doc, s, from, 'according to', subject, quotes);
    }
    return null;
  }
  const tail = /,\s+according to\s+([^;:!?]{2,240}?)[.!?]?$/u.exec(s.text);
  if (tail && tail.index > 0) {
    const subjStart = s.start + tail.index + tail[0].indexOf(tail[1]);
    // "according to a joint statement issued after talks between A and B in Riyadh": the source is
    // the noun phrase, not what follows it.
    let subject = { start: subjStart, end: subjStart + tail[1].length };
    const cut = /,|\s+(?:issued|released|published|posted|made|seen|obtained|after|following|which|that|who|on|in|at|by|from)\b/u.exec(tail[1]);
    // A source in mid-sentence: "The two sides, according to a statement, agreed …", "Since November, according to
    // Human Rights Watch, forces have killed …" report the whole sentence; "…, according to the agency, and there
    // were …" the clause before it.
    if (cut && cut[0] === ',' && !/^,\s*(?:who|which|citing|issued|released|published|quoted)\b/u.test(tail[1].slice(cut.index))) {
      // (a source names someone or something that speaks or records: not "according to tradition", "to plan")
      if (!SOURCE_WORDS.test(tail[1].slice(0, cut.index))) return null;
      const source = issuer(doc, subjStart, subjStart + cut.index);
      if (/^,\s*(?:and|but|while|whereas|although|though|yet)\b/u.test(tail[1].slice(cut.index))) return clauseBefore(doc, s, s.start + tail.index, 'according to', source, quotes);
      if (quotes.some((q) => q.start < s.end && q.end > s.start)) return null;
      return make(doc, s, s.start, s.end, 'according to', source);
    }
    if (cut && cut.index >= 2) {
      subject = issuer(doc, subjStart, subject.end);
      if (subject.start === subjStart) subject = { start: subjStart, end: subjStart + cut.index };
    }
    return clauseBefore(doc, s, s.start + tail.index, 'according to', subject, quotes);
  }
  return null;
}

// The lower-case words of a title in capitals: its small words and its head ("… (MEA) spokesperson").
const TITLE_SMALL = new Set(['of', 'for', 'the', 'and', ...TITLES.flatMap(([t]) => t.toLowerCase().split(/[\s-]+/))]);

/**
 * "… the G5 Sahel, its member states, and MINUSMA.", "… mutual opening, continued communication, cooperation, and mutual
 * respect;": after what looked like a cue, the sentence ends on more items of a list (", and" or ", or", no verb), so
 * the cue was a noun of the list.
 */
function listTailAfter(toks: Tok[], at: number): boolean {
  // (not an apposition after a name: "said Jane Doe, a professor at Yale, and a former adviser")
  if (toks[at]?.t !== ',' || /^(?:a|an|the)$/i.test(toks[at + 1]?.t ?? '')) return false;
  let and = false;
  for (let k = at + 1; k < toks.length && k <= at + LIST_TAIL; k++) {
    const w = toks[k].t;
    if (/^[.;!?]$/.test(w)) return and;
    if (w === ',') continue;
    if (!isWord(toks[k]) || looksFinite(w.toLowerCase())) return false;
    // (a list's "and" follows a comma: not an apposition's "said Katie Harbath, Facebook's global politics and
    // government outreach director")
    if (/^(?:and|or)$/i.test(w) && toks[k - 1].t === ',') and = true;
  }
  return and && toks.length <= at + LIST_TAIL + 1;
}
const LIST_TAIL = 10;

/**
 * "agreed to coordinate …": a verb that takes an infinitive, then "to" and a word in lower case that opens no listener
 * (no determiner, no "reporters"). After any other verb, an infinitive is "to" and a base verb (infinitiveAt).
 */
function infinitiveAfter(verb: string, toks: Tok[], at: number): boolean {
  const next = toks[at + 1]?.t ?? '';
  if (!INFINITIVE_VERBS.has(verb.toLowerCase())) return false;
  return toks[at]?.t.toLowerCase() === 'to' && /^\p{Ll}/u.test(next) && !LISTENER_START.has(next) && !OBJECT_PRONOUNS.has(next);
}
const LISTENER_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'all', 'both', 'each']);

/** "to ensure", "to address": "to" and a base verb (rules/agenda.ts's BASE_VERBS), whatever verb came before. */
function infinitiveAt(toks: Tok[], at: number): boolean {
  return toks[at]?.t.toLowerCase() === 'to' && BASE_VERB.has(toks[at + 1]?.t ?? '');
}
const BASE_VERB = new Set(BASE_VERBS);

/** "CLAUSE, SUBJ said [adjuncts]." and "CLAUSE, said SUBJ." */
function trailing(doc: ParsedDocument, s: Sentence, quotes: Span[]): IndirectCandidate | null {
  const text = doc.text;
  const toks = tokensIn(doc, s.start, s.end, 400);
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].t !== ',') continue;
    // Three words before the comma are a claim only with a finite verb ("Sales were great, he said"), not
    // an opening phrase ("In the end, he said, …"); fewer only open a sentence the cue interrupts
    // ("Still, he said, officials have to decide …").
    const short = k < MIN_WORDS || (k === MIN_WORDS && !toks.slice(0, k).some((x) => FINITE.test(x.t)));
    // Nor is a title, in capitals but for its head ("Ministry of External Affairs (MEA) spokesperson, Randhir Jaiswal said").
    if (/^\p{Ll}/u.test(toks[k - 1].t) && TITLE_SMALL.has(toks[k - 1].t) && toks.slice(0, k).every((x) => !isWord(x) || /^\p{Lu}/u.test(x.t) || TITLE_SMALL.has(x.t))) continue;
    // Inverted: ", said the minister."
    const inv = speechVerbAt(text, toks, k + 1);
    if (short && inv) continue;
    // Nor is a participle (", saying conservatives need to …": its subject is the sentence's).
    if (inv && (OBJECT_FIRST_VERBS.has(inv.verb.toLowerCase()) || PLURAL.has(inv.verb.toLowerCase()) || /ing$/.test(inv.verb.split(' ')[0]))) continue;
    if (inv) {
      const j = invertedSubjectEnd(text, toks, inv.next);
      if (j > 0 && !listTailAfter(toks, j)) return clauseBefore(doc, s, toks[k].s, inv.verb, { start: toks[inv.next].s, end: toks[j - 1].e }, quotes);
      continue;
    }
    // "…, Ance Maylany, first secretary of the embassy, said": a name and its apposition between commas.
    let appositionAt = -1;
    for (let v = k + 2; v < Math.min(toks.length, appositionAt > 0 ? appositionAt + 24 : k + 12) && isWord(toks[k + 1]); v++) {
      if (toks[v].t === ',' && appositionAt < 0 && v <= k + 5 && /^\p{Lu}/u.test(toks[k + 1].t)) {
        appositionAt = v;
        continue;
      }
      // The apposition closes with a comma right before the verb.
      if (toks[v].t === ',' && appositionAt > 0 && speechVerbAt(text, toks, v + 1)) continue;
      // (The apposition may hold a list of its own: "first secretary for information, social, and cultural affairs".)
      if (!isWord(toks[v]) && !isNameDot(toks, v) && (!SUBJECT_PUNCT.has(toks[v].t) || (toks[v].t === ',' && appositionAt < 0))) break;
      const sv = speechVerbAt(text, toks, v);
      if (!sv) continue;
      // "…, in what officials described as …" is the writer's framing, not a report.
      if (/^(?:described|describes|called|calls)$/i.test(sv.verb)) break;
      if (TRAILING_SUBJECT_STOP.has(toks[k + 1].t.toLowerCase())) break;
      // "…, a commitment that the Vice President announced on behalf of …": a relative clause whose object is the noun
      // before it, no trailing attribution (not "a source who asked not to be named said").
      // (not "a spokesman for the utility that operates the plant said": there "that" is its own clause's subject)
      if (toks.slice(k + 2, v).some((x, n) => /^(?:that|which)$/i.test(x.t) && RELATIVE_OBJECT_START.test(toks[k + 3 + n]?.t ?? ''))) break;
      // ", it was noted": a passive has no speaker.
      if (PASSIVE.has(toks[v - 1].t.toLowerCase())) break;
      if (appositionAt > 0 && toks[v - 1].t !== ',') break;
      // "…, Retno told reporters.", "…, Lavrov told the media following talks": the object of "told" comes first.
      const afterAt = sv.next + (/^(?:told|tells)$/i.test(sv.verb) ? objectEnd(toks.slice(sv.next, sv.next + 6)) : 0);
      const after = toks[afterAt];
      // ("told reporters Tuesday", "told lawmakers late Monday", "told him bluntly": a day or an adverb after the object)
      const ends = !after || /^[.!?]$/.test(after.t) || after.t === ',' || TRAILING_ADJUNCT.has(after.t.toLowerCase()) || isTimeName(after.t) || /^(?:late|early|\p{Ll}+ly)$/u.test(after.t);
      if (!ends || infinitiveAfter(sv.verb, toks, afterAt) || listTailAfter(toks, afterAt)) break;
      // "In her opening remarks, Morimoto said, “We face …”": the verb introduces a quote; what
      // stands before it is no claim.
      if (/^\s*[,:]?\s*["“«‘]/u.test(text.slice(sv.end, sv.end + 4))) break;
      // "X met Y on Wednesday, Kazinform correspondent reports, citing the ministry's press service": the
      // wire's sourcing line, not a report of anyone's words.
      if (/\b(?:correspondents?|reporters?)$/i.test(toks[v - 1].t) || /^\s*,\s*citing\b/iu.test(text.slice(sv.end, sv.end + 12))) break;
      let j = appositionAt > 0 ? appositionAt : v;
      while (j > k + 1 && /^(?:also|further|then|later|has|had|again)$/i.test(toks[j - 1].t)) j--;
      const subject = { start: toks[k + 1].s, end: toks[j - 1].e };
      // "A new campaign manager, he said, could set a new tone": the cue interrupts the claim, which goes on to
      // the end of the sentence.
      // (A subject of a few words without a preposition: not "cooperation among regional states, without …"; and
      // not when what follows attaches to the cue: "The election was rigged, Trump said, without offering any evidence".)
      if (after?.t === ',' && j - (k + 1) <= 5 && !toks.slice(k + 1, j).some((x) => PREPOSITIONS.has(x.t)) && interrupts(toks, afterAt + 1)) {
        const around = clauseAround(doc, s, sv.verb, subject, quotes);
        if (around) return around;
      }
      if (short) break;
      // "At a Thursday rally in Modesto, Sanders said …", "Racking up a string of victories, X told …": an opening
      // phrase with no verb of its own is no claim ("During a ceremony, hosted at the palace, X conveyed …": a
      // participle right after the opening phrase's comma, before its preposition, is no verb of its own; not
      // "In Istanbul, the two sides, however, agreed on …").
      const firstComma = toks.findIndex((x) => x.t === ',');
      if (OPENER.test(toks[0].t) && !toks.slice(0, k).some((x, i) => looksFinite(x.t) && !(i === firstComma + 1 && PREPOSITIONS.has(toks[i + 1]?.t ?? '')))) break;
      return clauseBefore(doc, s, toks[k].s, sv.verb, subject, quotes);
    }
  }
  return null;
}

/** A word that may be a clause's finite verb: an auxiliary or modal, a past in -ed, an irregular past. */
const looksFinite = (w: string): boolean => FINITE.test(w) || /^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_VERBS.has(w);
// Words that open a sentence's adjunct or subordinate clause, and participles: "At a rally, …", "Racking up …".
const OPENER = /^(?:In|At|On|When|As|Despite|After|Before|While|Since|Although|Though|If|For|From|During|With|Without|Under|Over|Through|Amid|Following|Upon|\p{Lu}\p{Ll}+ing)$/u;
const PREPOSITIONS = new Set('of among in on for with to from by at about between'.split(' '));
// What may follow a cue's comma without going on with the claim: a participle or another report
// (", adding that …"), a relative clause about the speaker (", who …"), a source (", citing …"), an adjunct or a
// subordinate clause of the cue's own (", without offering any evidence", ", because he was not authorized …").
const NOT_CONTINUATION = new RegExp(
  `^(?:\\p{Ll}+ing|${'who whom whose which according and but as in at on during after before when while without with because though although despite amid following to for from by since until if unless than where'.split(' ').join('|')})$`,
  'u',
);

/** The rest of a sentence after an interrupting cue's comma: three words or more that go on with the claim. */
function interrupts(toks: Tok[], from: number): boolean {
  if (from >= toks.length || !isWord(toks[from]) || NOT_CONTINUATION.test(toks[from].t)) return false;
  let words = 0;
  for (let k = from; k < toks.length && words < 3; k++) if (isWord(toks[k])) words++;
  return words >= 3;
}

/** "X, he said, Y.": the whole sentence is the claim (the cue inside it is left in the span). */
function clauseAround(doc: ParsedDocument, s: Sentence, cue: string, subject: Span, quotes: Span[]): IndirectCandidate | null {
  let end = s.end;
  while (end > s.start && /[\s.!?]/.test(doc.text[end - 1])) end--;
  if (quotes.some((q) => q.start < end && q.end > s.start)) return null;
  return make(doc, s, s.start, end, cue, subject);
}

function clause(
  doc: ParsedDocument,
  s: Sentence,
  from: number,
  cue: string,
  subject: Span | null,
  quotes: Span[],
): IndirectCandidate | null {
  let end = s.end;
  // Stop where a direct quote begins and runs on to the end of the sentence; a clause that starts
  // with a quote is the quote's.
  for (const q of quotes) {
    if ((q.start - 1 <= from && from < q.end) || (q.start > from && q.start - from < 4 && /^[\s"“”«»‘’']*$/u.test(doc.text.slice(from, q.start)))) return null;
    // (Not when the quote is most of the clause: 'said he and Widodo had a “fruitful and honest discussion …”'; but
    // a quote joined on by "and" that speaks in the first person or opens like a sentence is a clause of its own:
    // 'said the atmospherics were warm and “in our relationship …”', 'a shared commitment to the Pacific “and I think
    // …”', 'were productive and “the partnership has never been stronger”' — unlike 'said Japan would stand by
    // Australia and “never accept any unilateral change …”', which goes on with the report.)
    if (q.start > from && q.start < end && q.end >= s.end - 3) {
      // (the words right before the quote and its first words only: a text of thousands of marks stays linear)
      const at = Math.max(from, q.start - 16);
      const before = doc.text.slice(at, q.start);
      const head = doc.text.slice(q.start, Math.min(q.end, q.start + 300));
      const ownClause = FIRST_PERSON_WORD.test(head) || CLAUSE_OPENING.test(head);
      const joined = !ownClause ? null : /\s+and\s*[“"‘'`]*$/u.exec(before) ?? (/^[“"‘'`]*and\s/u.test(head) ? /\s*[“"‘'`]*$/u.exec(before) : null);
      // ('said the accord was only a beginning: “We will meet again …”': a colon hands over to the quotation)
      const introduced = /:\s*[“"‘'`]*$/u.exec(before);
      if (introduced) end = at + introduced.index;
      else if (joined) end = at + joined.index;
      else if (q.end - q.start < q.start - from) end = q.start - 1;
    }
  }
  return make(doc, s, from, end, cue, subject);
}

function clauseBefore(
  doc: ParsedDocument,
  s: Sentence,
  end: number,
  cue: string,
  subject: Span,
  quotes: Span[],
): IndirectCandidate | null {
  // "“…,” he said" is a direct quote's attribution; a partial quote inside the claim is not
  // ('India will "always be the first responder" for its neighbours, Mr X said').
  if (quotes.some((q) => q.start < end && q.end >= s.start && (q.start - s.start <= 2 || q.end >= end - 3))) return null;
  // "Rep. Glenn Thompson, R-Pa., said of …": a name and its tag are the speaker, not a claim (a claim has a word in lower case).
  if (!/(?<![\p{L}\p{M}-])\p{Ll}{2,}/u.test(doc.text.slice(s.start, end))) return null;
  return make(doc, s, s.start, end, cue, subject);
}

function make(doc: ParsedDocument, s: Sentence, from: number, to: number, cue: string, subject: Span | null): IndirectCandidate | null {
  const text = doc.text;
  // "No Japanese foreign minister has ever said that …", "Has any leader ever said that …?": nobody reported it.
  if (subject && NO_ONE.test(text.slice(subject.start, subject.end))) return null;
  if (/\?["”’»)]*\s*$/u.test(s.text) && QUESTION_OPENING.test(s.text)) return null;
  let start = from;
  let end = to;
  while (start < end && /[\s,:;“"«‘]/u.test(text[start])) start++;
  while (end > start && /[\s.,;:!?“"«‘]/u.test(text[end - 1])) end--;
  // A sentence the splitter missed ("… a concern. 'We cannot …'") ends the clause.
  const stop = /[.!?]\s+['"“‘«]/u.exec(text.slice(start, end));
  if (stop) end = start + stop.index;
  // A dateline is not part of what was said: "JAKARTA (Reuters) - …".
  const dl = start === s.start ? DATELINE.exec(text.slice(start, end)) ?? DATELINE_PREFIX.exec(text.slice(start, end)) : null;
  if (dl) start += dl[0].length;
  // "…, adding that …" starts a second report; the first ends there.
  const add = ADDING.exec(text.slice(start, end));
  if (add) end = start + add.index;
  // "… but he said …", "… and others have said …": so does a report with a subject of its own.
  const second = secondSubject(text.slice(start, end));
  if (second && second.index > 0) end = start + second.index;
  // "… would 'stand by Pakistan' and added: '…'": the second verb's quote is not part of the clause.
  const colon = /\s+(?:and|but)\s+(?:also\s+)?\p{Ll}+ed\s*(?::|$)/u.exec(text.slice(start, end));
  if (colon) end = start + colon.index;
  const tc = TRAILING_CUE.exec(text.slice(Math.max(start, end - 60), end));
  if (tc) end = Math.max(start, end - 60) + tc.index;
  // "all staffers sign NDAs, though she did not discuss their terms": the writer's clause after a comma
  // is not part of what was said.
  const after = CLAUSE_AFTER.exec(text.slice(start, end));
  if (after && after.index > 0) end = start + after.index;
  // (a cut may leave the comma before it: "… like the answer, but insists …")
  while (end > start && /[\s,;:]/u.test(text[end - 1])) end--;
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if ((body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) return null;
  if (/\bthat\s+$/iu.test(text.slice(Math.max(0, from - 8), start)) && demonstrative(body)) return null;
  return { start, end, text: body, cue, subject, paragraph: s.paragraph };
}

// Words in -s that are no verbs: what stays of a "that" clause when "that" was a determiner.
const NOT_VERB_S = new Set('its his this thus us as across perhaps always whereas besides towards afterwards news'.split(' '));

// What may open a clause's subject: "that they want …", "that the talks …", "that some voters …".
const CLAUSE_SUBJECT_START = new Set('i you he she it we they there this these those the a an his her its our their my your some all no any each every both most many one'.split(' '));

/**
 * "that" was a determiner, and what follows a noun phrase, not a clause: "noted that progress in the region", "shared that
 * vision". So when a singular noun and a preposition follow "that" (no pronoun, determiner, name or plural, which may open a
 * subject: "that voters want change") and no verb comes after them: no modal or past form, no present form in -s ("… that
 * cooperation in energy grows").
 */
function demonstrative(body: string): boolean {
  const words = body.match(/[\p{L}’'-]+/gu) ?? [];
  const first = words[0] ?? '';
  if (!/^\p{Ll}+$/u.test(first) || /(?<!s)s$/u.test(first) || CLAUSE_SUBJECT_START.has(first) || !PREPOSITIONS.has(words[1] ?? '')) return false;
  return !words.some((w, i) => looksFinite(w) || (i > 0 && /^\p{Ll}{3,}s$/u.test(w) && !/ss$/u.test(w) && !NOT_VERB_S.has(w)));
}
