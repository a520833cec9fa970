// Agenda topics grouped across meetings, for `meetings agenda`: "integration issues" and
// "integration" are one topic; "the situation in Ukraine" and "the situation in Ukraine and
// Syria" are two.
//
// A topic's key is its content words, lower case, singular, without vague heads ("issues",
// "questions", "matters", "topics") and articles, in any order. Each group reports the most
// frequent wording (the first seen on a tie), how many meetings raised it, which, and every
// wording seen.
//
// Known misses: synonyms ("ties" / "relations"), and word forms beyond a plural "s"
// ("integration" / "integrated").

import type { MeetingRecord } from '../model.js';

export interface AgendaTopic {
  topic: string;
  count: number;
  meetings: string[];
  variants: string[];
}

const DROP = new Set(
  'the a an of in on at to for and or with by from as its it their our this that these those issue issues question questions matter matters topic topics problem problems'.split(
    ' ',
  ),
);

/** The grouping key of a topic: its content words, singular, sorted. */
export function topicKey(text: string): string {
  const words = (text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])
    .filter((w) => !DROP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)].sort().join(' ');
}

/** Topics across meetings, most frequent first. */
export function groupAgendaTopics(meetings: MeetingRecord[]): AgendaTopic[] {
  const groups = new Map<string, { meetings: string[]; variants: Map<string, number> }>();
  for (const m of meetings) {
    for (const text of m.agenda) {
      const key = topicKey(text) || text.toLowerCase();
      let g = groups.get(key);
      if (!g) {
        g = { meetings: [], variants: new Map() };
        groups.set(key, g);
      }
      if (!g.meetings.includes(m.id)) g.meetings.push(m.id);
      g.variants.set(text, (g.variants.get(text) ?? 0) + 1);
    }
  }
  const out: AgendaTopic[] = [];
  for (const g of groups.values()) {
    // The most frequent wording regardless of case ("Integration issues" counts for "integration issues"), first seen on a tie.
    const byLower = new Map<string, number>();
    for (const [v, n] of g.variants) byLower.set(v.toLowerCase(), (byLower.get(v.toLowerCase()) ?? 0) + n);
    const seen = [...g.variants.keys()];
    const variants = seen
      .map((v, i) => ({ v, i, n: byLower.get(v.toLowerCase()) ?? 0 }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .map((x) => x.v);
    out.push({ topic: variants[0], count: g.meetings.length, meetings: g.meetings, variants });
  }
  return out.sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
}
