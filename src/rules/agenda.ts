// Agenda cues: the phrases news writing uses to say what a meeting was about, and the words
// that make a topic too vague to report. Regular-expression fragments, case-insensitive;
// keep each fragment free of nested quantifiers.

/** A list of topics follows the cue: "met to discuss X, Y and Z", "the talks focused on X". */
export const FORWARD_CUES: string[] = [
  'to discuss(?: and \\w+)?',
  'discuss(?:ed|es|ing)?',
  'addressed',
  'conferred (?:on|about)',
  // "They consulted on a wide range of global and regional issues", "to consult on …" (a readout's talks)
  '(?:to )?consult(?:ed|s|ing)? (?:on|about)',
  'touched (?:up)?on',
  'focus(?:s)?ed on',
  'focusing on',
  'focus(?:es)? on',
  // "Our agenda includes A and B", "many issues on our agenda, including A"
  'agenda (?:includes|include|covers|covered|contains|contained)',
  '(?:issues|questions|topics|matters|items) on (?:our|the|their) (?:\\w+ )?agenda,? (?:including|such as|like)',
  'focussing on',
  // "Their discussions were centered around A, B and C", "talks revolved around A"
  'cent(?:red|ered) (?:on|upon|around)',
  // "discussions will center on A": a meeting word, then the verb after a modal (not "the center on Main Street", "a
  // consulate, to centre on the old quarter")
  '(?:talks|discussions|meeting|negotiations|consultations|dialogue|agenda)\\b[^.;:!?]{0,40}?\\b(?:will|would|shall) cent(?:er|re) (?:on|upon|around)',
  'revolved around',
  'concentrated on',
  'exchanged (?:their )?(?:views|opinions) (?:on|regarding|about|concerning|over)',
  '(?:views|opinions) (?:were|was) (?:also )?exchanged (?:on|regarding|about|concerning|over)',
  'views on',
  'opinion on',
  'assessment (?:of|on)',
  // Not the present tense of a third person's habit ("When Dakar talks about X", "The government talks about X").
  '(?:(?:to|and|they|we|would|will|could|did|shall)(?: (?:also|of course|certainly|now|then|again|further|first|definitely))? talk|talked|spoke|speak|spoken|(?:held|hold|holds|had|the|for|in|their|of) talks)(?: (?:very|more|most|quite|at length))?(?: \\w+ly)? about',
  // "we're going to be talking about A", "we will be talking about A" (not "we're talking about 100,000 people": an amount)
  // (the speakers' own talks only: not "Maybe they’re going to be talking about …", of another meeting)
  "we(?:’re going to|'re going to| are going to|’ll|'ll| will) be (?:also )?talking about",
  // "We have a dense agenda: A, B and C"
  '(?:dense|busy|rich|full|extensive|broad|packed|wide|substantive) agenda(?=:)',
  // "I would like to raise the issue of A"
  '(?:to|will|would|shall) raise the (?:issue|question|matter|topic) of',
  // "The meeting, the first between the two ministers since ..., covered trade, ...".
  '(?:meeting|talks|discussions|consultations|session|conversation),[^.;:!?,]{3,120}?,\\s+(?:also\\s+)?covered',
  // "held extensive talks with X, covering various facets of their ties"
  '(?:meeting|talks|discussions|consultations|conversation|call)\\b[^.;:!?]{0,160}?,\\s+covering',
  // "Hayashi said he spoke to Qin about …", "talked with the minister about …", "spoke this afternoon with Prime Minister
  // X of Israel regarding …" (the partner's words hold no clause or duration: not "spoke with X for about an hour",
  // "with families who are worried about …", "with X and later told reporters he was optimistic about …")
  '(?:spoke|talked|speaks|talks)(?: (?:today|yesterday|this (?:morning|afternoon|evening)|(?:by|on the) (?:phone|telephone)))? (?:to|with) (?!(?:reporters|journalists|correspondents|students|supporters|lawmakers|the (?:media|press|crowd|audience|nation|public))\\b)(?:(?!(?:who|which|that|whom|whose|said|says|told|tells|while|when|later|is|are|was|were)\\b|(?<!well )as (?!well as)|for (?:about|around|nearly|almost|over|more|an?|\\d|one|two|three|several|many)\\b)[\\w’\'-]+ ){1,14}?(?:about|regarding)',
  'paid (?:particular |special |close )?attention to',
  'drew (?:\\w+ )?attention to',
  'dealt with',
  'reviewed',
  // "held a meeting with the delegation to review the latest draft agreements" (a meeting held to review: not "agreed
  // to review fees", "agreed to meet again in September to review progress")
  '(?:meeting|talks|discussions?|consultations|session|conversation|call|met|meets)\\b[^.;:!?]{0,120}? to review',
  // "met with X today, to advance cooperation on a range of bilateral, regional, and global issues": what the meeting
  // was for (not what they then agreed to do: "held talks … and agreed to expand cooperation on …")
  '(?:meeting|talks|met|meets)\\b(?:(?!\\b(?:agreed|decided|pledged|vowed|committed)\\b)[^.;:!?]){0,120}? to (?:advance|deepen|strengthen|expand|enhance|boost) (?:their |our |bilateral )?(?:cooperation|collaboration|coordination) (?:on|in)',
  // "The main topics of their meeting were A, B and C"
  '(?:main |key |principal |central |chief )?(?:topics|subjects|themes) (?:of|at|during) (?:the |their |this |our )?(?:meeting|talks|discussions?|conversation|negotiations) (?:were|was|included)(?! (?:not|never|kept|left|withheld|unclear|unknown|confidential|secret|undisclosed)\\b)',
  'the agenda included',
  'the agenda (?:was|were)',
  'topping the agenda (?:was|were)',
  'top(?:ped)? the agenda (?:was|were)',
  'at the top (?:of|on) the agenda(?: of the \\w+)? (?:was|were|is|are)',
  'on the agenda (?:was|were|are|is)',
  'high on the agenda (?:was|were)',
  '(?:among|one of) the (?:\\w+ ){0,2}(?:issues|topics|questions|matters|subjects)\\b[^.;:!?]{0,120}?\\b(?:were|was|are|is|included)',
  // "hosted X for talks on A, B and C", "talks that covered A", "a closed-door session on A"
  // "a discussion on A", "held talks over A", "our conversations on A"
  '(?:talks|consultations|discussions?|session|conversations?)(?: (?:that|which))?(?: also)? (?:covered|spanned|covering|on|over|encompassing|encompassed)',
  '(?:consultations|discussions?|conversations?) about',
  // "held “an open and productive discussion” with X here on Friday on A, B and C", "an exchange of views with you on
  // A and on B": the meeting noun, the other side
  // and a time or place (no comma: not "talks with X, as a dispute over Y weighed …"), then the topics (not "on
  // Friday", "on the sidelines of …", "on the first leg of a tour")
  '(?:talks|discussions?|conversations?|consultations|exchanges? of (?:views|opinions)|(?:phone|telephone) call)["”’]? with [^.;:!?"“”,]{3,100}? (?:on|about|over|regarding)(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the sidelines|the margins|the eve|the (?:first|second|third|last|final) (?:leg|day|stop)|its|his|her|their|a visit|an? (?:\\w+ )?(?:visit|tour|trip))\\b)(?! \\d)',
  // "In their meeting, the two ministers covered A"
  '(?:ministers|leaders|presidents|sides|delegations|they) (?:also )?covered',
  // "with the focus on A", "with particular emphasis on A"
  'with (?:the |a |an )?(?:\\w+ )?(?:focus|emphasis) on',
  // "Particular attention was paid to A"
  '(?:particular|special|close|great|much|considerable) attention (?:was|is|has been|had been) (?:paid|given|devoted) to',
  // "The main attention was paid to A" (readouts; past tense only: not "Major attention is paid to the security of the venue")
  '(?:the )?main attention (?:was|has been|had been) (?:paid|given|devoted) to',
  // "the areas of cooperation discussed with X include A; B; C" (discussed with someone or at the talks: not "issues
  // raised by protesters", "topics covered in her memoir", "the issues discussed did not include")
  '(?:areas|fields|spheres|topics|issues|subjects|matters)(?: of \\w+)? discussed (?:with|during|at the (?:meeting|talks))\\b[^.;:!?]{0,60}?\\binclude[ds]?',
  // "raised the case of A", "raised concerns about A", "The minister raised A and B": a topic
  // object, not an amount, a price or a place ("raised $2 million", "raised tariffs", "raised in Oslo")
  '(?<!\\bborn and |\\b(?:was|were|been|is|are) )raised(?! (?:\\d|\\$|€|£|the (?:price|prices|rate|rates|tariff|tariffs|flag|flags|glass|alarm|bar|stakes)\\b|(?:his|her|their|a|the) (?:glass|hand|hands|voice|fist)\\b|(?:money|funds|prices|rates|tariffs|taxes|interest|hopes|eyebrows|questions? (?:over|about) whether)\\b|(?:in|at|by|during|on|from|with|to|up|it|them|him|her|this|that)\\b))',
  // (not "X and Y agreed on the importance of Z", "we agreed on A": what they agreed, not what they discussed)
  // "the talks had been frank on the question of X", "were candid about A"
  '(?:frank|candid|frank and (?:open|direct|substantive)|open and frank|in-depth|substantive|detailed|thorough) (?:on|about|regarding|concerning)',
  // "briefed his guest on A", "updated her counterpart on A"
  '(?:briefed|briefing|to brief) (?:\\w+ ){1,3}?on',
  'updated (?:\\w+ ){1,3}?on',
  // "informed his counterpart in detail about A", "provided an update on A"
  '(?:informed|inform) (?:\\w+ ){1,3}?(?:in detail |in depth )?(?:about|on)',
  '(?:provided|gave|offered|shared) (?:an? )?(?:\\w+ )?(?:update|briefing|overview) (?:on|about)',
  // (not "expressed concern about A", "reiterated Japan’s serious concerns about A": a stance, not a topic discussed)
  'reflected on',
  // "took stock of A", "shared views on A" (not "agreed to work together on A", "will coordinate closely on A": a
  // commitment, which none of the fourteen git-archive readers listed as a topic)
  'took stock of',
  // "met in Berlin to explore ways to help Ukraine" (not "a platform to explore new avenues of collaboration")
  '(?:to )?explored?(?= (?:ways|means|how)\\b)',
  '(?:compared|exchanged) notes on',
  'shared (?:their |his |her )?(?:views|perspectives|assessments) (?:on|about)',
  // "there are issues that require our attention, first of all A and B"
  '(?:there (?:are|is|remain) (?:\\w+ )?)?(?:issues|questions|matters|problems|topics) (?:that|which) (?:require|requires|need|needs|deserve|deserves|demand|merit) (?:\\w+ ){0,2}attention',
  // "the talks were dominated by A"
  '(?:talks|discussions|meeting|negotiations|agenda|visit|summit|session) (?:was |were |had been |has been )?dominated by',
];

