// Agenda topics across meetings. (First version: exact wording only; the facts engineer owns this file.)

import type { MeetingRecord } from '../model.js';

export interface AgendaTopic {
  topic: string;
  count: number;
  meetings: string[];
  variants: string[];
}

export function groupAgendaTopics(meetings: MeetingRecord[]): AgendaTopic[] {
  const topics = new Map<string, AgendaTopic>();
  for (const m of meetings) {
    for (const text of m.agenda) {
      const key = text.toLowerCase();
      let t = topics.get(key);
      if (!t) topics.set(key, (t = { topic: text, count: 0, meetings: [], variants: [text] }));
      if (!t.meetings.includes(m.id)) {
        t.meetings.push(m.id);
        t.count++;
      }
    }
  }
  return [...topics.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
}
