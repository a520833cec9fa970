import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

describe('findMeetingDate: a later sentence that moves on in time dates another meeting', () => {
  it.each([
    ['Foreign Minister Ana Vidal spoke to her Peruvian counterpart Tomas Rojo today about fishing. Later on Wednesday, Vidal held talks with Trade Minister Luis Paz.', 'today'],
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Tuesday. Earlier on Monday, she met Trade Minister Luis Paz in Cusco.', 'Tuesday'],
    // The lead itself may open with the time word.
    ['Earlier on Monday, Foreign Minister Ana Vidal met Tomas Rojo in Lima to discuss fishing.', 'Monday'],
  ])('%s', (text, expected) => {
    expect(analyze(text).date?.text).toBe(expected);
  });
});

describe('findMeetingDate: a day after the text’s own is a plan, never the meeting reported', () => {
  it.each([
    // (in a transcript's turns: "tomorrow's summit", "we're going to meet tomorrow"; with no day of its own the text is
    // left undated rather than dated by a plan)
    ['Remarks by President Tom Hale and Prime Minister Ana Vidal in Joint Press Conference\n\nPRIME MINISTER VIDAL:  Together with President Hale, we will later make tomorrow’s regional summit a success.\n\nBased on this common awareness, frank and useful discussion took place on fishing.\n\nAnd tomorrow, we’re going to meet with our fellow leaders at the summit.',
      undefined],
    ['Remarks by President Tom Hale and Prime Minister Ana Vidal in Joint Press Conference\n\nPRIME MINISTER VIDAL:  Together with President Hale, we will later make tomorrow’s regional summit a success.\n\nToday, we held frank and useful talks on fishing.\n\nAnd tomorrow, we’re going to meet with our fellow leaders at the summit.',
      'Today'],
    ['Foreign Minister Ana Vidal met Tomas Rojo in Lima on Tuesday. She is going to meet Trade Minister Luis Paz on Thursday.', 'Tuesday'],
    // (travel, not a plan: "going to Lima on Friday for the conference")
    ['LIMA — Foreign Minister Ana Vidal, going to Lima on Friday for the fisheries conference, met Tomas Rojo at the ministry.', 'Friday'],
  ])('%s', (text, expected) => {
    expect(analyze(text).date?.text).toBe(expected);
  });
});

describe('findMeetingDate: on a page of remarks at the meeting, the speakers’ today is its day', () => {
  it.each([
    // (over another day a speaker mentions, even with a meeting word: "I spoke yesterday with …")
    ['Remarks by President Tom Hale and Prime Minister Ana Vidal in Joint Press Conference\n\nPRESIDENT HALE:  Good afternoon.  I spoke yesterday with Prime Minister Luis Paz about the fires.\n\nThe Prime Minister and I had a good discussion today, and I thank you for being here.',
      'today'],
    // (while a day the narrative gives still wins)
    ['Remarks by President Tom Hale and Prime Minister Ana Vidal in Joint Press Conference\n\nPresident Hale met Prime Minister Vidal in Lima on Tuesday.\n\nPRESIDENT HALE:  I spoke yesterday with Prime Minister Luis Paz about the fires.  We had a good discussion here today.',
      'Tuesday'],
  ])('%s', (text, expected) => {
    expect(analyze(text).date?.text).toBe(expected);
  });
});