/** Words that open a list after a cue but are not a topic: "talks on Monday", "talks on the sidelines of". */
export const NOT_TOPIC_STARTS: string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the sidelines', 'the margins',
  'the eve', 'the occasion', 'behalf', 'the phone', 'the telephone', 'arrival', 'his arrival', 'her arrival', 'their arrival',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'the day', 'the first day', 'the second day', 'the final day', 'the way', 'his way', 'her way', 'its way', 'their way',
  'the basis', 'the invitation', 'the initiative', 'the fringes',
  // "conversations over the next two days", "talks over dinner" (not "the next steps", "the coming G7 announcement")
  'the (?:next|past|last|coming) (?:(?:\\d+|a few|few|two|three|four|five|several|many)\\s+)?(?:days?|weeks?|weekends?|months?|years?|decades?|hours?|nights?|mornings?|evenings?|sessions?|period)',
  'the weekend', 'dinner', 'lunch', 'breakfast', 'video',
  // "to discuss this morning the …" (not "this morning’s attack")
  "this (?:morning|afternoon|evening)(?![’'])",
];

/** Plural nouns whose "of" phrase may hold a list: "cooperation in the fields of energy and critical minerals" is one topic. */
export const LIST_CONTAINERS: string[] = [
  'fields', 'areas', 'spheres', 'sectors', 'domains', 'issues', 'questions', 'matters', 'topics', 'problems', 'branches', 'priorities', 'concerns', 'challenges',
];

