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

describe('findAgenda: section headings, pledges for later and another thing’s focus are not the talks’ topics', () => {
  it.each([
    // A section heading in a joint statement, bold or in title case.
    ['Joint Statement\n\nThe leaders met in Lima and discussed fishing quotas.\n\n**Cooperating on Port Security and Customs**\n\nThe two sides will share data.', ['fishing quotas']],
    ['Joint Statement\n\nThe leaders met in Lima and discussed fishing quotas.\n\nFocusing on Trade and Investment\n\nThe two sides will share data.', ['fishing quotas']],
    // (a short line that ends a sentence is read, capitals or not)
    ['Joint Statement\n\nThe leaders met in Lima.\n\nThe Presidents Then Discussed Fishing Quotas.', ['Fishing Quotas']],
    // A pledge or an intent governs the cue.
    ['The leaders met in Lima and discussed fishing quotas. The two countries commit to consult on port fees and customs rules.', ['fishing quotas']],
    ['The leaders met in Lima and discussed fishing quotas. They intend to establish a dialogue on ports to discuss dredging.', ['fishing quotas']],
    ['The leaders met in Lima and discussed fishing quotas. Together they expect to focus on financial inclusion.', ['fishing quotas']],
    // (nor is working together on X: a commitment, not talks)
    ['The presidents met in Lima. They pledged to work together on water sharing and committed to discuss the border treaty at a later date.', []],
    // (not a pledge of another verb phrase before a comma)
    ['The leaders committed to continue aid, and discussed how to manage food prices.', ['how to manage food prices']],
    // Another thing's focus.
    ['The leaders met in Lima and discussed fishing quotas. They announced an exchange program with a focus on science and engineering.', ['fishing quotas']],
    ['The leaders held talks with a focus on fishing quotas.', ['fishing quotas']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });

  it('an announcement’s plan is its agenda', () => {
    expect(topics('Statement on the Visit of President Vidal\n\nPresident Tomas Rojo will welcome President Ana Vidal to Lima on May 7. The leaders plan to discuss fishing quotas and port fees.')).toEqual(['fishing quotas', 'port fees']);
  });
});
