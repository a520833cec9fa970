// compromise's lexicon: the words it knows and the tag it gives each alone ("call" Singular, "ratifies" PresentTense,
// "ortiz" LastName). Loaded on first use, so texts that never ask do not pay compromise's start-up.

import { createRequire } from 'node:module';

let lexicon: Record<string, string | string[]> | null | undefined;

function load(): Record<string, string | string[]> | null {
  if (lexicon === undefined) {
    try {
      const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
      lexicon = nlp.model().one.lexicon;
    } catch {
      lexicon = null;
    }
  }
  return lexicon;
}

// Tags of names: a word with one of them is no common word.
const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Honorific', 'Place', 'Country', 'City', 'Region', 'Organization', 'ProperNoun']);

/** A word compromise knows, alone, as a common word (a noun, a verb …), not a name: "Call", "Ratifies"; not "Ortiz". */
export function isCommonWord(word: string): boolean {
  const tag = load()?.[word.toLowerCase()];
  if (!tag) return false;
  return !(Array.isArray(tag) ? tag : [tag]).some((t) => NAME_TAGS.has(t));
}