/** Words before a cue that make the list a willingness, not what was discussed: "ready to discuss X". */
export const WILLINGNESS_CUES: string[] = ['ready', 'willing', 'prepared', 'open', 'eager'];

/** The topics stand before the cue: "trade and investment were discussed". */
export const PASSIVE_CUES: string[] = [
  '(?:was|were|have been|has been|had been|are|is) (?:also |\\w+ly )?(?:discussed|touched (?:up)?on|addressed|reviewed|considered(?! (?:a|an|to|as|one|among)\\b)|talked about|tabled|on the agenda|on the table)',
  // "Joint efforts against the pandemic were the focus of talks between …"
  '(?:was|were|are|is) (?:also )?(?:the |a )?(?:main |central |key )?(?:focus|topic|subject) of (?:the |their )?(?:talks|meeting|discussions?|conversation|negotiations)',
];

/** A topic list stops at these (the rest of the sentence says when, where, why or who said it). */
export const LIST_STOPS: string[] = [
  'in the run-up to', 'ahead of', 'in connection with', 'during', 'with a view to', 'in order to', 'so that',
  'because', 'since', 'while', 'but', 'which', 'that', 'who', 'where', 'when', 'as (?:he|she|they|we|it)',
  'at the (?:beginning|start|end|outset) of', 'on the sidelines of', 'at (?:the|a|their|his|her) (?:meeting|talks|session|summit)',
  'in the [A-Z][\\w-]+ capital', 'with (?:you|him|her|them|us|me|each other|one another)\\b',
  'with (?:his|her|their|its) ', 'on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)', 'on \\d',
  // "issues of mutual interest at regional and international levels": a scope, not a topic
  'at (?:the )?(?:(?:regional|international|bilateral|global|multilateral|national|local) (?:and|or) )?(?:regional|international|bilateral|global|multilateral|national|local) levels?',
  'in recent (?:days|weeks|months|years)',
  // a relative clause after a preposition: "…, and the Negev Forum, under which the UAE convened …"
  '(?<=,\\s+)(?:under|in|through|by|for|with|from|at|on|to|during|of|among|via|after|before) (?:which|whom)',
  // a second predicate of the subject: "discussed the aspects of the plan and tasked their teams to …" (a past tense
  // before a determiner or "to" is a verb, never a modifier)
  'and (?=[a-z]{3,}ed (?:the|their|his|her|its|our|a|an|to|that)\\b)',
  // … or a comma: "discussed A in response to B, reaffirmed their support for C, and reiterated …" (not before "to": "the
  // crisis in Haiti, linked to the spread of gangs, and migration")
  '(?<=,\\s+)(?=[a-z]{3,}ed (?:the|their|his|her|its|our|a|an|that)\\b)',
  // a participle clause after a comma says what the talks built on, not what was discussed: "ways to strengthen defense
  // cooperation, building on Japan's revised strategy documents" (not "confidence building on the border")
  '(?<=,\\s+)(?:building|drawing|capitali[sz]ing|relying) (?:on|upon)',
  // a modal verb ends the noun phrase: "conversations on global issues would surely be richer"
  '(?:would|could|should|must|might|will)(?! (?:and|or|of|to|for)\\b)',
  // a circumstance: "discussed trade amid rising tensions"
  'amid',
  // a role: "our common challenges and opportunities as neighbors, partners, and friends" (not "such as", "as well as")
  // (the roles run to the sentence's end as lone words: not "such issues as sanctions, energy security and …", "the role
  // of women as peacebuilders, climate change, and energy", "the economy, as always, and …")
  '(?<!\\bsuch\\b[^,.;]{0,40})as (?=[a-z]*s(?:(?:,(?: and| or)?| and| or) [a-z]+)*(?:[.;]|$))',
  // a venue by its name, then what it is: "exchanged views on current issues at Schloss Meseberg, the government's
  // guest house" (not "the situation at Zaporizhzhia nuclear plant")
  "at (?=[A-Z][\\w’'-]*(?: [A-Z][\\w’'-]*){0,3}, (?:the|a|an) )",
  'today', 'yesterday', 'tomorrow', 'according to', 'and other (?:issues|matters|topics|questions)', 'in addition to',
];

