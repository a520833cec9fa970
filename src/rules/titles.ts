// Titles and roles: how news writing introduces a person ("Foreign Minister Sergei X") and
// the descriptions it later uses for them ("the foreign minister", "the head of state").
// Each title has a class, so a description can be matched against the roles people hold.

export type RoleClass =
  | 'head-of-state'
  | 'head-of-government'
  | 'foreign-minister'
  | 'minister'
  | 'monarch'
  | 'diplomat'
  | 'spokesperson'
  | 'official';

/** Titles written before a name or after it in an apposition, longest first when matching. */
export const TITLES: ReadonlyArray<[title: string, cls: RoleClass]> = [
  ['President', 'head-of-state'],
  ['Head of State', 'head-of-state'],
  ['Acting President', 'head-of-state'],
  ['President-elect', 'head-of-state'],
  ['Vice President', 'official'],
  ['Vice-President', 'official'],
  ['Prime Minister', 'head-of-government'],
  ['Premier', 'head-of-government'],
  ['Chancellor', 'head-of-government'],
  // Germany's and Austria's titles: "Federal Chancellor Angela Merkel", "Federal President Frank-Walter Steinmeier".
  ['Federal Chancellor', 'head-of-government'],
  ['Federal President', 'head-of-state'],
  ['Head of Government', 'head-of-government'],
  ['Taoiseach', 'head-of-government'],
  ['Foreign Minister', 'foreign-minister'],
  ['Foreign Affairs Minister', 'foreign-minister'],
  ['Minister of Foreign Affairs', 'foreign-minister'],
  ['Minister for Foreign Affairs', 'foreign-minister'],
  ['Minister of External Affairs', 'foreign-minister'],
  ['External Affairs Minister', 'foreign-minister'],
  ['Secretary of State', 'foreign-minister'],
  ['Foreign Secretary', 'foreign-minister'],
  ['Defence Secretary', 'minister'],
  ['Defense Secretary', 'minister'],
  ['Minister', 'minister'],
  ['Deputy Prime Minister', 'minister'],
  ['Vice Premier', 'minister'],
  ['Deputy Foreign Minister', 'minister'],
  ['First Deputy Prime Minister', 'minister'],
  ['Cabinet Secretary', 'minister'],
  ['Principal Secretary', 'official'],
  ['State Secretary', 'official'],
  ['Secretary', 'official'],
  ['King', 'monarch'],
  // The head of the Holy See, and churches' leaders whom heads of state meet: "Pope Francis", "Patriarch Kirill".
  ['Pope', 'head-of-state'],
  ['Patriarch', 'official'],
  ['Cardinal', 'official'],
  ['Archbishop', 'official'],
  ['Queen', 'monarch'],
  ['Crown Prince', 'monarch'],
  ['Prince', 'monarch'],
  ['Emir', 'monarch'],
  ['Amir', 'monarch'],
  ['Sultan', 'monarch'],
  ['Sheikh', 'monarch'],
  ['Ambassador Extraordinary and Plenipotentiary', 'diplomat'],
  ['Ambassador', 'diplomat'],
  // A Commonwealth country's envoy to another: "British High Commissioner Thomas Drew".
  ['High Commissioner', 'diplomat'],
  ['Envoy', 'diplomat'],
  ['Special Envoy', 'diplomat'],
  ['Special Representative', 'diplomat'],
  ['Coordinator', 'official'],
  ['Undersecretary', 'official'],
  ['Permanent Representative', 'diplomat'],
  ['Spokesman', 'spokesperson'],
  ['Spokeswoman', 'spokesperson'],
  ['Spokesperson', 'spokesperson'],
  ['Press Secretary', 'spokesperson'],
  ['Secretary-General', 'official'],
  ['Secretary General', 'official'],
  ['Director-General', 'official'],
  ['Director', 'official'],
  ['Director General', 'official'],
  ['Chairman', 'official'],
  ['Chairwoman', 'official'],
  ['Chairperson', 'official'],
  ['Speaker', 'official'],
  ['Governor', 'official'],
  ['Mayor', 'official'],
  ['Senator', 'official'],
  ['General', 'official'],
  ['Commissioner', 'official'],
  ['High Representative', 'diplomat'],
  ['National Security Adviser', 'official'],
  ['National Security Advisor', 'official'],
  // The head of Bangladesh's interim government.
  ['Chief Adviser', 'head-of-government'],
  ['Chief Advisor', 'head-of-government'],
  ['Chief Minister', 'official'],
  // "Politburo Member Yang Jiechi" (a bare "Member" would make "the Member Countries" a person)
  ['Politburo Standing Committee Member', 'official'],
  ['Politburo Member', 'official'],
  ['Minister of State', 'minister'],
  // Legislatures' and other offices of US political copy: "Senate Minority Whip Dick Durbin".
  ['Majority Leader', 'official'],
  ['Minority Leader', 'official'],
  ['Majority Whip', 'official'],
  ['Minority Whip', 'official'],
  ['Supreme Leader', 'head-of-state'],
  ['Congressman', 'official'],
  ['Representative', 'official'],
  ['Congresswoman', 'official'],
  ['Attorney General', 'official'],
  // Courts: "Circuit Court Judge David McKeague", "Chief Justice John Roberts".
  ['Judge', 'official'],
  ['Chief Justice', 'official'],
];

