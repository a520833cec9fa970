// The grammar of a reporting clause, shared by the quote attributor and the reported-speech finder:
// where a sentence's subject starts (past "Separately," or "Welcoming the minister, …"), the speech
// verb a token starts, and "SUBJ [adverbs] VERB" at the start of a clause. Every function reads the
// document's one token layer (text/tokens.ts).

import { ASIDE_OPENERS, IRREGULAR_VERBS, OBJECT_PREPOSITIONS, PARTICIPLE_PREPOSITIONS, isLyAdverb } from '../rules/verbs.js';
import type { Span } from '../model.js';
import type { ParsedDocument } from '../text/document.js';
import { TokenFlag, isWord, tokensIn, type Tok } from '../text/tokens.js';
import { DATELINE_PREFIX } from '../text/dateline.js';
import { FINDING_NOUNS, JOINT_VOICE_VERBS, PLURAL_SPEECH_VERBS, PROGRESSIVE_SPEECH_VERBS, phrasalSpeechVerb, OPENING_PARTICIPLES, PHRASAL_LONGEST, GLAD_TO_SAY } from '../rules/speech-verbs.js';

export { isWord, type Tok };

/** The full stop of "Mr.", of an initial ("S. Venkatraman") or of "U.S." inside a name. */
export function isNameDot(toks: Tok[], k: number): boolean {
  if (toks[k]?.t !== '.' || k === 0 || toks[k - 1].e !== toks[k].s) return false;
  // A party tag after a name: "Rep. Glenn Thompson, R-Pa., said".
  if (/^[RDI]-\p{Lu}\p{Ll}{0,5}$/u.test(toks[k - 1].t)) return /^[,)]$/.test(toks[k + 1]?.t ?? '');
  // "the No. 2 Republican": a number's abbreviation.
  if (toks[k - 1].t === 'No' && /^\d/.test(toks[k + 1]?.t ?? '')) return true;
  // A dotted initialism before a noun: "U.S. officials said", "the U.N. envoy told".
  if (/^\p{Lu}(?:\.\p{Lu})+$/u.test(toks[k - 1].t) && /^\p{Ll}/u.test(toks[k + 1]?.t ?? '')) return true;
  return /^(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|Gen|Amb|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Adm|Maj|Cmdr|St|\p{Lu}|\p{Lu}(?:\.\p{Lu})+)$/u.test(toks[k - 1].t) && /^\p{Lu}/u.test(toks[k + 1]?.t ?? '');
}

// Auxiliaries that show a clause, not a noun phrase, after an inverted verb.
export const FINITE = /^(?:would|will|could|should|can|may|might|must|was|were|is|are|had|has|have|did|does)$/i;

/**
 * Where the subject of an inverted cue ends (", said the minister." from `from`, the word after the verb), or -1
 * when the words after the verb are no such subject: a clause (", said the corridor would open"), or a cue
 * that introduces a quote ("Because of the calendar, explained Rosenberg, “…”").
 */
export function invertedSubjectEnd(text: string, toks: Tok[], from: number): number {
  let j = from;
  while (j < toks.length && j - from < 8 && (isWord(toks[j]) || isNameDot(toks, j))) j++;
  if (j === from || toks.slice(from, j).some((x) => FINITE.test(x.t))) return -1;
  // (", recalled what happened in 2008": a question word opens the verb's object, not its subject)
  if (/^(?:what|how|why|whether|when|where|which|who|if|that)$/i.test(toks[from].t)) return -1;
  // (", repeated those sentiments", ", shared with his followers,": a demonstrative opens an object, a preposition an
  // adjunct; an inverted subject is a person: ", said the minister")
  if (/^(?:this|these|those|with|to|on|in|at|for|by|from|about|of)$/i.test(toks[from].t)) return -1;
  if (j < toks.length && /^\s*[,:]?\s*["“«‘']/u.test(text.slice(toks[j - 1].e, toks[j - 1].e + 4))) return -1;
  // (", stressed the need for calm, and condemned …": the verb's object in a series of one subject's verbs; not a name
  // or a verb that mostly inverts: ", said Wang, and noted …")
  if (toks[j]?.t === ',' && toks[j + 1]?.t === 'and' && /^\p{Ll}{3,}ed$/u.test(toks[j + 2]?.t ?? '') && /^\p{Ll}/u.test(toks[from].t) && !/^(?:said|says|added|adds|told)$/u.test(toks[from - 1]?.t ?? '')) return -1;
  return j >= toks.length || /^[.!?,]$/.test(toks[j].t) ? j : -1;
}

/** Punctuation inside a subject: "A Foreign, Commonwealth & Development Office spokesperson", "the Emirates News Agency (WAM)". */
export const SUBJECT_PUNCT = new Set([',', '’', "'", '&', '(', ')']);

// Words between a subject and its verb that belong to neither (and any adverb in "-ly": isAdverb).
export const ADVERBS = new Set('also further then later again has had have once twice furthermore moreover earlier often sometimes always never still already just even now since long ever'.split(' '));
/** A word between a subject and its verb, as written: "also", "has", or an adverb in "-ly" ("Clinton disingenuously claimed"; not "Ms Donnelly"). */
export const isAdverb = (w: string): boolean => ADVERBS.has(w.toLowerCase()) || isLyAdverb(w);
// Words that start a sentence's introductory phrase, ended by its first comma.
export const INTRO_WORDS = new Set(
  // (with the prepositions and subordinators that open a phrase before the subject: "Like other owners …, Mr. X said")
  'separately however meanwhile also moreover in on at during for after later earlier speaking addressing commenting besides furthermore additionally still yet then today yesterday now last this in particular thus therefore nevertheless first second finally overall instead despite amid although though while whilst when because since unlike before following ahead under like as with without among amongst along if unless once upon by from within throughout beyond regarding given whether against across around through over about amidst toward towards inside outside near until even asked of'.split(
    ' ',
  ),
);
// A capitalised present participle opening a sentence: "Welcoming …,", "Receiving …,".
export const PARTICIPLE_OPENER = new Set(OPENING_PARTICIPLES);

export interface SubjectVerb {
  subject: Span;
  verb: string;
  verbStart: number;
  verbEnd: number;
}

/** Determiners after which a participle is an adjective ("the proposed treaty"), never a speech verb. */
const DETERMINER_BEFORE_ADJECTIVE = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'these', 'those', 'our', 'my', 'your']);

