// People and bodies the document introduces, and every mention of them.
//
// Patterns handled (one example each):
//   title before the name      "Belarus President Aleksandr Lukashenko", "Russia’s Minister of Foreign Affairs Sergei Lavrov"
//   counterpart                "his Russian counterpart Sergei Lavrov" (role taken from the other person in the sentence)
//   apposition / speaker line  "Alexander Lukashenko, President of Belarus:"
//   bare full name             "Sergey Aleinik and Sergey Lavrov addressed …"
//   surname, titled surname    "Makei said", "President Lukashenko", "Mr Lavrov"
//   descriptions               "the Belarusian leader", "the head of state", "his Belarusian counterpart",
//                              "the prime minister of Russia" (resolved by role class and country adjective)
//   bodies                     "the Belarusian Foreign Ministry", "Russia’s Ministry of Foreign Affairs", "the Kremlin";
//                              later "the ministry" refers back to the last one named
//   titles used alone      "the Vice President", "the Secretary" (of State), "The Deputy Secretary-General", "EAM", "FM":
//                              the person whose title has those words and the same rank, the one introduced with
//                              those very words first ("FM Ingrid Solberg"); abbreviations in rules/titles.ts
//   salience                   a description goes to the fitting person named three or more times rather than one
//                              named once in passing ("the head of state" after an aside about another president)
//   spelling variants merged   "Aleksandr Lukashenko" / "Alexander Lukashenko" (same surname, similar first name)
//   particles and initials     "Khalifa bin Jassim al-Mannai" (then "Al-Mannai said"), "S. Venkatraman"
//   envoys' postings           "Russian Ambassador to Belarus X" (country Russia), then "The Ambassador"
//   uncommon titles            "Prime CS Musalia X", "Foreign Affairs PS Jane Y" (ending in an abbreviation): "The Prime CS added"
//   capitalised descriptions   "The Head of State noted", "The Head of Government said" (readouts capitalise them)
//   portfolio lists            "Minister of Trade, Industry and Energy Park Ji-hoon" ("Industry" is no person, "Energy" no
//                              given name); "Minister for A, B and C of the Kingdom of Belgium Marie-Claire de Villiers";
//                              "Minister for Petroleum Ali Raza Chaudhry" (the portfolio is in the role, not the name)
//   titles once held           "former US President X" (role "Former President": no description of the office fits)
//   particles at a start       "Von Wattenwyl said", "Van der Berg said" -> "Ulrich von Wattenwyl", "Pieter van der Berg"
//   titles with a remit        "EU Special Representative for Central Asia Ingrid Halvorsen" (role "Special Representative")
//   country + generic noun     "the Vietnamese diplomat", "the Kazakh guest", "the Indonesian side": the country's person
//                              when the noun's role class fits nobody (one person, or the most salient); "the guest"
//                              alone is the one the host "received" / "welcomed" / "hosted"; "the Uzbek leader" the one
//                              fitting person without a country when nobody of that country fits (UzA: "President X")
//   exact title first          "the foreign secretary" is the Foreign Secretary, not another country's External Affairs
//                              Minister; "the Belarusian leader" the president over the prime minister; a capitalised
//                              "the President" the fitting person named most (then first), not the one named last
//   never forward              a description goes only to someone named before it; "the Belarusian leader" with no
//                              titled leader named yet is the lead's subject ("X met with Vice President of Vietnam Y")
//   counterparts               an inherited role gives its class only: "the foreign secretary" is the one introduced
//                              with those words, not "her Japanese counterpart"
//   titles introducing a name  "the greetings of the President of the Republic of Korea Yoon" is no description
//   generations, nicknames    "Paul Brandt Jr." (shown with the name, never its surname; "Paul Brandt Sr." is another
//                              person), "King Abdullah II" (a monarch's numeral), 'Ferdinand "Bongbong" Marcos' (alias)
//   tenure words               "Egypt's interim president X", then "the interim leader"; "His Majesty" for a king
//                              the text named ("Her Majesty" never for a king)
//   honorific after an office  "Prime Minister Sheikh Hasina" (the office is the role, "Sheikh" a name prefix)
//   nationality as a noun      "the Brazilian, Luiz Inácio Lula da Silva" (country Brazil; "the Brazilian president" is
//                              the one untitled person of that country when no titled one fits)
//   a month as a surname       "Prime Minister May said", "Mrs May" (the run's last word, after a title)
//   hyphenated single names    "President Akufo-Addo" (not two known names joined: "the Trump-Putin summit")
//   country before an abbr.   "the Bangladesh PM", "Morocco's FM" (the mention takes the country in)
//
// Known misses: names in all capitals ("VLADIMIR PUTIN"), single-word names never used with a title or a
// speech verb, people introduced only by a lower-case role ("a senior official"), gender (he/she is left
// to the quote attributor), and descriptions that fit two people equally (left unresolved).

import { isCommonWord } from '../text/lexicon.js';
import type { Person, Span } from '../model.js';
import type { ParsedDocument } from '../text/document.js';
import { lowerBound } from '../text/spans.js';
import { DATELINE_PREFIX } from '../text/dateline.js';
import { CAPITAL_VARIANTS, COUNTRIES, findCountry, findCountryByCapital, withoutAccents, type Country } from '../rules/countries.js';
import { OPENING_PARTICIPLES } from '../rules/speech-verbs.js';
import { ATTACHED_OFFICE_BEFORE, DESCRIBED_TENURE_WORDS, DESCRIPTIONS, DOTTED_TITLES, GENERATIONS, GENERIC_DESCRIPTIONS, HONORIFICS, TENURE_WORDS, NAME_PREFIXES, NAMED_BODIES, PARTY_WORDS, PERSON_NOUNS, PORTFOLIOS, PORTFOLIO_WORDS, RANK_MODIFIERS, TITLES, TITLE_ABBREVIATIONS, TITLE_SURNAMES, classifyRole, expandTitle, type RoleClass } from '../rules/titles.js';
import { isSpeechVerb } from '../rules/speech-verbs.js';
import { ORGANISATION_HEADS } from '../rules/organisations.js';
import { CITIES, REGIONS } from '../rules/places.js';
import { matchesOf } from '../text/matches.js';

/** One place where the text names or describes a known person. */
export interface Mention extends Span {
  /** Index into PeopleIndex.people. */
  person: number;
  text: string;
  /** How the text refers to them: full name, surname (possibly titled), a description, or a body's name. */
  kind: 'name' | 'surname' | 'description' | 'body';
}

export interface PeopleIndex {
  people: Person[];
  /** Mentions in text order. */
  mentions: Mention[];
  /** Grammatical gender where the text shows it (Mr/Ms, spokeswoman, King), by person index; optional for callers that build an index by hand. */
  genders?: Array<'m' | 'f' | null>;
  /** A second office the text gives a person beside `role` ("Deputy Prime Minister and Minister of Foreign Affairs X"), by person index. */
  otherRoles?: Array<string | null>;
}

