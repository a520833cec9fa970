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
