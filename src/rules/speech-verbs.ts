// Speech and thought verbs that attribute a quote or report speech, as inflected forms.
// Phrasal cues ("pointed out", "went on") are listed whole; the finder prefers the longest.

import { GLAD_WORDS } from './meeting-words.js';

/**
 * Bare forms, for plural subjects: "economists warn that …", "critics argue …". Not the forms that are as
 * often nouns ("claim", "note", "report", "estimate").
 */
export const PLURAL_SPEECH_VERBS: readonly string[] = [
  'warn', 'argue', 'insist', 'explain', 'stress', 'predict', 'contend', 'maintain', 'acknowledge', 'admit', 'suggest',
  'complain', 'allege', 'concede', 'assert', 'caution', 'recall', 'reveal', 'confirm', 'emphasize', 'emphasise', 'tell', 'add',
  'write', 'point out',
];

/**
 * A joint statement's own voice: "we reaffirm that …", "The leaders announce that …" (speaker: its authors,
 * extract/authors.ts, or the pair its meeting names). Speech only right after "we", "they" or a group ("the leaders",
 * "both sides"), and only where the document says who they are.
 */
export const JOINT_VOICE_VERBS: readonly string[] = ['reaffirm', 'affirm', 'recognize', 'recognise', 'underline', 'underscore', 'reiterate', 'note', 'announce'];

/**
 * Verbs that take an infinitive: after them "to" opens what they agreed or pledged to do, not a listener ("agreed to work
 * together to address the actions that …", "To advance this goal, the countries agreed to coordinate …"; not "said to
 * reporters that …").
 */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'agree', 'agrees', 'agreed', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed', 'promise', 'promises', 'promised',
  'decide', 'decides', 'decided', 'offer', 'offers', 'offered', 'threaten', 'threatens', 'threatened', 'refuse', 'refuses',
  'refused', 'hope', 'hopes', 'hoped', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'commit', 'commits', 'committed',
]);

/**
 * Verbs that report speech only through a content clause ("agreed that …"): a quotation in their object is no words of
 * their subject ("agreed on the need “to further consolidate allies”, the office said").
 */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set(['agree', 'agrees', 'agreed', 'shared']);

