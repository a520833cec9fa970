// Quotes and who said them: the finders, then the attribution steps, in the order they run.
//
//   1. findTranscripts   speaker lines and their turns          (transcripts.ts)
//   2. findDirectQuotes  spans in quotation marks, outside reporters' questions (direct-quotes.ts), and findBlockQuotes:
//                        the paragraphs after a "Foreign Secretary Anna Berg said:" line, without marks (gov.uk)
//   3. drop non-quotes   scare quotes and titles ("the so-called “reset”", 'the implementation of the "EU-X Agenda"',
//                        'a law on "foreign influence"': up to eight words after an article or "law on"), page furniture
//                        ("By clicking “Accept” you agree …"), link lines ("Read more: …", headlines under "Related")
//   4. findIndirect      speech verb + content clause           (indirect.ts)
//   5. attribute         in text order, so "he", "it" and carried speakers see what came before:
//                        cue after the quote, a relative clause's subject (", which Manila says is “…”"),
//                        cue before it, a colon line before it, the possessor ("Obama's “…” promise"), a
//                        relative clause's antecedent, the sentence's subject (two people together: "A and B
//                        agreed to ‘…’", unless the sentence opens on its source: "According to a statement by X,
//                        A and B negotiated in a ‘frank’ way" -> X), the last speaker (named or
//                        described) of the paragraph or of the two before (attribution.ts); a fragment whose cue names nobody
//                        takes the speaker of the reported speech around it ('… were "very interested" …, the
//                        statement said' -> the body that issued the statement)
// Short spans (three words or fewer) are quotes only with a cue right by them (or the second part of a quote
// split by its cue: "'It's our duty,' said X, 'to keep talking.'"), inside reported speech whose subject
// is known or described ("X said he raised it “calmly but firmly.”"), or with a speaker their own
// sentence gives ('He has called China “expansionist”'); not a term in a sentence about someone else.
// A quote whose speaker cannot be told gets speaker null rather than a guess; inside a speaker's turn, a quotation
// nobody is named as saying is the turn's words, not a quote of its own ('My predecessor said to me, “…”' is one).
//
// Known misses: see each finder's header; a quotation in a turn that names its speaker only after it ('“…” Those are
// the words President Kennedy delivered').

import type { Quote, Span } from '../model.js';
import { lineAt, paragraphAt, type ParsedDocument } from '../text/document.js';
import { personIn, type PeopleIndex } from './people.js';
import { findDirectQuotes, type DirectCandidate } from './direct-quotes.js';
import { findTranscripts, type TranscriptTurn } from './transcripts.js';
import { findIndirect, isLinkParagraph } from './indirect.js';
import { JOINT_VOICE_VERBS, SPEECH_EVENT, isSpeechVerb } from '../rules/speech-verbs.js';
import { Attributor, accordingOpener, cueAfter, cueBefore, cueColonBefore, sentenceAt, sentenceBefore, type Cue } from './attribution.js';
import { leadingSubject } from './clauses.js';
import { matchesOf } from '../text/matches.js';
import { lowerBound, spanAt } from '../text/spans.js';

// A report's subject right after another clause's "that": "…, pointing out that the paper's Robert Costa had reported that …".
const NESTED_SUBJECT = /\bthat\s+$/u;

