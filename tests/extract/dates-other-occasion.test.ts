import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

// Invented texts. A sentence that opens on another occasion ("Earlier, ...", "Last month, ...",
// "In a separate meeting, ...", "On Tuesday, A also met C") does not give the meeting's date.
describe('findMeetingDate: sentences about another occasion', () => {
  it.each([
    ['Minister Ivo Brand had a meeting with Foreign Minister Lia Stone in Riga on Wednesday.\n\nEarlier, on 5 June, Brand held a phone conversation with Minister Per Olund.', 'Wednesday'],
    ['Minister Ivo Brand had a meeting with Foreign Minister Lia Stone on Wednesday.\n\nLast month, Brand met Minister Per Olund in Tallinn on 3 May.', 'Wednesday'],
    ['Minister Ivo Brand had a meeting with Foreign Minister Lia Stone on Wednesday.\n\nIn a separate meeting on 10 June, Brand received Minister Per Olund.', 'Wednesday'],
    ['Minister Ivo Brand had a meeting with Foreign Minister Lia Stone on Wednesday.\n\nOn 9 June, Brand also met Minister Per Olund to discuss shipping.', 'Wednesday'],
    ['Minister Ivo Brand had a meeting with Foreign Minister Lia Stone on Wednesday.\n\nPrior to that, on 2 June, Brand visited Vilnius.', 'Wednesday'],
    // "This meeting … follows their April 2, 2024, telephone call": the day of the call before (and the place of the
    // meeting's own sentence stands)
    ['President Ivo Brand met with President Lia Stone of the People’s Republic of Latvia (PRL) in Riga, Latvia today. This meeting is the third between the two Presidents and follows their April 2, 2024, telephone call.', 'today'],
    ['President Ivo Brand met with President Lia Stone of the People’s Republic of Latvia (PRL) in Riga today. The talks built on the 16 May summit.', 'today'],
    // "Following their September 9 phone call, …": the earlier occasion the talks followed
    ['President Ivo Brand held talks with President Lia Stone of Latvia. Following their September 9 phone call, the two leaders discussed shipping.', undefined],
    // Alone, the other occasion's date is still all the text gives.
    ['Minister Ivo Brand spoke at length.\n\nEarlier, on 5 June, Brand held a phone conversation with Minister Per Olund.', '5 June'],
  ])('%s', (text, expected) => {
    expect(analyze(text).date?.text).toBe(expected);
  });
});

describe('findMeetingPlace and findParticipants: sentences about another occasion', () => {
  it.each([
    ['Minister Ivo Brand had a meeting with Foreign Minister Lia Stone in Riga.\n\nEarlier, Brand held talks with Minister Per Olund in Tallinn.', 'Riga'],
    ['Minister Ivo Brand and Foreign Minister Lia Stone discussed shipping.\n\nMinister Lia Stone thanked him.\n\nLast week, Brand met Minister Per Olund in Tallinn.', null],
  ])('%s', (text, place) => {
    const r = analyze(text);
    expect(r.location).toBe(place);
    expect(r.participants.map((p) => p.name)).not.toContain('Per Olund');
  });
});

describe('findMeetingDate: a plan for today', () => {
  it.each([
    ['a speaker’s "we would be discussing today" is the day they speak on',
      'Remarks before a meeting\n\nPRESIDENT LANE: Thank you very much. We are working on trade, and on all the things you would think we would be discussing today.',
      'today'],
    ['a relative clause after the day is no plan dated by it',
      'Prime Minister Tavita Rua is on his first official trip since being elected.\n\nHe was welcomed to the parliament today, where he will also meet Cabinet members.',
      'today'],
    ['an irregular past before the relative clause ("sat down with … on Thursday, where …")',
      'Talks in Rome\n\nForeign Minister Lena Ortiz sat down with Omar Haddad in Rome on Thursday, where she will also attend the summit next week.',
      'Thursday'],
    ['guard: a plan dated in the main clause stays a plan, relative clause or not',
      'Minister Lena Ortiz met Minister Omar Haddad in Geneva.\n\nOrtiz flies to Rome on Thursday, where she will also meet the Italian premier.',
      undefined],
    ['guard: a quote’s "will be discussing … today" is another event than the talks of last week',
      ' date 2024-03-05 Foreign ministers Lena Ortiz and Omar Haddad held talks in Geneva last week.\n\n“The cabinet will be discussing the accord today,” Ortiz told reporters.',
      undefined],
    ['guard: the narrative’s "will be discussed today" is another event than the meeting it reports',
      '"A very productive meeting with PM Rua," Hon Lavaka stated after the meeting.\n\nThe future of the region will be discussed and determined today.',
      undefined],
  ])('%s', (_what, text, expected) => {
    expect(analyze(text).date?.text).toBe(expected);
  });
});

describe('findMeetingDate: a deadline and an instrument’s date are not the meeting’s', () => {
  it.each([
    ['Latvia and Estonia held trade talks in Geneva. The Parties commit to take the following actions by May 14, 2025: lower tariffs.', undefined],
    ['Latvia and Estonia held trade talks in Geneva. The tariff set forth in Executive Order 14257 of April 2, 2025, is suspended.', undefined],
    // (the talks' own day still dates them)
    ['Latvia and Estonia held trade talks in Geneva on May 10, 2025. The Parties commit to act by May 14, 2025.', 'May 10, 2025'],
  ])('%s', (text, expected) => {
    expect(analyze(`Joint statement\n\n${text}`).date?.text).toBe(expected);
  });
});

describe('findMeetingDate: what the review of this session found', () => {
  it('"Following their September 9 meeting in Rome, A and B issued a joint statement": the meeting reported', () => {
    expect(analyze('Joint statement after Rome meeting\n\nRome — Following their September 9 meeting in Rome, Italian Prime Minister Carla Rossi and Greek Prime Minister Nikos Pappas issued a joint statement on migration.').date?.text).toBe('September 9');
  });
  it.each([
    // a weekday that fits only a year long after the text: the report looks back as usual
    [{ year: 2023, month: 1, day: 5 }, 'Lima — Peruvian President Lucia Paredes met Chilean President Andres Vidal in Lima on Monday December 30.', '2022-12-30'],
    [{ year: 2024, month: 3, day: 10 }, 'Lima — Peruvian President Lucia Paredes met Chilean President Andres Vidal in Lima on Monday March 3.', '2024-03-03'],
  ])('%j %s', (referenceDate, text, iso) => {
    expect(analyze(`Leaders meet\n\n${text}`, { referenceDate }).date).toMatchObject({ iso });
  });
});
