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
//   questions              "Question:" / "Q:" / "Q    Any comment …?" / "Q — … (resumed)" end the turn before them and are
//                          not quotes themselves; nor is an unnamed aide's floor ("WHITE HOUSE AIDE:  The next question …")
//   interview answers      "Q: …" ¶ "A: Yes, I raised it …": the person named last before the first question
//   labelled quotation     "European Union foreign policy chief Kaja Kallas: “…”" (a round-up's line, the speech one
//                          quotation): the paragraph alone, its quotations the label's (quotes.ts); a description in
//                          lower case only before a person the text knows, and not one ending on a preposition
//                          ("Open letter to X:"); "Name, Jr.:"; a reporter's "Q    Prime Minister X, if I may, sir:" is
//                          no label
//   end of the last turn   the narrative resumes: "Following the talks, A and B signed …" (a third-person report
//                          naming a participant, no I/we/you), a dateline, "Read more: …", a share line,
//                          a paragraph quoting someone with its attribution ('"…," said X, an analyst')
// "A Foreign, Commonwealth & Development Office spokesperson said:" is a quote's cue (quotes.ts), not a label.
// A headline such as "President: Belarus open to dialogue" is not a speaker line: the colon must end
// the line (or, inline, follow a known person's full name).
//
// Known misses: narrative that resumes without a report-like opening ("Putin then showed his guest the
// garden.") stays in the last turn; a label naming two people or nobody the document knows is no turn.

import { isCommonWord } from '../text/lexicon.js';
import type { Span } from '../model.js';
import { sectionHeading, type ParsedDocument } from '../text/document.js';
import { editDistance, firstMentionAfter, personIn, type PeopleIndex } from './people.js';
import { ENVOY_TITLES } from './clauses.js';
import { isKnownPlace } from './places.js';
import { GENERATIONS, HONORIFICS, RANK_MODIFIERS, TITLES, TITLE_ABBREVIATIONS, expandTitle } from '../rules/titles.js';

export interface TranscriptTurn extends Span {
  /** Index into people, or -1 when the speaker line names no known person. */
  person: number;
  /** The name as the speaker line writes it. */
  name: string;
  /** Span of the speaker line (the cue). */
  line: Span;
  paragraph: number;
  text: string;
  /** A reporter's or moderator's question ("Q:", "QUESTION:", "MODERATOR:"): it holds no one's quotes, and is none. */
  question: boolean;
  /**
   * A labelled quotation ("Senator Jane Roe: “…”", the line of a round-up of reactions): the speech after the label is
   * a quotation, closed where its paragraph ends. The turn is that paragraph alone, and its words are the quotations in
   * it, each the label's speaker's (quotes.ts), not a turn's run of speech.
   */
  quoted?: boolean;
}

// A speaker label opening a paragraph: a name, a title and name, or a role, in any case, with an optional
// ", role" and an optional note, then a colon: "SECRETARY BLINKEN:", "Penny Wong, Foreign Minister:",
// "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs:", "President of Russia Vladimir Putin:", "SG:",
// "Armen Sarkis (retranslated):". The speech follows on the same line or in the next paragraphs.
const LABEL_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|da|van|von|der|bin|al|el|la|le|du|of|for|and|the)";
// "(retranslated)", "(via interpreter)" between the name and the colon.
const NOTE = '(?:\\s*\\((?<note>[^()\\n]{1,40})\\))?';
// ("Harold Ford, Jr.:": a generation after the name, with its comma)
const GENERATION = `(?:,?[ \\t]+(?:${GENERATIONS.join('|')})\\.?)?`;
const LABEL = new RegExp(
  `^(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]+${LABEL_WORD}){0,8}?)${GENERATION}(?:[ \\t]*,[ \\t]*(?<role>[^:.!?\\n]{2,120}?))?${NOTE}[ \\t]*:(?:\\s+(?<speech>\\S[\\s\\S]*))?$`,
  'u',
);
// A labelled quotation's line may describe its speaker in any case before the name: "European Union foreign policy
// chief Kaja Kallas: “…”", "U.S. Ambassador to NATO Matthew Whitaker: “…”" (taken only when the name is a person the
// text knows, see turnsOf).
const DESCRIBED_LABEL = new RegExp(
  `^(?<role>(?:[\\p{L}\\p{M}\\p{N}'’.&-]+[ \\t]+){1,8}?)(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:[ \\t]+${LABEL_WORD}){1,4}?)${GENERATION}[ \\t]*:[ \\t]+(?<speech>[“"«‘„][^\\n]*)$`,
  'u',
);
// The American Presidency Project's style: "President Biden. It's good to be back." (a title and a name,
// then a full stop), taken only in a text where two or more paragraphs open so.
const DOTTED_LABEL = /^(?<name>Q|(?:The\s+)?(?:President|Vice President|Prime Minister|Chancellor|Secretary|Minister|Foreign Minister|King|Queen|Mr|Mrs|Ms)\.?\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?)\.\s+(?<speech>\S[\s\S]*)$/u;
// A label never opens on a conjunction or the preposition of an opening phrase, nor ends on a speech verb.
// (In capitals a label may open on such a word: "UNDER SECRETARY NULAND:", "FIRST LADY BIDEN:", "SO JAE-HYUN:".)
// (and a speaker's openers: "Look, here's the situation: …", "Now, the point is this: …")
const LEAD_IN_WORDS = new Set(['and', 'but', 'or', 'so', 'as', 'when', 'while', 'if', 'after', 'before', 'because', 'since', 'although', 'though', 'yet', 'then',
  'look', 'listen', 'well', 'now', 'again', 'remember', 'okay', 'yes', 'no', 'here', 'first', 'second', 'finally']);