/** The speech verb (one word or phrasal) that token i starts, or null. */
export function speechVerbAt(text: string, toks: Tok[], i: number): { verb: string; end: number; next: number } | null {
  const t = toks[i];
  // A verb is written in lower case: "the United States" holds no "states".
  if (!t || !isWord(t) || !/^\p{Ll}/u.test(t.t)) return null;
  // "the proposed treaty", "its stated aim": after a determiner the word is an adjective.
  if (i > 0 && DETERMINER_BEFORE_ADJECTIVE.has(toks[i - 1].t.toLowerCase())) return null;
  const ph = phrasalSpeechVerb(text.slice(t.s, t.s + PHRASAL_LONGEST + 1)) ?? GLAD_TO_SAY.exec(text.slice(t.s, t.s + 60))?.[0];
  if (ph) {
    const n = ph.split(/\s+/).length;
    if (toks[i + n - 1]) return { verb: text.slice(t.s, toks[i + n - 1].e), end: toks[i + n - 1].e, next: i + n };
  }
  // ("We reaffirm that …", "The leaders announce that …": a joint statement's voice only after its authors, with at most
  // an adverb between)
  if (JOINT_VOICE.has(t.t) && !jointVoiceSubject(toks, /^(?:also|further|again|\p{Ll}+ly)$/u.test(toks[i - 1]?.t ?? '') ? i - 1 : i)) return null;
  if (t.f & TokenFlag.SpeechVerb) return { verb: t.t, end: t.e, next: i + 1 };
  if (PROGRESSIVE_SPEECH.has(t.t) && beBefore(toks, i)) return { verb: t.t, end: t.e, next: i + 1 };
  return null;
}

const PROGRESSIVE_SPEECH = new Set(PROGRESSIVE_SPEECH_VERBS);
const JOINT_VOICE = new Set(JOINT_VOICE_VERBS);

/** "we", "they", "the leaders", "the two presidents", "both sides" right before toks[i]. */
function jointVoiceSubject(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1]?.t.toLowerCase() ?? '';
  if (prev === 'we' || prev === 'they') return true;
  // "The United States and France reaffirm that …", "President A and President B reaffirm that …": two named sides
  if (/^\p{Lu}/u.test(toks[i - 1]?.t ?? '')) {
    for (let k = i - 2; k > 0 && k >= i - 8 && (isWord(toks[k]) || toks[k].t === '.'); k--) {
      if (toks[k].t === 'and') return /^\p{Lu}/u.test(toks[k - 1].t) && /^(?:\p{Lu}|the$)/u.test(toks[k + 1]?.t ?? '');
    }
  }
  // "… reiterate their commitment to A and reaffirm that …": a second verb of the same voice, after a first (not "called on
  // Israel to protect civilians and underscore that", "will meet again and reaffirm that")
  if (prev === 'and' && JOINT_VOICE_AFTER_AND.test(toks[i]?.t ?? '')) return toks.slice(0, i - 1).some((x, k) => (JOINT_VOICE.has(x.t) || PLURAL_VOICE.has(x.t)) && !/^(?:to|will|would|shall|can|could|may|might|must|should)$/iu.test(toks[k - 1]?.t ?? ''));
  return JOINT_GROUP_NOUN.test(prev) && /^(?:the|both|two)$/i.test(toks[i - 2]?.t ?? '');
}
const JOINT_GROUP_NOUN = /^(?:leaders|presidents|ministers|sides|parties|governments)$/;
// (not "note" or "announce" after "and": "the letter and note that …")
const PLURAL_VOICE = new Set([...PLURAL_SPEECH_VERBS, 'agree', 'welcome', 'condemn', 'express', 'commit', 'support', 'call']);
const JOINT_VOICE_AFTER_AND = /^(?:reaffirm|affirm|reiterate|underscore|underline|recognize|recognise)$/;

/** A form of "be" right before toks[i], or before one adverb there: "is announcing", "is now warning". */
function beBefore(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1]?.t.toLowerCase() ?? '';
  if (BE_BEFORE_ING.has(prev)) return true;
  return (isLyAdverb(toks[i - 1]?.t ?? '') || AUX_BEFORE_VERB.has(prev)) && BE_BEFORE_ING.has(toks[i - 2]?.t.toLowerCase() ?? '');
}