// ---------------------------------------------------------------------------------------------
// Word lists built from the rules.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: Iterable<string>): string =>
  [...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const COUNTRY_NAMES = COUNTRIES.flatMap((c) => [c.name, ...c.aliases]).filter((w) => /^\p{Lu}/u.test(w));
const COUNTRY_ADJS = COUNTRIES.flatMap((c) => c.adjectives);
// "the Republic of Türkiye" when the list holds no such formal name (findCountry strips the prefix).
const FORMAL =
  "(?:(?:(?:Socialist|Islamic|Federal|Democratic|People['’]s|Arab|Federative|Bolivarian|Plurinational|Hashemite|United|Co-operative|Cooperative|Oriental|Kyrgyz)\\s+){0,2}(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Federation)\\s+of\\s+(?:the\\s+)?)?";
const CTY = `(?:the\\s+)?${FORMAL}(?:${alt(COUNTRY_NAMES)})`;
const ADJ = alt(COUNTRY_ADJS);
/**
 * The titles as one alternation, each word in title case or lower case ("[Pp]rime [Mm]inister"): one form a title,
 * not two, keeps the patterns that hold every title twice (INTRO_BEFORE) under the size past which V8 stops
 * optimising a regular expression (20 KB), which doubled their time.
 */
const titleAlt = (titles: Iterable<string>): string =>
  [...new Set(titles)]
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t).replace(/(^|[\s-])(\p{Lu})(?=\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c}${c.toLowerCase()}]`))
    .join('|');
// A lower rank of a title ("Deputy Secretary-General") is part of it; abbreviations only as written ("EAM").
const RANK = '(?:(?:Deputy|Vice|Assistant|Under|Acting|First Deputy|deputy|vice|assistant|acting)[\\s-]+)?';
const TITLE = `${RANK}(?:${titleAlt(TITLES.map(([t]) => t))}|(?:\\p{Lu}\\p{Ll}+\\s+)?[Mm]inister(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+(?:(?:,\\s+|\\s+and\\s+|\\s+)(?!(?:Mr|Mrs|Ms|Dr|Prof)\\b)\\p{Lu}\\p{Ll}+){0,6})?)|${alt(TITLE_ABBREVIATIONS.map(([a]) => a))}`;

// A word for how long or how newly someone holds the title: "interim president", "the outgoing leader" (rules/titles.ts).
const TENURE = `(?:(?:${TENURE_WORDS.map((w) => w.replace(' ', '[- ]')).join('|')})\\s+)?`;
const DESCRIBED_TENURE = `(?:(?:${DESCRIBED_TENURE_WORDS.join('|')})\\s+)?`;
// Where an envoy is posted: "Russian Ambassador to Belarus", "Ambassador of Chile in Argentina" (not their own country).
const POSTED_TO = `(?:\\s+(?:to|in)\\s+${CTY}|\\s+(?:for|to|on)\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3})?`;
// The place or body a title is of, when it is no country: "the Governor of American Samoa, Lemanu", "Mayor of Tirana".
// (two words at most, and no portfolio: not "Secretary of State John Kerry, Berlin", "Secretary of Defense Austin, Kyiv")
const SEAT_OF = `\\s+of\\s+(?:the\\s+)?(?!(?:${PORTFOLIOS.join('|')})\\b)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?(?=,)`;
// Title (and country) written just before a name: "Belarus President ", "Minister of Foreign Affairs of Russia ".
const INTRO_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?<cty>${CTY})(?:['’]s?)?\\s+|(?<adj>${ADJ})\\s+)?${TENURE}(?:(?<title0>${RANK}(?:${titleAlt(TITLES.map(([t]) => t))}))\\s+and\\s+)?(?<title>${TITLE})(?:\\s+(?:of|for)\\s+(?<cty2>${CTY})|${SEAT_OF})?${POSTED_TO},?\\s+(?:(?:Dr|Prof|Mr|Ms|Mrs|Sri|${NAME_PREFIXES.map((w) => w[0].toUpperCase() + w.slice(1).replace("'", "['’]")).join('|')})\\.?\\s+){0,3}$`,
  'u',
);
const COUNTERPART_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:his|her|their|its)\\s+(?:(?<cty>${CTY})(?:['’]s?)?\\s+|(?<adj>${ADJ})\\s+)?(?:counterparts?|peers?),?\\s+$`, 'u');
// A nationality as a noun right before a name: "the Brazilian, Luiz Inácio Lula da Silva".
const NATIONAL_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])[Tt]he\\s+(?<adj>${ADJ}),\\s+$`, 'u');
// Apposition after a name: ", President of Belarus:", ", the Russian foreign minister, said".
const APPOSITION_AFTER = new RegExp(
  `^,\\s+(?:the\\s+|a\\s+)?${TENURE}(?:(?<cty>${CTY})(?:['’]s?)?\\s+|(?<adj>${ADJ})\\s+)?(?<title>${TITLE})(?:\\s+(?:of|for)\\s+(?<cty2>${CTY}))?${POSTED_TO}(?=\\s*[,:;.]|\\s*$)`,
  'u',
);
// The head of a country's delegation: "a delegation of the Republic of Korea led by Minister … X",
// "the Omani delegation, headed by X". The window before a name is bounded, so this stays linear.
const DELEGATION_LEAD = new RegExp(
  `(?:\\bdelegation\\s+(?:of|from)\\s+(?<cty>${CTY})|(?<adj>${ADJ})\\s+delegation)\\s*,?\\s+(?:led|headed)\\s+by\\s+[^.;:!?]{0,90}$`,
  'u',
);
// The offices a portfolio follows, and a list of portfolios up to its "and" ("Foreign Affairs and ").
const PORTFOLIO_OFFICE = '[Mm]inister|[Mm]inistry|[Ss]ecretary|[Dd]epartment|[Cc]ommissioner';
const PORTFOLIO_LIST = String.raw`(?:\p{Lu}[\p{L}-]*,?\s+){1,4}(?:and|&)\s+$`;
// What a minister is "of" or "for" comes next: a portfolio ("Minister for Finance Rehana Qamar").
const PORTFOLIO_BEFORE = new RegExp(String.raw`\b(${PORTFOLIO_OFFICE})\s+(of|for)\s+(?:the\s+)?$`, 'u');
const PORTFOLIO_WORD = new Set(PORTFOLIO_WORDS);
// "… Secretary of State for Management and ": an office's portfolio list up to its "and" ("of" or "for" after other words).
const PORTFOLIO_TAIL_BEFORE = new RegExp(String.raw`\b(?:${PORTFOLIO_OFFICE})\b[^.;,]{0,30}?\s(?:of|for)\s+(?:the\s+)?${PORTFOLIO_LIST}`, 'u');
// "the Minister for Foreign Affairs and Regional Integration of Ghana": the portfolio after the first goes on the list.
const PORTFOLIO_LIST_BEFORE = new RegExp(String.raw`\b(?:${PORTFOLIO_OFFICE})\s+(?:of|for)\s+(?:the\s+)?${PORTFOLIO_LIST}`, 'u');
// Words that take a letter after them ("Annex A", "Plan B", "Group C"): the letter is no initial.
const LETTER_LABELS = new Set('annex appendix article section chapter part schedule plan group category class type phase level grade stage option point item zone area block exhibit team'.split(' '));
// A title once held ("former US President"); not "then-President Obama", who held the office at the time the story
// tells of, nor "and then President Ramaphosa" (an adverb).
const FORMER_BEFORE = /(?<![\p{L}])(?:(?:former|retired|late)\s+|ex-\s*)$/iu;
// An honorific (or another country's: "Shri", "Datuk") marks a person, in brackets too: "Foreign Minister (Mr. Wang Yi):".
// ("Chief" is a title's first word as often: "Chief Officer for North America X".)
const HONORIFIC_BEFORE = new RegExp(
  `(?:^|[\\s(\\[“"‘])(?:${alt(HONORIFICS)}|${alt(NAME_PREFIXES.filter((w) => w !== 'chief').map((w) => w[0].toUpperCase() + w.slice(1)))}\\.?)\\s+$`,
  'u',
);

// Capitalised words in a row, with name particles ("bin", "von der") and initials ("J.").
// "al-Mannai", "bin-Zayed": a lower-case particle joined to the name by a hyphen is part of it.
// An initial is one capital and a full stop, or two ("Raphael G.C. Trotman"), not a letter of "U.S." or "H.E.".
const NAME_WORD = "(?:(?<!\\p{L}\\.)(?!H\\.E\\.)\\p{Lu}\\.(?:\\p{Lu}\\.)?(?!\\p{L})|(?:al|el|bin|ibn|bint|ben|abu|ould)-\\p{Lu}[\\p{L}\\p{M}]*|\\p{Lu}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*)";
// Spaces, or one line break of hard-wrapped copy (runs never leave their paragraph).
const GAP = '(?:[ \\t\\u00a0]+|[ \\t]*\\r?\\n[ \\t]*)';
const PARTICLES = new Set(['de', 'da', 'dos', 'do', 'das', 'van', 'von', 'der', 'den', 'ter', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'du', 'del', 'di', 'della', 'zu']);
// At most a dozen words: no name is longer, and a page of nothing but capitalised words ("Munich Security
// Munich Security …") then costs linear time, not a name the length of the page.
// A nickname in quotation marks may stand inside a name: 'Ferdinand "Bongbong" Marcos'.
const NICKNAME = '(?:"\\p{Lu}[\\p{L}\\p{M}]*"|“\\p{Lu}[\\p{L}\\p{M}]*”|‘\\p{Lu}[\\p{L}\\p{M}]*’)';
const NAME_RUN = new RegExp(
  `${NAME_WORD}(?:${GAP}(?:(?:de|da|dos|do|das|van|von|der|den|ter|bin|bint|ibn|al|el|la|le|du|del|di|della|zu)${GAP}){0,2}(?:${NICKNAME}${GAP})?${NAME_WORD}){0,11}`,
  'gu',
);

// Capitalised words that are not part of a person's name (they start or end a run instead).
const NON_NAME = new Set(
  (
    'the a an in on at for and but or of to by from with as also however today yesterday tomorrow tonight meanwhile ' +
    'separately according among both during after before while since although though because unless until whether despite amid just this that these those it he she they we i you his her ' +
    'their our my your its there here then when where what which who why how all some many most more read ' +
    'if so yet still first second third last next new old great grand high higher supreme national international ' +
    'union council organization organisation economic cooperation co-operation state states war ministry ministries ' +
    'affairs foreign department committee commission assembly parliament forum summit conference bank fund agency ' +
    'treaty partnership initiative security nations united republic federation kingdom world patriotic middle east ' +
    'west north south eastern western northern southern central party front army forces force news press service ' +
    'policy cookie cookies privacy terms day house palace square street city region province oblast island islands sea ' +
    'ocean river gulf strait airport university institute centre center company group corporation inc ltd holdings ' +
    'times post journal office embassy government cabinet kremlin church museum hall games cup prize award act law ' +
    'code declaration agreement accord programme program plan strategy project community commonwealth independent ' +
    'collective eurasian eurasia european europe asian asia african africa american americas arctic atlantic pacific ' +
    'arab islamic nordic baltic balkan caucasus euro-atlantic president minister premier prime chancellor king queen ' +
    'prince emir sultan sheikh ambassador envoy spokesman spokeswoman spokesperson secretary general chairman ' +
    'chairwoman chair speaker governor mayor senator deputy vice acting head mr mrs ms dr sir madam lord lady dame honourable honorable ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday photo video copyright reuters ' +
    'lake mount mountain mountains bay cape port fort saint st valley desert peninsula coast canal bridge ' +
    'open free sign signs deal deals talks visit trade peace summit meeting ' +
    'route routes gap corridor tunnel pass pipeline line road railway highway reporter correspondent staff writer ' +
    'editor desk bureau courier herald tribune gazette daily weekly ' +
    'senate congress caucus legislature association plus ' +
    'reporting editing min sec accept share click subscribe home world sport business opinion page author date ' +
    // A news site's section label run into the headline: "Politics Vučić spoke with …" (not the sections a ministry's
    // portfolio shares: "Minister for Finance X"); and "ex-Soviet states".
    'politics diplomacy lifestyle entertainment markets analysis features latest breaking headlines soviet ' +
    // Salutations in a transcript: "Dear Colleagues!", "Dear friends".
    'dear colleagues friends ladies gentlemen excellency excellencies federal presidency ' +
    // An envoy's full title: "Ambassador Extraordinary and Plenipotentiary of Kazakhstan".
    'extraordinary plenipotentiary chargé charge affaires ' +
    // A title-case headline's verbs: "Kazakh Foreign Minister Holds Talks with …".
    'holds meets receives visits hosts welcomes discusses urges calls says tells vows warns pledges seeks hails ' +
    'praises thanks agrees arrives attends addresses congratulates reaffirms stresses underlines opens launches ' +
    'confirms rejects denies invites backs slams eyes expects plans wants offers proposes announces phones presents ' +
    // … and with a plural subject: "X, EU Special Representative Discuss Peace".
    'discuss meet hold agree sign vow pledge seek eye mull review explore boost strengthen deepen expand reaffirm renew ' +
    // … and its adverbs: "X and Y Jointly Meet the Press".
    'jointly formally officially warmly briefly together ' +
    // A page's kind after the names in its title: "President A and President B Joint Statement", "… Remarks".
    'joint statement statements communique communiqué remarks readout transcript ' +
    // Prepositions that open a sentence before a name: "Unlike Hillary Clinton, …", "Under AFL-CIO rules, …".
    'under besides unlike without through between beyond like following against via ' +
    // … and the words that open a clause: "Neither Warren nor …", "Wherever Hillary Clinton goes, …".
    'neither either wherever whenever whoever whatever ' +
    // More of a title-case headline's verbs, and its auxiliaries: "Ted Cruz Hints Trump Would Get …", "X Endorses Y".
    'hints endorses blasts thinks ignores ignore knocks rips mocks touts defends attacks accuses blames insists admits ' +
    'reveals unveils dismisses criticizes criticises suggests claims predicts jokes concedes ' +
    'would might could should must shall does did has have had is was are were been'
  )
    .split(' ')
    // Heads of organisations' names: "the American Action Network", "the U.S. Geological Survey".
    .concat(ORGANISATION_HEADS),
);

const OPENING_PARTICIPLE = new Set(OPENING_PARTICIPLES);
const NAME_PREFIX = new Set(NAME_PREFIXES);
const TITLE_WORDS = new Set(TITLES.flatMap(([t]) => t.toLowerCase().split(/[\s-]+/)));
const ABBREVIATIONS = new Set(TITLE_ABBREVIATIONS.map(([a]) => a));
const DOTTED = new Set(DOTTED_TITLES);
const MONTH_SURNAMES = new Set(['April', 'May', 'June', 'August']);
const SURNAME_PARTY_WORDS = new Set(['green', 'greens']);

function isCountryWord(w: string): boolean {
  if (findCountry(w)) return true;
  // "Belarusian-Russian", "Belarus-Russia"
  if (w.includes('-')) return w.split('-').some((p) => p.length > 1 && findCountry(p) !== undefined);
  return false;
}

/** Places named in two or more words ("New York", "Los Angeles", "Buenos Aires"): lower case. */
const MULTIWORD_PLACES = new Set(
  [...CITIES, ...REGIONS, ...COUNTRIES.flatMap((c) => (c.capital ? [c.capital] : []))].filter((c) => c.includes(' ')).map((c) => c.toLowerCase()),
);

// Capitals (and their other spellings) are places, not people: "Beijing said …", "in Buenos Aires".
const PLACES = new Set(
  [...COUNTRIES.flatMap((c) => (c.capital ? [c.capital] : [])), ...Object.keys(CAPITAL_VARIANTS)].map((c) => c.toLowerCase()),
);

// Letters after a name, in capitals only ("Catherine Ashby-Lowe MP"; "Ayo Obe" keeps her name), and the
// courtesy "Hon." / "Rt Hon" ("Kenneth Hon" keeps his).
const POST_NOMINALS = new Set(['MP', 'MEP', 'MLA', 'MPP', 'QC', 'KC', 'SC', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE']);
const COURTESY = new Set(['Hon.', 'Rt', 'Rt.']);
// Capitalised words after a name that end in an organisation's head word: "Yonhap News Agency"
// (not a title-case headline's verb: "Museveni Visits State House, Meets Ruto")
const ORGANISATION_AFTER = new RegExp(`^\\s+(?!(?:Visits|Meets|Holds|Hosts|Receives|Welcomes|Calls|Says|Tells|Arrives|Leaves|Signs|Thanks|Urges|Backs|Praises|Hails|Addresses|Opens|Tours)\\b)(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?:${ORGANISATION_HEADS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\b`, 'u');
// A generation after a name ("Joseph R. Murray II", "Robert Casey Jr."): shown with the name, never its surname.
const GENERATION = new RegExp(`^(?:${GENERATIONS.join('|')})\\.?$`, 'u');

// Asked of every capitalised word of every name run, often the same words: answers are remembered per
// process (they depend on the word alone), up to MAX_NON_NAMES words, then forgotten all at once.
const nonNames = new Map<string, boolean>();
const MAX_NON_NAMES = 10_000;

function isNonName(w: string): boolean {
  const seen = nonNames.get(w);
  if (seen !== undefined) return seen;
  const v = decideNonName(w);
  if (nonNames.size >= MAX_NON_NAMES) nonNames.clear();
  nonNames.set(w, v);
  return v;
}

function decideNonName(w: string): boolean {
  if (DOTTED.has(w) || POST_NOMINALS.has(w) || COURTESY.has(w) || GENERATION.test(w)) return true;
  // Words a page's buttons ran together: "FlagShareLikeReplyPaige" (a name has one such join at most: "McDonald").
  if ((w.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= 2) return true;
  const bare = w.replace(/['’]s?$/u, '').replace(/\.$/, '');
  const lw = bare.toLowerCase();
  if (NAME_PREFIX.has(lw) || NAME_PREFIX.has(w.toLowerCase())) return true;
  if (NON_NAME.has(lw) || TITLE_WORDS.has(lw) || ABBREVIATIONS.has(bare) || isCountryWord(bare) || /\d/.test(bare)) return true;
  // "a South Carolina Democrat", "Tory backbenchers": a party's member is described, not named ("Green" is a surname too).
  if (PARTY_WORDS.has(lw) && !SURNAME_PARTY_WORDS.has(lw)) return true;
  // "Los Angeles-based attorney X", "Soviet-born", "Saudi-led": a compound adjective, not a name.
  if (/-(?:based|born|bred|led|backed|owned|run|funded|made|raised|trained|educated)$/.test(lw)) return true;
  // "Foreign Ministers Francisco Bustillo …", "Presidents X and Y": a plural title.
  if (/[^s]s$/.test(lw) && (TITLE_WORDS.has(lw.slice(0, -1)) || NON_NAME.has(lw.slice(0, -1)))) return true;
  // "Moroccans Abroad", "Americans": the people of a country, not a given name.
  if (/[^s]s$/.test(lw) && isCountryWord(bare.slice(0, -1))) return true;
  // "Secretary-General", "Under-Secretary", "Editor-in-Chief", "Commander-in-Chief"
  return lw.includes('-') && lw.split('-').every((p) => TITLE_WORDS.has(p) || RANK_MODIFIERS.includes(p) || NON_NAME.has(p) || p === 'in' || p === 'of');
}

// Words around a bare name that mark a person: a role before it ("Foreign Ministers X and Y" too), a meeting verb or a
// conjunction with another name, a verb or an apposition after it.
const PERSON_BEFORE = new RegExp(String.raw`(?:\b(?:${PERSON_NOUNS.join('|')}|with|and|by|met|meets|meeting|invited|told|said|says|added|according to|asked|thanked|congratulated|received|hosted|welcomed|between|as|whom|year-old)s?|&|,|\b(?:Dr|${DOTTED_TITLES.map((t) => t.slice(0, -1)).join('|')})\.)\s+$`, 'iu');
// "…,” writes Nate Silver.": any speech verb right before a name marks a person.
const VERB_BEFORE = /(\p{Ll}+)\s+$/u;
const speechVerbBefore = (before: string): boolean => isSpeechVerb(VERB_BEFORE.exec(before)?.[1] ?? '');
const PERSON_AFTER = /^(?:\s+(?:(?:also|then|later|again|still|never|once|previously|recently|often|repeatedly|\p{Ll}+ly)\s+)?(?:and|has|had|have|is|was|will|would|can|could|should|met|meets|held|holds|told|made|gave|took|left|sent|spoke|says|said|arrived|visited|called|thanked|welcomed|noted|added|\p{Ll}+ed)\b|\s*[,(]|['’]s?\b)/u;

// Before a bare capitalised pair, words that make it a place or a thing: "the Agua Negra tunnel",
// "in Buenos Aires", "the province of San Juan".
const PLACE_BEFORE = /(?:\b(?:the|The|in|at|near|into|across|via)|\b(?:province|region|city|state|town|village|district|island|county|port|capital) of)\s+$/u;

// ---------------------------------------------------------------------------------------------
// Drafts: people as found, before merging spelling variants.

interface Draft {
  words: string[];
  role: string | null;
  roleFromCounterpart: boolean;
  country: string | null;
  type: 'person' | 'body';
  aliases: string[];
  /** Mentions of this draft: [start, end, kind]. */
  spans: Array<[number, number, Mention['kind']]>;
  /** Something around a mention says this is a person (a title, a speech verb, "met with …"). */
  evidence?: boolean;
  /** A generation written after the name ("Jr.", "II"): shown with it, never its surname. */
  generation?: string;
  /** A second office the introduction gives ("Deputy Prime Minister and Minister of Foreign Affairs X"). */
  otherRole?: string | null;
  /** Where each word of the first mention starts (splitGluedNames cuts there). */
  starts?: number[];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function countryOf(groups: Record<string, string | undefined> | undefined): string | null {
  if (!groups) return null;
  for (const k of ['cty', 'adj', 'cty2']) {
    const v = groups[k];
    if (v) {
      const c = findCountry(v);
      if (c) return c.name;
    }
  }
  return null;
}

function normTitle(t: string): string {
  return expandTitle(t.replace(/\s+/g, ' ').trim());
}

function similarFirstNames(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  if (x.length === 1 || y.length === 1) return x[0] === y[0];
  if (x.slice(0, 3) === y.slice(0, 3) && Math.abs(x.length - y.length) <= 3) return true;
  // Two letters apart is a spelling ("Mohammed", "Muhammad", "Zayed", "Zaid"); in a short name that starts on
  // another letter it is another name ("Fahad", "Ahmad").
  return editDistance(x, y) <= (Math.min(x.length, y.length) >= 6 || x[0] === y[0] ? 2 : 1);
}

/** Levenshtein distance of two short strings (a long one is 99 unless equal: names, never texts). */
export function editDistance(a: string, b: string): number {
  if (a.length > 40 || b.length > 40) return a === b ? 0 : 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

const SPEECH_AFTER = /^\s+(?:(?:also|further|then|later|again|has|had|have|once|firmly|clearly)\s+){0,2}(\p{Ll}+)/u;

/** Finds the people and bodies a document names, merges spelling variants, and resolves descriptions. */
export function findPeople(doc: ParsedDocument): PeopleIndex {
  try {
    return buildIndex(doc);
  } catch {
    return { people: [], mentions: [] };
  }
}

// "Mark Cuban … Cuban said", "Jim Jordan … Jordan told", "Kristen Day … Day said": a country word or a common word is
// a surname in a document that writes it after a given name and then alone before a speech verb (never "the French
// said": a people; a common word only as a sentence's first word: not "the Supreme Court said").
const GIVEN_THEN_WORD = /(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+)[^\S\n]+(\p{Lu}\p{Ll}+)(?=\s*[,.;]|\s+\p{Ll}|['’]s\b)/gu;
const FUNCTION_WORD = /^(?:We|You|They|She|He|Her|His|Our|Their|The|This|That|These|Those|It|Its|And|But|Or|If|As|In|On|At|To|Of|For)$/u;
const WORD_THEN_VERB = /(?<![\p{L}\p{M}])(?<!\b(?:the|The)\s+)(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)/gu;
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

function bareWordSurnames(text: string): Set<string> {
  const candidates = new Map<string, boolean>();
  for (const m of matchesOf(GIVEN_THEN_WORD, text)) {
    if (isNonName(m[1])) continue;
    if (isCountryWord(m[2])) candidates.set(m[2], true);
    else if (NON_NAME.has(m[2].toLowerCase()) && !TITLE_WORDS.has(m[2].toLowerCase()) && !FUNCTION_WORD.test(m[2])) candidates.set(m[2], candidates.get(m[2]) ?? false);
  }
  const surnames = new Set<string>();
  if (candidates.size === 0) return surnames;
  for (const m of matchesOf(WORD_THEN_VERB, text)) {
    const country = candidates.get(m[1]);
    if (country === undefined || !isSpeechVerb(m[2])) continue;
    if (country || SENTENCE_START_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) surnames.add(m[1]);
  }
  return surnames;
}

function buildIndex(doc: ParsedDocument): PeopleIndex {
  const text = doc.text;
  const surnames = bareWordSurnames(text);
  const nonName = (w: string): boolean => isNonName(w) && !(surnames.size > 0 && surnames.has(w.replace(/['’]s?$/u, '').replace(/\.$/, '')));
  const drafts: Draft[] = [];
  const singles: Array<{ word: Word; titled: string | null; speechSubject: boolean }> = [];
  const sentenceStarts = new Set(doc.sentences.map((x) => x.start));
  // The words the text writes in lower case, collected the first time a rule asks (many texts never do).
  let lowerWords: Set<string> | null = null;
  const isLowerWord = (w: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (const m of matchesOf(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}-]+/gu, text)) lowerWords.add(m[0]);
    }
    return lowerWords.has(w);
  };

  // The text outside its headline: a name the headline runs on past is found there in full (see below).
  const headline = doc.headline >= 0 ? doc.paragraphs[doc.headline] : null;
  const writtenOutsideHeadline = (name: string): boolean => {
    const at = text.indexOf(name);
    return at >= 0 && (at < headline!.start || at >= headline!.end || text.indexOf(name, headline!.end) >= 0);
  };

  // ("Committee Chairman Rep. Jason Chaffetz": a title's abbreviation before its full stop is no name either.)
  const dottedTitle = (w: Word): boolean => DOTTED.has(w.text + '.') && text[w.end] === '.';

  for (const p of doc.paragraphs) {
    if (p.ignored) continue;
    const body = text.slice(p.start, p.end);
    // "Metro Manila (CNN Philippines, March 1) — …": a dateline's place is nobody.
    const dateline = DATELINE_PREFIX.exec(body.slice(0, 120))?.[0].length ?? 0;
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(body); m; m = NAME_RUN.exec(body)) {
      if (m.index < dateline) {
        NAME_RUN.lastIndex = Math.max(NAME_RUN.lastIndex, dateline);
        if (m.index + m[0].length <= dateline) continue;
      }
      const runStart = p.start + m.index;
      const words = splitWords(m[0], runStart);
      // Drop words that are not names from the front, then keep the name words up to the next such word.
      let i = 0;
      // A month that is a surname, alone after a title: "Prime Minister May said", "Mrs May" (not "in May", "May 5").
      // (the run's last word: not "Chancellor May Veto EU Deal", a headline's modal)
      const monthAfterTitle = (k: number): boolean =>
        k > 0 && k === words.length - 1 && MONTH_SURNAMES.has(words[k].text) && !/^\s*\d/u.test(text.slice(words[k].end, words[k].end + 3)) && (TITLE_WORDS.has(words[k - 1].text.toLowerCase()) || HONORIFICS.includes(words[k - 1].text));
      // ("the Rt Hon Catherine Ashby-Lowe": "Hon" after "Rt" or "The" is the courtesy title)
      while (i < words.length && !monthAfterTitle(i) && (nonName(words[i].text) || dottedTitle(words[i]) || (words[i].text === 'Hon' && i > 0 && /^(?:Rt\.?|The)$/u.test(words[i - 1].text)))) i++;
      // "Welcoming Otieno on her visit, …": a sentence's opening participle is no given name.
      if (i === 0 && words.length > 1 && OPENING_PARTICIPLE.has(words[0].text) && (words[0].start === p.start || /[.!?]["”’»]?\s+$/u.test(text.slice(Math.max(p.start, words[0].start - 6), words[0].start)))) i++;
      let j = i;
      // A word the rules call no name still goes on one after a given name: an initial and the surname after it ("Peter
      // T. King", "David A. Granger"), a monarch's numeral ("Abdullah II"), a month that is a surname unless a day
      // follows ("Theresa May", not "Tuesday, May 5").
      const goesOn = (w: { text: string; start: number }): boolean => {
        if (j > i && /^\p{Lu}\.$/u.test(words[j - 1].text) && /^\p{Lu}\p{Ll}+$/u.test(w.text)) return true;
        // (the initial itself, though "A." reads as the article: "David A. Granger"; not a letter after a label or a
        // common word, which may end a sentence: "in Annex A. Merz said")
        if (j > i && /^\p{Lu}\.$/u.test(w.text) && /^\p{Lu}\p{Ll}+$/u.test(words[j - 1].text) && j + 1 < words.length && !sentenceStarts.has(words[j + 1].start) && !LETTER_LABELS.has(words[j - 1].text.toLowerCase()) && !isLowerWord(words[j - 1].text.toLowerCase())) return true;
        const next = text.slice(w.start + w.text.length, w.start + w.text.length + 3);
        if (j === i && monthAfterTitle(i)) return true;
        if (j !== i + 1 || nonName(words[i].text)) return false;
        return /^[IVX]+$/u.test(w.text) || (MONTH_SURNAMES.has(w.text) && !/^\s*\d/u.test(next));
      };
      while (j < words.length && ((!nonName(words[j].text) && !dottedTitle(words[j])) || goesOn(words[j]))) {
        j++;
        // A possessive ends a name: "Lavrov’s visit".
        if (/['’]s?$/u.test(words[j - 1].text) && !/^‘/u.test(words[j - 1].text)) break;
      }
      // There may be a second name later in the run ("… Minister Sergei Lavrov"), handled by re-scanning.
      if (j < words.length) NAME_RUN.lastIndex = words[j].start - p.start;
      if (j === i) continue;
      // A title-case headline runs a name into the words after it ("Readout of President Joseph R. Biden Call with …",
      // "President Trump Ratifies Board of Peace"):
      // when the text writes the name's first words in full elsewhere and never the whole run, and the next word is a
      // common word (compromise's lexicon: "Call", "Ratifies"; not a surname, "Javier Luna Ortiz"), the name is those words.
      if (p === headline && j - i >= 2) {
        const run = (k: number): string => text.slice(words[i].start, words[k - 1].end);
        if (!writtenOutsideHeadline(run(j))) {
          let k = j - 1;
          while (k >= i + 1 && !writtenOutsideHeadline(run(k))) k--;
          if (k >= i + 1 && isCommonWord(words[k].text)) j = k;
        }
      }
      // "Prime CS Musalia Odera", "Foreign Affairs PS Jane Kirui": a title ending in an abbreviation the
      // rules do not know is the title of the name after it ("The Prime CS added" refers back to it).
      // So is one inside the run after the body it heads ("Apple CEO Tim Cook", "Rosatom CEO Alexei Likhachev"), but
      // not in a headline written in capitals word by word ("Latest GOP Debate Kicked Off").
      let abbrTitle: string | null = null;
      let abbr = i;
      if (doc.paragraphs[doc.headline] !== p) while (abbr < j - 3 && !/^\p{Lu}{2,5}$/u.test(words[abbr].text)) abbr++;
      if (j - abbr >= 3 && /^\p{Lu}{2,5}$/u.test(words[abbr].text) && !ABBREVIATIONS.has(words[abbr].text) && !isNonName(words[abbr + 1].text)) {
        let t0 = abbr;
        while (t0 > 0 && abbr - t0 < 3 && /^\p{Lu}\p{Ll}+$/u.test(words[t0 - 1].text) && !/^(?:The|A|An|And|Of|In|On|At|For|With)$/u.test(words[t0 - 1].text)) t0--;
        abbrTitle = words.slice(t0, abbr + 1).map((w) => w.text).join(' ');
        i = abbr + 1;
      }
      // "H.E Jakaya Kikwete", "H. E Kikwete": the E of His Excellency written without its full stop is no initial.
      if (j - i >= 3 && words[i].text === 'H.' && words[i + 1].text === 'E') i += 2;
      else if (j - i >= 2 && words[i].text === 'E' && /\bH\.\s?$/u.test(text.slice(Math.max(p.start, words[i].start - 3), words[i].start))) i++;
      // "Minister of Trade, Industry and Energy Park Ji-hoon": the last portfolio word is no given name
      // when the title before the next word already ends there.
      if (j - i >= 3 && /(?:,|\band)\s+$/u.test(text.slice(Math.max(p.start, words[i].start - 6), words[i].start)) && INTRO_BEFORE.test(text.slice(Math.max(p.start, words[i + 1].start - 160), words[i + 1].start))) i++;
      // "Secretary of State for Management and Resources Richard Verma": the portfolio words after a list's "and" are no
      // given names.
      if (j - i >= 3 && PORTFOLIO_WORD.has(words[i].text) && PORTFOLIO_TAIL_BEFORE.test(text.slice(Math.max(p.start, words[i].start - 100), words[i].start))) {
        while (i < j - 2 && PORTFOLIO_WORD.has(words[i].text)) i++;
      }
      // "Minister for Finance Rehana Qamar", "Minister of Natural Resources Vickram Bharrat": the portfolio (its first
      // word and the portfolio words after it), then the name; the title is the minister's role.
      let portfolioRole: string | null = null;
      const office = j - i >= 3 ? PORTFOLIO_BEFORE.exec(text.slice(Math.max(p.start, words[i].start - 40), words[i].start)) : null;
      if (office) {
        let k = i + 1;
        while (k < j - 2 && PORTFOLIO_WORD.has(words[k].text)) k++;
        portfolioRole = `${office[1][0].toUpperCase()}${office[1].slice(1)} ${office[2]} ${words.slice(i, k).map((w) => w.text).join(' ')}`;
        i = k;
      }
      // "Von Wattenwyl said" at a sentence start keeps its capital ("Le Quang Vinh" is a name); merging
      // matches it to "Ulrich von Wattenwyl" regardless of case.
      const quotedNick = words.slice(i, j).find((w) => /^["“‘]/u.test(w.text));
      const nameWords = words.slice(i, j).filter((w) => w !== quotedNick).map((w) => {
        // Possessives and a full stop that ends the sentence are not part of the name; an initial's is.
        const t = w.text.replace(/['’]s?$/u, '').replace(/(?<=\p{L}{2})\.$/u, '');
        return { text: t, start: w.start, end: w.start + t.length };
      });
      if (!nameWords.length) continue;
      const start = nameWords[0].start;
      const last = nameWords[nameWords.length - 1];
      const end = last.start + last.text.length;
      const before = text.slice(Math.max(p.start, start - 120), start);
      // (what follows a generation follows the name: "Joseph R. Murray II, a lawyer")
      const generation = j < words.length && GENERATION.test(words[j].text) ? words[j] : null;
      const afterStart = generation ? generation.end + (text[generation.end] === '.' ? 1 : 0) : end;
      const after = text.slice(afterStart, Math.min(p.end, afterStart + 160));
      let role: string | null = null;
      let otherRole: string | null = null;
      let country: string | null = null;
      let counterpart = false;
      const intro = INTRO_BEFORE.exec(before);
      if (abbrTitle) role = abbrTitle;
      else if (portfolioRole) role = portfolioRole;
      else if (intro?.groups) {
        role = normTitle(intro.groups.title);
        if (intro.groups.title0) otherRole = normTitle(intro.groups.title0);
        // "former US President Barack Obama", "retired US president": a title once held (rules/titles.ts classifyRole).
        if (FORMER_BEFORE.test(before.slice(0, intro.index))) role = `Former ${role}`;
        country = countryOf(intro.groups);
      } else {
        const cp = COUNTERPART_BEFORE.exec(before);
        if (cp) {
          counterpart = true;
          country = countryOf(cp.groups);
        }
        // "the Brazilian, Luiz Inácio Lula da Silva": a nationality as a noun before the name gives the country.
        else country = countryOf(NATIONAL_BEFORE.exec(before)?.groups);
      }
      const appo = APPOSITION_AFTER.exec(after);
      if (appo?.groups) {
        role ??= normTitle(appo.groups.title);
        country ??= countryOf(appo.groups);
      }
      if (!country && before.includes('delegation') && (intro || /(?:led|headed)\s+by\s+$/.test(before))) {
        const lead = DELEGATION_LEAD.exec(before);
        // Only a title between "led by" and the name: not "… led by X held talks with Y".
        const gap = lead ? lead[0].replace(/^[\s\S]*?(?:led|headed)\s+by\s+/u, '') : '';
        if (lead && !/\b(?!(?:of|for|and|the|de)\b)\p{Ll}+/u.test(gap)) country = countryOf(lead.groups);
      }
      const honorific = HONORIFIC_BEFORE.test(before) || /(?:^|\s)(?:Rt\.?|The)\s+Hon\.?\s+$/u.test(before);
      // A bare name (no title before it) must look like one: not a quoted title ("… Sign Deal"”), and
      // no word of it used in lower case elsewhere in the text (a title-case headline's common words).
      // "Sri Lanka", "Costa Rica": a country written in two words is no person.
      if (nameWords.length > 1 && findCountry(nameWords.map((w) => w.text).join(' '))) continue;
      // "the foreign minister of New Zealand": the title's last word and the name make a country, not a person.
      if (intro && findCountry(`${/(\S+)\s*$/u.exec(before)?.[1] ?? ''} ${nameWords.map((w) => w.text).join(' ')}`)) continue;
      // "Leader of the Nation, President of …": one word after an article that ends its phrase is a thing, not a
      // person (unlike "the Trump campaign", a name used as a modifier).
      if (nameWords.length === 1 && !intro && /(?:^|[^\p{L}])[Tt]he\s+$/u.test(before) && /^[,;:.]/u.test(after)) continue;
      const bare = !intro && !appo && !honorific && !counterpart && !abbrTitle;
      if (bare && nameWords.length >= 2) {
        if (/^["”»’']/u.test(after) || nameWords.some((w) => !PARTICLES.has(w.text.toLowerCase()) && isLowerWord(w.text.toLowerCase()))) continue;
        // Part of an organisation's or a place's name ("ASEAN Regional Forum", "San Martin Palace"),
        // an acronym or a dateline in capitals, or a place by the words before it.
        if ((j < words.length && !generation) || nameWords.some((w) => /^\p{Lu}{2,}$/u.test(w.text))) continue;
        if (PLACES.has(nameWords.map((w) => w.text).join(' ').toLowerCase())) continue;
        // "Raphael Trotman, Minister of Natural Resources and …": what a minister is "of" is a portfolio.
        if (PORTFOLIO_BEFORE.test(before) && nameWords.length <= 2 && /^\s*(?:[,;.]|and\b|$)/u.test(after)) continue;
        // (a portfolio word ends it: not "the Minister of Foreign Affairs and Sergey Lavrov of Russia")
        if (PORTFOLIO_LIST_BEFORE.test(before) && nameWords.length <= 2 && PORTFOLIO_WORD.has(nameWords[nameWords.length - 1].text)) continue;
        if (PLACE_BEFORE.test(text.slice(Math.max(p.start, start - 30), start))) continue;
        // ("InterContinental New York Barclay": the word before and the first of the name are a place's name)
        const wordBefore = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before)?.[1];
        if (wordBefore && MULTIWORD_PLACES.has(`${wordBefore} ${nameWords[0].text}`.toLowerCase())) continue;
        // "the Line of Actual Control (LAC)": a term with its acronym, not a person.
        const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(after)?.[1];
        if (acronym && acronym.endsWith(nameWords.map((w) => w.text[0]).join(''))) continue;
      }
      // "Minister of Trade, Industry and Energy …": "Industry" is a portfolio word in a list, not a person.
      // "Minister of International Development of Norway": nor is a word followed by "of <Capitalised>".
      if (nameWords.length === 1 && intro?.groups && /\s(?:of|for)\s/u.test(intro.groups.title) && /^(?:,\s*|\s+and\s+|\s+(?:of|for)\s+(?:the\s+)?)\p{Lu}/u.test(after)) continue;
      if (nameWords.length >= 2) {
        // "Joko Widodo (Jokowi)": the one word in brackets after a name is the name the text goes on to use
        // (not a country, a place or a party tag: "Sergei Lavrov (Russia)", "(R-Kans.)").
        const nick = quotedNick?.text.slice(1, -1) ?? /^\s*\((\p{Lu}\p{Ll}{2,})\)/u.exec(after)?.[1];
        const nickname = nick && !isCountryWord(nick) && !PLACES.has(nick.toLowerCase()) && !nonName(nick) && !PARTY_WORDS.has(nick.toLowerCase()) ? nick : null;
        drafts.push({
          words: nameWords.map((w) => w.text),
          role,
          roleFromCounterpart: counterpart,
          country,
          type: 'person',
          aliases: nickname ? [nickname] : [],
          spans: [[start, end, 'name']],
          evidence: !bare || PERSON_BEFORE.test(before) || speechVerbBefore(before) || PERSON_AFTER.test(after),
          generation: generation?.text,
          otherRole,
          starts: nameWords.map((w) => w.start),
        });
      } else {
        const sp = SPEECH_AFTER.exec(after);
        // "the Minister for Finance had told …": what a minister is "of" or "for" is a portfolio, not a surname.
        if (PORTFOLIO_BEFORE.test(before)) continue;
        // "Deputy Prime Minister Hon. Richard Marles": the courtesy title, not a surname.
        if (after.startsWith('.') && COURTESY.has(`${nameWords[0].text}.`)) continue;
        // "South Korea's Yonhap News Agency reported": the first word of an organisation's name.
        if (ORGANISATION_AFTER.test(after)) continue;
        // A country word alone is the surname only as a speaker ("Cuban said", never "the Cuban president").
        if (surnames.has(nameWords[0].text) && !(sp && isSpeechVerb(sp[1]) && !/\bthe\s+$/iu.test(before))) continue;
        singles.push({
          word: nameWords[0],
          titled: role ?? (honorific ? '' : null),
          // Only a word standing alone ("Makei said"), not the tail of "New Delhi said".
          // Or the subject after an inverted verb: "“…?” said Murphy, using …".
          speechSubject: (i === 0 && words.length === 1 && !!sp && isSpeechVerb(sp[1]) && sp[1] !== 'reported')
            // ("said Sen. Jim Whelan": "Sen." is a title, not a name).
            || (words.length === 1 && /["”’»]\s*,?\s*\p{Ll}+\s+$/u.test(before) && speechVerbBefore(before) && /^\s*(?:[,;]|\.(?!\s*\p{Lu}))/u.test(after)),
        });
        if (role && country) {
          // "Belarus President Lukashenko": remember the country for the person it resolves to.
          (singles[singles.length - 1] as { country?: string }).country = country;
        }
      }
    }
  }

  // Counterparts take the role of the person they are the counterpart of (the other person in the sentence).
  for (const d of drafts) {
    if (!d.roleFromCounterpart || d.role) continue;
    const at = d.spans[0][0];
    // The latest person named before, with a role, from another country (or any, when unknown).
    let other: Draft | undefined;
    let otherAt = -1;
    for (const o of drafts) {
      if (o === d || !o.role || (d.country && o.country === d.country)) continue;
      for (const [a] of o.spans) if (a < at && a > otherAt) { otherAt = a; other = o; }
    }
    d.role = other?.role ?? null;
  }

  const merged = mergeVariants(splitGluedNames(drafts));

  // Single words: a surname of someone already named, or a new person when titled or speaking.
  const words = wordIndex(merged);
  // A text cut off mid-word ("… Qatar’s foreign minister Sh", a page's preview) does not end on a new person (a known
  // one's surname there is still theirs: '"…," said Lavrov').
  const cutAt = /[\p{L}\p{M}]$/u.test(text.trimEnd()) ? text.trimEnd().length : -1;
  // First the new people (a titled or speaking word nobody named before), then every word's mention in text order: a
  // headline's "Cameron and Obama hold talks" above "President Obama" in the lead is that president.
  const createdAt = new Map<number, number>();
  const headlineEnd = doc.headline >= 0 ? doc.paragraphs[doc.headline].end : -1;
  singles.forEach((s) => {
    const w = s.word.text;
    let idx = findBySurname(merged, words, w, s.word.start, s.titled);
    const place = PLACES.has(w.toLowerCase()) && s.titled === null; // "Beijing said …"
    // (a hyphenated name, "President Akufo-Addo", unless it joins two known names: "the Trump-Putin summit")
    const joinsKnown = w.includes('-') && w.split('-').every((x) => (words.last.get(x)?.length ?? 0) > 0);
    if (idx < 0 && !place && !joinsKnown && s.word.end !== cutAt && merged.length < MAX_PEOPLE && (s.titled !== null || s.speechSubject) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(w) && !nonName(w)) {
      merged.push({
        words: [w],
        role: s.titled || null,
        roleFromCounterpart: false,
        country: (s as { country?: string }).country ?? null,
        type: 'person',
        aliases: [],
        spans: [],
      });
      idx = merged.length - 1;
      indexDraft(words, merged[idx], idx);
      createdAt.set(idx, s.word.start);
    }
  });
  for (const s of singles) {
    const w = s.word.text;
    const idx = findBySurname(merged, words, w, s.word.start, s.titled);
    if (idx < 0) continue;
    // A word above the one that made its person is theirs only as a name standing alone ("Cameron and Obama hold
    // talks", not "Putin ally meets Erdogan", "Mandela Day"); in the headline, not when the later word was a family
    // name two people share ("Kim meets Putin" over "Kim Jong Un" and "Kim Yo Jong": that headline's Kim is nobody yet).
    const made = createdAt.get(idx);
    if (made !== undefined && made > s.word.start) {
      const shared = (words.any.get(w) ?? []).some((i) => i !== idx);
      if ((shared && s.word.start < headlineEnd) || !NAME_ALONE_AFTER.test(text.slice(s.word.end, s.word.end + 24))) continue;
    }
    const d = merged[idx];
    d.spans.push([s.word.start, s.word.end, 'surname']);
    if (!d.role && s.titled) d.role = s.titled;
    if (!d.country && (s as { country?: string }).country) d.country = (s as { country?: string }).country ?? null;
    if (d.words.length > 1) addAlias(d.aliases, w);
  }

  // A bare name used once, with nothing around it that marks a person, is more likely a place or a
  // thing ("the Agua Negra tunnel"); a person the text cares about is named twice or given a role.
  const kept = merged.filter((d) => d.type !== 'person' || d.evidence !== false || d.role !== null || d.spans.length > 1);
  merged.length = 0;
  merged.push(...kept);

  findBodies(doc, merged);

  const people: Person[] = merged.map((d) => ({
    name: d.words.join(' ') + (d.generation ? ' ' + d.generation : ''),
    role: d.role,
    country: d.country,
    type: d.type,
    aliases: d.aliases,
  }));
  const mentions: Mention[] = [];
  merged.forEach((d, person) => {
    for (const [start, end, kind] of d.spans) mentions.push({ start, end, person, text: text.slice(start, end), kind });
  });
  mentions.sort((a, b) => a.start - b.start);
  const index: PeopleIndex = { people, mentions: dedupeMentions(mentions), otherRoles: merged.map((d) => d.otherRole ?? null) };
  findDescriptions(doc, index);
  index.genders = findGenders(text, index);
  // "His Majesty" is no queen, "Her Majesty" no king: such a mention stays unresolved.
  index.mentions = index.mentions.filter((m) => {
    const majesty = m.kind === 'description' ? /^(His|Her) Majesty$/iu.exec(m.text) : null;
    return !majesty || index.genders?.[m.person] !== (majesty[1].toLowerCase() === 'his' ? 'f' : 'm');
  });
  index.people.forEach((p, i) => {
    p.aliases = p.aliases.filter((a) => !/^(?:his|her) majesty$/i.test(a) || index.mentions.some((m) => m.person === i && m.text.toLowerCase() === a.toLowerCase()));
  });
  return index;
}

// After a name that stands alone: a possessive, punctuation, "and", or a verb ("Obama hails", "Mahuta welcomes").
const NAME_ALONE_AFTER = /^(?:['’]s?(?![\p{L}])|\s*(?:[,;:.!?)\]]|[—–-]\s|$)|\s+(?:and|or)\s|\s+(?:\p{Ll}+ed|meets|holds|hold|says|said|tells|told|calls|visits|hosts|receives|welcomes|urges|talks|speaks|spoke|discusses|arrives|thanks|signs|agrees|vows|pledges|warns|praises|hails|slams|rejects|backs|seeks|wants|wins|won|met|to|is|was|has|had|will|would|also|in|at|on|with)\b)/u;

const MALE = /\b(?:Mr|Sir|Lord|King|Prince|Emir|Sultan|Sheikh)\.?\s*$/u;
const COURTESY_TITLE = /\b(?:Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Madam|Madame|Dame)\.?\s*$/u;
const FEMALE = /\b(?:Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Queen|Princess)\.?\s*$/u;

// The pronoun a sentence uses for the person it is about: "For her part, Otieno …", "Otieno, in her
// turn, …", "Otieno said she …", "Otieno hosted her Ghanaian counterpart", "Otieno with her counterpart".
const OWN_PRONOUN_BEFORE = /\b(?:[Ff]or|[Ii]n)\s+(his|her)\s+(?:part|turn),\s*$/u;
const OWN_PRONOUN_AFTER = /^(?:,\s+(?:for|in)\s+(his|her)\s+(?:part|turn)\b|\s+(?:said|says|added|noted|stressed|told reporters)\s+(?:that\s+)?(he|she)\s|\s+(?:(?:met|meets|hosted|hosts|received|receives|welcomed|welcomes|thanked|thanks|called|phoned)(?:\s+with)?|with)\s+(his|her)\s+(?:[\p{Lu}][\p{L}-]+\s+)?counterpart)/u;

/** He or she, from the pronoun the text uses for them, else a courtesy title before a name or a gendered role ("spokeswoman"). */
function findGenders(text: string, index: PeopleIndex): Array<'m' | 'f' | null> {
  const g: Array<'m' | 'f' | null> = index.people.map((p) => {
    if (p.type !== 'person') return null;
    const r = (p.role ?? '').toLowerCase();
    if (/woman\b|\b(?:queen|princess|madam)\b/.test(r)) return 'f';
    if (/(?:spokes|chair)man\b|\b(?:king|prince|emir|sultan|sheikh)\b/.test(r)) return 'm';
    return null;
  });
  // A courtesy title (Mr, Ms) is the text's own word on it; a rank (King, Sheikh) is a guess ("Sheikh Hasina").
  const courtesy = new Set<number>();
  for (const m of index.mentions) {
    if (m.kind === 'description' || g[m.person] === undefined) continue;
    const before = text.slice(Math.max(0, m.start - 10), m.start);
    if (COURTESY_TITLE.test(before)) courtesy.add(m.person);
    if (MALE.test(before)) g[m.person] ??= 'm';
    else if (FEMALE.test(before)) g[m.person] ??= 'f';
  }
  const votes = new Map<number, { m: number; f: number; possessive: boolean }>();
  for (const m of index.mentions) {
    if (index.people[m.person]?.type !== 'person') continue;
    const own = OWN_PRONOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start)) ?? OWN_PRONOUN_AFTER.exec(text.slice(m.end, m.end + 80));
    const pronoun = own?.slice(1).find((x) => x !== undefined);
    if (!pronoun) continue;
    const v = votes.get(m.person) ?? { m: 0, f: 0, possessive: true };
    if (pronoun === 'his' || pronoun === 'he') v.m++;
    else v.f++;
    // ("Mr Sunak said she had shown leadership": a subject pronoun after "said" may be someone else's.)
    if (pronoun === 'he' || pronoun === 'she') v.possessive = false;
    votes.set(m.person, v);
  }
  // Only when the text agrees with itself, and over a rank's guess ("Prime Minister Sheikh Hasina … she said"); over a
  // courtesy title only the person's own possessive ("met her counterpart"): "Mr Sunak said she …" is someone else.
  for (const [person, v] of votes) if (!v.m !== !v.f && (g[person] === null || !courtesy.has(person) || v.possessive)) g[person] = v.m ? 'm' : 'f';
  return g;
}

function splitWords(run: string, base: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  for (let m = re.exec(run); m; m = re.exec(run)) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

const MAX_ALIASES = 24;
/** Beyond this many people a text is not news; stop learning new ones (keeps every step bounded). */
const MAX_PEOPLE = 400;

function addAlias(list: string[], alias: string): void {
  if (list.length < MAX_ALIASES && !list.includes(alias)) list.push(alias);
}

/**
 * A run of names with no comma between them ("Anwar Ibrahim Donald J. Trump", a signature block's line of two names) is
 * two people when the text writes both halves as people's names elsewhere: it is split there, each half a mention of its
 * own.
 */
function splitGluedNames(drafts: Draft[]): Draft[] {
  // (names the text gives with a title or as a speaker elsewhere: not "Politburo Member Yang Jiechi", whose "Politburo
  // Member" is read as a name once, untitled)
  const named = new Set(drafts.filter((d) => d.words.length >= 2 && d.words.length < 6 && (d.role || d.evidence)).map((d) => d.words.join(' ')));
  const out: Draft[] = [];
  for (const d of drafts) {
    const n = d.words.length;
    let cut = -1;
    for (let k = 2; n >= 4 && k <= n - 2 && cut < 0; k++) if (named.has(d.words.slice(0, k).join(' ')) && named.has(d.words.slice(k).join(' '))) cut = k;
    // (a draft has one mention here, its words' starts known)
    const starts = d.starts;
    if (cut < 0 || !starts || d.spans.length !== 1) {
      out.push(d);
      continue;
    }
    const [start, end, kind] = d.spans[0];
    const firstEnd = starts[cut - 1] + d.words[cut - 1].length;
    // (the title goes with the first name, a generation after the last with the second)
    out.push(
      { ...d, words: d.words.slice(0, cut), spans: [[start, firstEnd, kind]], generation: undefined, otherRole: null, aliases: [], starts: starts.slice(0, cut) },
      { ...d, words: d.words.slice(cut), spans: [[starts[cut], end, kind]], role: null, roleFromCounterpart: false, country: null, otherRole: null, aliases: [], starts: starts.slice(cut) },
    );
  }
  return out;
}

function mergeVariants(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const bySurname = new Map<string, Draft[]>();
  // "Mohd Azlan" for "Mohd Azlan Hashim": a person's first two names, as Malaysian and Arab outlets
  // write them; keyed by the first two words of every name of three or more.
  const byFirstTwo = new Map<string, Draft>();
  for (const d of drafts) {
    const surname = d.words[d.words.length - 1];
    // ("Vučić" and "Aleksandar Vucic": one surname, with and without its accents)
    // ("NAHYAN" in a transcript's label and "Nahyan" in the text: one surname, in any case)
    const key = `${d.type}:${withoutAccents(surname).toLowerCase()}`;
    const bucket = bySurname.get(key) ?? [];
    const two = d.type === 'person' && d.words.length === 2 ? byFirstTwo.get(d.words.join(' ').toLowerCase()) : undefined;
    // A name in capitals and one in mixed case (a transcript's label and the text) are one person by the end of the
    // longer alone, and only when it ends one name of the bucket (in any case a name that ends two is neither's): "BIN MOHAMMED AL MAKTOUM" is Hamdan bin Mohammed Al
    // Maktoum, not his father Mohammed bin Rashid Al Maktoum; "ABDULLAH AL SAUD" is neither of two brothers.
    const tail = (o: Draft) => endsWithParticleName(o.words, d.words) || endsWithParticleName(d.words, o.words);
    const tails = bucket.filter(tail);
    const same =
      two ??
      bucket.find(
        (o) =>
          // ("Paul Brandt Jr." and his father "Paul Brandt Sr." are two people)
          (!o.generation || !d.generation || o.generation === d.generation) &&
          (capitals(o.words) !== capitals(d.words) && o.words.length > 1 && d.words.length > 1
            ? tails.length === 1 && tails[0] === o
            : similarFirstNames(o.words[0], d.words[0]) || o.words.length === 1 || d.words.length === 1 || (tails.length === 1 && tails[0] === o)),
      );
    if (!same) {
      const copy = { ...d, aliases: [...d.aliases], spans: [...d.spans] };
      out.push(copy);
      if (bucket.length < 8) bucket.push(copy);
      bySurname.set(key, bucket);
      if (d.type === 'person' && d.words.length >= 3) {
        const k = d.words.slice(0, 2).join(' ').toLowerCase();
        if (!byFirstTwo.has(k)) byFirstTwo.set(k, copy);
      }
      continue;
    }
    const a = same.words.join(' ');
    const b = d.words.join(' ');
    if (d.words.length > same.words.length) {
      addAlias(same.aliases, a);
      same.words = d.words;
    } else if (a !== b) {
      addAlias(same.aliases, b);
    }
    same.role ??= d.role;
    same.otherRole ??= d.otherRole;
    same.country ??= d.country;
    same.generation ??= d.generation;
    same.spans.push(...d.spans);
  }
  // A two-word name met before the full one ("Mohd Azlan meets …" in a headline, then "Mohd Azlan
  // Hashim"): folded in afterwards, so the order of mentions does not matter.
  return out.filter((d) => {
    if (d.type !== 'person' || d.words.length !== 2) return true;
    const full = byFirstTwo.get(d.words.join(' ').toLowerCase());
    if (!full || full === d) return true;
    addAlias(full.aliases, d.words.join(' '));
    full.role ??= d.role;
    full.country ??= d.country;
    full.spans.push(...d.spans);
    return false;
  });
}

/** Every word of the name in capitals ("ZAYED AL NAHYAN", a transcript's label). */
const capitals = (words: string[]): boolean => words.every((w) => w === w.toUpperCase());

/**
 * "von Wattenwyl" is the end of "Ulrich von Wattenwyl": a particle and the family name; "ZAYED AL NAHYAN" (a
 * transcript's label) the end of "Mohamed bin Zayed Al Nahyan": three words or more are one person's, in any case.
 */
function endsWithParticleName(full: string[], short: string[]): boolean {
  if (short.length < 2 || short.length >= full.length || (short.length < 3 && !PARTICLES.has(short[0].toLowerCase()))) return false;
  const tail = full.slice(full.length - short.length);
  return tail.every((w, k) => w.toLowerCase() === short[k].toLowerCase());
}

type WordIndex = { last: Map<string, number[]>; first: Map<string, number[]>; any: Map<string, number[]> };

/** Known people by each word of their names, for surname look-ups in constant time. */
function wordIndex(list: Draft[]): WordIndex {
  const idx: WordIndex = { last: new Map(), first: new Map(), any: new Map() };
  list.forEach((d, i) => indexDraft(idx, d, i));
  return idx;
}

function indexDraft(idx: WordIndex, d: Draft, i: number): void {
  if (d.type !== 'person') return;
  const put = (m: Map<string, number[]>, k: string) => {
    const v = m.get(k);
    if (!v) m.set(k, [i]);
    else if (v.length < 16 && v[v.length - 1] !== i) v.push(i);
  };
  put(idx.last, d.words[d.words.length - 1]);
  for (const a of d.aliases) put(idx.last, a.split(' ').pop() ?? a);
  // (and without its accents: "Vučić said" after "Aleksandar Vucic")
  const plain = withoutAccents(d.words[d.words.length - 1]);
  if (plain !== d.words[d.words.length - 1]) put(idx.last, plain);
  if (d.words.length > 1) {
    put(idx.first, d.words[0]);
    for (const w of d.words) put(idx.any, w);
    // "MOTEGI Toshimitsu" (a family name in capitals, as Japanese official English writes it) … "Motegi".
    for (const w of d.words) if (/^\p{Lu}{2,}$/u.test(w)) put(idx.any, w[0] + w.slice(1).toLowerCase());
  }
  // A double surname is often shortened to one of its parts ("Trixie Cruz-Angeles" … "according to
  // Angeles"): each capitalised part answers as any word of the name does.
  const last = d.words[d.words.length - 1];
  if (last.includes('-')) for (const part of last.split('-')) if (/^\p{Lu}\p{Ll}{2,}$/u.test(part)) put(idx.any, part);
}

/** The person a single name word (with its title, '' for an honorific, or null) refers to, or -1. */
function findBySurname(list: Draft[], idx: WordIndex, w: string, at: number, titled: string | null): number {
  // "Al-Mannai said" at the start of a sentence is "al-Mannai".
  const particle = /^(?:Al|El|Bin|Ibn|Bint|Ben|Abu|Ould)-/u.test(w) ? w[0].toLowerCase() + w.slice(1) : null;
  let hits = [...(idx.last.get(w) ?? (particle ? idx.last.get(particle) : undefined) ?? idx.last.get(withoutAccents(w)) ?? [])];
  if (titled !== null) for (const i of idx.first.get(w) ?? []) if (!hits.includes(i)) hits.push(i);
  // Family name first ("Wang Yi" … "Wang said") or a name the text shortens ("Lula"): any word of one known name,
  // or of several when the title says which ("President Lee" of "President Lee Myung-bak" and "spokesman Lee
  // Dong-kwan"; a bare "Kim said" after "Kim Jong Un" and "his sister Kim Yo Jong" stays apart).
  const shortened = hits.length === 0;
  if (shortened) hits = [...(idx.any.get(w) ?? [])];
  if (hits.length <= 1) return hits[0] ?? -1;
  const fits = titled ? hits.filter((i) => list[i].role?.toLowerCase() === titled.toLowerCase()) : [];
  if (fits.length === 1) return fits[0];
  if (shortened) return -1;
  // Two people share the surname: the one named most recently before it; in a standfirst above the lead,
  // the one the lead names first.
  let best = -1;
  let bestAt = -1;
  let next = -1;
  let nextAt = Infinity;
  for (const i of hits) {
    for (const [s] of list[i].spans.slice(0, 64)) {
      if (s < at && s > bestAt) { bestAt = s; best = i; }
      if (s > at && s < nextAt) { nextAt = s; next = i; }
    }
  }
  return best >= 0 ? best : next;
}

// ---------------------------------------------------------------------------------------------
// Bodies: ministries, governments, offices.

const BODY_HEAD = '(?:Department\\s+of\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:Affairs|\\p{Lu}\\p{Ll}+)|Foreign\\s+Ministry|Foreign\\s+Office|Ministry(?:\\s+of\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:Affairs|Defen[cs]e|\\p{Lu}\\p{Ll}+))?|Government|government|Embassy|Cabinet|Presidency|Press\\s+Service|press\\s+service|foreign\\s+ministry|(?:\\p{Lu}\\p{Ll}+\\s+)?Ministry)';
const BODY_RE = new RegExp(
  `(?:(?<cty>${CTY})(?:['’]s?)?\\s+|(?<adj>${ADJ})\\s+)(?<head>${BODY_HEAD})(?:\\s+of\\s+(?<cty2>${CTY}))?\\b|(?<bare>(?:Foreign\\s+Ministry|Ministry\\s+of\\s+Foreign\\s+Affairs))(?:\\s+of\\s+(?<cty3>${CTY}))?\\b|\\b(?<named>${alt(NAMED_BODIES.map(([n]) => n))})\\b`,
  'gu',
);
const BODY_BACK = /\b[Tt]he\s+(?<head>foreign\s+ministry|ministry|government|embassy|press\s+service|Ministry|Foreign\s+Ministry)\b/gu;

function adjectiveOf(country: Country): string {
  return country.adjectives.find((a) => /^\p{Lu}\p{Ll}/u.test(a)) ?? country.name;
}

function findBodies(doc: ParsedDocument, list: Draft[]): void {
  const text = doc.text;
  const found: Array<{ at: number; end: number; idx: number }> = [];
  const byKey = new Map<string, number>();
  const add = (name: string, country: string | null, start: number, end: number): void => {
    const key = name.toLowerCase();
    let idx = byKey.get(key);
    if (idx === undefined) {
      if (byKey.size >= MAX_PEOPLE) return;
      list.push({ words: name.split(' '), role: null, roleFromCounterpart: false, country, type: 'body', aliases: [], spans: [] });
      idx = list.length - 1;
      byKey.set(key, idx);
    }
    list[idx].spans.push([start, end, 'body']);
    const alias = text.slice(start, end).replace(/\s+/g, ' ');
    if (alias !== name) addAlias(list[idx].aliases, alias);
    found.push({ at: start, end, idx });
  };
  for (const p of doc.paragraphs) {
    if (p.ignored) continue;
    const body = text.slice(p.start, p.end);
    BODY_RE.lastIndex = 0;
    for (let m = BODY_RE.exec(body); m; m = BODY_RE.exec(body)) {
      const g = m.groups ?? {};
      const start = p.start + m.index;
      const end = start + m[0].length;
      if (g.named) {
        const entry = NAMED_BODIES.find(([n]) => n === g.named);
        add(g.named, entry ? entry[1] : null, start, end);
        continue;
      }
      const cname = g.cty ?? g.adj ?? g.cty2 ?? g.cty3;
      const c = cname ? findCountry(cname) : undefined;
      const head = (g.head ?? g.bare ?? '').replace(/\s+/g, ' ');
      const headCap = head.replace(/(^|\s)(\p{Ll})/gu, (_x, s: string, ch: string) => s + ch.toUpperCase()).replace(/ Of /g, ' of ');
      // The adjective as the text writes it ("Philippine"), or the country's own for "Russia's …".
      const adj = g.adj && /^\p{Lu}/u.test(g.adj) ? g.adj : c ? adjectiveOf(c) : null;
      const name = adj ? `${adj} ${headCap}` : headCap;
      add(name, c?.name ?? null, start, end);
    }
    BODY_BACK.lastIndex = 0;
    for (let m = BODY_BACK.exec(body); m; m = BODY_BACK.exec(body)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      const head = m.groups?.head.toLowerCase().replace(/\s+/g, ' ') ?? '';
      const headWord = head.split(' ').pop() ?? head;
      // The latest body named before, whose name has the same head word; looking back a bounded way.
      let best: { at: number; idx: number } | undefined;
      for (let k = found.length - 1, seen = 0; k >= 0 && seen < 50; k--, seen++) {
        const f = found[k];
        if (f.at <= start + 4 && f.end >= end) {
          best = undefined; // part of a named body ("the Belarusian Foreign Ministry")
          break;
        }
        if (f.at >= start) continue;
        if (!best && list[f.idx].words.join(' ').toLowerCase().includes(headWord)) {
          best = f;
          if (f.end <= start) break;
        }
      }
      if (best) {
        list[best.idx].spans.push([start, end, 'body']);
        addAlias(list[best.idx].aliases, m[0].replace(/\s+/g, ' ').replace(/^The/, 'the'));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Descriptions: "the Belarusian leader", "the head of state", "his Russian counterpart".

// Readouts capitalise descriptions ("The Head of State noted"): every word, small words aside.
const DESC_WORDS = DESCRIPTIONS.flatMap(([w]) => [
  w,
  w[0].toUpperCase() + w.slice(1),
  w.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()),
  w.replace(/(?<![\p{L}])(?!(?:of|for|the|and|our)\b)\p{Ll}/gu, (c) => c.toUpperCase()),
]);
// (a sentence may open on a country's office with no article, as some agencies write: "Sri Lankan president also said …")
const DESC_RE = new RegExp(
  `\\b(?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+${DESCRIBED_TENURE}(?:(?<cty>${CTY})(?:['’]s?)?\\s+|(?<adj>${ADJ})\\s+)?|(?<pcty>(?<=['’]s?\\s+))|(?<=(?:^|[.!?]["”’]?\\s+))(?<sadj>${ADJ})\\s+)(?<desc>${alt([...DESC_WORDS, 'counterpart', 'Counterpart'])})\\b(?!-)(?:\\s+of\\s+(?<cty2>${CTY}))?` +
    // "the head of Polish diplomacy", "the Head of the Kazakh diplomatic service": the foreign minister.
    // "the head of the Uzbekistan Foreign Ministry", "the head of the Ministry of Foreign Affairs of Uzbekistan": the same;
    // "the deputy head of Polish diplomacy": the deputy minister.
    `|[Tt]he\\s+(?<hdep>[Dd]eputy\\s+)?[Hh]ead\\s+of\\s+(?:the\\s+)?(?:(?<hadj>${ADJ})\\s+|(?<hcty>${CTY})\\s+)?(?:[Dd]iplomacy|[Dd]iplomatic\\s+[Ss]ervice|[Ff]oreign\\s+[Ss]ervice|[Ff]oreign\\s+[Mm]inistry|[Mm]inistry\\s+of\\s+[Ff]oreign\\s+[Aa]ffairs(?:\\s+of\\s+(?<hcty2>${CTY}))?)\\b)`,
  'gu',
);
const POSSESSOR = new RegExp(`(${CTY})['’]s?\\s+$`, 'u');
const GENERIC = new Set(GENERIC_DESCRIPTIONS);
const DESC_CLASSES = new Map<string, RoleClass[]>(DESCRIPTIONS.map(([w, c]) => [w, c]));

/** The person a description at `at` refers to: role class and country must fit; the latest named wins. */
export function resolveDescription(
  index: PeopleIndex,
  desc: string,
  country: string | null,
  at: number,
): number {
  const seen = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const m of index.mentions) {
    if (m.start >= at) break;
    if (m.kind !== 'description') {
      seen.set(m.person, m.start);
      counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    }
  }
  return resolveWith(index, desc, country, seen, undefined, counts);
}

/** Fitting people for a description, cached per (description, country). */
/**
 * The people a description in the text may stand for ("the minister", "the Moroccan minister"): every
 * fitting person, however many; empty when it is no description the rules know.
 */
export function describedPeople(index: PeopleIndex, phrase: string): number[] {
  const words = phrase.replace(/\s+/g, ' ').trim().replace(/^(?:the|his|her|their|its)\s+/i, '').split(' ');
  // "the Moroccan minister", "Morocco's FM"
  const country = words.length > 1 ? findCountry((words[0] ?? '').replace(/['’]s?$/u, '')) : undefined;
  const key = expandTitle((country ? words.slice(1) : words).join(' ')).toLowerCase();
  const fits = fitsFor(index, key, country?.name ?? null) ?? [];
  // A country the text never tied to its minister ("Minister of Foreign Affairs … Nasser Bourita"): any fit.
  return fits.length || !country ? fits : fitsFor(index, key, null) ?? [];
}

/** A person's offices: the role, and a second one the introduction gave ("Deputy Prime Minister and Foreign Minister X"). */
function rolesOf(index: PeopleIndex, i: number): string[] {
  const role = index.people[i]?.role;
  const other = index.otherRoles?.[i];
  return role ? (other ? [role, other] : [role]) : [];
}

// A place a sentence puts something in: "in Kyiv", "from Moscow", "at Beijing".
const PLACED_IN = /\b(?:[Ii]n|[Ff]rom|[Aa]t)\s+(\p{Lu}[\p{L}\p{M}-]+(?:\s+\p{Lu}[\p{L}\p{M}-]+)?)/gu;
// A foreign ministry named with no country ("the Ministry of Foreign Affairs said here").
const BARE_FOREIGN_MINISTRY = /^(?:the\s+)?(?:Foreign Ministry|Ministry of Foreign Affairs|Foreign Office)$/iu;

/**
 * "Kathmandu, Jan 7 (PTI) Nepal's Foreign Minister … , the Ministry of Foreign Affairs said here": a foreign ministry the
 * text gives no country is the one of the country whose capital the dateline names, when the text names someone of that
 * country; its name then says whose ("Ministry of Foreign Affairs of Nepal").
 */
export function tieBodiesToDateline(doc: ParsedDocument, index: PeopleIndex, country: string | null): void {
  if (!country || !index.people.some((p) => p.type === 'person' && p.country === country)) return;
  // (not where the sentence places a ministry in another capital: "In Kyiv, the Foreign Ministry called …", "the
  // Foreign Ministry in Moscow said", "said in a statement posted in Beijing")
  const elsewhere = (i: number): boolean =>
    index.mentions.some((m) => {
      if (m.person !== i) return false;
      const s = doc.sentences[Math.max(0, lowerBound(doc.sentences, m.start + 1, (x) => x.start) - 1)];
      if (!s) return false;
      for (const x of matchesOf(PLACED_IN, s.text.slice(0, 2000))) {
        const other = findCountryByCapital(x[1]) ?? COUNTRIES.find((c) => c.name === x[1]);
        if (other && other.name !== country) return true;
      }
      return false;
    });
  index.people.forEach((p, i) => {
    if (p.type !== 'body' || p.country || !BARE_FOREIGN_MINISTRY.test(p.name) || elsewhere(i)) return;
    addAlias(p.aliases, p.name);
    p.name = `${p.name.replace(/^the\s+/iu, '')} of ${country}`;
    p.country = country;
  });
}

/** Classes of office no envoy holds: "the Kuwaiti diplomat" is never the emir. */
const HEADS: readonly (RoleClass | null)[] = ['monarch', 'head-of-state', 'head-of-government'];

function fitsFor(index: PeopleIndex, key: string, country: string | null, cache?: Map<string, number[]>, text?: string): number[] | null {
  const classes = key === 'counterpart' ? null : DESC_CLASSES.get(key);
  if (classes === undefined) return null;
  const ck = `${key}|${country ?? ''}`;
  const hit = cache?.get(ck);
  if (hit) return hit;
  // A generic noun needs a country: "the Japanese guest", never "the guest" alone.
  if (classes && classes.length === 0 && !country) return null;
  const fits: number[] = [];
  index.people.forEach((p, i) => {
    if (p.type !== 'person' || fits.length >= 64) return;
    if (country && p.country !== country) return;
    if (classes && classes.length === 0) fits.push(i);
    else if (classes) {
      // "the minister" is not a deputy minister, "the president" not a vice president.
      // "the deputy minister" is a deputy: the ranks must agree. (Any of the person's offices may fit.)
      const rank = (ws: string[]) => ws.filter((w) => RANK_MODIFIERS.includes(w)).join(' ');
      const fitsRole = (role: string): boolean => {
        const cls = classifyRole(role);
        return !!cls && classes.includes(cls) && rank(roleWords(role)) === rank(roleWords(key));
      };
      if (!rolesOf(index, i).some(fitsRole)) return;
    } else if (!country) return;
    fits.push(i);
  });
  // "the Kuwaiti diplomat" for "Ambassador Al-Munaikh", whose country the text never tied to him: when everyone of
  // that country is a head of state or government (the emir), the one person of the class without a country.
  const ofCountry = (): Person[] => index.people.filter((p) => p.type === 'person' && p.country === country);
  if (!fits.length && country && GENERIC.has(key) && classes?.length && ofCountry().length && ofCountry().every((p) => HEADS.includes(classifyRole(p.role)))) {
    const open = index.people.flatMap((p, i) => (p.type === 'person' && !p.country && classes.includes(classifyRole(p.role) as RoleClass) ? [i] : []));
    if (open.length === 1) fits.push(open[0]);
  }
  // "the Vietnamese diplomat" for a deputy prime minister: the country's person when the class fits nobody.
  if (!fits.length && country && GENERIC.has(key)) {
    index.people.forEach((p, i) => {
      if (p.type === 'person' && p.country === country && fits.length < 64) fits.push(i);
    });
  }
  // "the Brazilian president" for "the Brazilian, Luiz Inácio Lula da Silva", whom the text gave a country but no
  // title: the one untitled person of that country (for a head of state or government only: not "the Brazilian
  // foreign minister").
  if (!fits.length && country && classes?.some((c) => c === 'head-of-state' || c === 'head-of-government')) {
    const untitled = index.people.flatMap((p, i) => (p.type === 'person' && p.country === country && !p.role ? [i] : []));
    if (untitled.length === 1) fits.push(untitled[0]);
  }
  // "the Uzbek leader" for "President Shavkat Mirov", whose country the readout never states: the one
  // fitting person without a country, when nobody of that country fits.
  // A generic noun ("the Vietnamese official") takes the one titled person without a country.
  if (!fits.length && country && classes) {
    const fitsClass = (p: Person) => (classes.length ? classes.includes(classifyRole(p.role) as RoleClass) : p.role !== null);
    const open = index.people.flatMap((p, i) => (p.type === 'person' && !p.country && fitsClass(p) ? [i] : []));
    if (open.length === 1 && !index.people.some((p) => p.type === 'person' && p.country === country)) fits.push(open[0]);
  }
  let pool = fits;
  // "the foreign secretary": the person whose title is those very words, not another country's
  // minister who only fits the class.
  const want = roleWords(key).join(' ');
  if (key.includes(' ') && classes) {
    const exact = pool.filter((i) => rolesOf(index, i).some((r) => roleWords(r).join(' ') === want));
    if (exact.length) pool = exact;
  }
  // A counterpart inherits only the role's class: "the foreign secretary" is the one introduced with
  // those words ("Foreign Secretary Catherine A hosted her Japanese counterpart, Hiroko B").
  if (text && classes && pool.length > 1) {
    const titled = pool.filter((i) => introducedWith(text, index, i, key));
    if (titled.length) pool = titled;
  }
  // "the Belarusian leader", "the Belarusian head of state": the president over the prime minister.
  if (country && (key === 'leader' || key === 'head of state')) {
    const heads = pool.filter((i) => classifyRole(index.people[i].role) === 'head-of-state');
    if (heads.length) pool = heads;
  }
  cache?.set(ck, pool);
  return pool;
}

/** `seen` holds, for each person, where they were last named before the description. */
function resolveWith(
  index: PeopleIndex,
  desc: string,
  country: string | null,
  seen: Map<number, number>,
  cache?: Map<string, number[]>,
  counts?: Map<number, number>,
  first?: Map<number, number>,
  text?: string,
): number {
  const key = desc.toLowerCase().replace(/\s+/g, ' ');
  let fits = fitsFor(index, key, country, cache, text);
  if (!fits || fits.length === 0) return -1;
  if (!country && /^\p{Lu}/u.test(desc)) fits = unmarked(index, fits, seen);
  // "According to the President": a capitalised title is the office holder the text is about (named
  // most, or first), not another country's president named last.
  if (first && /^\p{Lu}/u.test(desc) && !country) {
    const who = mostNamed(fits, seen, counts, first);
    if (who >= 0) return who;
  }
  return mostSalient(fits, seen, counts);
}

/**
 * A capitalised title with no country ("the Prime Minister") is the office of the text's own side: of the holders named
 * so far, those the text gave no country, when others it marked as foreign ("British Prime Minister Theresa May") also
 * fit and the text named an unmarked one first (the host a readout opens with; wire copy that marks its host, "Kenyan
 * President William Ruto hosted President Yoweri Museveni", keeps all fitting people).
 */
function unmarked(index: PeopleIndex, fits: number[], seen: Map<number, number>): number[] {
  const named = fits.filter((i) => seen.has(i));
  const home = named.filter((i) => !index.people[i].country);
  if (home.length === 0 || home.length === named.length) return fits;
  const first = firstMentions(index);
  const earliest = named.reduce((a, b) => ((first.get(b) ?? Infinity) < (first.get(a) ?? Infinity) ? b : a));
  return home.includes(earliest) ? home : fits;
}

const FIRST_MENTIONS = new WeakMap<PeopleIndex, Map<number, number>>();
/** Where each person is first named (not described), once per index. */
function firstMentions(index: PeopleIndex): Map<number, number> {
  let first = FIRST_MENTIONS.get(index);
  if (!first) {
    first = new Map();
    for (const m of index.mentions) if (m.kind !== 'description' && !first.has(m.person)) first.set(m.person, m.start);
    FIRST_MENTIONS.set(index, first);
  }
  return first;
}

/** Of the fitting people named so far, the one named most often; a tie goes to the one named first. */
function mostNamed(fits: number[], seen: Map<number, number>, counts: Map<number, number> | undefined, first: Map<number, number>): number {
  let best = -1;
  for (const i of fits) {
    if (!seen.has(i)) continue;
    if (best < 0) {
      best = i;
      continue;
    }
    const n = counts?.get(i) ?? 0;
    const bn = counts?.get(best) ?? 0;
    if (n > bn || (n === bn && (first.get(i) ?? Infinity) < (first.get(best) ?? Infinity))) best = i;
  }
  return best;
}

/**
 * Of the fitting people, the one named most recently, unless that one was named only once in passing
 * and another fits who has been named at least three times ("the head of state" is the article's
 * president, not one mentioned once in a subordinate clause).
 */
function mostSalient(fits: number[], seen: Map<number, number>, counts?: Map<number, number>): number {
  let best = -1;
  let bestAt = -1;
  for (const i of fits) {
    const at = seen.get(i);
    if (at !== undefined && at > bestAt) {
      bestAt = at;
      best = i;
    }
  }
  if (best >= 0 && counts && (counts.get(best) ?? 0) <= 1) {
    let top = -1;
    let topN = 2;
    for (const i of fits) {
      const n = counts.get(i) ?? 0;
      if (i !== best && n > topN) {
        top = i;
        topN = n;
      }
    }
    if (top >= 0) return top;
  }
  // Anaphora never points forward: someone named only after the description is not its referent.
  return best;
}

const MAX_DESCRIPTIONS = 2000;

function findDescriptions(doc: ParsedDocument, index: PeopleIndex): void {
  const text = doc.text;
  const found: Mention[] = [];
  const replaced = new Set<Mention>();
  const ms = index.mentions;
  const seen = new Map<number, number>();
  const counts = new Map<number, number>();
  const cache = new Map<string, number[]>();
  const roles = roleBackPattern(index);
  const firstNamed = new Map<number, number>();
  let guest: number | undefined;
  let main: number | undefined;
  let mi = 0;
  const advance = (start: number): void => {
    // Names seen so far (mentions are in text order).
    while (mi < ms.length && ms[mi].start < start) {
      if (!firstNamed.has(ms[mi].person)) firstNamed.set(ms[mi].person, ms[mi].start);
      seen.set(ms[mi].person, ms[mi].start);
      counts.set(ms[mi].person, (counts.get(ms[mi].person) ?? 0) + 1);
      mi++;
    }
  };
  for (const p of doc.paragraphs) {
    if (p.ignored) continue;
    if (found.length >= MAX_DESCRIPTIONS) break;
    const body = text.slice(p.start, p.end);
    DESC_RE.lastIndex = 0;
    for (let m = DESC_RE.exec(body); m; m = DESC_RE.exec(body)) {
      let start = p.start + m.index;
      const end = start + m[0].length;
      // "Indonesia's foreign minister": the possessive branch matched after "'s "; the country is
      // looked up only there, which keeps the country alternation off every position of the text.
      let possessor: string | undefined;
      if (m.groups?.pcty !== undefined) {
        const back = POSSESSOR.exec(text.slice(Math.max(p.start, start - 80), start));
        if (!back) continue;
        possessor = back[1];
        start -= back[0].length;
      }
      advance(start);
      // "the Minister for Food and Agriculture": a longer title, someone else's office.
      if (/^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 12)) && !m.groups?.cty2) continue;
      // "National Security Advisor to the Prime Minister of the United Kingdom": the adviser's office, not the premier.
      if (ATTACHED_OFFICE_BEFORE.test(text.slice(Math.max(p.start, start - 40), start))) continue;
      // ("His Majesty’s Government" is a government, not the monarch speaking)
      if (/^majesty$/i.test(m.groups?.desc ?? '') && /^['’]s\b/u.test(text.slice(end, end + 3))) continue;
      // "his Russian counterpart Sergei Lavrov" introduces a name; that is not a description.
      if (/^,?\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) && !/^\s+(?:said|says|told)/.test(text.slice(end, end + 8))) continue;
      if ((mi > 0 && ms[mi - 1].end > start) || (mi < ms.length && ms[mi].start < end)) {
        // "the head of the Uzbekistan Foreign Ministry" is the minister, not the ministry named inside it.
        const inside: number[] = [];
        for (let k = mi; k < ms.length && ms[k].start < end; k++) inside.push(k);
        // (not "the head of the Foreign Ministry's Europe desk": another head)
        const headOf = m.groups?.desc === undefined && !/^['’]s\b/u.test(text.slice(end, end + 3)) && !(mi > 0 && ms[mi - 1].end > start) && inside.every((k) => index.people[ms[k].person]?.type === 'body');
        if (!headOf) continue;
        for (const k of inside) replaced.add(ms[k]);
      }
      // "the greetings of the President of the Republic of Korea Yoon Seok-min": a title that introduces
      // the name right after it, not another president described.
      if (mi < ms.length && ms[mi].start - end <= 70 && INTRODUCES_NAME.test(text.slice(end, ms[mi].start))) continue;
      const g = m.groups ?? {};
      const cname = g.cty ?? g.adj ?? g.sadj ?? g.cty2 ?? possessor ?? g.hadj ?? g.hcty ?? g.hcty2;
      // ("the deputy head of Polish diplomacy": the deputy foreign minister)
      const desc = g.desc ?? (g.hdep ? 'deputy foreign minister' : 'foreign minister');
      const country = cname ? findCountry(cname)?.name ?? null : null;
      let who = resolveWith(index, desc, country, seen, cache, counts, firstNamed, text);
      // Readouts' "the guest" / "the visitor": the one the host received.
      if (who < 0 && !country && /^(?:guest|visitor)$/i.test(desc)) {
        who = guest ??= receivedPerson(text, index);
        // "X and Y held talks. … Y thanked his counterpart. “…,” the guest said": the one just named.
        if (who < 0) who = lastNamed(index, seen);
      }
      // "the Belarusian leader" when no titled leader was named before it: the lead's subject, often
      // introduced without a title ("X met with Vice President of Vietnam Y on 18 July").
      if (who < 0 && HEAD_DESCRIPTIONS.has(desc.toLowerCase().replace(/\s+/g, ' '))) {
        main ??= mainSubject(doc, index);
        if (main >= 0 && seen.has(main) && fitsMain(index.people[main], country, DESC_CLASSES.get(desc.toLowerCase().replace(/\s+/g, ' ')) ?? [])) who = main;
      }
      // "BEIJING (Reuters) - Indonesia's foreign minister told …" before the lead names her: the one
      // person of that country and office the text names at all.
      if (who < 0 && country) {
        const all = fitsFor(index, desc.toLowerCase().replace(/\s+/g, ' '), country, cache, text);
        if (all?.length === 1) who = all[0];
      }
      // "The foreign minister said …" as a page's first line, before anyone is named (a standfirst):
      // the first fitting person the lead then introduces.
      if (who < 0 && seen.size === 0) who = forwardReferent(index, fitsFor(index, desc.toLowerCase().replace(/\s+/g, ' '), country, cache, text) ?? []);
      if (who < 0) continue;
      // (with no article, only someone the text ties to that very country: "Indian president also said …" is nobody
      // when no Indian president is named)
      if (g.sadj !== undefined && index.people[who]?.country !== country) continue;
      const mentionText = text.slice(start, end);
      found.push({ start, end, person: who, text: mentionText, kind: 'description' });
      addAlias(index.people[who].aliases, mentionText.replace(/\s+/g, ' ').replace(/^(The|His|Her|Their|Its)\b/, (x) => x.toLowerCase()));
      if (found.length >= MAX_DESCRIPTIONS) break;
    }
  }
  // A title used alone for the person introduced with it: "the Vice President", "the Secretary", "EAM".
  if (roles) {
    const descs = found.slice();
    seen.clear();
    counts.clear();
    mi = 0;
    let di = 0;
    for (const p of doc.paragraphs) {
      if (p.ignored || found.length >= MAX_DESCRIPTIONS) continue;
      const body = text.slice(p.start, p.end);
      for (const m of titleMentions(body, roles)) {
        if (found.length >= MAX_DESCRIPTIONS) break;
        const start = p.start + m.index;
        const end = start + m.length;
        while (di < descs.length && descs[di].end <= start) di++;
        if (di < descs.length && descs[di].start < end) continue;
        if (/^,?\s+(?:\p{Lu}\p{Ll}|\p{Lu}\.)/u.test(text.slice(end, end + 4))) continue; // introduces a name
        // "the Minister for Food and Agriculture": a longer title, someone else's office.
        if (/^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 12))) continue;
        if (ATTACHED_OFFICE_BEFORE.test(text.slice(Math.max(p.start, start - 40), start))) continue;
        advance(start);
        if ((mi > 0 && ms[mi - 1].end > start) || (mi < ms.length && ms[mi].start < end)) continue;
        if (mi < ms.length && ms[mi].start - end <= 70 && INTRODUCES_NAME.test(text.slice(end, ms[mi].start))) continue;
        const country = m.adj ? findCountry(m.adj)?.name ?? null : null;
        let who = resolveTitle(text, index, m.role, country, seen, counts);
        // "The Prime Minister believes …" above the lead that names him: the first holder of the title.
        if (who < 0 && seen.size === 0) who = forwardReferent(index, titleFits(index, m.role, country)[0] ?? []);
        if (who >= 0) found.push({ start, end, person: who, text: body.slice(m.index, m.index + m.length), kind: 'description' });
      }
    }
  }
  index.mentions = [...index.mentions.filter((m) => !replaced.has(m)), ...found].sort((a, b) => a.start - b.start);
}

/** Among people who fit a description given before anyone is named, the first one the text names, when the lead names them. */
function forwardReferent(index: PeopleIndex, fits: number[]): number {
  let best = -1;
  let bestAt = Infinity;
  for (const m of index.mentions) {
    if (m.start >= bestAt || m.start > FORWARD_REACH) break;
    if (fits.includes(m.person) && index.people[m.person]?.type === 'person') {
      best = m.person;
      bestAt = m.start;
    }
  }
  return best;
}
/** How far into the text a forward description may look for its person. */
const FORWARD_REACH = 1500;

// Between a title and the name it introduces: only capitalised words, "of", "the" ("of the Republic of Korea").
const INTRODUCES_NAME = /^(?:\s+(?:of|the|\p{Lu}[\p{L}\p{M}'’-]*))*\s+$/u;

// Descriptions of a head of state or government that may go to the article's main subject.
const HEAD_DESCRIPTIONS = new Set(['leader', 'head of state', 'president', 'head of government', 'prime minister']);

/**
 * The main subject may take "the leader" when untitled, or titled with an office the description fits (a
 * president is never "the prime minister"), and of the description's country (or of none).
 */
function fitsMain(p: Person | undefined, country: string | null, classes: readonly RoleClass[]): boolean {
  if (!p || p.type !== 'person') return false;
  if (country && p.country && p.country !== country) return false;
  // ("Sheikh Hasina" is untitled: "Sheikh" is a rank word there, whatever office she holds)
  const role = p.role && !NAME_PREFIX.has(p.role.toLowerCase()) ? p.role : null;
  const cls = role ? classifyRole(role) : null;
  return !role || (!!cls && classes.includes(cls));
}

/**
 * The article's main subject: the person who opens the lead (the first sentence after a headline),
 * within its first words ("MINSK, 18 July – Dmitri Karpovich met with …"); -1 when the lead opens otherwise.
 */
function mainSubject(doc: ParsedDocument, index: PeopleIndex): number {
  const text = doc.text;
  // The lead is the first paragraph that reads as prose: a headline, a date line, photo bullets or
  // the headline again above it end without a full stop.
  const lead = doc.paragraphs.slice(0, 12).find((p) => !p.ignored && /[.!?…]["”»’]?$/u.test(text.slice(p.start, p.end).trim()));
  const from = lead?.start ?? doc.paragraphs[0]?.start ?? 0;
  const s = doc.sentences.find((x) => x.end > from);
  if (!s) return -1;
  const m = index.mentions.find((x) => x.start >= s.start && x.kind !== 'description');
  if (!m || m.start >= s.end || index.people[m.person]?.type !== 'person') return -1;
  const before = text.slice(s.start, m.start);
  const lower = before.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}’'-]*/gu)?.filter((w) => !/^(?:of|for|and|the)$/.test(w)) ?? [];
  return lower.length <= 2 ? m.person : -1;
}

/** The person named most recently (by name) before the current point, or -1. */
function lastNamed(index: PeopleIndex, seen: Map<number, number>): number {
  let best = -1;
  let at = -1;
  for (const [person, pos] of seen) if (pos > at && index.people[person]?.type === 'person') [best, at] = [person, pos];
  return best;
}

/**
 * A readout's guest: the person named first after "received" / "welcomed" / "hosted" / "held talks with" (or a
 * lead's opening "Meeting X, …") in the opening of the text, in the same line and sentence; -1 when none.
 */
export function receivedPerson(text: string, index: PeopleIndex): number {
  // (and a lead that opens on "Meeting X, he …": the host meets the guest)
  const re = /\b(?:received|receives|welcomed|welcomes|hosted|hosts|greeted|held (?:\w+ )?talks with|holds (?:\w+ )?talks with|met with)\s+|(?:^|\n)Meeting\s+/gu;
  const head = text.slice(0, 3000);
  // The first such verb whose object, in the same line and sentence, names a person.
  for (let m = re.exec(head), n = 0; m && n < 8; m = re.exec(head), n++) {
    const at = m.index + m[0].length;
    for (let k = lowerBound(index.mentions, at, (x) => x.start); k < index.mentions.length; k++) {
      const x = index.mentions[k];
      if (x.start > at + 100 || /\n|[.!?]\s/u.test(text.slice(at, x.start))) break;
      if (index.people[x.person]?.type === 'person') return x.person;
    }
  }
  return -1;
}

/** The roles people in the document hold, as written and in lower case ("Secretary of State" also gives "Secretary"); null if none. */
function roleBackPattern(index: PeopleIndex): RoleSet | null {
  const roles = new Set<string>();
  for (const role of index.people.flatMap((p, i) => (p.type === 'person' ? rolesOf(index, i) : []))) {
    if (roles.size >= 64) break;
    const words = role.split(/\s+/);
    // The whole title and its last word(s): "Secretary of State" -> also "Secretary"; "Vice President" stays whole.
    roles.add(role);
    const head = words.findIndex((w) => /^(?:of|for)$/i.test(w));
    if (head > 0 && !RANK_MODIFIERS.includes(words[0].toLowerCase())) roles.add(words.slice(0, head).join(' '));
    else if (words.length > 1 && !words.some((w) => RANK_MODIFIERS.includes(w.toLowerCase()))) roles.add(words[words.length - 1]);
  }
  if (roles.size === 0) return null;
  const set = new Set([...roles].flatMap((r) => [r, r.toLowerCase()]));
  let longest = 0;
  for (const r of set) longest = Math.max(longest, r.length);
  const lengths = [...new Set([...set].map((r) => r.length))].filter((n) => n > 0).sort((a, b) => b - a);
  const nameWords = new Set(index.people.flatMap((p) => (p.type === 'person' ? p.name.split(/\s+/) : [])));
  return { set, longest: Math.min(longest, 120), lengths, nameWords };
}

interface RoleSet {
  set: Set<string>;
  longest: number;
  /** The lengths of the roles in `set` (none empty), longest first: where a role starting at an offset can end. */
  lengths: number[];
  /** Every word of the document's people's names ("King" of Larry King), which a bare title never is. */
  nameWords: Set<string>;
}
// The lower-case words after a bare title, which must hold a verb of saying within seven: "Prime Minister said",
// "Prime Minister on the occasion said", "President welcomed the delegation and said" (not "President and party chief
// Xi said": a capital ends the words).
const BARE_TITLE_WORDS = /^(?:\s+\p{Ll}+)+/u;
// A sentence break that is an abbreviation's full stop: "Mr. King said".
const ABBREVIATED_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|Sr|Jr)\.\s+$/u;

// Where a title used alone may start ("the …", or an abbreviation such as "EAM"), and the country
// adjective after "the": compiled once, the roles themselves are looked up in the document's set.
// Also a country's name before the title at a sentence's start ("Kazakhstan President expressed …"), where
// readouts drop the article; the country alternation is tried only after a sentence break. And a title with
// no article at all before its verb ("Prime Minister said that …"), as some readouts write it.
const TITLE_START = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:[Tt]he\\s+|(?<abbr>${alt(TITLE_ABBREVIATIONS.map(([a]) => a))})(?![\\p{L}\\p{M}-])|(?=\\p{Lu})(?<=(?:^|[.!?]["”’]?\\s+))(?<cty>${alt(COUNTRY_NAMES)})\\s+(?=\\p{Lu})|(?=\\p{Lu})(?<=(?:^|[.!?]["”’]?\\s+))(?<bare>))`,
  'gu',
);
const ADJ_AT = new RegExp(`(${ADJ})\\s+`, 'uy');
const ABBR_OWNER = new RegExp(`(?<![\\p{L}\\p{M}])((?:${CTY})(?:['’]s?)?|${ADJ})\\s+$`, 'u');
const WORD_CHAR = /[\p{L}\p{M}-]/u;

/** The longest of the roles that starts at `at` and ends at a word's end, or null. */
function roleAt(body: string, at: number, roles: RoleSet): string | null {
  const stop = Math.min(body.length, at + roles.longest);
  for (const length of roles.lengths) {
    const e = at + length;
    if (e > stop || (e < body.length && WORD_CHAR.test(body[e]))) continue;
    const r = body.slice(at, e);
    if (roles.set.has(r)) return r;
  }
  return null;
}

/** "the [ADJ] ROLE" for a role someone holds, and title abbreviations, in text order without overlaps. */
function* titleMentions(body: string, roles: RoleSet): Generator<{ index: number; length: number; role: string; adj: string | null }> {
  TITLE_START.lastIndex = 0;
  for (let m = TITLE_START.exec(body); m; m = TITLE_START.exec(body)) {
    if (m.groups?.abbr) {
      // "Morocco's FM", "the Moroccan FM": the country before an abbreviation says whose.
      // (the mention takes the owner in: "the Bangladesh PM" is read as a whole where speakers are weighed)
      const owner = ABBR_OWNER.exec(body.slice(Math.max(0, m.index - 60), m.index));
      const from = owner ? m.index - owner[0].length : m.index;
      yield { index: from, length: m.index + m[0].length - from, role: m.groups.abbr, adj: owner ? owner[1].replace(/['’]s?$/u, '') : null };
      continue;
    }
    const after = m.index + m[0].length;
    if (m.groups?.bare !== undefined) {
      // (only before a verb of saying, not after "Mr.", and not a word that is someone's name or a common surname:
      // "King said" for Larry King or Gayle King)
      const role = roleAt(body, m.index, roles);
      const words = role ? BARE_TITLE_WORDS.exec(body.slice(m.index + role.length, m.index + role.length + 60))?.[0] ?? '' : '';
      const verb = words.split(/\s+/).slice(1, 8).find((w) => isSpeechVerb(w));
      if (role && verb && /^\p{Lu}/u.test(role) && !ABBREVIATED_BEFORE.test(body.slice(Math.max(0, m.index - 8), m.index)) && !roles.nameWords.has(role) && !TITLE_SURNAMES.has(role)) {
        yield { index: m.index, length: role.length, role, adj: null };
        TITLE_START.lastIndex = m.index + role.length;
      } else TITLE_START.lastIndex = m.index + 1;
      continue;
    }
    if (m.groups?.cty) {
      const role = roleAt(body, after, roles);
      if (role) {
        yield { index: m.index, length: after + role.length - m.index, role, adj: m.groups.cty };
        TITLE_START.lastIndex = after + role.length;
      }
      continue;
    }
    ADJ_AT.lastIndex = after;
    const a = ADJ_AT.exec(body);
    let role = a ? roleAt(body, after + a[0].length, roles) : null;
    let from = a ? after + a[0].length : after;
    const adj = role && a ? a[1] : null;
    if (!role) {
      role = roleAt(body, after, roles);
      from = after;
    }
    if (!role) {
      TITLE_START.lastIndex = m.index + 1;
      continue;
    }
    const end = from + role.length;
    yield { index: m.index, length: end - m.index, role, adj };
    TITLE_START.lastIndex = end;
  }
}

/** True when a mention of person i follows the title words ("FM Ingrid Solberg", "Vice President Doe"). */
function introducedWith(text: string, index: PeopleIndex, i: number, phrase: string): boolean {
  const want = phrase.trim().toLowerCase();
  let n = 0;
  for (const m of index.mentions) {
    if (m.person !== i || m.kind === 'description') continue;
    if (++n > 16) break;
    const before = text.slice(Math.max(0, m.start - want.length - 12), m.start).toLowerCase();
    if (new RegExp(`(?:^|[^\\p{L}])${escape(want)}\\s+(?:(?:dr|prof|mr|ms|mrs)\\.?\\s+)?$`, 'u').test(before)) return true;
  }
  return false;
}

const roleWords = (r: string): string[] => expandTitle(r).toLowerCase().split(/\s+/).filter((w) => w && !/^(?:the|of|for)$/.test(w));

/**
 * The person a title used alone refers to: someone whose title has all its words and the same rank
 * ("the Secretary" -> "Secretary of State"; "the Minister" is not a "Deputy Minister"); an exact title
 * beats a partial one; then the most salient, as for descriptions.
 */
function resolveTitle(text: string, index: PeopleIndex, phrase: string, country: string | null, seen: Map<number, number>, counts: Map<number, number>): number {
  for (const all of titleFits(index, phrase, country)) {
    const fits = country || !/^\p{Lu}/u.test(phrase) ? all : unmarked(index, all, seen);
    // Someone the text introduced with these very words ("FM Ingrid Solberg") over one who only holds the office.
    const titled = fits.filter((i) => introducedWith(text, index, i, phrase));
    const who = mostSalient(titled.length ? titled : fits, seen, counts);
    if (who >= 0) return who;
  }
  return -1;
}

/** People whose title fits a title used alone, best fits first: the same words, all its words, the same class of office. */
function titleFits(index: PeopleIndex, phrase: string, country: string | null): number[][] {
  const want = roleWords(phrase);
  if (!want.length) return [];
  const wantRank = want.filter((w) => RANK_MODIFIERS.includes(w)).join(' ');
  const wantClass = classifyRole(expandTitle(phrase));
  const exact: number[] = [];
  const partial: number[] = [];
  const sameClass: number[] = [];
  index.people.forEach((p, i) => {
    if (p.type !== 'person' || !p.role || (country && p.country !== country)) return;
    // (the best fit of the person's offices: "the Deputy Prime Minister" is the one who is also foreign minister)
    let tier = 3;
    for (const role of rolesOf(index, i)) {
      const have = roleWords(role);
      const rank = have.filter((w) => RANK_MODIFIERS.includes(w)).join(' ');
      if (rank !== wantRank) continue;
      if (have.join(' ') === want.join(' ')) tier = 0;
      else if (want.every((w) => have.includes(w))) tier = Math.min(tier, 1);
      else if (wantClass && wantClass !== 'official' && wantClass !== 'minister' && classifyRole(role) === wantClass) tier = Math.min(tier, 2);
    }
    [exact, partial, sameClass][tier]?.push(i);
  });
  const tiers = [exact, partial, sameClass].filter((x) => x.length);
  // "Kazakhstan President" when the text never tied the president to a country: the holders without one
  // (nobody of another country), as descriptions do.
  return tiers.length || !country ? tiers : titleFits(index, phrase, null).map((t) => t.filter((i) => !index.people[i].country)).filter((x) => x.length);
}

function dedupeMentions(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev && prev.start === m.start && prev.end === m.end) continue;
    out.push(m);
  }
  return out;
}

/** Index of the first mention that ends after `at` (mentions are sorted by start and do not nest deeply). */
export function firstMentionAfter(index: PeopleIndex, at: number): number {
  const ms = index.mentions;
  let lo = lowerBound(ms, at - 300, (m) => m.start);
  while (lo < ms.length && ms[lo].end <= at) lo++;
  return lo;
}

/** The person a mention inside [start, end) refers to, when exactly one person is mentioned there. */
export function personIn(index: PeopleIndex, start: number, end: number): number {
  let who = -1;
  const ms = index.mentions;
  for (let k = firstMentionAfter(index, start); k < ms.length; k++) {
    const m = ms[k];
    if (m.start >= end) break;
    if (m.end <= start) continue;
    if (who >= 0 && who !== m.person) return -2;
    who = m.person;
  }
  return who;
}