const SPEECH_VERB_BEFORE_COLON = /\b(?:put it|\p{Ll}+ed|wrote|told)\s*$/u;
const SAID_BEFORE_COLON = /\b(?:said|says|added|stated|commented|declared|remarked)\s*$/u;
// Labels of people the text does not name: questions end a turn and are turns of their own.
const QUESTION_WORDS = ['question', 'questions', 'q', 'journalist', 'reporter', 'moderator', 'audience', 'host', 'interviewer', 'participant', 'audience member'];
const QUESTION_LABEL = new RegExp(`^(?:(?:the|a|an)\\s+)?(?:${QUESTION_WORDS.join('|')})$`, 'i');
// An unnamed aide who runs the floor ("WHITE HOUSE AIDE:  The next question will come from …", "POLISH AIDE:  Maja
// Wójcikowska, TVN24."): a moderator's turn, no one's quote (not an aide who gives a readout or interprets).
const FLOOR_LABEL = /^(?:[\p{L}.’'-]+\s+){0,3}(?:aides?|staffer|staff)$/iu;
const FLOOR_WORDS = /\b(?:questions?|next|final|last one|go ahead|one per side|time for|concludes?)\b/iu;
/** Speech that only runs the floor: calls the next question, or names a reporter and outlet ("Maja Wójcikowska, TVN24."). */
function floorTalk(speech: string): boolean {
  const s = speech.trim();
  return s.length <= 160 && (FLOOR_WORDS.test(s) || (s.match(/\p{L}+/gu)?.length ?? 0) <= 4);
}
// The last word of a label that names a speaker by role after an article ("A Reporter:", "THE CHAIR:", "The First Lady:"):
// a question label's word or another role.
const LABEL_ROLE = new RegExp(
  `^(?:${[...QUESTION_WORDS, 'correspondent', 'member', 'interpreter', 'translator', 'chair', 'chairman', 'chairwoman', 'chairperson', 'official', 'officials', 'lady', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'narrator', 'announcer'].join('|')})$`,
  'i',
);
const INLINE_ANSWER = /[?.]\s+A:\s+/u;
// Roles of speakers a transcript does not name: "AIDE:", "STAFF:", "AUDIENCE MEMBER:", "INTERPRETER:", "ANNOUNCER:".
const UNNAMED_ROLE = /^(?:aides?|staff|staffer|official|officials|interpreter|translator|participant|member|voice|voices|crowd|attendee|guest|student|unidentified|announcer|narrator)$/i;
// An interview's answer: "A: Yes, I raised it …", said by the person the text named before the first question.
const ANSWER_INLINE = /^(?:A|Answer)\s*:\s+(?=\S)/;
const FURNITURE = /^(?:<\s*…\s*>|<\.\.\.>|\[\s*…\s*\]|\(\s*…\s*\)|…|\.\.\.|read more\b.{0,150}|related\b.{0,150}|share\b.{0,60}|tags?:.*|see also.*|print|follow us.{0,60}|end(?:\s+\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+[a-z]{2,4})?)?|\d{1,2}:\d{2}\s*[ap]\.?\s?m\.?(?:\s+[a-z]{2,4})?)$/i;
// A paragraph where the narrative resumes: it opens like a report of the meeting and names a participant
// in the third person, with no first or second person ("Following the talks, A and B signed …").
const NARRATIVE_START = /^(?:Following|After|Before|During|Earlier|Later|Afterwards|Subsequently|At the end of|In the course of|The (?:talks|meeting|conversation|visit|leaders|presidents|ministers|two|sides|parties|heads)|Both (?:leaders|presidents|ministers|sides))\b/u;
const FIRST_SECOND_PERSON = /(?<![\p{L}])(?:I|we|We|our|Our|us|my|My|me|you|You|your|Your)(?![\p{L}’'])/u;
// A dateline opening a new report: "MOSCOW, March 3 (Xinhua) --", "Moscow, 3 March –".
const DATELINE = /^\p{Lu}[\p{L}\s.'’-]{1,30},\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\b/u;

const QUOTED_BY = /[,.!?]["”’»]\s+(?:said|says|added|adds|told)\s+\p{Lu}|[,.!?]["”’»]\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?:said|says|added|adds)\b/u;
// A quotation and what is between quotation marks, to read the words around them.
const QUOTED_TEXT = /["“][^"“”\n]{0,2000}["”]/gu;

/** Transcript turns in text order. */
export function findTranscripts(doc: ParsedDocument, people: PeopleIndex): TranscriptTurn[] {
  try {
    return turnsOf(doc, people);
  } catch {
    return [];
  }
}

function turnsOf(doc: ParsedDocument, people: PeopleIndex): TranscriptTurn[] {
  const text = doc.text;
  const out: TranscriptTurn[] = [];
  let current: { person: number; name: string; line: Span; first: number; paras: Span[]; question?: boolean; quoted?: boolean } | null = null;
  // A paragraph of speech, without the stage direction that may close it ("I'm protecting him.  (Laughter.)"): the turn
  // ends before such a direction, and when the speaker goes on in the next paragraph, runs on over it (most readers of
  // the real sets keep "… (Laughter.) ¶ And so, thank you …" one turn: a run of paragraphs no label interrupts).
  const pushSpeech = (span: Span) => {
    const end = directionAtEnd(text.slice(span.start, span.end));
    const to = end >= 0 ? span.start + end : span.end;
    if (to > span.start) current!.paras.push({ start: span.start, end: to });
  };
  const close = () => {
    // "Marco Rubio: Retirement accounts Two years ago, Senator Marco Rubio of Florida proposed …": a section headed by
    // a name, not a turn: a speaker does not name himself in full in his first two paragraphs (the narration after a
    // turn may: "… is expected to receive Haruki Moriyama on Friday").
    if (current && current.paras.length && current.person >= 0 && namedIn(people, current.person, current.paras[0].start, current.paras[Math.min(1, current.paras.length - 1)].end)) current.paras = [];
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
        question: current.question === true,
        ...(current.quoted ? { quoted: true } : {}),
        text: current.paras.map((p) => text.slice(p.start, p.end)).join(' ').replace(/\s+/g, ' ').trim(),
      });
    }
    current = null;
  };
  let firstQuestion: number | undefined;
  const labelPeople = new Map<string, number>();
  let interviewee: number | undefined;
  // How many paragraphs open with a label: a text in transcript form labels its turns throughout.
  let labelled = 0;
  let dotted = 0;
  // Labels in capitals the text gives with a colon: "PRESIDENT ZELENSKYY." opens a turn too (a typed full stop).
  const capitalLabels = new Set<string>();
  for (const p of doc.paragraphs) {
    if (p.ignored || p.index === 0) continue;
    const head = text.slice(p.start, Math.min(p.end, p.start + LABEL_HEAD));
    const l = LABEL.exec(head);
    if (l?.groups && plausibleLabel(l.groups.name, l.groups.role)) {
      labelled++;
      if (isAllCaps(l.groups.name)) capitalLabels.add(l.groups.name.trim());
    } else if (DOTTED_LABEL.test(head)) dotted++;
  }
  for (const p of doc.paragraphs) {
    if (p.ignored) continue;
    const body = text.slice(p.start, p.end);
    // ("Q    Prime Minister Kishida, if I may, sir: …" is a reporter's question that names whom it asks, no label)
    // ("Partnering for Peace and Security: Strengthening our Alliance, Upholding International Law": a section's heading)
    const label = UNLABELLED_QUESTION.test(body) ? null : readLabel(body, dotted >= 2, capitalLabels);
    if (label && !headingAfterColon(body, label)) {
      const nameStart = p.start + label.nameAt;
      const nameEnd = nameStart + label.name.length;
      const line = { start: p.start, end: label.speechAt >= 0 ? p.start + label.speechAt : p.end };
      const speech = label.speechAt >= 0 ? { start: p.start + label.speechAt, end: p.end } : null;
      const ownLine = !speech && body.length <= 160 && !body.includes('\n');
      if ((QUESTION_LABEL.test(label.name) || (FLOOR_LABEL.test(label.name) && floorTalk(speech ? text.slice(speech.start, speech.end) : ''))) && !label.role) {
        // "QUESTION: …", "MODERATOR: Minister Jaishankar.": a turn of its own, by the role the label gives.
        close();
        firstQuestion ??= p.start;
        // ("Q: What did you discuss? A: “We discussed the tunnel,” Rebane said.": the answer on the question's line ends it,
        // and is read as the narrative it is)
        const answered = speech ? INLINE_ANSWER.exec(text.slice(speech.start, speech.end)) : null;
        current = { person: -1, name: displayName(label.name), line, first: p.index, paras: speech ? [answered ? { start: speech.start, end: speech.start + answered.index + 1 } : speech] : [], question: true };
        if (answered) {
          close();
          current = null;
        }
        continue;
      }
      let who = speakerPerson(people, label.name, nameStart, nameEnd);
      // "Chinese Foreign Minister (Mr. Wang Yi):": a person named in the label's brackets speaks, and the label
      // alone ("Chinese Foreign Minister:") names him in the turns after.
      if (who < 0 && label.note) who = personIn(people, p.start + label.note.start, p.start + label.note.end);
      const labelKey = label.name.toLowerCase();
      if (who >= 0) labelPeople.set(labelKey, who);
      else who = labelPeople.get(labelKey) ?? -1;
      // (in a text that labels its turns throughout, a turn may be one word: "PRESIDENT BIDEN: Please.")
      const speechLike = !!speech && isSpeechLike(body.slice(label.speechAt), labelled >= 2);
      // The first paragraph may be a headline ("Lavrov: sanctions are illegal"), unless the text labels other turns too;
      // a headline's label must name a person or a title, not be words in capitals ("ART OF THE DEAL: U.S., China …").
      // A label names its speaker: a person the text knows, or a title ("SECRETARY BLINKEN", "Penny Wong,
      // Foreign Minister"); a name the text does not know counts in a text that labels its turns throughout.
      // One unknown word is no label ("PUBLISHED: 10 Dec 2024", "WRITER: …").
      const known = who >= 0 && people.people[who].type === 'person' && (label.dotted || people.people[who].name.split(' ').length > 1 || labelled >= 2);
      const oneWord = !/\s/.test(label.name.trim()) && !label.role;
      // (in a text whose labels are in capitals, one in lower case names a person the text knows, gives a title, or is a
      // name of two words or more none of them common, "Karine Jean-Pierre:"; else nobody: "LGBTQ Americans, especially
      // children: You're loved", "Number One: We expanded …", "Indeed, that's part of our agreement today: that …")
      const otherCase = capitalLabels.size >= 2 && !isAllCaps(label.name) && (oneWord || !!label.role || label.name.trim().split(/\s+/).some((w) => !/^\p{Lu}/u.test(w) || isCommonWord(w)));
      const named = known || label.dotted || hasTitle(label.role ?? label.name) || (!otherCase && !oneWord && (isAllCaps(label.name) || labelled >= 2));
      // A label on a line of its own needs no speech after it, but one unknown word ("Weather:", "Author:") is still no speaker.
      // (a first paragraph longer than any headline, under a label with a title, is a turn: a remarks page that opens
      // with its speaker, "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: I am absolutely delighted …")
      const openingTurn = p.index === 0 && !!label.role && hasTitle(label.role) && body.length > FIRST_TURN_LENGTH;
      const quotation = !!speech && QUOTATION.test(text.slice(speech.start, speech.end));
      // (a described label's description names no one: "President Ruto to President Museveni: “…”" is Ruto's words to him)
      // (nor ends on a preposition, the name its object: "Open letter to Prime Minister X:", "Asked about X:", "Placard outside
      // the residence of President X:"; an envoy's "Ambassador to NATO" is a title)
      const describedOnly = !label.described || (people.people[personIn(people, p.start, nameStart)]?.type !== 'person' && !objectOfDescription(label.role ?? ''));
      const accepted = (!label.described || (known && quotation && describedOnly)) && plausibleLabel(label.name, label.role) && (ownLine ? named || (!oneWord && !label.dotted) : (p.index > 0 || labelled >= 1 || openingTurn) && speechLike && named && (p.index !== doc.headline || known || hasTitle(label.role ?? label.name)));
      if (accepted) {
        close();
        current = { person: who, name: who >= 0 ? people.people[who].name : displayName(label.name), line, first: p.index, paras: [] };
        const said = speech && afterDirection(text, speech);
        if (said && said.end > said.start) pushSpeech(said);
        if (said && quotation && QUOTATION.test(text.slice(said.start, said.end))) {
          current.quoted = true;
          close();
        }
        continue;
      }
      // "AIDE:  We're on.": in a text that labels its turns throughout, a role in capitals that names no one is still
      // another speaker's turn; it ends the one before, and its words are no one's the text names (not a speaker's
      // "NATO: stronger, faster …" or "FIRST:  a minerals compact").
      if (current && labelled >= 2 && isAllCaps(label.name) && UNNAMED_ROLE.test(label.name.split(/\s+/).pop() ?? '')) {
        close();
        current = null;
        continue;
      }
    }
    // "Q    Any comment on …?": a reporter's question in a White House style transcript (no colon), a turn of its own
    // as after "Q:".
    const q = UNLABELLED_QUESTION.exec(body);
    if (q && current) {
      close();
      firstQuestion ??= p.start;
      current = { person: -1, name: 'Q', line: { start: p.start, end: p.start + 1 }, first: p.index, paras: [{ start: p.start + q[0].length, end: p.end }], question: true };
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
    if (!current) continue;
    if (FURNITURE.test(body.trim()) || endsTurn(body, p.start, people)) {
      close();
      continue;
    }
    // "(Addressing the interpreter.) I'll stop so you can translate.": a stage direction opening a paragraph ends the
    // turn's run of speech there; the same speaker's speech goes on after it as a turn of its own.
    // A note of the language alone ("(As interpreted.)", "(Speaks English.)") does not: the speaker goes on speaking,
    // and the turn runs on over it (but a reporter's question still ends there, as above).
    const direction = STAGE_DIRECTION.exec(body);
    const notes = direction && !current.question ? LANGUAGE_NOTES.exec(body) : null;
    if (notes && current.paras.length) {
      if (p.end > p.start + notes[0].length) pushSpeech({ start: p.start + notes[0].length, end: p.end });
      continue;
    }
    if (direction && current.paras.length) {
      // (a reporter's question goes on being a question when it still asks: "Q … ¶ (As interpreted.) This is also the
      // question to …"; not "(As interpreted.) Yes, I raised it.", an answer no label introduces)
      const { person, name, line, question } = current;
      close();
      current = { person, name, line, first: p.index, paras: [], question: question && ASKS.test(body) };
    }
    const from = p.start + (direction?.[0].length ?? 0);
    if (p.end > from) pushSpeech({ start: from, end: p.end });
  }
  close();
  return out;
}

const ASKS = /\?|\bquestions?\b/iu;
// Speech that is a quotation: it opens on a quotation mark and a closing mark ends its paragraph.
const QUOTATION = /^[“"«‘„][^\n]*[”"»’“]\s*$/u;
// ("Q — the United States and Kenya …": a question taken up again after an answer cut into it)
const UNLABELLED_QUESTION = /^Q(?:\s{2,}|\s(?=\p{Lu}|[—–]\s))/u;

// A stage direction in brackets, capitalised and short: "(As interpreted.)", "(Laughter.)", "(Addressing the interpreter.)",
// "(President Biden moves from one side of the podium to the other.)".
const STAGE_DIRECTION = /^\(\p{Lu}[^()\n]{0,100}\)\s*/u;
const WHOLE_DIRECTION = /^\(\p{Lu}[^()\n]{0,100}\)$/u;
// Stage directions that only say in what language the words are given, one or more in a row: "(As interpreted.)",
// "(Speaks French.) (As interpreted.)", "(In English.)", "(Speaking English.)", "(Through an interpreter.)".
const LANGUAGE_NOTE = String.raw`\((?:As interpreted|(?:Via|Through) (?:an )?interpreter|(?:Speaks|Speaking|In|Continues in|Switches to|Switching to) \p{Lu}\p{Ll}+)\.?\)`;
const LANGUAGE_NOTES = new RegExp(String.raw`^(?:${LANGUAGE_NOTE}\s*)+`, 'u');

/** Where a stage direction closing a paragraph of speech begins, with the spaces before it ("Thank you all.  (Applause.)"); -1 if none. */
function directionAtEnd(para: string): number {
  const t = para.trimEnd();
  if (!t.endsWith(')')) return -1;
  const open = t.lastIndexOf('(');
  if (open < 0 || !WHOLE_DIRECTION.test(t.slice(open))) return -1;
  return t.slice(0, open).trimEnd().length;
}

/** A paragraph of speech without the stage direction that opens it ("(As interpreted.) Thank you …"). */
function afterDirection(text: string, span: Span): Span {
  const m = STAGE_DIRECTION.exec(text.slice(span.start, Math.min(span.end, span.start + 80)));
  return m ? { start: span.start + m[0].length, end: span.end } : span;
}

/** Longer than any headline: a first paragraph this long under a titled label is the page's first turn. */
const FIRST_TURN_LENGTH = 300;

/** Characters at the start of a paragraph that may hold its label. */
const LABEL_HEAD = 300;

interface Label {
  name: string;
  role: string | undefined;
  /** Offset of the speech in the paragraph, or -1 when the label is a line of its own. */
  speechAt: number;
  dotted: boolean;
  /** Where the note in brackets after the name lies in the paragraph ("(Mr. Wang Yi)"), if any. */
  note?: { start: number; end: number };
  /** The name follows a description in any case (DESCRIBED_LABEL): a speaker only on a quotation's line, when the text knows the name. */
  described?: boolean;
  /** Offset of the name in the paragraph (after the description of a described label). */
  nameAt: number;
}

/** A description that ends on a preposition whose object is the name after it (not an envoy's "to"). */
function objectOfDescription(role: string): boolean {
  const m = /(?:^|\s)(\S+)\s+(\S+)$/u.exec(' ' + role.trim());
  const [before, last] = m ? [m[1].toLowerCase(), m[2].toLowerCase()] : ['', role.trim().toLowerCase()];
  if (last === 'to' && ENVOY_TITLES.has(before)) return false;
  return DESCRIPTION_PREPOSITIONS.has(last);
}
const DESCRIPTION_PREPOSITIONS = new Set('to about of for with from by on at outside inside against toward towards regarding concerning behind before after'.split(' '));

// "PRESIDENT ZELENSKYY.  (Inaudible.)  Too many questions.": words in capitals, a full stop, then the speech.
const CAPITAL_LABEL_STOP = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,5}?)\.[ \t]+(?=\S)/u;