/**
 * Abbreviations officials' readouts use for a title, alone ("EAM underlined that …") or before a name
 * ("EAM Dr. S. Rao"). Matched case-sensitively, as whole words.
 */
export const TITLE_ABBREVIATIONS: ReadonlyArray<[abbr: string, title: string]> = [
  ['EAM', 'External Affairs Minister'],
  ['FM', 'Foreign Minister'],
  ['PM', 'Prime Minister'],
  ['DPM', 'Deputy Prime Minister'],
  ['VP', 'Vice President'],
  ['FS', 'Foreign Secretary'],
  ['SG', 'Secretary-General'],
  ['UNSG', 'Secretary-General'],
  ['DSG', 'Deputy Secretary-General'],
  ['NSA', 'National Security Adviser'],
  ['MoS', 'Minister of State'],
  ['CM', 'Chief Minister'],
  ['CS', 'Cabinet Secretary'],
  ['PS', 'Principal Secretary'],
];

/**
 * US copy's abbreviated titles, only with their full stop ("Sen. Jim Whelan", "Ohio Gov. John Kasich"):
 * without it they are names ("Hun Sen", "Amartya Sen").
 */
export const DOTTED_TITLES: readonly string[] = ['Prof.', 'Sen.', 'Rep.', 'Gov.', 'Adm.', 'Amb.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Sgt.', 'Maj.', 'Cmdr.', 'Rev.', 'Atty.', 'Supt.'];

/** Words that make a title a lower rank of the same office ("Deputy Minister" is not "the Minister"). */
/**
 * One-word titles that are also English family names ("Larry King", "Erik Prince", "Gavin Chancellor"): used alone with
 * no article ("King said"), such a word is more likely the surname of someone the text names than the office.
 */
export const TITLE_SURNAMES: ReadonlySet<string> = new Set(['King', 'Prince', 'Chancellor', 'General', 'Bishop', 'Major', 'Judge', 'Marshal', 'Dean', 'Governor', 'Sheriff', 'Pope', 'Emir', 'Sultan', 'Queen', 'Senator']);

export const RANK_MODIFIERS: readonly string[] = ['deputy', 'vice', 'assistant', 'under', 'acting', 'first', 'junior', 'associate'];

/** Expands a title abbreviation ("EAM") to the title; other text is returned as it is. */
export function expandTitle(t: string): string {
  const hit = TITLE_ABBREVIATIONS.find(([a]) => a === t.trim());
  return hit ? hit[1] : t;
}

/**
 * Offices held for another ("National Security Advisor to the Prime Minister of the United Kingdom", "spokesman for the
 * President"): a title right after one of these is that other person's, not a mention of them.
 */
export const ATTACHED_OFFICE_BEFORE =
  /\b(?:advis[eo]rs?|aides?|assistants?|counsell?ors?|chiefs? of staff|spokes(?:man|men|woman|women|person|persons|people)|press secretary|private secretary|envoys?|special representatives?|representatives?)\s+(?:to|for|of)\s+(?:the\s+)?$/i;

/** "Minister of Defence", "Trade Minister": any minister whose portfolio the text names. */
export const MINISTER_OF = /\bMinister\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})/u;

/** A party or affiliation in brackets after a name ("Keir Starmer (Labour)"): never another name for the person. */
export const PARTY_WORDS: ReadonlySet<string> = new Set(
  'labour labor democrat democrats democratic republican republicans conservative conservatives tory tories liberal liberals green greens independent socialist socialists communist communists nationalist nationalists centrist libertarian'.split(' '),
);

/** Courtesy titles before a surname. */
/** Words for how long or how newly someone holds a title, before it: "interim president", "the outgoing premier". */
export const TENURE_WORDS: readonly string[] = ['newly appointed', 'new', 'outgoing', 'incoming', 'visiting', 'interim', 'caretaker'];
/**
 * The ones a description may carry for the person who holds the title now ("the interim leader"); not "the new
 * president" or "the incoming president" (perhaps a president-elect), nor "the visiting leader" (the guest), nor
 * "the first president" (another holder, or another office: "the first deputy prime minister").
 */
