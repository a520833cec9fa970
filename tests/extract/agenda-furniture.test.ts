import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';

const topics = (text: string) => findAgenda(parseDocument(text)).map((a) => a.text);

describe('findAgenda: headlines and captions are not the report', () => {
  it.each([
    // A headline and a subtitle without full stops.
    ['Mayors talk river dredging\n\nTwo mayors focus on harbour silt in first meeting\n\nThe two mayors discussed ferry fares.', ['ferry fares']],
    // A caption with a photo credit.
    ['The envoys discussed grain corridors.\n\nThe envoys speak to reporters after their talks on fishing quotas in Lome. Photo: Staff\n\nNo date was set.',
      ['grain corridors']],
    ['(Photo: Agency) Ministers held talks on dairy tariffs.\n\nThe ministers discussed wool prices.', ['wool prices']],
    ['Image: The premiers discuss customs posts at the border\n\nThe premiers discussed fishing licences.', ['fishing licences']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});