/** Verbs that attribute a direct quote ("…,” he said) or introduce reported speech. */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying',
  'told', 'tells',
  'added', 'adds', 'adding',
  'noted', 'notes', 'noting',
  'stressed', 'stresses', 'stressing',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising',
  'remarked', 'remarks',
  'explained', 'explains',
  'pointed out', 'points out',
  'stated', 'states',
  'declared', 'declares',
  'announced', 'announces',
  'underlined', 'underlines',
  'underscored', 'underscores',
  'insisted', 'insists',
  'argued', 'argues',
  'claimed', 'claims',
  'warned', 'warns',
  'observed', 'observes',
  'commented', 'comments',
  'continued', 'continues',
  'concluded', 'concludes',
  'replied', 'replies',
  'responded', 'responds',
  'answered', 'answers',
  'asked', 'asks',
  'urged', 'urges',
  'informed', 'informs',
  'assured', 'assures',
  'reassured', 'reassures',
  'confirmed', 'confirms',
  'acknowledged', 'acknowledges',
  'admitted', 'admits',
  'recalled', 'recalls',
  'highlighted', 'highlights',
  'reiterated', 'reiterates',
  'indicated', 'indicates',
  'suggested', 'suggests',
  'wrote', 'writes', 'writing',
  'tweeted', 'posted', 'tweeting', 'declaring', 'telling', 'stating',
  'maintained', 'maintains',
  'mentioned', 'mentions',
  'revealed', 'reveals', 'bared', 'bares',
  'asserted', 'asserts',
  'affirmed', 'affirms',
  'complained', 'complains',
  'predicted', 'predicts',
  'promised', 'promises',
  'vowed', 'vows',
  'proposed', 'proposes',
  'specified', 'clarified',
  'summed up', 'went on', 'goes on', 'put it', 'puts it',
  'elaborated', 'quipped', 'joked', 'lamented', 'cautioned', 'boasted', 'conceded', 'doubted', 'doubts',
  'reported', 'reports',
  'described', 'describes', 'called', 'calls',
  'believes', 'believed', 'thinks', 'thought',
  'hopes', 'hoped', 'feels', 'felt',
  // A broad list of English reporting verbs (after textacy's REPORTING_VERBS), both spellings.
  'conveyed', 'conveys',
  'alleged', 'alleges',
  'contended', 'contends',
  'denied', 'denies',
  'disclosed', 'discloses',
  'estimated', 'estimates',
  'signalled', 'signaled', 'signals',
  'voiced', 'voices',
  'reaffirmed', 'reaffirms',
  'recounted', 'recounts',
  'retorted', 'countered', 'objected', 'protested',
  'expressed hope', 'expressed confidence', 'expressed concern', 'expressed regret', 'expressed satisfaction',
  'did not rule out', 'does not rule out', 'would not rule out', 'could not rule out',
  'did not exclude', 'does not exclude',
  'made clear', 'makes clear', 'made it clear', 'makes it clear',
  'went on to say', 'noted with satisfaction',
  // How something was said, as US political copy writes it: '“…,” Toomey fumed', '“…” reacted Trump'.
  // Past tense only: the present forms are nouns too ("Russia's demands that …", "his reasons").
  'fumed', 'reacted', 'proclaimed', 'exclaimed', 'scoffed', 'mused', 'groused', 'griped', 'bragged',
  'crowed', 'gushed', 'marveled', 'marvelled', 'sniped', 'snapped', 'sneered', 'chided', 'scolded',
  'mocked', 'thundered', 'shouted', 'yelled', 'bellowed', 'pleaded', 'demanded', 'interjected', 'opined',
  'reasoned', 'wondered', 'bemoaned', 'decried', 'ridiculed', 'taunted', 'huffed', 'ranted', 'raged',
  'sighed', 'texted', 'emailed', 'shot back', 'fired back', 'chimed in', 'weighed in',
  // … and two participles that introduce what was shouted: "with Trump reportedly yelling: “…”".
  'shouting', 'yelling',
  // Readouts' verbs of stated positions: "The two ministers believe that …", "Russia denies that …",
  // "Blinken reminded that …", "The leaders agreed that …" (with a clause only: "agreed to", "agreed on" report no
  // speech, INFINITIVE_VERBS and CLAUSE_ONLY_VERBS).
  'agreed', 'believe', 'denied', 'deny', 'reminded', 'reminds', 'repeated', 'repeats', 'repeat',
  'expressed', 'expresses',
  // "The President also shared that the United States will …" (readouts of the 2020s)
  'shared',
  ...PLURAL_SPEECH_VERBS,
  ...JOINT_VOICE_VERBS,
  // Verbs whose object may be a one-word quote: 'accused some politicians of "blackmail"'.
  'accused', 'accuses', 'denounced', 'denounces',
  'recommended', 'recommends',
];

/**
 * Speech verbs that take their object right after them, so the words after them are never an inverted
 * subject: "…, accused the government of settling for symbolism." (not "…, said the minister.").
 */
/**
 * Forms in -ing that report speech only after a form of "be" ("the United States is announcing it is …", "has been
 * warning that …"): alone they are as often a participle of a noun ("Officials confirming the meeting said …", "The
 * documents revealing …").
 */
export const PROGRESSIVE_SPEECH_VERBS: readonly string[] = [
  'announcing', 'confirming', 'revealing', 'warning', 'arguing', 'insisting', 'claiming', 'explaining', 'saying',
  'suggesting', 'acknowledging', 'admitting', 'alleging', 'asserting', 'contending', 'predicting', 'complaining',
];

/** Verbs that report the words of a quote only right after it, with a one-word subject: '“…,” he spoke of his guest'. */
export const QUOTE_CUE_VERBS: ReadonlySet<string> = new Set(['spoke', 'speaks']);

