// Transcript turns: a speaker line, then the paragraphs of speech up to the next speaker line.
//
// Patterns handled (one example each):
//   name and role          "Alexander Lukashenko, President of Belarus:"  ¶ speech ¶ speech
//   name only              "Vladimir Putin:"  ¶ speech
//   capitals               "EMMANUEL MACRON:" ¶ speech
//   inline turn            "Olaf Scholz: Thank you, Mr President. …"  (the name must be a person the
//                          document knows by full name, and the speech at least six words)
//   title first            "President of Russia Vladimir Putin: Mr President, friends, …" (a known person in the label)
//   notes in the label     "Armen Sarkis (retranslated): Thank you …", "… (via interpreter):"
//   questions              "Question:" / "Q:" end the turn before them and are not quotes themselves
//   interview answers      "Q: …" ¶ "A: Yes, I raised it …": the person named last before the first question
//   end of the last turn   the narrative resumes: "Following the talks, A and B signed …" (a third-person report
//                          naming a participant, no I/we/you), a dateline, "Read more: …", a share line,
//                          a paragraph quoting someone with its attribution ('"…," said X, an analyst')
// "A Foreign, Commonwealth & Development Office spokesperson said:" is a quote's cue (quotes.ts), not a label.
// A headline such as "President: Belarus open to dialogue" is not a speaker line: the colon must end
// the line (or, inline, follow a known person's full name).
//
// Known misses: narrative that resumes without a report-like opening ("Putin then showed his guest the
// garden.") stays in the last turn; a label naming two people or nobody the document knows is no turn.

import type { Span } from '../model.js';
import type { ParsedDocument } from '../text/document.js';
import { personIn, type PeopleIndex } from './people.js';

export interface TranscriptTurn extends Span {
  /** Index into people, or -1 when the speaker line names no known person. */
  person: number;
  /** The name as the speaker line writes it. */
  name: string;
  /** Span of the speaker line (the cue). */
  line: Span;
  paragraph: number;
  text: string;
}

