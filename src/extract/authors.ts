// Who "we" are in a joint document: the people it names as its authors.
//
// Patterns handled (one example each):
//   apposition to "we"   "Today, we, President A of X and President B of Y, reinforce our mutual commitment …"
//   a joint title        "Joint Statement by President A and President B", "Joint Statement Following Meeting Between
//                        President A and Prime Minister B", "A-B Joint Declaration"
//   its first sentence   "United States-France Joint Statement ¶ Today, the President of the United States and the
//                        President of the French Republic met …" (a joint title naming nobody: the people with titles
//                        of a lead sentence that tells of a meeting, when there are two or more)
//
// Known misses: authors named only as countries or governments ("United States-India Joint Statement"), a joint
// document whose title names a third person, and a statement by one author ("Statement from President A": "we" there
// may be A's government).

import { headlineSentence, type ParsedDocument } from '../text/document.js';
import { firstMentionAfter, type PeopleIndex } from './people.js';
import { MEETING_VERB_PATTERN } from '../rules/meeting-words.js';

// A title that calls the document joint: "Joint Statement", "Joint Leaders’ Statement", "Joint Declaration".
const JOINT_TITLE = /\bjoint\b(?:\s+[\p{L}’']+){0,2}?\s+(?:statement|declaration|communiqu[eé]|readout|press statement|vision statement)s?\b/iu;
// "we, President A of X and President B of Y, reinforce": the people set off by commas after "we".
// (within the first paragraphs; the apposition holds no sentence end)
// ("President Joseph R. Biden, Jr. of the United States and …": a full stop only after an initial or an abbreviation)
const WE_APPOSITION = /\b[Ww]e,\s+((?:[^.;:!?\n]|(?<=(?:\b\p{Lu}|Jr|Sr|Dr|Mr|Mrs|Ms|St))\.){5,300}?),\s+(?:\p{Ll}+\s+)?\p{Ll}/u;
const SEARCH_REACH = 3000;
// "Today the Quad Leaders – A, B, C and D – convened to reaffirm …"
const CONVENED = /\bconven(?:e|ed|es)\b/i;

/**
 * The people a joint document names as its authors, in the order it names them: at least two, or none. Read from an
 * apposition to "we" in its first paragraphs, else from a joint title.
 */
export function jointAuthors(doc: ParsedDocument, people: PeopleIndex): number[] {
  const we = WE_APPOSITION.exec(doc.text.slice(0, SEARCH_REACH));
  if (we) {
    const start = we.index + we[0].indexOf(we[1]);
    const found = personsIn(people, start, start + we[1].length);
    if (found.length >= 2) return found;
  }
  const title = headlineSentence(doc);
  if (title && JOINT_TITLE.test(title.text)) {
    const found = personsIn(people, title.start, title.end);
    if (found.length >= 2) return found;
    // ("United States-France Joint Statement ¶ Today, the President of the United States and the President of the
    // French Republic met …": the lead sentence, when it tells of their meeting)
    // (a lead that tells of a meeting, between people with titles: not "are concerned by the detention of journalist A
    // and her lawyer B", "mourn the passing of former President A")
    const first = doc.sentences.find((s) => s.start >= title.end);
    const lead = first && (MEETING_VERB_PATTERN.test(first.text.slice(0, 1000)) || CONVENED.test(first.text.slice(0, 1000))) ? personsIn(people, first.start, first.end) : [];
    if (lead.length >= 2 && lead.every((p) => !!people.people[p].role)) return lead;
  }
  return [];
}

/** The people (not bodies) mentioned between start and end, each once, in order. */
function personsIn(people: PeopleIndex, start: number, end: number): number[] {
  const out: number[] = [];
  const ms = people.mentions;
  for (let k = firstMentionAfter(people, start); k < ms.length && ms[k].start < end; k++) {
    const p = ms[k].person;
    if (people.people[p]?.type === 'person' && !out.includes(p)) out.push(p);
  }
  return out;
}

/** "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