// The words between the two parts of a split quote: "…,' said Ashworth, '…".
// ("…,'' Mr. Trump wrote, ''…": an abbreviation's full stop may stand in the cue)
const SPLIT_CUE = /[,]['’"”»]{1,2}\s+((?:[^'’"“”«».!?]|(?<=(?<![\p{L}])\p{Lu}\p{Ll}{0,3})\.){2,50}),\s*$/u;
const FURNITURE = /\bcookies?\b|\bby clicking\b|\bprivacy policy\b|\bterms of (?:use|service)\b|\ball rights reserved\b|\bsubscribe to our\b|\bsign up for our\b|\bour newsletter\b/i;
const MAX_SHORT_WORDS = 3;
// What an agency or paper does with someone else's words: "…, KUNA reported", "…, the paper quoted".
const RELAY_VERBS = /^(?:reported|reports|quoted)$/;
// A described speaker that is a news agency ("Saudi Press Agency", "Emirates News Agency") and its plain "said".
const NEWS_AGENCY = /\b(?:News|Press)\s+Agency\b|\bNews\s+Service\b/iu;
const AGENCY_SAYS = /^(?:said|says|added)$/;
const OTHER_VOICE = /,\s+(?:who|which|whose)\s|\p{L}['’]s\s+(?:\p{Ll}+\s+)?(?:warning|remarks?|comments?|words|claims?|statement|call|view|position)\b/u;
// Between two fragments in one list: '” and “', '”, “', '” or “'.
const JOINED_FRAGMENT = /^["”’»']?\s*(?:,\s*)?(?:and|or)?\s*["“‘«']?$/u;
// "Trump, who has called the pact “…”": the antecedent of a relative clause the quote sits in.
const RELATIVE_WHO = /(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}),\s+who\s+[^,;:"“”«»()]{1,100}$/u;
// A name and its possessive right before the opening mark: "Obama's “…” promise".
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3})['’]s\s*$/u;
// A verb of praise right before a possessor: "praised President Akufo-Addo’s “…”" (its words are the praiser's).
const PRAISED_BEFORE = /\b(?:prais(?:ed|es|ing)|hail(?:ed|s|ing)|laud(?:ed|s|ing)|commend(?:ed|s|ing)|applaud(?:ed|s|ing)|appreciat(?:ed|es|ing)|salut(?:ed|es|ing))\s+(?:the\s+)?$/iu;
// What follows a sentence's last quote when the cue closes the sentence: '”, the President’s Office said in a release.'
const SENTENCE_FINAL_CUE = /^["”’»']?\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\p{L}\p{M}.'’-]+\s+){0,5}(?:said|says|added|stated|noted|reported|announced|wrote|told)\b[^,;:]{0,60}$/u;
// The speaker of a meeting a sentence tells of: "where President X commended …", "during which Y thanked …".
const OCCASION_SPEAKER = /\b(?:where|during which|at which|in which)\s+((?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’-]*)\s+(?:also\s+)?(?:commended|praised|hailed|lauded|thanked|congratulated|told|assured|urged|stressed|said|noted|welcomed)\b/u;
const MAX_OCCASION_SENTENCE = 400;
const EARLIER_OCCASION = /\b(?:followed|follows|following|came after|after)\s+(?:the|a|an|last|this|his|her|their)?\s*[^,]{0,60}?\b(?:summit|meeting|talks|visit|call)\b|\blast (?:week|month|year)\b|\b\d+ \p{L}+ ago\b|\bearlier this\b/iu;
// The small words a title or name in capitals keeps in lower case: "Forum of Regions", "the Law of the Sea".
const TITLE_SMALL_WORD = /^(?:of|the|and|for|in|on|at|to|a|an|de|la)$/;
const QUOTED_MODIFIER = /^['’"”»]?\s+(?:law|laws|bill|act|legislation|policy|doctrine|formula|format|plan|deal|zone|initiative|project|programme|program|campaign|movement|strategy|package|corridor|mechanism)\b/iu;
const LABEL_AS = /\b(?:register(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|designated|branded|classified|listed|known|marked)\s+as\s*$/iu;

export function findQuotes(doc: ParsedDocument, people: PeopleIndex, turns?: TranscriptTurn[]): Quote[] {
  try {
    return collect(doc, people, turns ?? findTranscripts(doc, people));
  } catch {
    return [];
  }
}

interface Pending {
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  /** Ordering key: where the attribution step should see it. */
  at: number;
  direct?: DirectCandidate;
  cue: string | null;
  subject: Span | null;
  person: number;
  speakerName: string | null;
  paragraph: number;
}

const FIRST_PERSON_SUBJECT = /^\s*(?:I|we|We)\s*$/u;
const JOINT_VOICE = new Set(JOINT_VOICE_VERBS);

function collect(doc: ParsedDocument, people: PeopleIndex, turns: TranscriptTurn[]): Quote[] {
  const text = doc.text;
  const furniture = new Map<number, boolean>();
  // A reporter's question is nobody's words: nothing quoted or reported inside it is a quote ("you said yesterday …").
  const asked = turns.filter((t) => t.question);
  // (turns are in text order and do not overlap: the turn holding a span is found by binary search)
  const inTurn = (q: Span): TranscriptTurn | undefined => {
    const t = spanAt(turns, q.start);
    return t && q.end <= t.end ? t : undefined;
  };
  const unasked = (q: Span) => !inTurn(q)?.question;
  const marked = findDirectQuotes(doc, asked);
  const direct = [...marked, ...findBlockQuotes(doc, [...marked, ...turns])].sort((a, b) => a.start - b.start).filter((q) => unasked(q) && isQuote(doc, q, furniture));
  // A speaker's own "I believe that …" inside a quote or a transcript turn is part of their words.
  const indirect = findIndirect(doc, [...direct, ...turns]).filter(unasked);
  const attr = new Attributor(doc, people, [...direct, ...turns]);
  let conversants: Set<number> | undefined;

  const pending: Pending[] = [];
  for (const t of turns) {
    // (a labelled quotation's words are its quotations, read below with the label's speaker)
    if (t.question || t.quoted) continue;
    pending.push({
      start: t.start,
      end: t.end,
      text: t.text,
      kind: 'transcript',
      at: t.start,
      cue: ':',
      subject: null,
      person: t.person,
      speakerName: t.person >= 0 ? null : t.name,
      paragraph: t.paragraph,
    });
  }
  for (const q of direct) {
    pending.push({ start: q.start, end: q.end, text: q.text, kind: 'direct', at: q.start, direct: q, cue: null, subject: null, person: -1, speakerName: null, paragraph: q.paragraph });
  }
  for (const c of indirect) {
    pending.push({ start: c.start, end: c.end, text: c.text, kind: 'indirect', at: c.start, cue: c.cue, subject: c.subject, person: -1, speakerName: null, paragraph: c.paragraph });
  }
  pending.sort((a, b) => a.at - b.at);
  // "President X just wrapped up a major address in Riyadh. … Here are the top moments: “…”": who gave the speech is the
  // last speaker for the quotations that follow.
  const events: Span[] = [];
  for (const s of doc.sentences) {
    const event = s.paragraph === doc.headline ? null : SPEECH_EVENT.exec(s.text.slice(0, 300));
    const subject = event ? leadingSubject(doc, s.start, s.start + event.index + event[0].length) : null;
    if (subject && events.length < 1000) events.push(subject);
  }
  let nextEvent = 0;

  const out: Quote[] = [];
  const reports: typeof pending = [];
  const unnamed: Array<{ quote: Quote; q: DirectCandidate }> = [];
  let lastDirect: Pending | null = null;
  for (const p of pending) {
    for (; nextEvent < events.length && events[nextEvent].start < p.at; nextEvent++) {
      const person = attr.resolveSubject(events[nextEvent]);
      if (person >= 0) attr.addSpeaker(events[nextEvent].start, person);
    }
    if (p.kind === 'transcript') {
      if (p.person >= 0) attr.addSpeaker(p.start, p.person);
    } else if (p.kind === 'indirect') {
      p.person = p.subject ? attr.resolveSubject(p.subject) : attr.lastSpeaker(p.start, false);
      if (p.person < 0 && p.subject) p.speakerName = attr.describe(p.subject);
      // "“…,” a senior Japanese official said on condition of anonymity, adding that …": the
      // unnamed speaker of the quote just before, in the same sentence.
      if (p.person < 0 && !p.subject && lastDirect?.speakerName && sentenceAt(doc, lastDirect.start) === sentenceAt(doc, p.start)) p.speakerName = lastDirect.speakerName;
      // ("Carson …, pointing out that the paper's Robert Costa had reported that …": a report inside another's clause
      // is no speaker the next "he said" goes back to)
      const nested = !!p.subject && NESTED_SUBJECT.test(doc.text.slice(Math.max(0, p.subject.start - 12), p.subject.start));
      if (!nested && p.person >= 0) attr.addSpeaker(Math.min(p.start, p.subject?.start ?? p.start), p.person);
      else if (!nested && p.speakerName && p.subject) attr.addSpeaker(p.subject.start, -1, p.speakerName);
      if ((p.person >= 0 || p.speakerName) && reports.length < 1000) reports.push(p);
    } else if (p.direct) {
      const q = p.direct;
      // "Senator Jane Roe: “…”": a quotation on a labelled line is the label's speaker's.
      const label = inTurn(q);
      const cue: DirectCue | null = label?.quoted
        ? { cue: ':', person: label.person, described: label.person < 0 ? label.name : null, adjacent: true, at: label.start }
        : attributeDirect(doc, attr, q, cueLimit(doc, q.close));
      if (cue) {
        p.cue = cue.cue;
        p.person = cue.person;
        if (cue.person < 0) p.speakerName = cue.described ?? null;
      }
      const relayed = cue ? relayedSpeaker(doc, attr, q, cue) : -1;
      if (relayed >= 0) {
        p.person = relayed;
        p.speakerName = null;
      }
      // 'CHANCELLOR HUBER: … I spoke to President Lis yesterday. He said, “…”': in a turn, "he" or "she" is someone
      // other than its speaker; when the chain of speakers gives the speaker, the one other person the turn has just
      // named (else nobody: the quotation stays the turn's words).
      const within = p.person >= 0 && cue?.subject && THIRD_PERSON_SUBJECT.test(text.slice(cue.subject.start, cue.subject.end)) ? spanAt(turns, q.open) : undefined;
      if (within && !within.question && within.person === p.person) {
        p.person = attr.otherThanSpeaker(cue!.subject!, within);
        p.speakerName = null;
      }
      // 'PRESIDENT MACRI: … I told him, “We took 30 years …”': the turn's speaker quoting themselves; 'PRESIDENT RUIZ: …
      // you said to me, “…”': in a conversation of two, the other one.
      const subjectWord = cue?.subject ? text.slice(cue.subject.start, cue.subject.end) : '';
      if (p.person < 0 && !p.speakerName && cue?.subject && FIRST_PERSON_SUBJECT.test(subjectWord)) {
        const turn = spanAt(turns, q.open);
        if (turn && q.open < turn.end) {
          p.person = turn.person;
          if (turn.person < 0) p.speakerName = turn.name;
        }
      } else if (p.person < 0 && !p.speakerName && SECOND_PERSON_SUBJECT.test(subjectWord)) {
        // (not in an answer to a reporter, whom "you" may mean)
        const k = lowerBound(turns, q.open + 1, (t) => t.end);
        const turn = turns[k];
        if (turn && turn.start <= q.open && q.open < turn.end && !turn.question && !turns[k - 1]?.question) p.person = otherOfTwo(conversants ??= namedSpeakers(turns), turn.person);
      }
      // A fragment inside reported speech is the reporter's words, whether or not its own cue names anyone
      // ('… were "very interested" in …, the statement said', 'According to a joint statement, both
      // ministers had a “frank and constructive” discussion').
      const inside = reports.find((x) => p.paragraph === x.paragraph && x.start <= q.open && x.end >= q.close - 1);
      // (also when the fragment's own cue lies inside the report, naming nobody the index knows: "X told Y that
      // Kenya hoped both sides would “…”" is X's)
      const cueInside = !!inside && cue?.verbAt !== undefined && cue.verbAt >= inside.start && cue.verbAt < q.open;
      let claimed = !!inside && ((p.person < 0 && (!p.speakerName || p.speakerName === inside.speakerName || cueInside)) || (p.person >= 0 && inside.person === p.person));
      if (p.person < 0 && (!p.speakerName || cueInside)) {
        // Also a report earlier in the same sentence: "…, said Pakistan's Sharif, adding: “…”", 'According to
        // Angeles, the meeting materialized because of the negotiations "made back and forth."'.
        const own = sentenceAt(doc, q.open);
        const r = inside ?? reports.find((x) => p.paragraph === x.paragraph && x.start <= q.open && !!own && x.start >= own.start && x.end <= q.open);
        if (r) {
          p.person = r.person;
          p.speakerName = r.speakerName;
          p.cue ??= r.cue;
        }
      }
      // 'described the talks as “candid” and “useful”': a fragment joined to the quote just kept shares its speaker.
      if (lastDirect?.direct && lastDirect.paragraph === p.paragraph && JOINED_FRAGMENT.test(text.slice(lastDirect.end, p.start))) {
        if (p.person < 0 && !p.speakerName) {
          p.person = lastDirect.person;
          p.speakerName = lastDirect.speakerName;
          p.cue ??= lastDirect.cue;
        }
        claimed ||= (p.person >= 0 || !!p.speakerName) && p.person === lastDirect.person && p.speakerName === lastDirect.speakerName;
      }
      // Short spans in quotation marks are quotes only when someone says them: a speech verb stands right
      // by them, they sit inside someone's reported words, or their own sentence gives a speaker ('He has
      // called China “provocative and expansionist”'). A term nobody in the sentence says ('The ministers
      // also discussed the “grain corridor”', even after a quote of Lavrov's) is no quote.
      const words = q.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      if (words <= MAX_SHORT_WORDS && !(cue && cue.adjacent) && !claimed && ((p.person < 0 && !p.speakerName) || (cue?.carried && otherSubject(doc, attr, q, p.person)))) continue;
      if (p.person >= 0 || p.speakerName) {
        const described = p.person < 0 ? p.speakerName ?? undefined : undefined;
        attr.addSpeaker(cue?.at ?? q.start, p.person, described);
        // A quote that runs over several paragraphs speaks in its last one too, for the next to carry.
        if (paragraphAt(doc, q.close)?.index !== q.paragraph) attr.addSpeaker(q.close, p.person, described);
      }
    }
    const speaker = p.person >= 0 ? people.people[p.person]?.name ?? null : p.speakerName;
    // ("We recognize that …" where the text never says who "we" are: no joint statement's voice, no report)
    if (p.kind === 'indirect' && speaker === null && p.cue && JOINT_VOICE.has(p.cue.toLowerCase())) continue;
    out.push({ start: p.start, end: p.end, speaker, text: p.text, kind: p.kind, cue: p.cue, line: lineAt(doc, p.start) });
    if (p.kind === 'direct') lastDirect = p;
    if (p.direct && speaker === null) unnamed.push({ quote: out[out.length - 1], q: p.direct });
  }
  // 'Haddadin expressed appreciation for Kuwait's "humanitarian role," and said that …': a fragment
  // nobody claimed, before a person's report in the same sentence, is that person's (the report
  // comes later in text order, so this waits until every report is attributed).
  let nextSpoken: number[] | null = null;
  for (const { quote, q } of unnamed) {
    const s = sentenceAt(doc, q.open);
    if (!s) continue;
    const r = reports.find((x) => x.person >= 0 && x.start >= q.close && x.start < s.end && people.people[x.person]?.type === 'person');
    if (r) {
      quote.speaker = people.people[r.person].name;
      quote.cue ??= r.cue;
      continue;
    }
    // 'agreed on the need “to further consolidate allies” to ensure support is “rapid and effective”, the President’s
    // Office said': a fragment nobody claimed, before one the sentence's closing cue gives a speaker, is theirs too.
    // (quotes are in text order; the next one with a speaker is looked up, not searched for)
    nextSpoken ??= nextWithSpeaker(out);
    const later = out[nextSpoken[lowerBound(out, q.close, (o) => o.start)] ?? -1];
    if (later && later.end <= s.end && SENTENCE_FINAL_CUE.test(text.slice(later.end, s.end)) && !/["“”«»]/u.test(text.slice(later.end + 1, s.end))) {
      quote.speaker = later.speaker;
      quote.cue ??= later.cue;
    }
  }
  // 'Modi held an "extremely fruitful" meeting … "Our talks were extremely fruitful," Modi said': a fragment nobody
  // claimed that repeats words of someone's quote is an echo of it, and theirs, when its own sentence names that person
  // (not an opponent's words echoed, nor "This deal is not a betrayal", nor a headline about someone else).
  // (Cost: each fragment is compared with the ECHO_REACH quotes on either side of it only.)
  out.sort((a, b) => a.start - b.start);
  const position = new Map(out.map((o, i) => [o, i]));
  const sourceWords = new Map<Quote, string>();
  for (const { quote, q } of unnamed) {
    if (quote.speaker !== null) continue;
    const echo = echoWords(quote.text);
    const own = echo ? sentenceAt(doc, q.open) : null;
    if (!own) continue;
    const named = namedIn(people, own);
    const i = position.get(quote)!;
    const near = out.slice(Math.max(0, i - ECHO_REACH), i + ECHO_REACH + 1);
    const source = near.find((o) => {
      if (o === quote || o.speaker === null || o.kind === 'indirect' || !named.has(o.speaker)) return false;
      let words = sourceWords.get(o);
      if (words === undefined) sourceWords.set(o, (words = echoWords(o.text, true)!));
      const at = words.indexOf(echo!);
      return at >= 0 && !NEGATED_BEFORE.test(words.slice(0, at + 1));
    });
    if (source) {
      quote.speaker = source.speaker;
      quote.cue ??= source.cue;
    }
  }
  // A quotation inside a speaker's turn is the turn's words unless someone is named as saying it.
  return out.filter((o) => o.kind !== 'direct' || o.speaker !== null || (inTurn(o)?.question ?? true));
}

const THIRD_PERSON_SUBJECT = /^(?:he|she)$/iu;
const SECOND_PERSON_SUBJECT = /^\s*you\s*$/iu;

/** The people the text names as speakers of its turns (not reporters'). */
function namedSpeakers(turns: TranscriptTurn[]): Set<number> {
  return new Set(turns.filter((t) => !t.question && t.person >= 0).map((t) => t.person));
}

/** Of a transcript's two named speakers, the one who is not `person`; -1 when it names more or fewer. */
function otherOfTwo(speakers: Set<number>, person: number): number {
  if (person < 0 || speakers.size !== 2 || !speakers.has(person)) return -1;
  for (const s of speakers) if (s !== person) return s;
  return -1;
}

/** For each quote of `out` (in text order), the index of the first direct quote at or after it with a speaker, or -1. */
function nextWithSpeaker(out: Quote[]): number[] {
  const next = new Array<number>(out.length + 1).fill(-1);
  for (let k = out.length - 1; k >= 0; k--) next[k] = out[k].kind === 'direct' && out[k].speaker !== null ? k : next[k + 1];
  return next;
}

/** Names of the people the index finds mentioned inside `span` (mentions are in text order). */
function namedIn(people: PeopleIndex, span: Span): Set<string | undefined> {
  const ms = people.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<string | undefined>();
  for (let k = lo; k < ms.length && ms[k].start < span.end; k++) if (ms[k].end <= span.end) out.add(people.people[ms[k].person]?.name);
  return out;
}

// An echo: at most this many words, looked for in the quotes this many places either side; not after a denial.
const ECHO_WORDS = 8;
const ECHO_REACH = 20;
const NEGATED_BEFORE = /\b(?:not|no|never|nt|isn|aren|wasn)(?: \S+){0,2} $/;

/**
 * A quote's words, lower case, one space apart and padded with spaces, for finding one quote inside another; null for
 * a fragment too short to tell (one word) or too long to be an echo.
 */
function echoWords(text: string, any = false): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!any && (words.length < 2 || words.length > ECHO_WORDS)) return null;
  return ` ${words.join(' ')} `;
}

// A subordinate clause between a subject and a quote: the quote is in another clause.
// ("as" opens one only with words of its own before the quote: "as UK’s Indo-Pacific ‘tilt’ gathers pace", not
// "praised as ‘a positive development’" or "describing their meeting as a “very positive step”")
const OWN_CLAUSE = /\b(?:while|when|whereas|because|after|before|since|although|though|where|which|who)\b|\bas\s+(?!(?:a|an|the)\s+\S+$)\S+\s+\S+/iu;
// A passive verb after a subject: the subject did not do the saying.
const PASSIVE_AFTER = /^\s+(?:were|was|are|is|been|being|got|get)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;

/**
 * The sentence of a short quote names a subject other than the speaker carried to it ('“…,” Lavrov said.
 * The ministers also discussed the “grain corridor”'): then the quote is that subject's term, nobody's words.
 */
function otherSubject(doc: ParsedDocument, attr: Attributor, q: DirectCandidate, person: number): boolean {
  const own = sentenceAt(doc, q.open);
  if (!own || own.start >= q.open) return false;
  const subject = leadingSubject(doc, own.start, q.open);
  if (!subject) return false;
  if (/^(?:he|she)$/i.test(doc.text.slice(subject.start, subject.end).trim())) return false;
  return attr.resolveSubject(subject, q.open) !== person || person < 0;
}

/**
 * Where the words after a closing mark may still hold its cue: the end of the paragraph, or of the next
 * one when only a single line break separates them (hard-wrapped copy whose line ends in ,").
 */
// "- Sanders." on a line of its own: a dash, then a name, signs what stands above it.
const SIGNATURE_LINE = /^[-–—]\s*(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})\.?\s*$/u;

/** '“…”\n\n- Sanders.': the person the signature line under a quote that ends its paragraph names. */
function signature(doc: ParsedDocument, attr: Attributor, q: DirectCandidate): DirectCue | null {
  // (a paragraph that is the quote alone: not 'X told reporters: “…”' nor the second half of '“…,” X wrote. “…”')
  const p = doc.paragraphs[q.paragraph];
  const next = p && doc.paragraphs[q.paragraph + 1];
  if (!next || next.end - next.start > 60 || q.open !== p.start || !/^[\s.,!?"”’»']*$/u.test(doc.text.slice(q.close, p.end))) return null;
  const line = doc.text.slice(next.start, next.end);
  const m = SIGNATURE_LINE.exec(line);
  if (!m) return null;
  // A list of dashed names is no signature ("- Tomas Brand / - Lena Voss").
  const after = doc.paragraphs[q.paragraph + 2];
  if (after && SIGNATURE_LINE.test(doc.text.slice(after.start, after.end))) return null;
  const st = next.start + line.indexOf(m[1]);
  const person = attr.resolveSubject({ start: st, end: st + m[1].replace(/\.$/, '').length }, q.open);
  return person >= 0 && attr.people.people[person]?.type === 'person' ? { cue: null, person, adjacent: true, at: q.start } : null;
}

function cueLimit(doc: ParsedDocument, close: number): number {
  const p = paragraphAt(doc, Math.max(0, close - 1));
  if (!p) return Math.min(doc.text.length, close + 200);
  if (p.end > close) return p.end;
  const next = doc.paragraphs[p.index + 1];
  if (next && !next.ignored && (doc.text.slice(p.end, next.start).match(/\n/g)?.length ?? 0) <= 1) return next.end;
  return p.end;
}

/**
 * ", which Manila says is “…”", "that Tokyo calls “…”", "talks that Zaremba later described as “…”":
 * a capitalised subject of a relative clause and its verb, past an apposition ("what Bay Buchanan, a
 * campaign treasurer, called “…”").
 */
const RELATIVE_CUE = /(?:,\s+|\s)(?:which|that|what)\s+(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})(?:,\s+[^,;:"“”«»]{1,80},)?\s+(?:(?:later|also|repeatedly|once)\s+)?(says|said|calls|called|insists|insisted|considers|considered|described|describes)(?:\s+(?:is|was|are|were|to be|as|it as|them as))?\s*$/u;

interface DirectCue {
  cue: string | null;
  person: number;
  /** An unnamed speaker as the text describes them ("a Greek diplomatic source"). */
  described?: string | null;
  /** The cue stands right by the quote (same sentence), as for a real utterance. */
  adjacent: boolean;
  /** The speaker comes from another sentence (carried, or the sentence before or after), not this one. */
  carried?: boolean;
  /** Where the speaker is named (the cue), so a quote after it in the paragraph can carry it. */
  at: number;
  /** Where the cue itself stands, when a speech verb was found. */
  verbAt?: number;
  /** The cue's subject as written ("I" in "I told him, “…”"). */
  subject?: Span;
}

/** The person a headline gives its quote to, by a colon on either side of it; -1 when none. */
function headlineSpeaker(doc: ParsedDocument, attr: Attributor, q: DirectCandidate): number {
  const para = doc.paragraphs[doc.headline];
  if (!para) return -1;
  const after = /^\s*:\s+/.exec(doc.text.slice(q.close, Math.min(para.end, q.close + 6)));
  if (after) {
    const from = q.close + after[0].length;
    const who = personIn(attr.people, from, Math.min(para.end, from + 60));
    if (who >= 0 && attr.people.people[who].type === 'person') return who;
  }
  // "Sablin: “No one …”", "John McCain: Populist Anger Appeals to ‘Bad Angels Of Our Nature’": the name before the colon.
  const label = /^[^:\n"“”«»]{2,50}:\s/u.exec(doc.text.slice(para.start, q.open));
  if (label) {
    const who = personIn(attr.people, para.start, para.start + label[0].length);
    if (who >= 0 && attr.people.people[who].type === 'person') return who;
  }
  // "Francois Hollande Says Donald Trump ‘Makes You Want To Retch’", "Lavrov calls talks ‘useful’": the name
  // that opens the headline, when its verb (in title case or not) is a speech verb.
  const lead = doc.text.slice(para.start, q.open);
  if (/[:"“”«»]/u.test(lead)) return -1;
  const words = matchesOf(/[\p{L}\p{M}.'’-]+/gu, lead).slice(0, 6);
  const k = words.findIndex((w, n) => n > 0 && isSpeechVerb(w[0].toLowerCase()));
  if (k > 0 && words.slice(0, k).every((w) => /^\p{Lu}/u.test(w[0]))) {
    // (The index reads no names in the headline: the person is the one the story names so.)
    const name = words.slice(0, k).map((w) => w[0]).join(' ');
    const surname = words[k - 1][0];
    const people = attr.people.people;
    const hits = people.flatMap((p, i) => (p.type === 'person' && (p.name === name || p.aliases.includes(name) || p.name.endsWith(' ' + surname)) ? [i] : []));
    if (hits.length === 1) return hits[0];
  }
  return -1;
}

// A list item's topic before its quotation, in lower case, after the item's bullet: "-   On negotiations: ", "-   [On
// trade](https://…): " (not "On Prime Minister X:": someone else named; not a paragraph's own opening, "On the streets
// of Oslo, the mood was less upbeat: “…”").
const TOPIC_LABEL_START = /^[-*•]\s+\[?(?:On|About|Regarding)\s+\p{Ll}[^\]\n:“”"]{0,60}\]?(?:\([^()\s]{1,300}\))?:\s+[‘'`]*$/u;
const TOPIC_LABEL_REACH = 400;

function attributeDirect(doc: ParsedDocument, attr: Attributor, q: DirectCandidate, paraEnd: number): DirectCue | null {
  const fromCue = (c: Cue | null): DirectCue | null => {
    if (!c) return null;
    const person = attr.resolveSubject(c.subject, q.open);
    const described = person < 0 ? attr.describe(c.subject) : null;
    return { cue: c.verb, person, described, adjacent: true, at: Math.max(c.at, q.start), verbAt: c.at, subject: c.subject };
  };
  // A headline's quote: "‘We want a deal this year’: Ratna presses Kenya …", "Sablin: “No one …”".
  const head = q.paragraph === doc.headline ? headlineSpeaker(doc, attr, q) : -1;
  if (head >= 0) return { cue: null, person: head, adjacent: true, at: q.start };
  const after = fromCue(cueAfter(doc, q.close, paraEnd, q.text));
  if (after) return after;
  const signed = signature(doc, attr, q);
  if (signed) return signed;
  // "the tribunal ruling, which Manila says is “final and binding”": the relative clause's subject.
  const rel = RELATIVE_CUE.exec(doc.text.slice(Math.max(0, q.open - 180), q.open));
  if (rel) {
    const st = q.open - rel[0].length + rel[0].indexOf(rel[1], rel[0].indexOf(' '));
    const subject = { start: st, end: st + rel[1].length };
    const person = attr.resolveSubject(subject, q.open);
    const described = person < 0 ? attr.describe(subject) ?? rel[1] : null;
    return { cue: rel[2], person, described, adjacent: true, at: st };
  }
  const cb = cueBefore(doc, q.open) ?? cueColonBefore(doc, q.open);
  let before = fromCue(cb);
  // A name alone as a label ('Bush: "…"') must be a person's; "White House:" labels nobody ("The White House readout:" does).
  if (before && cb?.label === 'name' && (before.person < 0 || attr.people.people[before.person]?.type !== 'person')) before = null;
  const poss = POSSESSOR_BEFORE.exec(doc.text.slice(Math.max(0, q.open - 60), q.open));
  if (before && cb && (before.person >= 0 || before.described || !poss)) {
    // Right by the quote ("said: “…”", "described the talks as ‘…’"), or further off in the sentence.
    const gap = doc.text.slice(cb.end ?? cb.at, q.open);
    // A short fragment inside reported speech ("X said he had raised it “calmly but firmly.”") is the
    // subject's words when the subject is someone the text knows or describes.
    before.adjacent = gap.length <= 30 || /\bas\s*$/u.test(gap) || before.person >= 0 || !!before.described;
    return before;
  }
  const within = sentenceAt(doc, q.open);
  // 'Obama's "if you like your plan, you can keep it" promise': the possessor's words, also
  // when the sentence's speech verb has a subject nobody can name ('Unions recall Obama's “…” promise').
  if (poss) {
    const st = q.open - poss[0].length;
    const person = attr.resolveSubject({ start: st, end: st + poss[1].length }, q.open);
    // ('Youssef praised President Akufo-Addo’s “farsighted policies and transcendent leadership”': what one person
    // praises in another, in the praiser's words.)
    const subject = within && PRAISED_BEFORE.test(doc.text.slice(Math.max(within.start, st - 40), st)) ? leadingSubject(doc, within.start, st) : null;
    const praiser = subject ? attr.resolveSubject(subject, q.open) : -1;
    if (praiser >= 0 && praiser !== person && attr.people.people[praiser]?.type === 'person') return { cue: null, person: praiser, adjacent: false, at: subject!.start };
    if (person >= 0 && attr.people.people[person]?.type === 'person') return { cue: null, person, adjacent: true, at: st };
  }
  // 'Contrast that with Trump, who has called the pact "insanity"': a relative clause's quote is its antecedent's.
  const rc = within ? RELATIVE_WHO.exec(doc.text.slice(Math.max(within.start, q.open - 140), q.open)) : null;
  if (rc) {
    const st = q.open - rc[0].length;
    const person = attr.resolveSubject({ start: st, end: st + rc[1].length }, q.open);
    if (person >= 0 && attr.people.people[person]?.type === 'person') return { cue: null, person, adjacent: false, at: st };
  }
  // 'Trump referred to Obama as “the most valuable player”', 'She admitted “one or two instances”': a
  // quote inside a sentence with no speech verb is the words of the sentence's subject.
  if (within && within.start < q.open && !/["“”«»]|''/u.test(doc.text.slice(within.start, q.open))) {
    const subject = leadingSubject(doc, within.start, q.open);
    const person = subject ? attr.resolveSubject(subject, q.open) : -1;
    const source = fromCue(accordingOpener(doc, within));
    // ('According to Vucic, Mogherini has been "very fair toward Serbia"': the words the source reports, not the subject's.)
    if (subject && person >= 0 && !(source && source.person >= 0 && source.person !== person)) return { cue: null, person, adjacent: false, at: subject.start };
    if (subject) {
      // ("King Abdullah and Mansour agreed to step up efforts ‘to fulfill …’": two people's words together, unless
      // the sentence opens on whose words they are: two people do not say the same words, a statement does.)
      // (Not after a passive: "X and Y were greeted by protesters chanting “…”".)
      // (Nor in a clause of its own: "A and B agree to open talks as the UK’s ‘tilt’ gathers pace".)
      const between = doc.text.slice(subject.end, q.open);
      const joint = PASSIVE_AFTER.test(between.slice(0, 20)) || OWN_CLAUSE.test(between) ? null : attr.jointSpeaker(subject);
      if (joint && !source) return { cue: null, person: -1, described: joint, adjacent: false, at: subject.start };
    }
    if (source && (source.person >= 0 || source.described)) return { ...source, adjacent: false };
  }
  // (A quote opened with two marks, "‘‘I think …’’", opens at its second; one after a list's bullet, "-   “…”", opens
  // its item, and so does one after the item's topic, "-   On negotiations: “…”", even as a link.)
  // (a topic's label is at most some 400 characters, so a long paragraph before a quote is never read whole)
  const opensAt = (at: number | undefined): boolean =>
    at !== undefined && at <= q.open && (q.open - at <= 6 ? /^(?:[-*•]\s+)?[‘'`]*$/u.test(doc.text.slice(at, q.open)) : q.open - at <= TOPIC_LABEL_REACH && TOPIC_LABEL_START.test(doc.text.slice(at, q.open)));
  const opensParagraph = opensAt(doc.paragraphs[q.paragraph]?.start);
  // "'A,' said X, 'to keep talking.'": the second part of a quote split by its cue, however short, is the cue's.
  const split = SPLIT_CUE.exec(doc.text.slice(Math.max(0, q.open - 60), q.open));
  const splitCue = !!split && split[1].split(/\s+/).some((w) => isSpeechVerb(w));
  if (splitCue) {
    const cued = attr.lastSpeakerEvent(q.open, false);
    if (cued && cued.at >= q.open - split[0].length - 1 && cued.person >= 0) return { cue: null, person: cued.person, adjacent: true, at: q.start, carried: true };
  }
  // A sentence that is only a quote, right after a sentence whose subject is a person, is theirs:
  // "The Indonesian minister was upbeat. “We have agreed …”"  /  "“A,” Lavrov said. Makei disagreed. “B.”"
  const s = sentenceAt(doc, q.open);
  if (s && opensAt(s.start) && !opensParagraph) {
    const prev = sentenceBefore(doc, s);
    if (prev) {
      // (unless someone spoke in it: 'Obama "felt …" about it, Axelrod said. "This is core stuff."' is Axelrod's)
      // (a cue of the main clause: not 'Lavrov mocked Blinken, who said on Sunday …')
      const spoke = attr.lastSpeakerEvent(q.open, false);
      if (spoke && spoke.at >= prev.start && spoke.person >= 0 && !/,\s+(?:who|whom|whose|which)\s/u.test(prev.text)) return { cue: null, person: spoke.person, adjacent: false, at: q.start, carried: true };
      const subj = attr.subjectOf(prev);
      if (subj >= 0) return { cue: null, person: subj, adjacent: false, at: q.start, carried: true };
    }
  }
  // "On reparations, Wierzbicki was blunt. ¶ “Poland has never …”": a paragraph that opens with the
  // quote, after a one-sentence paragraph about a person that quotes nobody, is that person's.
  if (opensParagraph && q.paragraph > 0) {
    const prev = doc.paragraphs[q.paragraph - 1];
    const only = sentenceAt(doc, prev.start);
    if (only && only.end >= prev.end - 1 && /[.:]$/u.test(only.text.trim()) && !/["“”«»]/u.test(only.text)) {
      const subj = attr.subjectOf(only);
      if (subj >= 0 && only.text.length <= 160) return { cue: null, person: subj, adjacent: false, at: q.start, carried: true };
      // "… held a bilateral meeting where President X commended his colleague for …. ¶ “…”": the one who, in the
      // meeting the sentence tells of, praised, thanked or told the other (when no person is the sentence's subject,
      // and not in a meeting before this one: "The visit followed the G20 summit, where X praised …").
      const occasion = subj < 0 && only.text.length <= MAX_OCCASION_SENTENCE ? OCCASION_SPEAKER.exec(only.text) : null;
      if (occasion && !EARLIER_OCCASION.test(only.text.slice(0, occasion.index))) {
        const at = only.start + occasion.index + occasion[0].indexOf(occasion[1], occasion[0].indexOf(' '));
        const who = personIn(attr.people, at, at + occasion[1].length);
        if (who >= 0 && attr.people.people[who].type === 'person') return { cue: null, person: who, adjacent: false, at: q.start, carried: true };
      }
    }
  }
  // Otherwise the speaker of the paragraph so far, or, for a paragraph that opens with the quote, the
  // last speaker of the paragraphs before (CARRY_PARAGRAPHS in attribution.ts).
  const last = attr.lastSpeakerEvent(q.open, opensParagraph);
  const carried = last?.person ?? -1;
  if (carried >= 0) return { cue: null, person: carried, adjacent: splitCue, at: q.start, carried: true };
  // '“A,” a campaign spokesman said. “B.”': an unnamed speaker carries on the same way.
  if (last?.described) return { cue: null, person: -1, described: last.described, adjacent: splitCue, at: q.start, carried: true };
  // The sentence after says whose words they were: "“…” ¶ The words were Costantini's, speaking at …"
  const nextAt = nextSentenceStart(doc, q.close);
  const next = nextAt >= 0 ? sentenceAt(doc, nextAt) : undefined;
  if (next && /\b(?:words|remarks|comments|speaking)\b/iu.test(next.text) && !/["“”«»]/u.test(next.text)) {
    const who = personIn(attr.people, next.start, next.end);
    if (who >= 0 && attr.people.people[who].type === 'person') return { cue: null, person: who, adjacent: false, at: q.start, carried: true };
  }
  return null;
}

/**
 * 'He went on to stress the “interests of the GCC countries”, KUNA reported.': a news agency that relays a sentence
 * about a person did not say the person's words quoted inside it; the sentence's subject did (its index, else -1). A
 * paper that reports its own finding ('“burn bag,” the Times reported') is PolNeAR's source of the words, and stays
 * so; and so does the agency when someone else is brought in before the quote ('Lavrov hosted Wang, who praised
 * Russia as "a good neighbour", Xinhua reported' is Wang's; so is 'Blinken's warning that …').
 */
function relayedSpeaker(doc: ParsedDocument, attr: Attributor, q: DirectCandidate, cue: DirectCue): number {
  // ("…, SPA said" after "the Saudi Press Agency (SPA)": a news agency's "said" relays too)
  const agency = !!cue.described && NEWS_AGENCY.test(cue.described) && AGENCY_SAYS.test(cue.cue ?? '');
  if (!cue.subject || (!RELAY_VERBS.test(cue.cue ?? '') && !agency)) return -1;
  if (/^the\s(?![^,]*\bagency\b)/iu.test(doc.text.slice(cue.subject.start, cue.subject.end))) return -1;
  const own = sentenceAt(doc, q.open);
  const lead = own ? doc.text.slice(Math.max(own.start, q.open - 400), q.open) : '';
  if (!own || lead.length <= 20 || OTHER_VOICE.test(lead)) return -1;
  const who = attr.subjectOf(own);
  return who !== cue.person ? who : -1;
}

/** Start of the first sentence after `at`, within the next 400 characters, or -1. */
function nextSentenceStart(doc: ParsedDocument, at: number): number {
  let k = at;
  const stop = Math.min(doc.text.length, at + 400);
  while (k < stop) {
    const s = sentenceAt(doc, k);
    if (s && s.start >= at) return s.start;
    if (s) k = s.end;
    else k++;
  }
  return -1;
}

// gov.uk style: "Foreign Secretary Anna Berg said:" ends its paragraph, and the next paragraphs are her words,
// with or without marks (paragraphs in marks are found by their marks).
const SAID_LINE = /\b(?:said|says|added|stated|commented|declared|remarked)\s*:\s*$/u;
// (a line that does not end in a colon is no such line: checked first, as the pattern is tried at every offset;
// trimEnd drops exactly the characters \s stands for)
const isSaidLine = (line: string): boolean => line.trimEnd().endsWith(':') && SAID_LINE.test(line);
const MARK_START = /^\s*["“”«»„‘'']/u;
const FIRST_PERSON = /(?<![\p{L}])(?:I|we|We|our|Our|us|my|My)(?![\p{L}’'])/u;
const MAX_BLOCK_PARAGRAPHS = 4;

/** The paragraphs after a "X said:" line, as one quote, when they are not in quotation marks. */
function findBlockQuotes(doc: ParsedDocument, taken: Span[]): DirectCandidate[] {
  const out: DirectCandidate[] = [];
  const text = doc.text;
  const ps = doc.paragraphs;
  // Taken spans by start; paragraphs come in order, so one pointer walks them (linear overall).
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let ti = 0;
  let reach = -1; // furthest end among spans before ti
  const overlaps = (from: number, to: number): boolean => {
    while (ti < spans.length && spans[ti].start < to) reach = Math.max(reach, spans[ti++].end);
    return reach > from;
  };
  for (let k = 0; k + 1 < ps.length && out.length < 200; k++) {
    const p = ps[k];
    if (p.ignored || p.end - p.start > 400 || !isSaidLine(text.slice(p.start, p.end))) continue;
    const first = ps[k + 1];
    // "X said:" under "Y said:": the second line introduces the words, not the first.
    if (first.ignored || MARK_START.test(text.slice(first.start, first.start + 3)) || isSaidLine(text.slice(first.start, first.end))) continue;
    if (overlaps(first.start, first.end)) continue;
    let last = k + 1;
    // Further paragraphs in the speaker's voice (first person, no new speaker line) belong to the quote.
    while (last + 1 < ps.length && last - k < MAX_BLOCK_PARAGRAPHS) {
      const n = ps[last + 1];
      const body = text.slice(n.start, n.end);
      if (n.ignored || MARK_START.test(body) || isSaidLine(body) || !FIRST_PERSON.test(body) || overlaps(n.start, n.end)) break;
      last++;
    }
    const end = ps[last].end;
    const inner = text.slice(first.start, end);
    if ((inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 6) continue;
    out.push({ start: first.start, end, open: first.start, close: end, paragraph: first.index, text: inner.replace(/\s+/g, ' ').trim() });
    k = last - 1;
  }
  return out;
}

/** Drops scare quotes, titles in quotation marks and page furniture. */
function isQuote(doc: ParsedDocument, q: DirectCandidate, furniture: Map<number, boolean>): boolean {
  const para = doc.paragraphs[q.paragraph];
  if (para) {
    let f = furniture.get(para.index);
    if (f === undefined) {
      f = FURNITURE.test(doc.text.slice(para.start, Math.min(para.end, para.start + 2000))) || isLinkParagraph(doc, para.index);
      furniture.set(para.index, f);
    }
    if (f) return false;
  }
  const words = q.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0) return false;
  // "the so-called “reset”": the writer's distance, not someone's words.
  if (words.length <= 4 && /\bso[- ]called\s*$/iu.test(doc.text.slice(Math.max(0, q.open - 12), q.open))) return false;
  // A name or term: 'a law on "foreign influence"', 'a book titled "…"'. Not every quote after "the": 'won't
  // take the “low road”', 'at the "appropriate level"' are someone's words (names in capitals go below).
  // (also "what is called “enemy base strike capability.”": the sentence's full stop may stand inside the marks)
  if (words.length <= 8 && !/[.!?;]/.test(q.text.replace(/[.,!?]+$/u, '')) && /(?:\b(?:law on|laws on|bill on|so-called|dubbed|titled|entitled|named|termed|known as|what (?:is|are|was|were) called|what['’]s called))\s*$/iu.test(doc.text.slice(Math.max(0, q.open - 24), q.open))) return false;
  // 'the "Quad" summit', 'the implementation of the "EU-Georgia Association Agenda 2021-2027"': a name after "the".
  // (A longer title when a noun follows it: 'the “Central Asia and South Asia: Regional Connectivity. Challenges and
  // Opportunities” international conference'.)
  const titleLength = /^\s+\p{Ll}/u.test(doc.text.slice(q.close, q.close + 3)) ? 16 : 8;
  if (words.length <= titleLength && /\bthe\s*$/iu.test(doc.text.slice(Math.max(0, q.open - 6), q.open)) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORD.test(w))) return false;
  // "the 'foreign influence' law", 'the "Free and Open" strategy': a quoted modifier of the noun after it.
  if (words.length <= 4 && !/[.!?;,]/.test(q.text) && QUOTED_MODIFIER.test(doc.text.slice(q.close, q.close + 16))) return false;
  // 'required to register as "pursuing the interests of a foreign power"': a label the text applies.
  if (words.length <= 10 && !/[.!?;]/.test(q.text) && LABEL_AS.test(doc.text.slice(Math.max(0, q.open - 30), q.open))) return false;
  // President Ferdinand "Bongbong" Marcos: a nickname between the names.
  if (words.length <= 2 && /^\p{Lu}[\p{L}'’ -]*$/u.test(q.text) && /(?<![\p{L}\p{M}])\p{Lu}[\p{L}'’-]* $/u.test(doc.text.slice(Math.max(0, q.open - 30), q.open)) && /^ \p{Lu}/u.test(doc.text.slice(q.close, q.close + 2))) return false;
  // '(“123 agreement”)', '(SCC: “2+2”)': a short name for what the sentence just named, the whole of a bracket (after
  // its initials).
  if (words.length <= 4 && /\((?:\p{Lu}{2,8}:\s*)?$/u.test(doc.text.slice(Math.max(0, q.open - 12), q.open)) && doc.text[q.close] === ')') return false;
  // 'in a post on ‘X’', 'the “G” in G20': a letter alone is a name, not anyone's words (not "OK", "NO").
  if (/^\p{Lu}$/u.test(q.text.trim())) return false;
  // “Belarus-Russia Forum of Regions”: a name or title, every word capitalised (small words aside).
  if (words.length <= 8 && !/[.!?;:]/.test(q.text)) {
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    const small = words.filter((w) => TITLE_SMALL_WORD.test(w)).length;
    if (caps > 0 && caps + small === words.length && caps >= 2) return false;
  }
  return true;
}