export const DESCRIBED_TENURE_WORDS: readonly string[] = ['interim', 'caretaker'];
/** What a secretary or minister is "of": "Secretary of State", "Secretary of the Treasury" (no place they govern). */
export const PORTFOLIOS: readonly string[] = [
  'State', 'Defense', 'Defence', 'Commerce', 'Labor', 'Labour', 'Energy', 'Agriculture', 'Treasury', 'Justice', 'Interior',
  'Health', 'Education', 'Transportation', 'Transport', 'Homeland', 'Finance', 'Trade', 'Economy', 'Foreign', 'War', 'Veterans',
];
/** Words that go on a portfolio after its first, before a minister's name: "Minister of Natural Resources X". */
export const PORTFOLIO_WORDS: readonly string[] = (
  'Affairs Resources Development Relations Security Industry Industries Works Planning Communications Environment ' +
  'Commerce Trade Energy Investment Cooperation Integration Technology Transport Tourism Services Protection Welfare ' +
  'Culture Sports Youth Education Health Labour Labor Justice Mines Mining Power Water Lands Housing Infrastructure ' +
  'Finance Economy Agriculture Fisheries Forestry Defence Defense Information'
).split(' ');
/** A generation written after a name: "Robert Casey Jr.", "Joseph R. Murray II". */
export const GENERATIONS: readonly string[] = ['Jr', 'Sr', 'II', 'III', 'IV'];

export const HONORIFICS = ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Madam', 'Dame', 'Lord', 'Lady', 'Hon.', 'Excellency'];

/**
 * Honorifics of other countries that stand before a name and are no part of it: Malaysian
 * ("Datuk Seri Mohd Azlan"), South Asian ("Shri", "Smt."), West African ("Alhaji", "Chief"), and the
 * Arabic "Sheikh" after an office ("Prime Minister Sheikh Hasina", "Foreign Minister Sheikh Sabah": the office
 * is the role; alone, "Sheikh Tamim", it stays a title, in TITLES).
 */
export const NAME_PREFIXES = ['datuk', 'datin', 'dato', "dato'", 'seri', 'haji', 'hajah', 'puan', 'encik', 'shri', 'smt', 'shrimati', 'alhaji', 'alhaja', 'chief', 'sheikh', 'sheikha', 'shaikh'];

/** Descriptions that refer back to a person already introduced, with the role classes they fit. */
export const DESCRIPTIONS: ReadonlyArray<[words: string, classes: RoleClass[]]> = [
  ['head of state', ['head-of-state', 'monarch']],
  ['head of our state', ['head-of-state']],
  ['head of government', ['head-of-government']],
  ['president', ['head-of-state']],
  ['leader', ['head-of-state', 'head-of-government', 'monarch']],
  ['prime minister', ['head-of-government']],
  ['premier', ['head-of-government']],
  ['chancellor', ['head-of-government']],
  ['federal chancellor', ['head-of-government']],
  ['federal president', ['head-of-state']],
  ['foreign minister', ['foreign-minister']],
  ['minister of foreign affairs', ['foreign-minister']],
  ['foreign secretary', ['foreign-minister']],
  ['defence secretary', ['minister']],
  ['defense secretary', ['minister']],
  ['secretary of state', ['foreign-minister']],
  ['top diplomat', ['foreign-minister']],
  ['chief diplomat', ['foreign-minister']],
  ['diplomat', ['foreign-minister', 'diplomat']],
  ['minister', ['foreign-minister', 'minister']],
  ['deputy minister', ['minister']],
  ['deputy foreign minister', ['minister']],
  ['deputy prime minister', ['minister']],
  ['vice president', ['official']],
  ['king', ['monarch']],
  ['queen', ['monarch']],
  ['emir', ['monarch']],
  ['amir', ['monarch']],
  ['monarch', ['monarch']],
  // "His Majesty said": the monarch the text named ("His Majesty King Abdullah II").
  ['majesty', ['monarch']],
  ['ambassador', ['diplomat']],
  ['high commissioner', ['diplomat']],
  ['envoy', ['diplomat']],
  ['spokesman', ['spokesperson']],
  ['spokeswoman', ['spokesperson']],
  ['spokesperson', ['spokesperson']],
  // Generic nouns: only with a country adjective ("the Japanese guest", "the Indonesian side"), for the
  // one person of that country (people.ts); "a Japanese guest" stays an unnamed source.
  ['guest', []],
  ['side', []],
  ['official', []],
  ['visitor', []],
  ['politician', []],
  ['statesman', []],
];

/**
 * Nouns of occupation and standing that mark the bare name after them as a person's:
 * "attorney Edgar Martirosyan", "pollster Ann Selzer", "co-host Stu Burguiere".
 */