/** Words that introduce one more item: "X, as well as Y", "X, including Y", "X, especially on Y". */
export const ITEM_SEPARATORS: string[] = [
  'as well as', 'including', 'in particular', 'particularly', 'especially', 'notably', 'such as', 'along with', 'like',
];

/** Vague quantifiers: "certain issues", "a number of questions" are not topics. */
export const VAGUE_QUANTIFIERS: string[] = [
  'all', 'any', 'some', 'certain', 'many', 'several', 'various', 'other', 'these', 'those', 'such', 'the', 'a number of',
  'a', 'an', 'a range of', 'a host of', 'a wide range of', 'a broad range of', 'a variety of', 'a lot of', 'lots of', 'numerous', 'most', 'few', 'a few',
  'further', 'more', 'each', 'every', 'both', 'our', 'their', 'this', 'that', 'different', 'important', 'key', 'current', 'topical', 'pressing',
];

/**
 * Quantifiers of a list that, with one word of its kind, still name a topic as readers list it: "a range of regional
 * issues", "a number of global issues", "other global challenges" (not "some international issues", "certain issues").
 */
export const RANGE_QUANTIFIERS: string[] = ['a range of', 'a wide range of', 'a broad range of', 'a number of', 'a host of', 'a variety of', 'other'];

/**
 * Singular nouns that a series of modifiers shares ("our political, security, economic, and humanitarian support"); a
 * plural head shares one too ("economic, climate, energy, and migration management goals").
 */