export const OBJECT_FIRST_VERBS: ReadonlySet<string> = new Set([
  'accused', 'accuses', 'denounced', 'denounces', 'called', 'calls', 'described', 'describes', 'urged', 'urges',
  'informed', 'informs', 'assured', 'assures', 'reassured', 'reassures', 'reminded', 'reminds', 'recommended', 'recommends', 'voiced', 'voices',
  'expressed', 'expresses', 'conveyed', 'conveys', 'highlighted', 'highlights', 'underlined', 'underlines',
  'proposed', 'proposes', 'decried', 'ridiculed', 'taunted', 'mocked', 'chided', 'scolded', 'bemoaned', 'demanded',
  // (", shared values, and the rules-based order": an adjective in a list, never "…, shared the minister")
  'shared',
]);

/**
 * Verbs that take an object as often as a bare clause ("acknowledged the challenges", "acknowledged the talks had
 * stalled", "stressed the meeting was organized for economic reasons"): a bare clause only when a finite verb follows
 * within a few words.
 */
export const ZERO_THAT_IF_FINITE_VERBS: readonly string[] = [
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'stressed', 'stresses', 'stressing',
  'emphasized', 'emphasised', 'emphasizing', 'emphasising', 'noted', 'notes', 'noting', 'explained', 'explains', 'stated',
];

/**
 * A finding made public, which takes a bare clause only when a short subject and its finite verb follow at once: "The
 * Times reported the email would …", "the campaign announced it would seek a recanvass" (not "announced the team he would
 * lead", "tweeted a photo he would later delete": an object and a relative clause).
 */
export const ZERO_THAT_IF_SUBJECT_VERBS: readonly string[] = [
  'reported', 'reports', 'announced', 'announces', 'revealed', 'reveals', 'confirmed', 'confirms', 'wrote', 'writes', 'tweeted',
  'shared',
  // ("Today, the United States is announcing it is prepared to …")
  'announcing', 'revealing', 'confirming',
];

/** Verbs after which a content clause may follow without "that" ("Makei said they discussed …"). */
export const ZERO_THAT_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'believes', 'believed', 'thinks', 'thought',
  'hopes', 'hoped', 'insisted', 'insists', 'claimed', 'claims', 'argued', 'argues',
  'denied', 'estimated', 'estimates', 'predicted', 'predicts', 'warned', 'warns',
  // A proposal with a bare subjunctive clause (VNA): "He suggested the two sides step up …".
  'suggested', 'suggests', 'proposed', 'proposes', 'recommended', 'recommends',
  // The bare forms after a plural subject: "Democratic strategists say the party would …".
  'say', 'tell', 'add', 'believe', 'think', 'hope', 'insist', 'argue', 'warn', 'predict', 'suggest',
];
// Not "noted/stressed/emphasized" here: "stressed the need to …" takes a noun phrase (ZERO_THAT_IF_FINITE_VERBS above).

/**
 * A participle that reports after a clause of its own: "…, saying (that) …", "reaffirmed the alliance, underscoring that
 * …" (extract/indirect.ts; "saying", "claiming", "arguing", "insisting", "warning", "predicting", "suggesting", "writing",
 * "tweeting" also with a bare clause).
 */
export const REPORTING_PARTICIPLES: readonly string[] = [
  'saying', 'claiming', 'arguing', 'warning', 'insisting', 'suggesting', 'predicting', 'reporting', 'explaining', 'noting',
  'stressing', 'declaring', 'asserting', 'contending', 'acknowledging', 'writing', 'tweeting', 'recalling', 'underlining',
  'underscoring', 'emphasizing', 'emphasising', 'reiterating', 'reaffirming', 'affirming', 'recognizing', 'recognising',
  'highlighting', 'pointing out', 'admitting', 'alleging', 'announcing', 'complaining', 'conceding', 'joking', 'boasting',
];

/**
 * Participles that open a sentence before its subject: "Welcoming the minister on her visit, X said …",
 * "Asked whether …, X was emphatic". A list, not any word in -ing: "Beijing said", "Sterling Harmon".
 */
