// Words that say a meeting happened, and words that say a sentence is about another meeting
// (earlier, later, separate). General English news usage; extend freely.

/** Verbs (any form) and nouns that report a meeting or talks. Lower case, whole words. */
export const MEETING_WORDS: string[] = [
  'meet', 'meets', 'met', 'meeting', 'meetings',
  'talk', 'talks', 'talked', 'held talks', 'hold talks', 'holds talks',
  'discuss', 'discusses', 'discussed', 'discussing', 'discussion', 'discussions',
  'negotiation', 'negotiations', 'negotiated',
  'conversation', 'conversations', 'consultations', 'summit',
  'received', 'receives', 'hosted', 'hosts', 'welcomed', 'visit', 'visited', 'visiting', 'visits',
  'addressed', 'exchanged views', 'sat down with', 'audience', 'co-chaired', 'co-chair', 'phone call', 'telephone conversation',
];

/** "spoke to" is a meeting unless the press or a crowd follows ("spoke to reporters"); also used in places.ts. */
export const SPOKE_TO = String.raw`spoke to(?! (?:reporters|journalists|correspondents|media|press|lawmakers|parliament|students|supporters|the (?:media|press|reporters|journalists|nation|public|parliament|crowd|audience))\b)`;

/** Adjectives of feeling before a host's or speaker's verb: "pleased to welcome", "proud to announce" (speech-verbs.ts). */
export const GLAD_WORDS = 'honou?red|pleased|delighted|proud|glad|happy';

/** Whom one "calls on" in a meeting (not "called on Israel to allow aid"). */
export const CALLED_ON_TITLES = 'president|prime minister|chancellor|premier|king|emir|crown prince|foreign minister|minister|secretary of state|governor|speaker';

/** Strong cues: a meeting between the people in the same clause ("A met B", "talks with B"). */
export const MEETING_VERB_PATTERN = new RegExp(
  String.raw`\b(?:met|meets|meet|meeting with|met with|meets with|(?:brought|brings|bringing) together(?= (?:the |some |\d+ )?(?:[\p{L}-]+ ){0,2}(?:${CALLED_ON_TITLES}|leaders|ministers|heads|presidents|officials|delegations|representatives|envoys|counterparts)\b)|(?:had|has|have)(?: (?!to\b|no\b|not\b|never\b|(?:stalled|suspended|postponed|delayed|cancell?ed|halted|frozen|blocked|abandoned|boycotted|rejected|ended|broken|quit|derailed|torpedoed)\b)[\p{L}"“”'’-]+){0,3}? (?:talks|discussions)|(?:held|holds|hold)(?: (?:official|formal|bilateral|delegation-level|extensive|in-depth|fruitful|productive|one-on-one|face-to-face|separate|closed-door|wide-ranging|lengthy|brief))? (?:talks|discussions?)|(?:talks|discussions) with|(?:talks|negotiations|consultations|meeting|discussions) (?:in (?:the )?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? )?between|(?:talked|spoke)(?: (?:today|yesterday|tonight|this (?:morning|afternoon|evening)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|again|briefly|virtually|by (?:tele)?phone|by video(?:conference| link)?)){0,2} with(?! (?:reporters|journalists|correspondents|the (?:media|press)|supporters|students)\b)(?![^.;]{0,40}?\b(?:editor|host|anchor|interviewer|columnist|correspondent|podcast|program|programme|show)\b)|talked to|on the (?:tele)?phone (?:[^.;]{0,40}? )?(?:to speak|speaking|talking) with|discussed|discuss|discusses|discussing|addressed|received|receives|hosted|hosts|hosting|welcomed|(?:welcomes|(?:${GLAD_WORDS}) to welcome) (?=(?:the )?(?:[\p{L}.-]+ ){0,2}?(?:${CALLED_ON_TITLES})(?:[ \t]+\p{Lu}[\p{L}.-]*){1,4},? to (?:the )?\p{Lu})|sat down with|(?:meeting|talks|session|consultations|discussions)\b[^.;]{0,60}? in the presence of|conversation (?:of|with|between)|negotiations with|consultations with|in talks|exchanged views|touched upon|visit to|(?:visit|spent (?:(?:all|most|part|much) of )?(?:an?|the|some|\d+|two|three|four|five|several) (?:[\p{L}-]+ )?(?:hours?|minutes|days?|evening|morning|afternoon|time)) with (?:[\p{L}-]+ ){0,3}?(?:${CALLED_ON_TITLES}|queen|senator|ambassador|envoy|counterpart|leader|mayor)(?![\p{L}'’])(?![^.;,]{0,40}?['’]s\s)|visited|meeting (?:his|her|their)|(?:his|her|their) visiting (?:[\p{L}-]+ )?counterpart|co-chair(?:ed|s)?|co-chairing|co-hosted|held consultations|hold consultations|holds consultations|(?:phone|telephone|telephonic|video) (?:call|conversation|talks?|discussions?)|phoned|telephoned|called on (?:the )?(?:[\p{L}.-]+ ){0,2}?(?:${CALLED_ON_TITLES})(?![\p{L}'’])(?![^.;]{0,60}? to (?!congratulate|discuss|convey|thank|brief|introduce|bid|present|pay|exchange|review|deliver|hand)\p{Ll})|called and (?:congratulated|thanked) (?=(?:the )?(?:[\p{L}.-]+ ){0,2}?\p{Lu})|called (?!on |for |upon |off |out )(?:his |her |their |the )?(?:[\p{L}-]+ ){0,2}?(?:president|prime minister|chancellor|premier|king|emir|crown prince|foreign minister|secretary of state|counterpart)(?![\p{L}'’])|(?:at|hosted|held|gave|during) a reception for (?:the )?(?:[\p{L}.-]+ ){0,2}?(?:ambassador|president|prime minister|minister|delegation|envoy|leader|counterpart|guests?)(?![\p{L}'’])|(?:following|after) (?:the|their|his|her) (?:talks|meeting|negotiations)|(?:following|after) (?:a|an|the|their|his|her) (?:[\p{L}-]+ ){0,2}?(?:talks|meetings?|negotiations) with|joint (?:press|news) conference(?: with)?|(?:held|holds|hold|had|has|concluded|wrapped up) (?:a|an|their|the)(?: [\p{L}\d-]+){0,2}? (?:meeting|talks|discussion|discussions|conversation|call|consultations)|(?:spoke|speaks|talked|talks|chatted|chats|had)(?: \p{Ll}+ly)? (?:by|on the|over the) (?:phone|telephone)|chatted with|held (?:a )?(?:phone|telephone) (?:call|conversation)|(?:held|had) (?:a )?(?:phone |telephone |video )?call with|spoke to(?! (?:reporters|journalists|correspondents|media|press|lawmakers|parliament|students|supporters|the (?:media|press|reporters|journalists|nation|public|parliament|crowd|audience))\b)|spoke (?:by|on the) (?:phone|telephone) to|(?:paid|pays|pay|paying) (?:a |an )?(?:courtesy |farewell |introductory )?call on)\b`,
  'iu',
);

