// Rows from the final review of this session's change. All but the plural noun after the day were wrong before their
// mending.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

const agenda = (sentence: string) => analyze(`Talks\n\n${sentence}`).agenda.map((a) => a.text);
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);
const participants = (text: string) => analyze(text).participants.map((p) => p.name);

describe('agenda: what the final review found', () => {
  it.each([
    // a clause's verb after the day is no topic
    ['Everything we discussed today reflects our commitment to the alliance.', []],
    ['Everything discussed today remains confidential.', []],
    // the day's own noun phrase is no day to skip
    ['The ministers will discuss tomorrow night’s vote and the budget.', []],
    // a subordinate clause's subject is no contact clause
    ['They discussed the hostage deal after Israel has agreed to a pause.', []],
    // (a plural noun after the day is a topic)
    ['We will discuss today plans to further strengthen our economic relationship.', ['plans to further strengthen our economic relationship']],
  ])('%s', (text, expected) => {
    expect(agenda(text)).toEqual(expected);
  });
});

describe('speakers: what the final review found', () => {
  it.each([
    // an abbreviation's full stop in the sentence before "and they"
    ['Readout\n\nForeign Minister Wang Yi met Secretary Antony Blinken in Beijing. Mr. Wang congratulated Mr. Blinken on his appointment and they jointly noted that the talks were useful.', ['Wang Yi and Antony Blinken']],
    // an audience between "spoke" and "with" is no call with the other
    ['Readout\n\nPresident Tomas Rojo spoke to students about trade with Prime Minister Ana Vidal. They said that tariffs were too high.', [null]],
    // (a day between them is)
    ['Readout\n\nPresident Tomas Rojo spoke by phone Tuesday with Prime Minister Ana Vidal. They said that tariffs were too high.', ['Tomas Rojo and Ana Vidal']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('a misspelt label is the person of that surname and title only', () => {
    const page = (label: string) =>
      speakers(['Remarks by President Biden and President Jimmy Carter', 'PRESIDENT BIDEN:  Thank you all.', `${label}  And thank you for the question.`].join('\n\n'));
    expect(page('SENATOR CARPER:')).toEqual(['Biden', 'Senator Carper']);
    expect(speakers(['Press Call by Assistant Secretary Daniel Kritenbrink', 'ASSISTANT SECRETARY KRITENBRINK:  Thank you all.', 'MS. DANIELS:  Next question.'].join('\n\n'))).toEqual(['Daniel Kritenbrink', 'Ms. Daniels']);
    // (the same title, one letter off)
    expect(page('PRESIDENT CARTEE:')).toEqual(['Biden', 'Jimmy Carter']);
  });
});

describe('participants: what the final review found', () => {
  it.each([
    // a list with a serial comma, an apposition, an abbreviation: still what the purpose is about
    ['Readout\n\nPresident Ana Vidal called Prime Minister Tomas Rojo today to express her condolences, sorrow, and outrage on the death of former Prime Minister Carl Brandt.', ['Ana Vidal', 'Tomas Rojo']],
    ['Readout\n\nPresident Ana Vidal called Prime Minister Tomas Rojo today to express her condolences on the death of his predecessor, former Prime Minister Carl Brandt.', ['Ana Vidal', 'Tomas Rojo']],
    ['Readout\n\nPresident Ana Vidal called Prime Minister Tomas Rojo today to reaffirm U.S. support for President Carl Brandt.', ['Ana Vidal', 'Tomas Rojo']],
    ['Readout\n\nPresident Ana Vidal called Prime Minister Tomas Rojo today to express her condolences on the death of Mr. Brandt.', ['Ana Vidal', 'Tomas Rojo']],
  ])('%s', (text, expected) => {
    expect(participants(text)).toEqual(expected);
  });
});
