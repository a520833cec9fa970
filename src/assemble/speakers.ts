// Speakers across documents: one entry per person or body, whatever spelling each report uses.
//
// Two names are the same person when their surnames agree and their given names are compatible:
// "Sergei Lavrov" / "Sergey Lavrov" / "Lavrov", "Aleksandr Lukashenko" / "Alexander Lukashenko"
// (same first three letters, or one is an initial); a middle name or patronymic may be missing. Bodies merge on the same words ignoring
// case and a leading "the". The fullest name is canonical; the rest become aliases.
// Known miss: two different people with the same surname in one corpus are merged when one
// of the reports gives only the surname.

import type { DocumentRecord, MeetingRecord, Person } from '../model.js';

export interface SpeakerSummary {
  name: string;
  role: string | null;
  country: string | null;
  type: Person['type'];
  /** Every other name or description the texts use for this speaker. */
  aliases: string[];
  /** Quotes attributed to this speaker, all kinds. */
  quotes: number;
  /** Ids of the documents that quote or name this speaker. */
  documents: string[];
  /** Ids of the meetings this speaker is quoted in or took part in. */
  meetings: string[];
}

const wordsCache = new Map<string, string[]>();

/** The words of a name, lower case without accents, possessives or a leading "the" (memoised). */
export function nameWords(name: string): string[] {
  let words = wordsCache.get(name);
  if (!words) {
    if (wordsCache.size > 100_000) wordsCache.clear();
    words = computeNameWords(name);
    wordsCache.set(name, words);
  }
  return words;
}

function computeNameWords(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w, i) => !(i === 0 && w === 'the'));
}

/** True when two names can be the same person (or the same body). */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  // A body ("foreign ministry") must match word for word; a surname alone matches a full name.
  if (x.length === 1 || y.length === 1) return x.length + y.length <= 3 && /^\p{Lu}/u.test(a.trim()) && /^\p{Lu}/u.test(b.trim());
  // "Sergey Viktorovich Lavrov" is "Sergei Lavrov": compare the first given name and the surname.
  if (x.length !== y.length) return compatibleGiven(x[0], y[0]);
  return x.slice(0, -1).every((w, i) => compatibleGiven(w, y[i]));
}

function compatibleGiven(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.slice(0, 3) === b.slice(0, 3);
}

/** True when `query` names this speaker: by its name, any alias, or a compatible spelling. */
export function matchesSpeaker(speaker: Pick<SpeakerSummary, 'name' | 'aliases'>, query: string): boolean {
  const q = nameWords(query);
  if (q.length === 0) return false;
  const key = q.join(' ');
  for (const n of [speaker.name, ...speaker.aliases]) {
    const words = nameWords(n);
    if (words.join(' ') === key) return true;
    if (q.every((w) => words.includes(w))) return true;
    if (/^\p{Lu}/u.test(query.trim()) && sameName(n, query)) return true;
  }
  return false;
}

/** One summary per distinct speaker, most quoted first. */
export function summarizeSpeakers(documents: DocumentRecord[], meetings: MeetingRecord[]): SpeakerSummary[] {
  const meetingOf = new Map<string, string>();
  for (const m of meetings) for (const d of m.documents) meetingOf.set(d, m.id);
  // Two names can only be the same person when their last words agree, so speakers are looked
  // up by the last word of each of their names: the merge stays linear in the corpus.
  const bySurname = new Map<string, Entry[]>();
  const all: Entry[] = [];
  const register = (e: Entry, name: string) => {
    const last = nameWords(name).at(-1);
    if (!last) return;
    const list = bySurname.get(last) ?? [];
    if (!list.includes(e)) list.push(e);
    bySurname.set(last, list);
  };
  const find = (name: string) =>
    (bySurname.get(nameWords(name).at(-1) ?? '') ?? []).find((e) => sameName(e.name, name) || [...e.aliases].some((a) => sameName(a, name)));
  const addAlias = (e: Entry, alias: string) => {
    if (!alias || alias === e.name || e.aliases.has(alias)) return;
    e.aliases.add(alias);
    register(e, alias);
  };

  for (const doc of documents) {
    const quoted = new Map<string, number>();
    for (const q of doc.quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
    const known: Person[] = [...doc.people];
    const names = new Set(known.map((p) => p.name));
    for (const name of quoted.keys()) {
      if (!names.has(name)) known.push({ name, role: null, country: null, type: 'person', aliases: [] });
    }
    for (const person of known) {
      const count = quoted.get(person.name) ?? 0;
      let e = find(person.name);
      if (!e) {
        e = { name: person.name, role: person.role, country: person.country, type: person.type, aliases: new Set(), quotes: 0, documents: new Set(), meetings: new Set() };
        all.push(e);
        register(e, person.name);
      } else if (fuller(person.name, e.name)) {
        const shorter = e.name;
        e.name = person.name;
        e.aliases.delete(person.name);
        register(e, person.name);
        addAlias(e, shorter);
      } else {
        addAlias(e, person.name);
      }
      for (const a of person.aliases) addAlias(e, a);
      e.role ??= person.role;
      e.country ??= person.country;
      e.quotes += count;
      e.documents.add(doc.id);
      const m = meetingOf.get(doc.id);
      const tookPart = count > 0 || doc.participants.some((p) => sameName(p.name, person.name));
      if (m && tookPart) e.meetings.add(m);
    }
  }
  return all
    .map((e) => ({ ...e, aliases: [...e.aliases], documents: [...e.documents], meetings: [...e.meetings] }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

/** A summary while it is built: sets where the record has arrays. */
interface Entry extends Omit<SpeakerSummary, 'aliases' | 'documents' | 'meetings'> {
  aliases: Set<string>;
  documents: Set<string>;
  meetings: Set<string>;
}

/** Finds the summary that a quote's speaker name belongs to, in constant time per name. */
export function speakerLookup(speakers: SpeakerSummary[]): (name: string) => SpeakerSummary | undefined {
  const byName = new Map<string, SpeakerSummary>();
  for (const s of speakers) {
    for (const a of s.aliases) if (!byName.has(a)) byName.set(a, s);
  }
  for (const s of speakers) byName.set(s.name, s);
  return (name) => byName.get(name) ?? speakers.find((s) => sameName(s.name, name));
}

function fuller(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  return x.length > y.length || (x.length === y.length && a.length > b.length);
}