// "Hours later, …", "Two days earlier, …", "Minutes after the vote, …": a span of time opens the sentence.
const TIME_SPAN = /^(?:seconds|minutes|moments|hours|days|weeks|months|years|decades|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)$/i;
const TIME_SPAN_NOUN = /^(?:seconds?|minutes?|moments?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const timeOpener = (toks: Tok[]): boolean => {
  let k = 0;
  while (k < 3 && toks[k] && TIME_SPAN.test(toks[k].t)) k++;
  return k > 0 && TIME_SPAN_NOUN.test(toks[k - 1].t) && /^(?:later|earlier|ago|after|before)$/i.test(toks[k]?.t ?? '');
};

/**
 * Where a sentence's subject may start: after an introductory phrase ("Separately,", "For her
 * part,"), or a participle's phrase, which may run longer ("Welcoming the Indonesian minister on
 * her visit to co-chair the commission, PM Thang said …"); 0 when there is none.
 */
export function introEnd(toks: Tok[]): number {
  if (!toks.length) return 0;
  // "-   The United States and Ukraine agreed that …": a list's bullet is no part of the subject.
  if (/^[-*•–]$/u.test(toks[0].t) && toks[1]) return 1 + introEnd(toks.slice(1));
  // "But she made clear that …": a conjunction opening the sentence is not part of its subject.
  // "And at a debate last September, Trump called …": the conjunction, then any opening phrase after it.
  if (/^(?:But|And|Yet|So)$/.test(toks[0].t) && toks[1] && toks[1].t !== ',') return 1 + introEnd(toks.slice(1));
  // "Then Trump went on the attack, saying …", "Later she told …": a time adverb, then a name or a pronoun.
  if (/^(?:Then|Later|Now|Still|Also|Again|Meanwhile)$/.test(toks[0].t) && toks[1] && (/^\p{Lu}/u.test(toks[1].t) || /^(?:he|she|they|we|i|it)$/.test(toks[1].t))) return 1 + introEnd(toks.slice(1));
  // "Recall the presidential spokesperson had earlier revealed that …", "Recall that …": an imperative to the reader.
  if (/^(?:Recall|Remember)$/.test(toks[0].t) && toks[1] && /^\p{Ll}/u.test(toks[1].t)) {
    const skip = toks[1].t === 'that' ? 2 : 1;
    return skip + introEnd(toks.slice(skip));
  }
  const intro = INTRO_WORDS.has(toks[0].t.toLowerCase()) || timeOpener(toks);
  // Any participle opens such a phrase ("Watching Trump talk on Tuesday, Reed said …") when a subject
  // follows its comma; "Beijing said", "Sterling Harmon, a spokesman, said" are no phrases.
  const participle = PARTICIPLE_OPENER.has(toks[0].t) || (/^\p{Lu}\p{Ll}{2,}ing$/u.test(toks[0].t) && !((toks[1]?.f ?? 0) & TokenFlag.SpeechVerb));
  if (!intro && !participle) return 0;
  // (a noun's clause inside the opening phrase makes it longer: "In recognition that crime prevention is a priority for
  // Jamaica, the Vice President informed …", "Given that …"; not "In that context", where "that" is a determiner)
  const reach = participle || (intro && toks.slice(1, 4).some((t, k) => t.t === 'that' && !/^(?:in|on|at|for|by|with|from|of|to|after|before|under|during)$/i.test(toks[k].t))) ? 24 : 10;
  let comma = toks.findIndex((t, k) => k < reach && t.t === ',');
  // "As voters went to the polls earlier in the day, the Sanders campaign …": a longer opening phrase, when it
  // reports nothing itself ("Last month TimesLIVE reported that during a call …, the latter warned" does).
  if (comma < 0 && intro) {
    const later = toks.findIndex((t, k) => k >= reach && k < reach + 4 && t.t === ',');
    // (nor has a verb of its own: "For hackers to resort to such tactics would be unusual, but …")
    if (later > 0 && !toks.slice(0, later).some((t) => t.f & TokenFlag.SpeechVerb || /^(?:that|who|which|would|will|could|can|may|might|must|should|is|was|are|were|be|has|have|had)$/i.test(t.t))) comma = later;
  }
  // A long participle phrase with commas of its own ("Requesting the Ambassador to convey … to the leaders
  // of the Party, State and people of China …, Prime Minister X emphasized that …"): it ends at the comma
  // after which a subject comes to a speech verb.
  // So may a long prepositional one ("Like other golf club owners who foresee an upside in expanding their
  // offerings, Mr. Schmidt said …").
  if (((participle || intro) && comma > 0 && !subjectToVerbAfter(toks, comma)) || (intro && comma < 0)) {
    const later = toks.findIndex((t, k) => k > comma && k < LONG_PHRASE && t.t === ',' && subjectToVerbAfter(toks, k));
    if (later > 0) comma = later;
    // Or, with no speech verb, at the comma a name and its verb follow: "Speaking in Salem, New Hampshire,
    // Trump went after Bush, calling him …" (not at "New Hampshire,").
    else if (comma > 0 && !nameThenVerb(toks, comma)) {
      const named = toks.findIndex((t, k) => k > comma && k < reach + 8 && t.t === ',' && nameThenVerb(toks, k));
      if (named > 0) comma = named;
    }
    // "On the eve of his historic election to a fourth term as prime minister in March, Netanyahu rallied …": a long
    // opening phrase with no comma of its own ends at the comma a name and its verb follow.
    // (not at a comma inside a list of places: "… in Paris, Berlin and Rome, officials warned")
    else if (comma < 0) comma = toks.findIndex((t, k) => k < LONG_PHRASE && t.t === ',' && nameThenVerb(toks, k) && !listGoesOn(toks, k));
  }
  if (comma > 0 && !intro && !PARTICIPLE_OPENER.has(toks[0].t) && !startsSubject(toks[comma + 1]?.t ?? '')) return 0;
  // "On the European deal, whose negotiations were concluded …, Olivera said": past the relative clause;
  // "During the talks, held at Ittihadiyah Palace, the King …": past a participle phrase, a past form with its
  // preposition (not an inverted cue, nor an adjective: "On Tuesday, retired general X said").
  const next = toks[comma + 1];
  const participlePhrase =
    !!next && (/^\p{Ll}+ed$/u.test(next.t) || IRREGULAR_VERBS.has(next.t)) && !(next.f & TokenFlag.SpeechVerb) && PARTICIPLE_PREPOSITIONS.has(toks[comma + 2]?.t ?? '');
  if (comma > 0 && (/^(?:who|whose|which|where|when)$/i.test(next?.t ?? '') || participlePhrase)) {
    comma = toks.findIndex((t, k) => k > comma + 1 && k < comma + 28 && t.t === ',');
  }
  return comma > 0 ? comma + 1 : 0;
}

const BARE_FORMS = new Set(PLURAL_SPEECH_VERBS);
const SUBORDINATORS = new Set('when whenever if because while after before since although though until unless once'.split(' '));
const MODALS = new Set('should would will could can may might must shall to'.split(' '));

/** After the comma at k: capitalised words (a name) and then a lower-case word (its verb). */
function nameThenVerb(toks: Tok[], k: number): boolean {
  let v = k + 1;
  while (v < toks.length && v < k + 6 && (/^\p{Lu}/u.test(toks[v].t) || isNameDot(toks, v))) v++;
  // (not a possessive's noun: "On Monday, Ajuri Ngelale, Tinubu’s spokesperson, revealed …" keeps its first comma)
  return v > k + 1 && /^\p{Ll}/u.test(toks[v]?.t ?? '') && !/['’]s?$/u.test(toks[v - 1].t);
}

/** After the comma at k, capitalised words and then "and"/"or": the comma is inside a list ("Paris, Berlin and Rome"). */
function listGoesOn(toks: Tok[], k: number): boolean {
  let v = k + 1;
  while (v < toks.length && v < k + 6 && /^\p{Lu}/u.test(toks[v].t)) v++;
  return /^(?:and|or)$/.test(toks[v]?.t ?? '');
}

/** A word that may open a subject: a capitalised word or a subject pronoun. */
const startsSubject = (w: string): boolean => /^\p{Lu}/u.test(w) || /^(?:he|she|they|we|it|i)$/i.test(w);

/** Tokens a long opening phrase may run to. */
const LONG_PHRASE = 90;

/** After the comma at k: a capitalised subject (or a pronoun), then a speech verb within a few words. */
function subjectToVerbAfter(toks: Tok[], k: number): boolean {
  if (!startsSubject(toks[k + 1]?.t ?? '')) return false;
  for (let v = k + 2; v < Math.min(toks.length, k + 12); v++) {
    if (toks[v].f & TokenFlag.SpeechVerb) return true;
    if (toks[v].t === ',' || (toks[v].t === '.' && !isNameDot(toks, v))) return false;
  }
  return false;
}

/**
 * "SUBJ [adverbs] VERB" at the start of a clause (after an introductory phrase such as
 * "Separately," or "For his part,"). The subject is up to ten tokens.
 */
export function subjectVerbAtStart(doc: ParsedDocument, from: number, to: number): SubjectVerb | null {
  const text = doc.text;
  // "Tbilisi (AFP) - EU Commissioner X told …": a wire's dateline is not the subject.
  const dl = DATELINE_PREFIX.exec(text.slice(from, Math.min(to, from + 100)));
  if (dl) from += dl[0].length;
  const toks = tokensIn(doc, from, Math.min(to, from + 900), 110);
  let i = introEnd(toks);
  // A parenthetical between commas may stand between subject and verb:
  // "Costantini, a career diplomat who was ambassador in Santiago until last year, said that …"
  // The parenthetical may hold commas of its own ("West, a professor who worked for Sen. Alexander (R-Tenn.),
  // one of the bill's architects, called it …"): it closes at the first comma a speech verb follows.
  let limit = i + 12;
  // "A press statement issued by the Ministry of Foreign Affairs (MFA) after lunch said …": a document and its issuer
  // make a longer subject, with the issuer's initials in brackets.
  const documentSubject = i < toks.length && ISSUED_DOCUMENT.test(text.slice(toks[i].s, toks[i].s + 120));
  if (documentSubject) limit = i + 24;
  // An adverbial aside ("Modi, during his remarks, said"): its words hold no verb of the subject's.
  let aside = { from: -1, to: -1 };
  const c1 = toks.findIndex((t, k) => k > i && k < i + 10 && t.t === ',');
  if (c1 > 0) {
    let c2 = toks.findIndex((t, k) => k > c1 && k < c1 + 40 && t.t === ',' && (speechVerbAt(text, toks, k + 1) !== null || (isAdverb(toks[k + 1]?.t ?? '') && speechVerbAt(text, toks, k + 2) !== null)));
    // (only an aside closed by the comma before the verb: "X, in a statement after the talks said …" has none)
    if (c2 > 0 && ASIDE_OPENERS.has(toks[c1 + 1]?.t.toLowerCase() ?? '')) aside = { from: c1, to: c2 };
    if (c2 < 0) c2 = toks.findIndex((t, k) => k > c1 && k < c1 + 26 && t.t === ',');
    if (c2 > 0) limit = Math.max(limit, c2 + 4);
  }
  for (let k = i + 1; k < Math.min(toks.length, limit); k++) {
    const t = toks[k];
    if (k > aside.from && k < aside.to) continue;
    // "some liberal economists - including a minority of the Fed's own committee - warn that …": an aside
    // between dashes (a typed "--" is two tokens).
    if (spacedDash(toks, k)) {
      const close = dashAsideClose(toks, k);
      if (close < 0) return null;
      k = close;
      limit = Math.max(limit, close + 4);
      continue;
    }
    if (documentSubject && t.t === '(') {
      const close = toks.findIndex((x, n) => n > k && n < k + 5 && x.t === ')');
      if (close > 0) {
        k = close;
        continue;
      }
    }
    // "(R-Tenn.),": an abbreviation's full stop inside brackets or before a comma.
    if (!isWord(t) && !SUBJECT_PUNCT.has(t.t) && !isNameDot(toks, k) && !(t.t === '.' && /^[),]$/.test(toks[k + 1]?.t ?? ''))) return null;
    if (/^["“”«»]/u.test(t.t)) return null;
    // ", who asked not to be named,": a verb inside the relative clause is not the subject's.
    if (toks[k - 1].t === ',' && /^(?:who|which|whose|whom)$/i.test(t.t)) {
      // The clause ends at the comma before the main verb ("Nowicka, who met X for talks on transit,
      // energy and ports, said …"), else at its first comma.
      let close = toks.findIndex((x, n) => n > k && n < k + 40 && x.t === ',' && speechVerbAt(text, toks, n + 1) !== null);
      if (close < 0) close = toks.findIndex((x, n) => n > k && n < k + 26 && x.t === ',');
      if (close < 0) return null;
      k = close;
      limit = Math.max(limit, close + 4);
      continue;
    }
    // "…, during which he suggested …": the relative clause's own subject.
    if (/^which$/i.test(t.t) && k >= i + 3 && toks[k - 2].t === ',' && /^(?:during|after|in|at|following)$/i.test(toks[k - 1].t)) {
      i = k + 1;
      limit = Math.max(limit, k + 8);
      continue;
    }
    // "I always get kidded by X when I would say to him, …": a subordinate clause's own subject starts; its verb is not
    // this subject's (an aside set off by a comma is handled above).
    if (k > i && SUBORDINATORS.has(t.t.toLowerCase()) && toks[k - 1].t !== ',' && SUBJECT_PRONOUN.test(toks[k + 1]?.t ?? '')) return null;
    const sv = speechVerbAt(text, toks, k);
    if (!sv) continue;
    // A plural's bare form after a modal or "to" is no finite verb of the subject: "forces should continue
    // dialogue, disengage and maintain the distance".
    if (BARE_FORMS.has(sv.verb.toLowerCase()) && toks.slice(i, k).some((x) => MODALS.has(x.t.toLowerCase()))) continue;
    let j = k;
    // ("the United States is announcing it is …": a form of "be" before a verb in -ing belongs to the verb)
    const progressive = /\p{Ll}ing$/u.test(sv.verb);
    while (j > i && (isAdverb(toks[j - 1].t) || (progressive && BE_BEFORE_ING.has(toks[j - 1].t.toLowerCase())))) j--;
    if (j === i) return null;
    // "He expressed appreciation for the support and said …", "Trump took to Twitter, writing: …": the
    // subject is the clause's first noun phrase.
    // "She followed that by saying, …", "… before adding": a participle after a preposition is the subject's too.
    if ((/^(?:and|but)$/i.test(toks[j - 1].t) || (/^(?:,|by|before|after|while|when|without)$/i.test(toks[j - 1].t) && /ing$/i.test(sv.verb))) && j - 1 > i) {
      const lead = leadingSubject(doc, toks[i].s, toks[j - 1].s);
      if (lead) return { subject: lead, verb: sv.verb, verbStart: t.s, verbEnd: sv.end };
    }
    // "An economic downturn, he said, “…”": a cue set off by commas; its subject is what follows the comma.
    if (toks[j - 1].t !== ',') {
      let c = j - 1;
      while (c > i && toks[c].t !== ',') c--;
      const short = j - 1 - c <= 4 && toks.slice(c + 1, j).every((x, n) => isWord(x) || isNameDot(toks, c + 1 + n));
      if (c > i && c < j - 1 && short && /^(?:he|she|they|it|we|i|\p{Lu}.*)$/u.test(toks[c + 1].t) && !/^(?:who|which|whose)$/i.test(toks[c + 1].t)) {
        return { subject: { start: toks[c + 1].s, end: toks[j - 1].e }, verb: sv.verb, verbStart: t.s, verbEnd: sv.end };
      }
    }
    // "Prime Minister Modi, during his remarks, said that …": an adverbial aside between commas is no part of the subject.
    if (toks[j - 1].t === ',' && j - 2 > i) {
      let c = j - 2;
      while (c > i && toks[c].t !== ',') c--;
      if (c > i && ASIDE_OPENERS.has(toks[c + 1]?.t.toLowerCase() ?? '')) return { subject: { start: toks[i].s, end: toks[c - 1].e }, verb: sv.verb, verbStart: t.s, verbEnd: sv.end };
    }
    // "He also congratulated the president on what he described as …": a pronoun right before the verb, past
    // the clause's first words, is the subject of the clause the verb belongs to.
    // (Not after a described subject: in "A Kremlin spokesman rejected what he called …" he is the spokesman.)
    if (j - 1 > i && SUBJECT_PRONOUN.test(toks[j - 1].t) && !/^(?:a|an|the)$/i.test(toks[i].t)) return { subject: { start: toks[j - 1].s, end: toks[j - 1].e }, verb: sv.verb, verbStart: t.s, verbEnd: sv.end };
    // "Lavrov told him" is fine; a lower-case word just before the verb that is not a pronoun or a
    // description noun likely means the verb belongs to a clause, not this subject.
    return { subject: { start: toks[i].s, end: toks[j - 1].e }, verb: sv.verb, verbStart: t.s, verbEnd: sv.end };
  }
  return null;
}

// Lower-case words inside a capitalised name or title: "Minister of Foreign Affairs", "Abdullah bin Zayed".
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'du', 'di']);

// Words that end a sentence's leading noun phrase: auxiliaries, adverbs, a past-tense verb.
const SUBJECT_END = new Set('also has had have was were is are will would could should then later again once first further'.split(' '));

// Titles of envoys, whose "to" and a capitalised word go on with the title ("Ambassador to Argentina"), unlike a name's
// ("President Ruto to President Museveni: “…”").
export const ENVOY_TITLES = new Set(['ambassador', 'envoy', 'nuncio', 'commissioner', 'representative', 'consul', 'assistant', 'adviser', 'advisor', 'delegate', 'emissary']);
const envoyTo = (toks: Tok[], k: number): boolean =>
  toks[k]?.t === 'to' && k > 0 && ENVOY_TITLES.has(toks[k - 1].t.toLowerCase()) && /^\p{Lu}/u.test(toks[k + 1]?.t ?? '');

/** A dash with a space before it: "X - …", "X — …", "X -- …" (a typed "--" is two tokens). */
function spacedDash(toks: Tok[], k: number): boolean {
  return k > 0 && /^[-–—]$/u.test(toks[k]?.t ?? '') && toks[k].s > toks[k - 1].e;
}

/** The last token of the spaced dash that closes an aside opened by the one at `k` (within 30 tokens), or -1. */
function dashAsideClose(toks: Tok[], k: number): number {
  let close = toks.findIndex((_, n) => n > k + 1 && n < k + 30 && spacedDash(toks, n));
  if (close < 0) return -1;
  while (toks[close + 1]?.t === '-' && toks[close + 1].s === toks[close].e) close++;
  return close;
}

/** The noun phrase a sentence opens with ("The Tanzanian foreign minister", "Wang Yi"), up to eight words. */
export function leadingSubject(doc: ParsedDocument, from: number, to: number): Span | null {
  const dl = DATELINE_PREFIX.exec(doc.text.slice(from, Math.min(to, from + 100)));
  if (dl) from += dl[0].length;
  let toks = tokensIn(doc, from, to, 60);
  const skip = introEnd(toks);
  toks = toks.slice(skip, skip + 40);
  let j = 0;
  while (j < toks.length && j < 8) {
    const t = toks[j];
    if (!isWord(t) && t.t !== '’' && t.t !== "'" && !isNameDot(toks, j)) break;
    // ("The Presidents strongly condemn …": an adverb in lower case after the subject stands before its verb)
    if (j > 0 && /^\p{Ll}/u.test(t.t) && (SUBJECT_END.has(t.t) || IRREGULAR_VERBS.has(t.t) || /ed$/.test(t.t) || (/s$/.test(t.t) && !/ss$/.test(t.t) && j > 1) || (isLyAdverb(t.t) && /^\p{Lu}/u.test(toks[j - 1].t)))) break;
    // "External Affairs Minister S Jaishankar held …": a lower-case word right after a name (two capitalised
    // words or more; "Republican nominee" is one) is its verb.
    // ("The Party chief" is no name: a determiner is not one of its words.)
    // ("The Apostolic Nuncio to Argentina, Miroslaw Adamczyk, thanked …": "to" and a capitalised word go on with a title.)
    if (j > 1 && /^\p{Ll}/u.test(t.t) && /^\p{Lu}/u.test(toks[j - 1].t) && /^\p{Lu}/u.test(toks[j - 2].t) && !/^(?:The|A|An|His|Her|Its|Their)$/.test(toks[j - 2].t) && !NAME_JOINERS.has(t.t) && !envoyTo(toks, j)) break;
    j++;
  }
  // "Mutai, for his part, called …": a short aside between commas before the verb.
  let verb = j;
  let named: Span | null = null;
  // "Mrs. Clinton -- whose husband signed the act -- has derided …": an aside between spaced dashes.
  if (j > 0 && spacedDash(toks, j)) {
    const close = dashAsideClose(toks, j);
    if (close > 0) verb = close + 1;
  }
  if (j > 0 && toks[j]?.t === ',') {
    const close = toks.findIndex((t, k) => k > j + 1 && k <= j + 14 && t.t === ",");
    // (a party tag's full stop too: "Mitch McConnell, R-Ky., delivered …")
    if (close > 0 && toks.slice(j + 1, close).every((t, n) => isWord(t) || isNameDot(toks, j + 1 + n))) {
      verb = close + 1;
      // "Kazakhstan's foreign minister, Erlan Idrissov, plays down …": a name set off after a description is the subject.
      const aside = toks.slice(j + 1, close);
      // (not a name in the object of a preposition: "Proposals from the front-runner, Hillary Clinton, …")
      // (an envoy's "to Argentina" is part of the title)
      const inObject = toks.slice(0, j).some((t, k) => OBJECT_PREPOSITIONS.has(t.t.toLowerCase()) && !envoyTo(toks, k));
      // (after a description, not a name: "Jan Novak, Czech Ambassador, sounds upbeat" keeps Novak)
      // ("The Egyptian Ambassador, Youssef, praised …": a determiner opens a description, whatever its case)
      const described = toks.slice(0, j).some((t) => /^\p{Ll}/u.test(t.t) && t.t !== 's') || /^(?:The|A|An|His|Her|Its|Their)$/.test(toks[0].t);
      if (!inObject && described && aside.length <= 4 && aside.every((t, k) => /^\p{Lu}/u.test(t.t) || isNameDot(aside, k))) named = { start: aside[0].s, end: aside[aside.length - 1].e };
    }
  }
  if (j === 0 || verb >= toks.length || !/^\p{Ll}/u.test(toks[verb].t)) return null;
  return named ?? { start: toks[0].s, end: toks[j - 1].e };
}

/**
 * "SUBJ VERB1 … and SPEECH-VERB …": a speech verb coordinated with the first verb of the clause in
 * text[from, to) ("He thanked India for its support and said …", "… and said, “…”", "…, underscored that …"), when `takes`
 * accepts what follows it (the tokens and the index after the verb). The subject is the clause's
 * first noun phrase.
 */
export function coordinatedSpeechVerb(doc: ParsedDocument, from: number, to: number, takes: (toks: Tok[], next: number) => boolean): SubjectVerb | null {
  const text = doc.text;
  const toks = tokensIn(doc, from, to, 60);
  for (let k = 2; k < toks.length; k++) {
    // (or a comma in a series of the subject's verbs, before a past speech verb and "that": "voiced support for A,
    // underscored that B, and condemned C")
    const comma = toks[k].t === ',';
    if (!comma && !/^(?:and|but)$/i.test(toks[k].t)) continue;
    let v = k + 1;
    if (toks[v]?.t.toLowerCase() === 'also') v++;
    const sv = speechVerbAt(text, toks, v);
    if (!sv || !takes(toks, sv.next)) continue;
    if (comma && !(/ed$/u.test(sv.verb) && toks[sv.next]?.t.toLowerCase() === 'that')) continue;
    // Not after a clause-opening quote ("“…,” he said and added that …" is the quote's); a quoted
    // fragment inside the first clause is fine ('called Indonesia “a natural partner” and said …').
    if (/^\s*["“”«»‘']/u.test(text.slice(from, from + 3)) || /["“”«»]\s*,/u.test(text.slice(from, toks[k].s))) return null;
    const subject = leadingSubject(doc, from, to);
    return subject ? { subject, verb: sv.verb, verbStart: toks[v].s, verbEnd: sv.end } : null;
  }
  return null;
}

// Words that may stand between a subject and its speech verb: "he also says", "they have long said".
const AUX_BEFORE_VERB = new Set('also has have had would will still now often later long always since then already just even once twice'.split(' '));
const BE_BEFORE_ING = new Set(['is', 'are', 'was', 'were', 'been', 'be', '’s', "'s"]);
// Words after which a new clause's subject begins: "… -- not me -- and he says …", "Even though …, the women say officers …",
// "… after Trump said he is open to …".
// (Not "if"/"unless": "If officials say the plan is dead, …" reports nothing.)
const SUBJECT_BOUNDARY = new Set('and but while although though whereas because since as when so yet after before until once that what which how where why whom'.split(' '));
const SUBJECT_DETERMINERS = new Set('the a an his her their its our my your some many most several both all other these those few'.split(' '));
const MAX_SUBJECT_WORDS = 10;
const BOUNDARY_PUNCT = /^(?:,|;|:|-+|–|—|―)$/u;
// A verb, relative word or preposition inside the words before the verb means they are no plain subject.
const NOT_SUBJECT = /^(?:who|which|that|whom|whose|what|to|of|in|on|at|by|for|with|from|about|is|are|was|were|be|been|\p{Ll}+ed|\p{Ll}+ing)$/u;

export const PRONOUN_CLAUSE = /^(?:he|she|they|we|it|i|he['’]s|she['’]s|they['’]re|it['’]s|we['’]re|i['’]m|he['’]d|she['’]d|they['’]d)$/i;
export const SUBJECT_PRONOUN = /^(?:he|she|they|we|i)$/i;

/**
 * The subject of the speech verb at token k of a sentence's tokens, read backwards: the short noun phrase right
 * before the verb, from a clause boundary (a comma, a dash, a conjunction, the sentence start), past "also",
 * "has" and a party tag in brackets ("… -- not me -- and he says", "Even though …, the women say", "Sen. Marco
 * Rubio (R-Fla.) said"); the noun phrase a relative "who" stands for ("the voters who said"); after ", then" or
 * "and" with nothing between, the sentence's subject ("…, then says"). Null when there is none.
 */
export function subjectRightBefore(doc: ParsedDocument, s: { start: number }, toks: Tok[], k: number, afterVerbTok: Tok | undefined): Span | null {
  let j = k;
  // ("the United States is announcing it is …", "she has been saying …": a form of "be" before a verb in -ing)
  const progressive = /\p{Ll}ing$/u.test(toks[k]?.t ?? '');
  while (j > 0 && k - j < (progressive ? 3 : 2) && (AUX_BEFORE_VERB.has(toks[j - 1].t.toLowerCase()) || isLyAdverb(toks[j - 1].t) || (progressive && BE_BEFORE_ING.has(toks[j - 1].t.toLowerCase())))) j--;
  // "Sen. Marco Rubio (R-Fla.) said": a party tag in brackets between the name and its verb.
  if (toks[j - 1]?.t === ')') {
    let open = j - 2;
    while (open > 0 && open >= j - 7 && toks[open].t !== '(') open--;
    if (open > 0 && toks[open].t === '(') j = open;
  }
  if (j === 0) return null;
  // "the 30 percent of voters who said …", "superdelegates who've already said …": the noun phrase before "who".
  const rel = /^who(?:['’]ve|['’]d)?$/i.test(toks[j - 1].t) ? j - 1 : -1;
  const end = rel >= 0 ? (toks[rel - 1]?.t === ',' ? rel - 1 : rel) : j;
  let b = end;
  // "If officials say the plan is dead, …": a condition reports nothing.
  for (let c = end - 1; c >= 0 && end - c <= MAX_SUBJECT_WORDS; c--) {
    if (/^(?:if|unless|whether)$/i.test(toks[c].t)) return null;
    if (!isWord(toks[c])) break;
  }
  // ("42% say …": a share is a subject too.)
  while (b > 0 && end - b < MAX_SUBJECT_WORDS && (isWord(toks[b - 1]) || isNameDot(toks, b - 1) || (toks[b - 1].t === '%' && b > 1 && /^\d/.test(toks[b - 2].t))) && !SUBJECT_BOUNDARY.has(toks[b - 1].t.toLowerCase()) && (!NOT_SUBJECT.test(toks[b - 1].t) || (rel >= 0 && toks[b - 1].t === 'of'))) b--;
  // "Kasich offered the man a job, then says he'll …": nothing before but a comma or "and": the sentence's subject.
  if (b === end) {
    // (Not "…, said Democratic strategist X": a verb right after a comma is inverted, its subject after it.)
    if (rel < 0 && (/^(?:and|but)$/.test(toks[j - 1]?.t ?? '') || (toks[j - 1]?.t === ',' && k > j)) && j - 1 > 0) return leadingSubject(doc, s.start, toks[j - 1].s);
    return null;
  }
  if (b > 0 && !BOUNDARY_PUNCT.test(toks[b - 1].t) && !SUBJECT_BOUNDARY.has(toks[b - 1].t.toLowerCase())) return null;
  const first = toks[b].t;
  const pronoun = end - b === 1 && SUBJECT_PRONOUN.test(first);
  if (!pronoun && (SUBJECT_PRONOUN.test(first) || /^(?:it|this|that|there)$/i.test(first))) return null;
  // A plain noun phrase opens on a capital or a determiner; one in lower case must be a plural ("border officials
  // say"), end in a name ("campaign chairman John Podell said") or be followed by a clause on a pronoun.
  const plural = /\p{Ll}s$/u.test(toks[end - 1].t);
  const pronounNext = !!afterVerbTok && PRONOUN_CLAUSE.test(afterVerbTok.t);
  const named = /^\p{Lu}/u.test(toks[end - 1].t);
  if (!pronoun && !/^\p{Lu}/u.test(first) && !SUBJECT_DETERMINERS.has(first.toLowerCase()) && !plural && !pronounNext && !named) return null;
  return { start: toks[b].s, end: toks[end - 1].e };
}

// "a statement issued by X", "a readout from X", "a tally by the Associated Press", "a report in the Des Moines
// Register": a document or a finding whose issuer is named after it (not "a poll in March": "in" only before "the").
const ISSUED_DOCUMENT = new RegExp(
  String.raw`^(?:an?|the)?\s*(?:[\p{L}-]+\s+){0,2}(?:statement|communiqu[eé]|readout|release|note|letter|declaration|post|${FINDING_NOUNS.join('|')})\s+(?:(?:issued|released|published|posted|made|conducted|carried out)\s+)?(?:by|from|for|in(?=\s+the\s))\s+`,
  'iu',
);
// Where the issuer's name ends: a comma, an adjunct, or a date word ("issued by the Ministry of External Affairs Friday").
const ISSUER_END = /,|\s+(?:on|in|at|after|following|which|that|late|early|(?:last|this|on)\s+\p{Lu}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)\b/u;

/**
 * The source named by an "according to" phrase from..to: for "a (joint) statement issued by the
 * Ministry of External Affairs Friday", the issuer; otherwise the phrase itself.
 */
export function issuer(doc: ParsedDocument, from: number, to: number): Span {
  const phrase = doc.text.slice(from, to);
  const by = ISSUED_DOCUMENT.exec(phrase);
  if (!by) return { start: from, end: to };
  const rest = phrase.slice(by[0].length);
  const stop = ISSUER_END.exec(rest);
  return { start: from + by[0].length, end: from + by[0].length + (stop ? stop.index : rest.length) };
}
