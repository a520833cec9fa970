import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

const place = (text: string) => analyze(text).location;

describe('findMeetingPlace: seats of government, other visits, places not written "in CITY"', () => {
  it.each([
    // A seat of government stands for its city.
    ['The president received the visiting emir in the Kremlin on Tuesday to discuss grain.', 'Moscow'],
    ['The president hosted the Kenyan leader at the White House on Monday for talks on trade.', 'Washington'],
    ['The prime minister held talks with the Danish premier at Downing Street on Friday.', 'London'],
    ['The Indian prime minister met the visiting chancellor at Hyderabad House on Wednesday.', 'New Delhi'],
    ['The premier met the Malaysian king in the Great Hall of the People on Thursday.', 'Beijing'],
    ['The French president received his Chilean counterpart at the Elysee Palace on Monday.', 'Paris'],
    // A TASS-style dateline, and an earlier visit's city beside a past year.
    [
      'Putin, Tokayev hold talks\n\nMOSCOW, October 5. /TASS/. The president held talks with the visiting Kazakh leader in the Kremlin on Thursday. The two leaders held talks in 2022 in Samarkand, where they signed a water deal.',
      'Moscow',
    ],
    [
      'LISBON, March 4. /Wire/. The foreign ministers discussed fisheries. The two had met in 2019 in Porto.',
      'Lisbon',
    ],
    // The place before "on a visit" / "for talks".
    ['The Latvian foreign minister, who is in Tashkent on an official visit, met her Uzbek counterpart on Monday.', 'Tashkent'],
    ['The envoy, in Nairobi for talks on the border, met the Kenyan foreign minister.', 'Nairobi'],
    // A city after a long object.
    [
      'The Secretary of State met today with the Polish Deputy Minister of Foreign Affairs for Economic Diplomacy and Development Cooperation Anna Nowak in Washington.',
      'Washington',
    ],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it.each([
    ["Deputy Secretary-General's meeting with the Prime Minister\n\nSt. John's, Antigua and Barbuda\n\nThe Deputy Secretary-General met the Prime Minister to discuss climate finance.", "St. John's"],
    ['Foreign minister meets Chilean envoy\n\nValparaiso, Chile\n\nThe foreign minister met the envoy to discuss ports.', 'Valparaiso'],
  ])('a heading line "City, Country": %s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it.each([
    ['The minister spoke of the Kremlin and its policies in a speech on Monday.'],
    ['The two leaders met in 2019 in Porto, officials recalled.'],
  ])('gives null: %s', (text) => {
    expect(place(text)).toBeNull();
  });
});

describe('findMeetingPlace: a city known by its form, a dateline’s agency, a visited country', () => {
  it.each([
    // "Place, Country": a city the gazetteer does not list, of two or three words.
    ['The prime minister met the Malaysian premier on the sidelines of the ASEAN Summit in Labuan Bajo, Indonesia, on May 10.', 'Labuan Bajo'],
    ['The president met the visiting minister in Puerto Ayora, Ecuador, on Friday.', 'Puerto Ayora'],
    // Datelines whose agency follows the city.
    ['Leaders meet\n\nAstana. July 4. KazTAG - The president held a meeting with the Russian president.', 'Astana'],
    ['Minister meets envoy\n\nAddis Ababa ENA August 8/2019 The state minister held discussion today with the special envoy.', 'Addis Ababa'],
    // A lead that names only the country visited: its capital.
    ['Leaders meet\n\nThe Ivorian president arrived yesterday to begin a two-day state visit to Ghana. He held talks with the president on trade.', 'Accra'],
    // A castle named after the word, as German writes it.
    ['Leaders meet\n\nThe leaders met on Saturday at the Schloss Meseberg in Germany to discuss gas.', 'Meseberg'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });

  it.each([
    // a body's name before a country is no city
    ['The minister met the delegation in Foreign Affairs Committee, Kenya, on May 10.'],
    // a visit still to come places nothing
    ['Leaders talk\n\nThe two presidents spoke about trade. The president accepted an invitation for a state visit to Ghana.'],
    ['Leaders talk\n\nThe two presidents discussed the upcoming state visit to Ghana.'],
  ])('gives null: %s', (text) => {
    expect(place(text)).toBeNull();
  });
});

it('a guest "on a visit to China" who "was received by" the president: the visited country’s capital', () => {
  expect(place('US Secretary Tom Hale, who is on a visit to China, was received by President Li Wen on Monday.')).toBe('Beijing');
});

describe('findMeetingPlace: what the review of this session found', () => {
  it.each([
    ['The leaders held talks in Geneva Tuesday, Swiss officials said.', 'Geneva'],
    ['The leaders met in Nairobi National Park, Kenya, on Friday.', 'Nairobi'],
    ['The president received the envoy at Schloss Bellevue on Monday.', 'Berlin'],
    ['Leaders meet\n\nKing Abdullah welcomed Prime Minister May on her second visit this year to Jordan.', 'Amman'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  it.each([
    ['The ministers met on Monday ahead of a visit to China by President Biden.'],
    ['Talks\n\nShoukry is due to begin a visit to India in May. He met the envoy on Monday.'],
    ['Talks\n\nThe two leaders held a virtual meeting and discussed preparations for the President\'s visit to India.'],
    ['Talks\n\nThe two ministers spoke after returning from a visit to Ghana.'],
    ['Talks\n\nThe envoys met to mark the anniversary of Xi\'s visit to Russia.'],
  ])('gives null: %s', (text) => {
    expect(place(text)).toBeNull();
  });
});

describe('findMeetingPlace: what the second review of this session found', () => {
  it.each([
    ['The leaders met in Victoria Falls, Zimbabwe, on Monday.', 'Victoria Falls'],
    ['The leaders met in Labuan Bajo, Indonesia where the summit is held.', 'Labuan Bajo'],
    ['The leaders met in Walvis Bay, Namibia, on Monday.', 'Walvis Bay'],
    ['Talks\n\nPresident Nana Akufo-Addo met Indian President Droupadi Murmu on Monday. Murmu arrived on Sunday for a three-day state visit to Ghana.', 'Accra'],
    ['Leaders meet\n\nAddis Ababa ENA August 8 - Prime Minister Abiy Ahmed met the envoy.', 'Addis Ababa'],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
  it('a visit called off places nothing', () => {
    expect(place("Leaders met\n\nThe two leaders discussed Albanese's visit to India, which has been postponed.")).toBeNull();
  });
});

describe('findMeetingPlace: what the third review of this session found', () => {
  it.each([
    ['Leaders met\n\nPresident Battulga met Prime Minister Abe on Monday. Battulga is on a working visit to the Russian Federation to attend the Eastern Economic Forum.'],
    ['Leaders met\n\nLula met Petro on Monday. Lula said on his first visit to Colombia, which was to the town of Leticia, they agreed.'],
    ['Leaders met\n\nForeign Minister Wang Yi met his Pakistani counterpart on Monday to discuss his visit to Pakistan in March.'],
    ['Leaders met\n\nThe prime minister met the envoy at the Château Frontenac on Thursday.'],
  ])('gives null: %s', (text) => {
    expect(place(text)).toBeNull();
  });
});

describe('findMeetingPlace: official residences, offices in a header, a title that ends "| City, ST"', () => {
  it.each([
    ['Readout\n\nVice President Ana Ruiz hosted President Tom Hale of Aruba for breakfast at the Naval Observatory today.', 'Washington'],
    ['Remarks by Vice President Ruiz and President Hale of Aruba Before Bilateral Meeting\n\n*Vice President’s Ceremonial Office*\n\n10:44 A.M. EDT\n\nVICE PRESIDENT RUIZ:  Good morning, everyone.\n\nPRESIDENT HALE:  Thank you.', 'Washington'],
    ['Remarks by President Ruiz and Prime Minister Hale of Aruba Before Bilateral Meeting | New York, NY\n\n10:51 A.M. EDT\n\nPRESIDENT RUIZ:  Well, my friend, welcome.\n\nPRIME MINISTER HALE:  Thank you.', 'New York'],
    // (a bar before a site's name is no place)
    ['Remarks by President Ruiz and Prime Minister Hale of Aruba Before Bilateral Meeting | Island Wire\n\nPRESIDENT RUIZ:  Welcome.\n\nPRIME MINISTER HALE:  Thank you.', null],
  ])('%s', (text, expected) => {
    expect(place(text)).toBe(expected);
  });
});
