import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findDates, findMeetingDate, type CalendarDay } from '../../src/extract/dates.js';

const meetingDate = (text: string, ref: CalendarDay | null = null) => {
  const doc = parseDocument(text);
  return findMeetingDate(doc, findDates(doc, ref));
};

describe('findMeetingDate: the meeting beats other events of the article', () => {
  it.each([
    // A bare weekday right after the verb (wire style without "on") is the lead's day.
    ['Chile and Peru agreed Friday to reopen a border crossing, as the Peruvian minister, who arrived in Santiago on Thursday, ended her visit.', 'Friday'],
    ['The two foreign ministers met Tuesday in Lima. The Chilean envoy, who landed in Peru on Monday, joined them.', 'Tuesday'],
    ['Kenya and Uganda signed Monday a deal on rail freight, officials said. The Ugandan delegation, which flew in on Sunday, left at noon.', 'Monday'],
    ['The premier said Wednesday after talks with her Danish counterpart that ties were strong. She had arrived in Aarhus on Tuesday.', 'Wednesday'],
    // A weekday with a day and month beats the span of a visit.
    ['The Finnish president is in Iceland on 4–6 June for a state visit.\n\nOn Thursday 5 June the two presidents held talks in Reykjavik on Arctic research.', 'Thursday 5 June'],
    ['The minister will be in Chile on 8-10 March. The ministers met on Monday 9 March in Santiago to discuss lithium.', 'Monday 9 March'],
    ['During a visit to Kenya on 14–16 April the foreign minister met her counterpart on Tuesday, 15 April, to discuss trade.', 'Tuesday, 15 April'],
    // The day in brackets after the weekday (Reuters, The Star, Agência Brasil).
    ['MANILA: The leaders of the two countries met in Manila on Wednesday (Jan 10) to discuss the sea.', 'Wednesday (Jan 10)'],
    // A weekday that modifies another event's noun dates that event.
    ['“We agreed that the trade pact must be respected,” Ruiz said in her Wednesday morning press conference, adding that she and Lind spoke on Tuesday about tariffs.', 'Tuesday'],
    ['The ministers met on the Tuesday before the vote.', 'Tuesday'],
    // … and so does a calendar day ("welcomed the 10 July 2023 statement": the statement's day, not the meeting's)
    ['Readout\n\nOn 13 July 2023, the leaders met in Helsinki. The leaders welcomed the 10 July 2023 statement by Sweden and NATO.', '13 July 2023'],
    ['Readout\n\nThe leaders met in Helsinki. The leaders welcomed the 10 July 2023 statement by Sweden and NATO.', undefined],
    // (a possessive before the day: "Herzog’s July 19 address" is the address's day)
    ['Readout\n\nToday, President Ruiz welcomed President Lind to the palace. The two discussed the significance of Lind’s July 19 address to parliament.', 'Today'],
    ['The talks of 18 May went well, the two ministers said.', '18 May'],
    ['Talks\n\nPresident Ruto met President Lukashenko at State House on Monday, days after meeting on December 1 in Dubai.', 'Monday'],
    ['Talks\n\nAfter a bilateral meeting with Prime Minister Ana Lind in Honiara on Wednesday morning, Ruiz said they had discussed a treaty.\n\nThe Vanuatu prime minister had stalled talks on the agreement on Tuesday.', 'Wednesday morning'],
    ['The president hosted the chancellor for a Thursday dinner at the palace.', 'Thursday'],
    ['The two held a Friday discussion on energy.', 'Friday'],
    ['The ministers met in Berlin on the occasion of 9 May.', '9 May'],
    ['The leaders met on the night of 18 May in Paris.', '18 May'],
    // Leaving for somewhere else the same day: the meeting sentence keeps its day.
    ['President Luis Ruiz met Prime Minister Ana Lind in Manila on Thursday before leaving for Singapore.', 'Thursday'],
  ])('%s', (text, expected) => {
    expect(meetingDate(text)?.text).toBe(expected);
  });

  it.each([
    // A byline date on its own line is the reference; the lead's weekday is the meeting's day.
    ['Peru, Chile agree on lithium\n\nBy Ana Ruiz\n\nApril 9, 2025\n\nLIMA - Peru and Chile on Monday agreed to share data on lithium brines, their foreign ministers said.', 'Monday', '2025-04-07'],
    ['Ghana, Togo talk border\n\nJune 12, 2024 10:15 AM GMT Updated 2 hours ago\n\nGhana and Togo said Wednesday they would reopen the border after talks between their ministers.', 'Wednesday', '2024-06-12'],
    ['Ministers meet\n\nMarch 3, 2023\n\nThe foreign ministers of Chile and Peru told reporters yesterday that talks had gone well.', 'yesterday', '2023-03-02'],
    ['Chile, Peru sign pact\n\nBy Ana Ruiz | April 9, 2025\n\nChile and Peru signed Tuesday a pact on water, their foreign ministers said.', 'Tuesday', '2025-04-08'],
    ['Chile, Peru sign pact\n\nBy ANA RUIZ | example.com | Updated: 2025-04-09 13:27\n\nChile and Peru signed Tuesday a pact on water, their foreign ministers said.', 'Tuesday', '2025-04-08'],
    // An agency dateline between slashes: its date is the reference, not the meeting's.
    ['MOSCOW, October 5. /TASS/. The two presidents met yesterday in the Kremlin to discuss grain.', 'yesterday', null],
    // With no day in the lead, the date line is the meeting's day.
    ['Talks with the President of Peru\n\nApril 9, 2025\n\nThe presidents discussed copper exports and rail links.', 'April 9, 2025', '2025-04-09'],
  ])('a date line is the reference: %s', (text, expected, iso) => {
    const d = meetingDate(text);
    expect([d?.text, d?.iso]).toEqual([expected, iso]);
  });
});

describe('agency datelines', () => {
  it('takes the reference from "CITY, Month day. /AGENCY/." and not the meeting date', () => {
    const d = meetingDate('MOSCOW, October 5. /TASS/. The two presidents met yesterday in the Kremlin to discuss grain.');
    expect([d?.text, d?.month, d?.day]).toEqual(['yesterday', 10, 4]);
  });
});

describe('findMeetingDate: days that belong to the report, not the meeting', () => {
  it.each([
    ['the day a statement was issued', 'After two hours of talks between the two foreign ministers, the sides reached a deal.\n\nAccording to a joint statement issued by the Ministry of External Affairs Friday, both ministers had a frank discussion on the border.'],
    ['the date of another thing, after its noun and "of"', 'Talks at Linden\n\nThe Chancellor and the President discussed the recovery.\n\nThis is reflected in their joint initiative for the recovery of 18 May.'],
    ['the day of leaving for a meeting elsewhere, before the verb of another meeting', 'Talks\n\nPresident Ruto will hold talks with President Xi in Beijing.\n\nThe president on Sunday, before flying to Beijing, met business leaders in Nairobi.'],
    ['the day of leaving for the meeting', 'Talks\n\nPresident Luis Ruiz discussed the ruling with Prime Minister Ana Lind during their meeting in Singapore.\n\nOn Thursday, before he left for Singapore, Ruiz said in a speech that he would raise it.'],
    ['an "(AGENCY):" dateline', 'Lima, 4 May 2022(Wire): The Peruvian Foreign Minister, Ana Soto, and her Chilean counterpart, Raul Vera, met for talks.'],
  ])('%s', (_what, text) => {
    expect(meetingDate(text)).toBeNull();
  });
});
