import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

// A joint press conference: the title names who met; a press secretary calls on reporters; a reporter's question
// names another person, another day, a topic and quotes someone.
const PRESS_CONFERENCE = `Remarks by President Ona Kairyte and Prime Minister Jan Nowak in Joint Press Conference

Vilnius Palace

PRESIDENT KAIRYTE:  Good afternoon. Prime Minister Nowak and I discussed rail links and grain storage. I had a good conversation with President Emil Berg last week.

MS. LIND:  Next question, from the Baltic Herald.

Q    Thank you. You discussed the ferry timetable with Chancellor Weiss when you met him on March 3, 2024. He said “the ferry is doomed and nobody will fix it.” Will it run?

PRIME MINISTER NOWAK:  We did not. We discussed energy.
`;

describe('a reporter’s question asks, it does not report', () => {
  const a = analyze(PRESS_CONFERENCE);
  it('its day does not date the meeting', () => {
    expect(a.date).toBeNull();
  });
  it('nothing quoted inside it is a quote', () => {
    expect(a.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['transcript', 'Ona Kairyte'],
      ['transcript', 'Ms. Lind'],
      ['transcript', 'Jan Nowak'],
    ]);
  });
  it('its topics are not the agenda', () => {
    expect(a.agenda.map((x) => x.text)).toEqual(['rail links', 'grain storage', 'energy']);
  });
  it('the title’s two took part: not the person asked about, the press secretary, nor a meeting a speaker recalls', () => {
    expect(a.participants.map((p) => p.name)).toEqual(['Ona Kairyte', 'Jan Nowak']);
  });
});