export const SERIES_HEAD_NOUNS: string[] = [
  'cooperation', 'collaboration', 'coordination', 'assistance', 'support', 'aid', 'partnership', 'engagement', 'relationship',
  'dialogue', 'agenda', 'policy', 'integration',
];

/**
 * Heads two nouns share: "food and energy security", "defense and security cooperation", "energy and food prices". The
 * git-archive readers keep 59 such pairs whole.
 */
export const PAIR_HEAD_NOUNS: string[] = [
  'security', 'cooperation', 'collaboration', 'partnership', 'ties', 'relations', 'challenges', 'crisis', 'crises', 'prices',
  'markets', 'issues', 'assistance', 'aid', 'sector', 'sectors', 'threats', 'needs', 'supplies', 'chains', 'policy', 'policies',
];

/** Heads besides SERIES_HEAD_NOUNS whose compounds are topics of their own: "trade relations", "climate change". */
export const OWN_TOPIC_HEADS: string[] = ['co-operation', 'relations', 'ties', 'change'];

/** Words of scope that say what kind of matters: "matters of mutual interest", "issues of regional concern". */
export const ISSUE_SCOPES: string[] = ['mutual', 'common', 'shared', 'bilateral', 'regional', 'international', 'global'];

/** Words that name a kind of issues after a range quantifier: "a range of regional issues", "a number of security matters". */
export const ISSUE_KINDS: string[] = [
  ...ISSUE_SCOPES, 'economic', 'security', 'political',
  'health', 'trade', 'energy', 'climate', 'humanitarian', 'diplomatic', 'technology', 'defense', 'defence', 'environmental',
  'legal', 'cultural', 'social', 'financial', 'consular', 'military', 'multilateral', 'transnational',
];

