// Verb forms that end a subject noun phrase and carry no regular ending ("-ed", "-s") to show it ("Trump went
// after Bush", "Sanders took aim at …"), and the small words around a clause's subject and verb (asides,
// participle phrases) that clauses.ts reads. General English, not tied to any text.

/** Irregular past-tense forms, and modals, common in news narrative (contractions with both apostrophes). */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set(
  ('went took made gave came got held met spoke told said wrote saw led sent left brought thought felt kept put set ran ' +
    'stood won lost began became sought struck threw drew fought paid sat hit let cut did rose broke chose hung knew ' +
    'grew shook stuck swore tore wore bore beat bit bought built caught dealt fed fled flew forgot forgave froze ' +
    'heard hid laid lent lit meant read rode rang sang sank slid sold shot shut spent split spread sprang stole ' +
    "swept swam taught understood woke withdrew won’t won't can can’t can't cannot may might must shall does " +
    "doesn’t doesn't didn’t didn't").split(' '),
);

/** Words that open an adverbial aside after a subject: "Modi, during his remarks, said", "Modi, however, said". */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(['during', 'in', 'at', 'after', 'before', 'on', 'following', 'speaking', 'addressing', 'for', 'meanwhile', 'however']);

/** Prepositions a participle phrase opens with: "held at", "based in", "signed by". */
export const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'by', 'with', 'from', 'near', 'under', 'during', 'inside', 'outside']);

/** Prepositions whose object a name after them is, not a subject: "Proposals from the front-runner, X, …". */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'with', 'by', 'for', 'to', 'in', 'on', 'at', 'about', 'against', 'than']);

/**
 * Words in "-ly" that are no adverbs: nouns ("the family said", "an ally warned") and adjectives ("the elderly say").
 * Every other lower-case word of five letters or more in "-ly" is read as a manner or stance adverb ("acknowledged
 * privately", "falsely claimed", "are increasingly admitting"): English makes them from adjectives freely, so a
 * list of adverbs would never be complete, and the words in "-ly" that are not adverbs are few.
 */
export const LY_NON_ADVERBS: ReadonlySet<string> = new Set(
  ('family assembly anomaly monopoly homily butterfly rally supply reply belly bully jelly folly tally gully lily holly ' +
    'melancholy early likely unlikely daily weekly monthly yearly quarterly hourly nightly elderly friendly unfriendly ' +
    'lonely costly lovely deadly lively silly timely untimely orderly disorderly ugly holy jolly chilly hilly oily ' +
    'woolly surly comely manly womanly cowardly worldly saintly sickly stately ghastly leisurely scholarly curly burly ' +
    'wily kindly only italy').split(' '),
);

/** A lower-case adverb in "-ly" ("privately", "emphatically"), by the rule above. */
export const isLyAdverb = (w: string): boolean => w.length >= 5 && w.endsWith('ly') && /^\p{Ll}+$/u.test(w) && !LY_NON_ADVERBS.has(w);

/**
 * Present forms in "-s" that open a clause after a name, as readouts report a government's stance: "noted the United States
 * stands ready to …", "stressed Israel remains committed to …" (not "the Chinese investments", "the EU sanctions": nouns).
 */
export const STANCE_PRESENT_VERBS: ReadonlySet<string> = new Set(
  ('stands remains continues supports seeks intends plans looks wants hopes needs expects welcomes believes '
    + 'recognizes recognises shares opposes rejects condemns values appreciates stays aims wishes').split(' '),
);
