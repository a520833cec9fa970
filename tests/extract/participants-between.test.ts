import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

// Invented texts. "talks/negotiations/consultations [in X] between A and B" names both sides;
// "is expected/due/set to pay a courtesy call on C" is a future meeting: C takes no part.
describe('findParticipants: talks between, future courtesy calls', () => {
  it.each([
    ['RIGA, June 5 (Wire) - Latvia and Peru signed a fisheries deal on Tuesday following talks in Riga between Prime Minister Ivo Brand and visiting Foreign Minister Lia Stone.', ['Ivo Brand', 'Lia Stone']],
    ['RIGA, June 5 (Wire) - The deal came after negotiations between Prime Minister Ivo Brand and Foreign Minister Lia Stone.', ['Ivo Brand', 'Lia Stone']],
    ['RIGA, June 5 (Wire) - Foreign Minister Lia Stone, who is on a visit, is expected to pay a courtesy call on President Per Olund on Thursday. Stone met Prime Minister Ivo Brand on Tuesday.', ['Lia Stone', 'Ivo Brand']],
    ['RIGA, June 5 (Wire) - Foreign Minister Lia Stone met Prime Minister Ivo Brand on Tuesday and is set to pay a courtesy call on President Per Olund on Thursday.', ['Lia Stone', 'Ivo Brand']],
    ['RIGA, June 5 (Wire) - Prime Minister Ivo Brand met Foreign Minister Lia Stone on Tuesday.\n\nStone is expected to pay a courtesy call on President Per Olund on Thursday and to meet Minister Ada Lind.', ['Ivo Brand', 'Lia Stone']],
    // (a visit whose meetings are all to come: an announcement, about the meetings it plans; extract/announcement.ts)
    ['RIGA, June 5 (Wire) - Foreign Minister Lia Stone arrived on Tuesday. Stone is due to pay a courtesy call on President Per Olund on Thursday and to meet Minister Ada Lind.', ['Lia Stone', 'Per Olund', 'Ada Lind']],
  ])('%s', (text, expected) => {
    expect(analyze(text).participants.map((p) => p.name)).toEqual(expected);
  });
});

describe('findParticipants: a meeting between, and "he" as the subject who met', () => {
  it.each([
    ['MANILA (Wire) – The two countries affirmed their ties at Wednesday’s lunch meeting between President Rodrigo Alba and U.S. Secretary of State John Kerrigan at the palace.', ['Rodrigo Alba', 'John Kerrigan']],
    ['Foreign Minister Bilal Qadir hoped diplomacy would prevail.\nQadir, who is on his maiden trip to Moscow, wants discounted oil.\nHe made these comments after meeting his Russian counterpart Oleg Petrov here.', ['Bilal Qadir', 'Oleg Petrov']],
    ['Foreign Minister Amina Qadir arrived in Moscow on Monday.\nShe held talks with her Russian counterpart Oleg Petrov.', ['Amina Qadir', 'Oleg Petrov']],
  ])('%s', (text, expected) => {
    expect(analyze(text).participants.map((p) => p.name)).toEqual(expected);
  });
  it('a planned meeting between others is no participants’ meeting', () => {
    expect(analyze('Foreign Minister Amina Qadir arrived in Moscow on Monday to prepare next month’s meeting between President Ivo Brand and President Lia Stone.').participants.map((p) => p.name)).toEqual([]);
  });
});

describe('findParticipants: "He said A met B" is no meeting of his', () => {
  it('the pronoun is the subject of "said", not of "met"', () => {
    expect(analyze('Critic slams trip\n\nSenator Ray Dunlop criticised the president’s trip to Geneva on Wednesday. He said President Mara Quill met Ruritanian leader Tomas Brand without consulting Congress.').participants.map((p) => p.name)).toEqual(['Mara Quill', 'Tomas Brand']);
  });
});