/** Head nouns that say nothing on their own. */
export const VAGUE_NOUNS: string[] = [
  'issue', 'issues', 'question', 'questions', 'problem', 'problems', 'matter', 'matters', 'topic', 'topics',
  'subject', 'subjects', 'thing', 'things', 'point', 'points', 'aspect', 'aspects', 'agenda', 'it', 'them', 'this', 'that',
  'everything', 'anything', 'something',
];

/**
 * Verbs that, after ", and <subject>", start a new clause rather than one more topic:
 * "discussed X, and the Secretary underscored Y", "discussed X, and both sides agreed to Y".
 */
export const CLAUSE_VERBS: string[] = [
  'agreed', 'underscored', 'underlined', 'emphasi[sz]ed', 'stressed', 'noted', 'said', 'welcomed', 'reaffirmed',
  'expressed', 'highlighted', 'thanked', 'signed', 'pledged', 'called', 'urged', 'invited', 'praised', 'conveyed',
  'condemned', 'announced', 'added', 'briefed', 'informed', 'confirmed', 'recalled', 'voiced', 'shared',
];

/**
 * Deciding "verb phrase or topic?" without compromise (loading it costs ~250 ms of a cold start).
 * An item's first word in BASE_VERBS with a determiner, pronoun or preposition after it is a verb
 * phrase ("preserve the memory of X", "strengthen their ties"); a first word with a noun ending
 * ("cooperation in X", "preparations for X", "countering sanctions") is a topic. Only other first
 * words go to compromise.
 */
export const BASE_VERBS: string[] = [
  'preserve', 'strengthen', 'expand', 'ensure', 'promote', 'develop', 'deepen', 'enhance', 'boost', 'improve', 'increase',
  'support', 'protect', 'secure', 'build', 'bring', 'make', 'take', 'give', 'keep', 'find', 'help', 'end', 'stop', 'prevent',
  'resolve', 'settle', 'restore', 'maintain', 'continue', 'implement', 'prepare', 'hold', 'sign', 'reach', 'create', 'establish',
  'manage', 'engage', 'procure', 'capture', 'assure', 'measure', 'launch', 'open', 'reopen', 'resume', 'facilitate', 'encourage', 'address', 'tackle', 'combat', 'counter', 'fight', 'reduce',
  'raise', 'lift', 'ease', 'remove', 'allow', 'avoid', 'achieve', 'advance', 'pursue', 'explore', 'discuss', 'consider', 'review',
  'stress', 'express', 'coordinate', 'align', 'intensify', 'diversify', 'bolster', 'reinforce', 'revive', 'renew', 'extend', 'increase', 'accelerate',
  'thanked', 'welcomed', 'praised', 'condemned', 'urged', 'invited', 'congratulated', 'reaffirmed', 'noted', 'stressed',
  'expressed', 'agreed', 'discussed', 'signed', 'pledged', 'called', 'told', 'asked', 'assured', 'informed', 'briefed',
];

/** Auxiliaries that open a clause, not a topic: "had thanked X for its help", "will visit X". */
export const AUXILIARY_STARTS: string[] = [
  'had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'do', 'could', 'should', 'can', 'might', 'must',
];