const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|da|van|von|der|bin|al|el|la|le|du)";
// "(retranslated)", "(via interpreter)" between the name and the colon.
const NOTE = '(?:\\s*\\([^()\\n]{1,40}\\))?';
const SPEAKER_LINE = new RegExp(
  `^(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+${NAME_WORD}){0,4})(?:\\s*,\\s*(?<role>[^:.!?\\n]{2,120}))?${NOTE}\\s*:\\s*$`,
  'u',
);
const INLINE_TURN = new RegExp(`^(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+${NAME_WORD}){1,4})${NOTE}:\\s+(?<speech>\\S[\\s\\S]*)$`, 'u');
// The title first: "President of Russia Vladimir Putin: Mr President, friends, …" (the label must name a known person).
const TITLED_LABEL = new RegExp(
  `^(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:of|the|for|and|${NAME_WORD})){2,9})${NOTE}\\s*:(?:\\s+(?<speech>\\S[\\s\\S]*))?$`,
  'u',
);
const INLINE_CAPS = /^(?<name>\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})\s*:\s+(?<speech>\S[\s\S]*)$/u;
const SAID_BEFORE_COLON = /\b(?:said|says|added|stated|commented|declared|remarked)\s*$/u;
const QUESTION_LINE = /^(?:question|q|journalist|reporter|moderator|audience|host|interviewer)\s*:\s*$/i;
const QUESTION_INLINE = /^(?:question|q|journalist|reporter|moderator|audience|host|interviewer)\s*:\s+\S/i;
// An interview's answer: "A: Yes, I raised it …", said by the person the text named before the first question.
const ANSWER_INLINE = /^(?:A|Answer)\s*:\s+(?=\S)/;
const FURNITURE = /^(?:<\s*…\s*>|<\.\.\.>|\[\s*…\s*\]|\(\s*…\s*\)|…|\.\.\.|read more\b.{0,150}|related\b.{0,150}|share\b.{0,60}|tags?:.*|see also.*|print|follow us.{0,60})$/i;
// A paragraph where the narrative resumes: it opens like a report of the meeting and names a participant
// in the third person, with no first or second person ("Following the talks, A and B signed …").
const NARRATIVE_START = /^(?:Following|After|Before|During|Earlier|Later|Afterwards|Subsequently|At the end of|In the course of|The (?:talks|meeting|conversation|visit|leaders|presidents|ministers|two|sides|parties|heads)|Both (?:leaders|presidents|ministers|sides))\b/u;
const FIRST_SECOND_PERSON = /(?<![\p{L}])(?:I|we|We|our|Our|us|my|My|me|you|You|your|Your)(?![\p{L}’'])/u;
// A dateline opening a new report: "MOSCOW, March 3 (Xinhua) --", "Moscow, 3 March –".
const DATELINE = /^\p{Lu}[\p{L}\s.'’-]{1,30},\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\b/u;

const QUOTED_BY = /[,.!?]["”’»]\s+(?:said|says|added|adds|told)\s+\p{Lu}|[,.!?]["”’»]\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?:said|says|added|adds)\b/u;

/** Transcript turns in text order. */
export function findTranscripts(doc: ParsedDocument, people: PeopleIndex): TranscriptTurn[] {
  const text = doc.text;
  const out: TranscriptTurn[] = [];
  let current: { person: number; name: string; line: Span; first: number; paras: Span[] } | null = null;
  const close = () => {
    if (current && current.paras.length) {
      const start = current.paras[0].start;
      const end = current.paras[current.paras.length - 1].end;
      out.push({
        start,
        end,
        person: current.person,
        name: current.name,
        line: current.line,
        paragraph: current.first,
        text: current.paras.map((p) => text.slice(p.start, p.end)).join(' ').replace(/\s+/g, ' ').trim(),
      });
    }
    current = null;
  };
  let firstQuestion: number | undefined;
  let interviewee: number | undefined;
  for (const p of doc.paragraphs) {
    if (p.ignored) continue;
    const body = text.slice(p.start, p.end);
    if (body.length <= 160 && !body.includes('\n')) {
      if (QUESTION_LINE.test(body.trim())) {
        close();
        firstQuestion ??= p.start;
        continue;
      }
      const m = SPEAKER_LINE.exec(body.trim());
      // "A Foreign, Commonwealth & Development Office spokesperson said:" introduces a quote, not a turn.
      if (m?.groups && looksLikeSpeaker(m.groups.name, m.groups.role) && !SAID_BEFORE_COLON.test(m.groups.role ?? '')) {
        close();
        const nameEnd = p.start + m.groups.name.length;
        current = {
          person: speakerPerson(people, m.groups.name, p.start, nameEnd),
          name: m.groups.name,
          line: { start: p.start, end: p.end },
          first: p.index,
          paras: [],
        };
        continue;
      }
    }
    if (QUESTION_INLINE.test(body)) {
      close();
      firstQuestion ??= p.start;
      continue;
    }
    const answer = firstQuestion !== undefined ? ANSWER_INLINE.exec(body) : null;
    if (answer) {
      close();
      interviewee ??= lastPersonBefore(people, firstQuestion!);
      if (interviewee >= 0) {
        current = { person: interviewee, name: people.people[interviewee].name, line: { start: p.start, end: p.start + answer[0].length }, first: p.index, paras: [] };
        current.paras.push({ start: p.start + answer[0].length, end: p.end });
      }
      continue;
    }
    const caps = p.index > 0 ? INLINE_CAPS.exec(body) : null;
    if (caps?.groups) {
      // "LAVROV: We have …": a known person's name in capitals.
      const nameEnd = p.start + caps.groups.name.length;
      const who = speakerPerson(people, caps.groups.name, p.start, nameEnd);
      if (who >= 0) {
        close();
        const speechStart = p.start + body.indexOf(caps.groups.speech, caps.groups.name.length);
        current = { person: who, name: caps.groups.name, line: { start: p.start, end: nameEnd + 1 }, first: p.index, paras: [] };
        current.paras.push({ start: speechStart, end: p.end });
        continue;
      }
    }
    const titled = p.index > 0 && body.length > 0 ? TITLED_LABEL.exec(body.slice(0, 2000)) : null;
    if (titled?.groups && !/\n/.test(titled.groups.name)) {
      const nameEnd = p.start + titled.groups.name.length;
      const who = personIn(people, p.start, nameEnd);
      const sp0 = titled.groups.speech?.trim();
      const speechLike = !sp0 || (sp0.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 6 || /[.!?,…]["”»’]?$/u.test(sp0);
      if (who >= 0 && speechLike && people.people[who].type === 'person' && people.people[who].name.split(' ').length > 1) {
        close();
        const line = { start: p.start, end: p.start + body.indexOf(':', titled.groups.name.length) + 1 };
        current = { person: who, name: people.people[who].name, line, first: p.index, paras: [] };
        const sp = titled.groups.speech;
        if (sp) current.paras.push({ start: p.start + body.indexOf(sp, titled.groups.name.length), end: p.end });
        continue;
      }
    }
    const inline = p.index > 0 ? INLINE_TURN.exec(body) : null;
    if (inline?.groups) {
      const nameEnd = p.start + inline.groups.name.length;
      const who = personIn(people, p.start, nameEnd);
      const words = inline.groups.speech.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
      // A headline ("Anna Berg: talks were useful") rarely ends in a full stop; speech does.
      const speechLike = words >= 6 || /[.!?,…]["”»’]?$/u.test(inline.groups.speech.trim());
      if (who >= 0 && speechLike && people.people[who].name.split(' ').length > 1) {
        close();
        const speechStart = p.start + body.indexOf(inline.groups.speech, inline.groups.name.length);
        current = { person: who, name: inline.groups.name, line: { start: p.start, end: nameEnd + 1 }, first: p.index, paras: [] };
        current.paras.push({ start: speechStart, end: p.end });
        continue;
      }
    }
    if (!current) continue;
    if (FURNITURE.test(body.trim()) || endsTurn(body, p.start, people)) {
      close();
      continue;
    }
    current.paras.push({ start: p.start, end: p.end });
  }
  close();
  return out;
}

/** The person named last before `at` (the interviewee introduced above the first question), or -1. */
function lastPersonBefore(people: PeopleIndex, at: number): number {
  let who = -1;
  for (const m of people.mentions) {
    if (m.start >= at) break;
    if (people.people[m.person]?.type === 'person') who = m.person;
  }
  return who;
}

/** The narrative resumes: a dateline, or a third-person report of the meeting naming a participant. */
function endsTurn(body: string, start: number, people: PeopleIndex): boolean {
  const head = body.slice(0, 600);
  if (DATELINE.test(head)) return true;
  // A reporter's paragraph quoting someone: '"We have heard these promises before," said Chidi
  // Nwosu, a political economist' — speech in a turn does not attribute itself.
  if (QUOTED_BY.test(head)) return true;
  if (!NARRATIVE_START.test(head) || FIRST_SECOND_PERSON.test(head)) return false;
  return personIn(people, start, start + head.length) !== -1 || /\b(?:two|both) (?:leaders|presidents|ministers|sides|heads)\b/iu.test(head);
}

function looksLikeSpeaker(name: string, role: string | undefined): boolean {
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  if (role !== undefined && role.split(/\s+/).length > 14) return false;
  // A single generic word ("Note:", "Photo:", "Source:") is not a speaker unless in capitals.
  if (words.length === 1 && role === undefined && !/^\p{Lu}{2,}$/u.test(name)) {
    return /^\p{Lu}\p{Ll}+$/u.test(name) && !GENERIC_LABELS.has(name.toLowerCase());
  }
  return !GENERIC_LABELS.has(name.toLowerCase());
}

const GENERIC_LABELS = new Set(
  'note photo photos source sources update updated editor editors read more related tags see also contact email tel fax address video watch listen subscribe share follow comments comment summary background context key points highlights president minister'.split(
    ' ',
  ),
);

function speakerPerson(people: PeopleIndex, name: string, start: number, end: number): number {
  const who = personIn(people, start, end);
  if (who >= 0) return who;
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  const idx = people.people.findIndex(
    (p) => p.name.toLowerCase() === lower || p.aliases.some((a) => a.toLowerCase() === lower),
  );
  if (idx >= 0) return idx;
  // "LAVROV:" or "Lavrov:": a surname in any case.
  const surname = lower.split(' ').pop() ?? lower;
  const bySurname = people.people.filter((p) => p.type === 'person' && p.name.toLowerCase().split(' ').pop() === surname);
  return bySurname.length === 1 ? people.people.indexOf(bySurname[0]) : -1;
}