export const PERSON_NOUNS: readonly string[] = [
  'chief', 'leader', 'head', 'writer', 'reporter', 'correspondent', 'official', 'adviser', 'advisor', 'aide', 'director',
  'chairman', 'chairwoman', 'chair', 'envoy', 'ambassador', 'counterpart', 'colleague', 'minister', 'president',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'governor', 'mayor', 'senator', 'lawmaker',
  'activist', 'analyst', 'expert', 'professor', 'attorney', 'lawyer', 'strategist', 'consultant', 'pollster',
  'economist', 'historian', 'scholar', 'author', 'anchor', 'co-anchor', 'host', 'co-host', 'commentator', 'columnist',
  'editor', 'founder', 'co-founder', 'executive', 'candidate', 'nominee', 'challenger', 'incumbent', 'voter',
  'supporter', 'donor', 'manager', 'coordinator', 'organizer', 'organiser', 'operative', 'researcher', 'scientist',
  'officer', 'judge', 'congressman', 'congresswoman', 'representative', 'delegate', 'pastor', 'bishop', 'rabbi',
  'physician', 'doctor', 'businessman', 'businesswoman', 'billionaire', 'entrepreneur', 'investor', 'commissioner',
  'chairperson', 'negotiator', 'prosecutor', 'comedian', 'actor', 'actress', 'singer', 'journalist', 'blogger',
  'student', 'resident', 'veteran', 'fellow', 'partner', 'publisher', 'lobbyist', 'campaigner',
];

/** People a speaker brings into a story without a name: "I met his mother", "a waiter walked up", "an old woman". */
export const EVERYDAY_PERSON_NOUNS: readonly string[] = [
  'mother', 'father', 'mom', 'dad', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'grandmother', 'grandfather',
  'uncle', 'aunt', 'cousin', 'friend', 'neighbor', 'neighbour', 'woman', 'man', 'lady', 'gentleman', 'girl', 'boy', 'guy',
  'kid', 'child', 'fellow', 'stranger', 'farmer', 'worker', 'waiter', 'waitress', 'driver', 'soldier', 'nurse', 'teacher',
  'guard', 'conductor', 'priest', 'mechanic', 'clerk', 'citizen', 'constituent', 'survivor', 'widow', 'refugee',
];

/** Everyday person nouns of one sex: "her husband" is no "she", "his mother" no "he". */
export const FEMALE_PERSON_NOUNS: readonly string[] = ['mother', 'mom', 'wife', 'daughter', 'sister', 'grandmother', 'aunt', 'woman', 'lady', 'girl', 'waitress', 'widow'];
export const MALE_PERSON_NOUNS: readonly string[] = ['father', 'dad', 'husband', 'son', 'brother', 'grandfather', 'uncle', 'man', 'gentleman', 'boy', 'guy'];

/** Descriptions that, with a country adjective, fall back to that country's one (or most salient) person. */
export const GENERIC_DESCRIPTIONS: readonly string[] = ['guest', 'side', 'official', 'visitor', 'politician', 'statesman', 'diplomat', 'minister', 'leader', 'envoy', 'top diplomat', 'chief diplomat'];

/** The role class of a title as the text gives it ("Foreign Minister", "Minister of Economy"). */
export function classifyRole(role: string | null): RoleClass | null {
  if (!role) return null;
  const r = expandTitle(role).toLowerCase().replace(/\s+/g, ' ').trim();
  // "former US President Barack Obama" is no longer "the president".
  if (/^(?:former|retired|ex-|late)\b/.test(r)) return null;
  if (/\b(?:deputy|vice|first deputy|assistant)\b/.test(r)) {
    return /president/.test(r) && !/minister/.test(r) ? 'official' : 'minister';
  }
  if (/foreign|external affairs|secretary of state/.test(r)) return r.includes('minister') || r.includes('secretary') ? 'foreign-minister' : 'official';
  if (/prime minister|premier|chancellor|head of government|taoiseach/.test(r)) return 'head-of-government';
  if (/\bminister\b/.test(r)) return 'minister';
  for (const [title, cls] of TITLES) if (title.toLowerCase() === r) return cls;
  for (const [title, cls] of TITLES) if (r.endsWith(title.toLowerCase())) return cls;
  return null;
}

/** Words that are bodies able to speak ("the Foreign Ministry said"). */
export const BODY_HEADS = [
  'Ministry',
  'Foreign Ministry',
  'Foreign Office',
  'Government',
  'Embassy',
  'Cabinet',
  'Presidency',
  'Press Service',
  'Press Office',
  'Department',
];

/** Institutions named without a country that speak for one (general knowledge). */
export const NAMED_BODIES: ReadonlyArray<[name: string, country: string]> = [
  ['Kremlin', 'Russia'],
  ['White House', 'United States'],
  ['State Department', 'United States'],
  ['Pentagon', 'United States'],
  ['Foreign Office', 'United Kingdom'],
  ['Downing Street', 'United Kingdom'],
  ['Elysee', 'France'],
  ['Élysée', 'France'],
  ['Quai d’Orsay', 'France'],
  ['Zhongnanhai', 'China'],
];