function readLabel(body: string, dottedText: boolean, capitalLabels: ReadonlySet<string> = new Set()): Label | null {
  const head = body.slice(0, LABEL_HEAD);
  const m = LABEL.exec(head);
  if (m?.groups) {
    const speechAt = m.groups.speech ? m.index + m[0].length - m.groups.speech.length : -1;
    const noteAt = m.groups.note ? head.indexOf(`(${m.groups.note})`, m.groups.name.length) + 1 : 0;
    const note = noteAt > 0 ? { start: noteAt, end: noteAt + m.groups.note.length } : undefined;
    return { name: m.groups.name.trim(), role: m.groups.role?.trim(), speechAt, dotted: false, note, nameAt: 0 };
  }
  const described = DESCRIBED_LABEL.exec(head);
  if (described?.groups) {
    const { role, name, speech } = described.groups;
    return { name: name.trim(), role: role.trim(), speechAt: described[0].length - speech.length, dotted: false, described: true, nameAt: role.length };
  }
  const d = dottedText ? DOTTED_LABEL.exec(head) : null;
  if (d?.groups) return { name: d.groups.name, role: undefined, speechAt: d[0].length - d.groups.speech.length, dotted: true, nameAt: 0 };
  const typo = CAPITAL_LABEL_STOP.exec(head);
  if (typo && capitalLabels.has(typo[1])) return { name: typo[1], role: undefined, speechAt: typo[0].length, dotted: true, nameAt: 0 };
  return null;
}