export const OPENING_PARTICIPLES: readonly string[] = [
  'Welcoming', 'Speaking', 'Receiving', 'Addressing', 'Responding', 'Commenting', 'Briefing', 'Meeting',
  'Opening', 'Hosting', 'Greeting', 'Noting', 'Stressing', 'Reiterating', 'Recalling', 'Emphasizing',
  'Emphasising', 'Underlining', 'Underscoring', 'Highlighting', 'Referring', 'Touching', 'Turning',
  'Concluding', 'Summing', 'Reflecting', 'Answering', 'Replying', 'Reacting', 'Explaining', 'Describing',
  'Praising', 'Thanking', 'Looking', 'Writing', 'Visiting', 'Arriving', 'Returning', 'Accompanied',
  'Asked', 'Pressed', 'Questioned',
];

/** Nouns of stated opinion: "expressed confidence that …" reports speech too. */
export const STANCE_NOUNS: readonly string[] = [
  'confidence', 'hope', 'belief', 'conviction', 'concern', 'regret', 'satisfaction', 'view', 'opinion', 'wish', 'agreement',
  'expectation', 'assessment', 'understanding', 'position', 'demand',
];

/** Findings that "say" things ("according to a yearly Gallup poll"): the organisation they name speaks. */
export const FINDING_NOUNS: readonly string[] = [
  'poll', 'polls', 'polling', 'survey', 'surveys', 'report', 'reports', 'study', 'studies', 'analysis', 'tally', 'count',
  'filing', 'filings', 'summary', 'data', 'figures', 'records', 'estimate', 'estimates', 'review', 'audit', 'memo',
  'numbers', 'statistics', 'research', 'projections', 'census',
];

const VERB_SET = new Set(SPEECH_VERBS.filter((v) => !v.includes(' ')));
const PHRASAL = SPEECH_VERBS.filter((v) => v.includes(' '));
/**
 * A speech verb after a form of "be" and an adjective of feeling: "The Vice President was pleased to inform the Prime
 * Minister that …", "is also proud to announce that …" (read as one phrasal verb).
 */
export const GLAD_TO_SAY = new RegExp(`^(?:was|is|were|are|will be|would be)\\s+(?:also\\s+)?(?:${GLAD_WORDS})\\s+to\\s+(?:announce|inform|report|share|confirm)\\b`, 'i');

/** The length of the longest phrasal speech verb: how much text to look at for one. */
export const PHRASAL_LONGEST = Math.max(...PHRASAL.map((p) => p.length));

/** True when `word` (lower case) is a one-word speech verb. */
export function isSpeechVerb(word: string): boolean {
  return VERB_SET.has(word.toLowerCase());
}

/** The phrasal speech verb ("pointed out") that begins `text`, if any. */
export function phrasalSpeechVerb(text: string): string | null {
  const lower = text.slice(0, PHRASAL_LONGEST + 1).toLowerCase();
  for (const p of PHRASAL) if (lower.startsWith(p) && !/[\p{L}]/u.test(lower[p.length] ?? '')) return p;
  return null;
}

/**
 * A speech given, told as an event: "just wrapped up a major address in Riyadh", "delivered remarks at the summit", or a
 * round of interviews: "then made the rounds on television", "appeared on three Sunday shows". Its subject speaks the
 * quotations that follow with no cue of their own ("Here are the top moments: “…” “…”").
 */
export const SPEECH_EVENT = /\b(?:(?:delivered|delivers|gave|gives|wrapped up|wraps up|concluded|made|opened|closed)\s+(?:a|an|his|her|their|the)\s+\[?(?:[\p{L}-]+\s+){0,3}?(?:address|speech|remarks|keynote|toast|statement|interview|(?:press|news) conference)|(?:made|makes|making) the rounds\b|(?:appeared|appears) on\s+(?:[\p{L}-]+\s+){0,3}?(?:television|TV|shows?|programs?|programmes?|podcasts?)\b)/u;
