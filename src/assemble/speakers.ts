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

export function nameWords(name: string): string[] {
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
  const out: SpeakerSummary[] = [];
  const find = (name: string) => out.find((s) => sameName(s.name, name) || s.aliases.some((a) => sameName(a, name)));

  for (const doc of documents) {
    const quoted = new Map<string, number>();
    for (const q of doc.quotes) if (q.speaker) quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
    const known: Person[] = [...doc.people];
    for (const name of quoted.keys()) {
      if (!known.some((p) => p.name === name)) known.push({ name, role: null, country: null, type: 'person', aliases: [] });
    }
    for (const person of known) {
      const count = quoted.get(person.name) ?? 0;
      let s = find(person.name);
      if (!s) {
        s = { name: person.name, role: person.role, country: person.country, type: person.type, aliases: [], quotes: 0, documents: [], meetings: [] };
        out.push(s);
      } else if (fuller(person.name, s.name)) {
        const shorter = s.name;
        s.name = person.name;
        s.aliases = s.aliases.filter((a) => a !== person.name);
        addAlias(s, shorter);
      } else {
        addAlias(s, person.name);
      }
      for (const a of person.aliases) addAlias(s, a);
      s.role ??= person.role;
      s.country ??= person.country;
      s.quotes += count;
      if (!s.documents.includes(doc.id)) s.documents.push(doc.id);
      const m = meetingOf.get(doc.id);
      const tookPart = count > 0 || doc.participants.some((p) => sameName(p.name, person.name));
      if (m && tookPart && !s.meetings.includes(m)) s.meetings.push(m);
    }
  }
  return out.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

function fuller(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  return x.length > y.length || (x.length === y.length && a.length > b.length);
}

function addAlias(s: SpeakerSummary, alias: string): void {
  if (alias && alias !== s.name && !s.aliases.includes(alias)) s.aliases.push(alias);
}
