import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

// Invented texts. A place named for a future event is never the meeting's place; agency-style
// datelines and a title ending in ", City, Date" give the place when the lead gives none.
describe('findMeetingPlace: future events, agency datelines, titles', () => {
  it.each([
    ['RIGA, June 12 (Wire) - Minister Ivo Brand and Foreign Minister Lia Stone discussed the first Baltic–Andean summit, to be held in Samarkand in the autumn.', 'Riga'],
    ['RIGA, June 12 (Wire) - Minister Ivo Brand held talks with Foreign Minister Lia Stone. The summit will be held in Geneva next year.', 'Riga'],
    ['RIGA, June 12 (Wire) - Minister Ivo Brand held talks with Foreign Minister Lia Stone on the forum that is due to take place in Sochi.', 'Riga'],
    ['RIGA, June 12 (Wire) - Minister Ivo Brand held talks with Foreign Minister Lia Stone ahead of the next summit in Davos.', 'Riga'],
    ['VILNIUS. BALTWIRE – Minister Ivo Brand held talks with Foreign Minister Lia Stone on Tuesday.', 'Vilnius'],
    ['TALLINN, June 5 (BNS) – Minister Ivo Brand held talks with Foreign Minister Lia Stone on Tuesday.', 'Tallinn'],
    ['Riga (LETA) – Minister Ivo Brand held talks with Foreign Minister Lia Stone on Tuesday.', 'Riga'],
    ['BAKU, Azerbaijan, Oct. 2 (Wire) – Minister Ivo Brand held talks with Foreign Minister Lia Stone on Tuesday.', 'Baku'],
    // A venue, then its city, then a date with its weekday.
    ['State House, Riga, Monday 11 September 2023 – President Ivo Brand today received the credentials of Ambassador Lia Stone.', 'Riga'],
    ['Town Hall, Main Street, June 12 – Minister Ivo Brand held talks with Foreign Minister Lia Stone.', null],
    // A hope for a later event names that event's place.
    ['Readout\n\nMinister Ivo Brand met today with Foreign Minister Lia Stone. They looked forward to strengthening unity at the Alliance Summit in Vilnius in July.', null],
    ['Readout\n\nMinister Ivo Brand met today with Foreign Minister Lia Stone in Riga. They looked forward to strengthening unity at the Alliance Summit in Vilnius.', 'Riga'],
    // Another month right after the place: another occasion (not the meeting's own month, nor any when the meeting's is unknown).
    ['Readout\n\nMinister Ivo Brand met on June 12 with Foreign Minister Lia Stone. Both underscored their dedication to achieve ambitious outcomes at the Climate Summit in Glasgow in November.', null],
    ['Readout\n\nMinister Ivo Brand met with Foreign Minister Lia Stone in Tallinn in June.', 'Tallinn'],
    ['Readout\n\nMinister Ivo Brand met on June 12 with Foreign Minister Lia Stone. Both underscored their dedication to achieve ambitious outcomes at the Climate Summit in Glasgow in May.', null],
    ['Readout\n\nMinister Ivo Brand met on June 12 with Foreign Minister Lia Stone in Tallinn in June.', 'Tallinn'],
    // A place whose name is joined by a small word, known or not.
    ['Readout\n\nVice President Ana Vidal met with President Tomas Rojo today in Dar es Salaam, Tanzania.', 'Dar es Salaam'],
    // An invitation to meet or visit names a later occasion's place.
    ['Readout\n\nMinister Ivo Brand met today with Foreign Minister Lia Stone. He extended an invitation for Prime Minister Per Olund to meet with him soon at the Kremlin.', null],
    ['Readout\n\nMinister Ivo Brand met today with Foreign Minister Lia Stone in Riga. He extended an invitation for Prime Minister Per Olund to meet with him soon in Tallinn.', 'Riga'],
    // A title that names a call: the lead's "spoke with" is a call too, and a city it names is no meeting place.
    ['Readout of Minister Ivo Brand’s Call with Foreign Minister Lia Stone\n\nMinister Ivo Brand spoke today with Foreign Minister Lia Stone. He welcomed efforts to bring calm to Jerusalem.', null],
    ['Readout of Minister Ivo Brand’s Meeting with Foreign Minister Lia Stone\n\nMinister Ivo Brand met today with Foreign Minister Lia Stone. He welcomed efforts to bring calm to Jerusalem.', 'Jerusalem'],
    // A title's bar with a place and its country or region, however little known the place.
    ['Remarks by Minister Ivo Brand and Foreign Minister Lia Stone in Joint Press Statement | Kessel, West Bank\n\nMINISTER BRAND: Thank you all.', 'Kessel'],
    ['Remarks by Minister Ivo Brand and Foreign Minister Lia Stone in Joint Press Statement | Kessel\n\nMINISTER BRAND: Thank you all.', null],
    // The lead's own place still wins.
    ['RIGA, June 12 (Wire) - Minister Ivo Brand met Foreign Minister Lia Stone in Tallinn before the summit to be held in Geneva.', 'Tallinn'],
  ])('%s', (text, expected) => {
    expect(analyze(text).location).toBe(expected);
  });

  it('a title ending in ", City, Date" above a transcript gives place and date', () => {
    const r = analyze(
      "Minister Ivo Brand's opening remarks during talks with Foreign Minister Lia Stone, Oslo, March 3, 2023\n\nIvo Brand: Dear colleague, welcome to our city.\n\nLia Stone: Thank you.",
    );
    expect(r.location).toBe('Oslo');
    expect(r.date?.iso).toBe('2023-03-03');
  });
});

describe('findMeetingPlace: a city its state or country places, however far along the meeting sentence', () => {
  it.each([
    ['Readout\n\nNational Security Adviser Ivo Brand met with Secretary General Lia Stone of Latvia and Director Per Olund of Sweden on September 1, 2022 at the Headquarters of the Regional Naval Command in Honolulu, Hawaii to address maritime order.', 'Honolulu'],
    ['Readout\n\nNational Security Adviser Ivo Brand met with Secretary General Lia Stone of Latvia and Director Per Olund of Sweden on September 1, 2022 at the Headquarters of the Regional Naval Command in Tarapoto, Peru.', 'Tarapoto'],
    // (a name before a comma that no state or country follows is no such place)
    ['Readout\n\nNational Security Adviser Ivo Brand met with Secretary General Lia Stone of Latvia and Director Per Olund of Sweden on September 1, 2022 at the Headquarters of the Regional Naval Command in Building Seven, Room 4.', null],
  ])('%s', (text, expected) => {
    expect(analyze(text).location).toBe(expected);
  });
});