/**
 * An earlier occasion a planned meeting's statement may recall ("Biden last spoke to Prime Minister Modi in March", "they
 * met two years ago"): such a sentence reports no meeting of the statement's own (extract/announcement.ts).
 */
export const EARLIER_OCCASION_PATTERN = /\b(?:(?:last|first) (?:met|spoke|talked)|(?:weeks|months|days|years) ago|last (?:week|month|year))\b/i;

/**
 * Words that put a sentence on another occasion than the reported meeting: earlier, later,
 * separately, or hypothetical. A meeting sentence with one of these does not name the
 * meeting's participants or place.
 */
export const OTHER_OCCASION_PATTERN =
  /\b(?:will|would|shall|is to|are to|is due|are due|is expected|are expected|scheduled|planned|plans to|upcoming|forthcoming|later|next (?:week|month|year)|last (?:week|month|year)|earlier|previously|recently|(?:recent|previous) (?:[\w-]+ )?(?:meetings?|talks|visits?|calls?|conversations?|trips?|summits?) (?:with|to|in)|separately|after that|before that|prior to|in the past|a year ago|(?:weeks|months|days|years) ago|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|continuation of|(?:meet|hold talks|convene|gather) again|agreed to (?:meet|hold|visit|convene|host)|(?:wants?|wanted|ready|willing|hopes?|hoped|offered|eager) to (?:meet|speak|talk|hold talks|visit)|(?<!at the )invit(?:ed|es|ation|ing) (?!of )(?:[\w’'-]+ ){0,5}?to (?:visit|come|meet)|(?:last|first) (?:met|spoke|talked)|since then|also (?:met|meets|received|receives|hosted|hosts|held talks with|holds talks with))\b/i;

/**
 * Verbs a lead uses for what two sides did together without a meeting word ("A and his Tanzanian
 * counterpart B yesterday agreed to ...", "A and B signed ..."). They name participants only in
 * the lead paragraphs and only for the people named before the verb.
 */
export const JOINT_ACTION_PATTERN =
  /\b(?:agreed|agree|agrees|agreeing|attended (?:the |a |an )?(?:[^\s.;,]+ ){0,6}?(?:session|meeting|talks|consultations|review|round|commission)\b|signed|sign|signs|signing|(?:spoke|talked)(?= (?:today|yesterday|this (?:morning|afternoon|evening)|by (?:tele)?phone|on the (?:tele)?phone|about)\b)|pledged|pledge|pledging|vowed|vow|reaffirmed|struck|reached|inked|sealed|launched|committed|resolved|decided|meeting|(?:have |has )?called for|urged|held (?:a |their )?(?:talks|meeting|discussions|consultations))\b/i;

/** Words right before a body's name that make it a venue, not a side: "met at the Foreign Office", "to visit the White House". */
export const VENUE_BEFORE_PATTERN = /\b(?:at|in|inside|outside|from|to|visit|visits|visited|visiting)\s+(?:the\s+)?$/i;

/**
 * Page furniture: buttons and credits a copied web page leaves as lines of their own ("Follow
 * Nordic Wire", "Subscribe", "Share", "Reporting by A; Editing by B"). A name on such a line,
 * or a "name" that starts with one of these, is not a participant.
 */
export const PAGE_FURNITURE_PATTERN =
  /^\s*(?:follow|subscribe|share|sign up|sign in|log in|register|read more|read next|related|advertisement|sponsored|reporting by|editing by|writing by|additional reporting|compiled by|click|download|watch|listen|print|email|e-mail|tweet|copyright|photo|image|video|more from|recommended|trending)\b/i;

/**
 * Names the people index may return that never take part in a meeting: natural features
 * ("the Southern Ice Field", "the Red Sea") and bodies that only administer or report
 * ("the Foreign Ministry", "the State Department", "the Press Service"). Tested on the name's end
 * (features) or anywhere in it (reporting bodies).
 */
export const NOT_PARTICIPANT_NAME_PATTERN =
  /\b(?:field|fields|glacier|glaciers|river|lake|lakes|mountains?|range|sea|ocean|strait|straits|gulf|bay|islands?|archipelago|desert|valley|basin|canal|peninsula|plateau|delta|coast|corridor|reef|falls|dam|pass)$|\b(?:ministry|ministries|department|embassy|consulate|press service|press office|news agency|agency|spokesperson|spokesman|spokeswoman|secretariat|news|times|post|gazette|herald|tribune)\b/i;

/**
 * A sentence that reports a different meeting from the main (first-reported) one: it opens with a
 * shift in time ("Earlier, A met B to discuss X", "Later on Tuesday, he held talks with C",
 * "Separately, ...") or says the person "also met" someone. Its topics, and those of the rest
 * of its paragraph, are that meeting's.
 */
export const OTHER_MEETING_OPENER =
  /^(?:earlier|later|separately|afterwards|subsequently|previously|meanwhile|before that|after that|prior to (?:that|the talks|the meeting)|the (?:previous|next|following) (?:day|evening|morning)|on the (?:previous|next|following) (?:day|evening|morning)|last (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|at|during) (?:a|another) separate (?:meeting|call|conversation|session|event)|(?:on|in) (?:a|another) separate (?:occasion|note|day))\b/i;
/**
 * "On Tuesday, A also met C": a sentence that opens with a day and says "also" + a meeting verb
 * reports another meeting on that day (the lead's own day comes from the lead).
 */
export const DAY_ALSO_OPENER =
  /^on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2} [a-z]+|[a-z]+ \d{1,2})\b[^.;!?]{0,120}?\balso (?:met|meets|held|holds|received|hosted|visited|spoke|talked|paid|called on)\b/i;

/** Verbs that start another meeting after OTHER_MEETING_OPENER ("discussed" alone may still be the main one's). */
export const NEW_MEETING_VERB_PATTERN =
  /\b(?:met|meets|meeting with|held (?:separate )?(?:talks|a meeting|meetings|consultations)|holds talks|talks with|received|receives|hosted|hosts|visited|called on|paid a (?:courtesy )?call)\b/i;
// "A and B also held talks over X" goes on about the same meeting: "held talks" with a topic after it
// (but "has also held talks on X with C" is another).
export const ALSO_MET_PATTERN =
  /\b(?:also|later|separately|earlier|subsequently) (?:met|meets|held (?:separate )?(?:talks|a meeting|meetings)(?! (?:over|on|about|regarding)\b(?![^.;]*\bwith\b))|holds talks|received|receives|hosted|hosts|paid a (?:courtesy )?call|called on|visited)\b/i;

/** Future plans inside a meeting sentence: people after these are not participants ("... and is scheduled to meet C"). */
export const FUTURE_PLAN_PATTERN =
  /\b(?:will|is (?:also )?(?:scheduled|due|expected|set) to|are (?:also )?(?:scheduled|due|expected|set) to|plans to|is to|are to)\s+(?:also\s+|[a-z]+ly\s+)?(?:meet|pay|call on|hold|visit|travel|receive|host|welcome|sit down)\b/i;

/** A title that calls the meeting one of two sides: "Remarks by President X and Prime Minister Y Before Bilateral Meeting". */
export const BILATERAL_TITLE_PATTERN = /\b[Bb]ilateral\s+(?:[Mm]eeting|[Tt]alks|[Dd]iscussions?|[Ss]ession)\b/u;

/** A title that names a phone or video call: "Readout of the President’s Call with Prime Minister X". */
export const CALL_TITLE_PATTERN = /^(?:Readout|Statement|Joint Readout)\b.*\b(?:Calls?|Phone Conversation|Telephone Conversation|Video Conference)\s+(?:with|[Bb]etween)\b/u;