/** Endings of a first word (a trailing plural "s" removed first) that make it a noun or a gerund. */
export const NOUN_ENDINGS: string[] = [
  'tion', 'sion', 'ment', 'ness', 'ity', 'ance', 'ence', 'ship', 'ism', 'ogy', 'ics', 'ary', 'ery', 'ory', 'dom', 'hood',
  'ist', 'cy', 'ing', 'ure', 'age', 'ty', 'sis', 'ion', 'ress', 'cess',
];

/** Adjectives without an adjective ending that share a head with the next noun: "joint rail and energy projects". */
export const PLAIN_ADJECTIVES: string[] = [
  'joint', 'new', 'common', 'major', 'key', 'large', 'small', 'direct', 'free', 'open', 'future', 'possible', 'long-term',
  'short-term', 'cross-border', 'two-way', 'mutual', 'shared', 'planned', 'proposed', 'ongoing', 'existing', 'further',
];

/**
 * Adjectives with an adjective's ending that the tagger reads as nouns ("a humanitarian", "the military"), which before a
 * noun share it with the adjective before "and": "the significant military and humanitarian assistance".
 */
export const NOUN_READ_ADJECTIVES: string[] = ['military', 'humanitarian', 'civilian', 'sectarian', 'agrarian', 'authoritarian'];

/** Labels followed by numbers that name one item with its "on" phrase: "chapters 12 and 13 on fisheries, forestry and rural policy". */
export const NUMBERED_LABELS: string[] = [
  'chapter', 'chapters', 'article', 'articles', 'clause', 'clauses', 'section', 'sections', 'resolution', 'resolutions',
  'paragraph', 'paragraphs', 'point', 'points', 'annex', 'annexes', 'protocol', 'protocols', 'cluster', 'clusters',
];

/** Verbs that after a bare "and" (no new subject) start another verb phrase: "discussed X and welcomed Y". */
export const SUBJECTLESS_CLAUSE_VERBS: string[] = [
  'agreed', 'welcomed', 'underscored', 'underlined', 'emphasi[sz]ed', 'stressed', 'noted', 'reaffirmed', 'expressed',
  'thanked', 'signed', 'pledged', 'called for', 'urged', 'invited', 'praised', 'condemned', 'announced', 'reiterated',
  'raised', 'addressed', 'reviewed', 'exchanged', 'touched (?:up)?on', 'discussed', 'assured', 'affirmed', 'decided', 'vowed',
  'highlighted', 'appreciated', 'considered',
];

/**
 * Participles of the subject's own act that, after a comma, end a topic list: "discussed Kenya's engagement with the
 * United States, pledging to strengthen their engagements", "… on bilateral cooperation, reaffirming our desire to …".
 */
export const ACT_PARTICIPLES: string[] = [
  'reaffirming', 'pledging', 'vowing', 'agreeing', 'welcoming', 'praising', 'thanking', 'expressing', 'underscoring',
  'underlining', 'reiterating', 'committing', 'promising', 'stressing', 'emphasi[sz]ing', 'calling', 'urging', 'hailing',
];

/** Objects of "raised" that are a stance, not a topic, when they stand alone: "Both sides raised concerns". */
export const STANCE_NOUNS: string[] = ['concern', 'concerns', 'objection', 'objections', 'doubt', 'doubts', 'reservations', 'hope', 'hopes', 'eyebrows'];

/**
 * Cues that also tell of fighting or attention ("The fighting has centred around Bakhmut", "Media attention was
 * focused on the protests"): after "was" or with "around" they name topics only when a meeting word is their subject.
 */
export const LOOSE_CUES: string[] = ['focus{1,2}ed', 'cent(?:red|ered)', 'concentrated', 'revolved'];

/** Meeting words that make such a cue's subject a meeting ("Their discussions were centered around …"). */
export const MEETING_SUBJECT_WORDS: string[] = ['talks', 'discussions?', 'meetings?', 'negotiations', 'conversations?', 'consultations', 'call', 'agenda', 'dialogue', 'summit', 'visit'];