/** A short paragraph whose words after the colon are a heading's, in title case with no full stop. */
function headingAfterColon(body: string, label: Label): boolean {
  return label.speechAt >= 0 && body.length <= HEADING_LENGTH && sectionHeading(body.slice(label.speechAt), 4);
}
const HEADING_LENGTH = 200;

/** A headline ("Anna Berg: talks were useful") rarely ends in a full stop; speech does, or runs on. */
function isSpeechLike(speech: string, labelledThroughout = false): boolean {
  const s = speech.trim();
  const words = s.match(/\p{L}+/gu)?.length ?? 0;
  // (a turn cut off ends on a dash: "MS. CHANG: Over to —")
  return words >= 5 || (words >= (labelledThroughout ? 1 : 2) && /[.!?,…—–]["”»’)*_]{0,3}$/u.test(s));
}

/** A label that can name a speaker: a few words, not a generic heading ("Note:", "Photo:"), no verb before the colon, no place (a dateline). */
function plausibleLabel(name: string, role: string | undefined): boolean {
  const words = name.split(/\s+/);
  if (words.length > 8 || (role !== undefined && role.split(/\s+/).length > 14)) return false;
  if (SAID_BEFORE_COLON.test(role ?? '') || GENERIC_LABELS.has(name.toLowerCase()) || HEADING_LABEL.test(name) || FURNITURE.test(name + ':')) return false;
  // "Or, as Tom Ridge … put it:", "And then he said:": a sentence that leads into a quote, not a speaker line.
  if ((LEAD_IN_WORDS.has(words[0].toLowerCase()) && !isAllCaps(name)) || SPEECH_VERB_BEFORE_COLON.test(role ?? name)) return false;
  if (isKnownPlace(name) || isKnownPlace(displayName(name))) return false;
  // "President Biden, Kenya is doing the heavy lifting in turbulent regions: Somalia, …": a clause with its own subject
  // after the name, no role (not "who was speaking for the pool", "asked whether China would attend").
  // "Mr. President, this is what I know:", "Excellency, at the beginning of your term, you’d used a slogan:": a vocative
  // and speech in the first or second person; no role speaks of "I", "we" or "you".
  if (role !== undefined && (CLAUSE_ROLE.test(role) || SPEAKER_PERSON.test(role))) return false;
  // "The Key Point:", "The Facts:": a section's heading; with an article a speaker is named by a title ("The President:")
  // or a role ("A Reporter:", "THE MODERATOR:", "The Interpreter:", "A Senior Administration Official:").
  if (/^(?:the|a|an)$/i.test(words[0]) && role === undefined && !hasTitle(name) && !LABEL_ROLE.test(words[words.length - 1])) return false;
  // A single generic word ("Summary:") is no speaker unless in capitals or a question label.
  if (words.length === 1 && role === undefined && !/^\p{Lu}{2,}$/u.test(name) && !QUESTION_LABEL.test(name)) return /^\p{Lu}\p{Ll}+$/u.test(name);
  return true;
}

// A capitalised subject and a finite verb, which no title or role opens with ("Minister of State for Foreign Affairs").
const CLAUSE_ROLE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:is|are|was|were|has|have|had|will|would|does|did|can|could)\b/u;
const SPEAKER_PERSON = /(?<![\p{L}'’])(?:I|[Ww]e|[Yy]ou)(?:['’]\p{Ll}{1,2})?(?![\p{L}'’])/u;
const isAllCaps = (name: string): boolean => /\p{Lu}{2,}/u.test(name) && !/\p{Ll}{2,}/u.test(name.replace(/\b(?:of|for|and|the|de|da|van|von|der|bin|al|el|la|le|du|Mr|Mrs|Ms|Dr)\b/g, ''));
const hasTitle = (words: string): boolean => TITLE_PATTERN.test(displayName(words));
const TITLE_PATTERN = new RegExp(`(?:^|\\s)(?:${[...TITLES.map(([t]) => t), ...TITLE_ABBREVIATIONS.map(([a]) => a)].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s|$)`, 'iu');

/** "SECRETARY BLINKEN" -> "Secretary Blinken"; a name in mixed case stays as written. */
function displayName(name: string): string {
  if (TITLE_ABBREVIATIONS.some(([a]) => a === name)) return expandTitle(name);
  if (/^q$/i.test(name)) return 'Question';
  // "THE RT HON. JACINDA ARDERN": a style of address is no part of the name.
  return name
    .replace(/^(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+hon(?:ou?rable|\.)?|hon\.?|honou?rable)\s+/iu, '')
    .split(/(\s+)/)
    .map((w) => (/^\p{Lu}{2,}[\p{Lu}'’.-]*$/u.test(w) && !TITLE_ABBREVIATIONS.some(([a]) => a === w) ? w[0] + w.slice(1).toLowerCase() : w))
    .join('');
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
  // (not a story the speaker tells in the first person: 'And I said, “No.”  He said, “Well …”')
  if (QUOTED_BY.test(head) && !FIRST_SECOND_PERSON.test(head.replace(QUOTED_TEXT, ' '))) return true;
  if (!NARRATIVE_START.test(head) || FIRST_SECOND_PERSON.test(head)) return false;
  return personIn(people, start, start + head.length) !== -1 || /\b(?:two|both) (?:leaders|presidents|ministers|sides|heads)\b/iu.test(head);
}

const GENERIC_LABELS = new Set(
  'note photo photos source sources update updated editor editors author authors weather currency rates read more related tags see also contact email tel fax address video watch listen subscribe share follow comments comment summary background context key points highlights president minister subjects subject topics topic keywords caption credit credits location venue date time'.split(
    ' ',
  ),
);

// A section heading inside an article, not a speaker: "MORE ON THE SPECIAL RELATIONSHIP:", "READ MORE:", "WATCH:",
// "Press Release:".
const HEADING_LABEL = /^(?:more\s+(?:on|from|about|in)|read\s+more|see\s+also|watch|listen|related|(?:press|news|media)\s+release|full\s+text|transcript)\b/iu;

function speakerPerson(people: PeopleIndex, name: string, start: number, end: number): number {
  const lower = name.toLowerCase().replace(/\s+/g, ' ');
  // (a person the label mentions whose name holds the label's last word: not the text's Jim Risch for "Rep. Jim Jordan:")
  const who = personIn(people, start, end);
  const last = lower.split(/[\s.-]+/).filter(Boolean).pop() ?? '';
  if (who >= 0 && (people.people[who].type !== 'person' || nameWords(people.people[who]).includes(last))) return who;
  const idx = people.people.findIndex(
    (p) => p.name.toLowerCase() === lower || p.aliases.some((a) => a.toLowerCase() === lower),
  );
  if (idx >= 0) return idx;
  // "Foreign Minister:", "SG:", "THE PRESIDENT:": the one person the text gives that title.
  const title = expandTitle(displayName(name)).toLowerCase().replace(/^the\s+/u, '');
  if (LABEL_TITLE_WORDS.has(title.split(/[\s-]+/)[0] ?? '') && title.split(/[\s-]+/).every((w) => LABEL_TITLE_WORDS.has(w))) {
    const holders = people.people.filter((p) => p.type === 'person' && p.role?.toLowerCase() === title);
    if (holders.length === 1) return people.people.indexOf(holders[0]);
    // ("THE PRESIDENT:" on a page that names two presidents: the publisher's own, whom its title names first, as in
    // "Remarks by President Biden and President Xi")
    if (holders.length > 1 && /^the\s/iu.test(name)) return people.mentions.find((m) => holders.includes(people.people[m.person]))?.person ?? -1;
    return -1;
  }
  // "LAVROV:", "SECRETARY BLINKEN:", "Mr. HAYASHI Yoshimasa:": the label's words are words of exactly one person's name,
  // in any case (titles and honorifics left out; not "Rep. Jim Jordan:" for the text's Jim Risch).
  const words = lower.split(/[\s.-]+/).filter((w) => w.length > 1 && !LABEL_TITLE_WORDS.has(w));
  const fits = new Set<number>();
  people.people.forEach((p, i) => {
    if (p.type !== 'person') return;
    const own = nameWords(p);
    if (words.length && words.every((w) => own.includes(w))) fits.add(i);
  });
  if (fits.size) return fits.size === 1 ? [...fits][0] : -1;
  // "PRESIDENT ZELENSKKY:" on a page of "PRESIDENT ZELENSKYY:": a long surname one letter off the name of exactly one
  // person is that person's, misspelt.
  // (the surname only, not a first name: "MS. DANIELS:" is not Daniel Kritenbrink; and the label's title, if any, is the
  // person's: "SENATOR CARPER:" is not President Carter)
  const near = new Set<number>();
  if (words.length === 1 && words[0].length >= 6) {
    const titleWords = lower.split(/[\s.-]+/).filter((w) => w.length > 1 && LABEL_TITLE_WORDS.has(w) && !HONORIFIC_WORDS.has(w));
    people.people.forEach((p, i) => {
      const surname = p.name.toLowerCase().split(/[\s.-]+/).filter(Boolean).pop() ?? '';
      const role = (p.role ?? '').toLowerCase();
      if (p.type === 'person' && surname.length >= 6 && editDistance(surname, words[0]) === 1 && titleWords.every((w) => role.includes(w))) near.add(i);
    });
  }
  return near.size === 1 ? [...near][0] : -1;
}

/** The words of a person's name and aliases, in lower case. */
function nameWords(p: { name: string; aliases: string[] }): string[] {
  return [p.name, ...p.aliases].flatMap((n) => n.toLowerCase().split(/[\s.-]+/));
}

const HONORIFIC_WORDS = new Set(HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, '')));
const LABEL_TITLE_WORDS = new Set([
  ...TITLES.flatMap(([t]) => t.toLowerCase().split(/[\s-]+/)),
  ...TITLE_ABBREVIATIONS.map(([a]) => a.toLowerCase()),
  ...HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, '')),
  ...RANK_MODIFIERS, 'of', 'for', 'and', 'the', 'affairs', 'external', 'foreign', 'state', 'general',
]);

/** True when `person` is named in full (first and last name) between from and to. */
function namedIn(people: PeopleIndex, person: number, from: number, to: number): boolean {
  const ms = people.mentions;
  for (let k = firstMentionAfter(people, from); k < ms.length && ms[k].start < to; k++) {
    if (ms[k].person === person && ms[k].kind === 'name' && /\s/u.test(ms[k].text)) return true;
  }
  return false;
}
