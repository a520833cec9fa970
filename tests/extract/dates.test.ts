import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findDates, findMeetingDate, type CalendarDay } from '../../src/extract/dates.js';

const meetingDate = (text: string, ref: CalendarDay | null = null) => {
  const doc = parseDocument(text);
  return findMeetingDate(doc, findDates(doc, ref));
};
const REF: CalendarDay = { year: 2016, month: 5, day: 18 }; // a Wednesday

describe('findDates: formats', () => {
  it.each([
    ['The ministers met in Oslo on 16 May.', '16 May', null, 5, 16],
    ['The ministers met in Oslo on May 16.', 'May 16', null, 5, 16],
    ['The ministers met in Oslo on June 16, 2017.', 'June 16, 2017', 2017, 6, 16],
    ['The ministers met in Oslo on the 3rd of March 2015.', '3rd of March 2015', 2015, 3, 3],
    ['Talks were held on 16.05.2016 in Oslo.', '16.05.2016', 2016, 5, 16],
    ['Talks were held on 2016-05-16 in Oslo.', '2016-05-16', 2016, 5, 16],
    ['Talks were held on 25/12/2019 in Oslo.', '25/12/2019', 2019, 12, 25],
    ['The plan runs to January 2023, officials said.', 'January 2023', 2023, 1, null],
  ])('%s', (text, expText, year, month, day) => {
    const ds = findDates(parseDocument(text), null);
    expect(ds.map((d) => [d.text, d.year, d.month, d.day])).toContainEqual([expText, year, month, day]);
    const d = ds.find((x) => x.text === expText)!;
    expect(text.slice(d.start, d.end)).toBe(expText);
  });

  it.each([
    ['They may meet again, officials said.'],
    ['The budget is 2016-99-99 units and 31 February is not a day.'],
    ['Ambiguous 05/06/2016 is left alone.'],
  ])('finds no date in %s', (text) => {
    expect(findDates(parseDocument(text), null).filter((d) => d.day !== null)).toEqual([]);
  });
});

describe('findMeetingDate: which date is the meeting', () => {
  it.each([
    ['The two ministers met in Oslo on 16 May to prepare a summit that will take place on 31 May.', '16 May'],
    ['A summit will take place on 31 May. The two ministers met in Oslo on 16 May.', '16 May'],
    ['Today’s talks of the president with the envoy continued contacts in Bergen, which hosted last Thursday a council meeting.', 'Today'],
    ['The foreign ministers on Monday discussed bilateral ties.', 'Monday'],
    ['The minister said following talks with his counterpart in Oslo on June 16 that ties were strong.', 'June 16'],
    // A later weekday for a plan, past a comma, loses to the meeting's own weekday.
    ['The two premiers on Tuesday signed a rail pact.\n\nThe guest will also see the speaker of parliament, Ana Ruiz, on Wednesday.', 'Tuesday'],
    ['The envoys on Monday agreed a truce. One of them flies on to Cairo on Thursday for talks with the mediators.', 'Monday'],
    ['The ministers met on Monday. The guest is due to visit the port, a hub for grain, on Wednesday.', 'Monday'],
    ['The minister, who will travel to Lima soon, met her counterpart on Friday.', 'Friday'],
    // A readout's date line above its header block.
    ['Talks with the President of Peru\n\nJune 3, 2021\n15:00\nThe Kremlin, Moscow\n\nThe presidents discussed copper exports.', 'June 3, 2021'],
  ])('%s', (text, expected) => {
    expect(meetingDate(text)?.text).toBe(expected);
  });

  it('does not take a "Published" line as the meeting date', () => {
    expect(meetingDate('Published: 18.05.2016 14:20\n\nThe ministers discussed trade.')).toBeNull();
  });

  it('dates an announcement, which reports no meeting, by the meeting it plans', () => {
    expect(meetingDate('The presidents will meet in Oslo on 31 May to sign the treaty.')?.text).toBe('31 May');
    // (a text that reports a meeting is dated by it, or not at all)
    expect(meetingDate('The presidents met in Bergen. They will meet in Oslo on 31 May to sign the treaty.')).toBeNull();
  });

  it('leaves weekday parts null without a reference', () => {
    expect(meetingDate('The ministers met on Monday in Oslo.')).toEqual({ text: 'Monday', year: null, month: null, day: null, iso: null });
  });
});

describe('reference date: weekdays and relative days', () => {
  it.each([
    // REF 2016-05-18 is a Wednesday.
    ['The ministers met on Monday in Oslo.', '2016-05-16'],
    ['The ministers met on Wednesday in Oslo.', '2016-05-18'],
    ['The ministers met on Thursday in Oslo.', '2016-05-12'],
    ['The ministers met last Wednesday in Oslo.', '2016-05-11'],
    ['The ministers met today in Oslo.', '2016-05-18'],
    ['The ministers met yesterday in Oslo.', '2016-05-17'],
    ['The ministers met in Oslo on 16 May.', '2016-05-16'],
    ['The ministers met in Oslo on December 30.', '2015-12-30'],
  ])('%s', (text, iso) => {
    expect(meetingDate(text, REF)?.iso).toBe(iso);
  });

  it('"Earlier today" is the whole expression of the day', () => {
    expect(meetingDate('Earlier today, I held a summit meeting with the President in Oslo.', REF)).toMatchObject({ text: 'Earlier today', iso: '2016-05-18' });
  });

  it.each([
    ['The ministers will meet on Thursday in Oslo.', '2016-05-19'],
    ['The ministers will meet on Monday in Oslo.', '2016-05-23'],
    ['The ministers are to meet next Wednesday.', '2016-05-25'],
    ['The ministers met on Monday and will meet again on Friday.', '2016-05-20'],
  ])('a weekday that looks ahead is the next one: %s', (text, iso) => {
    const ds = findDates(parseDocument(text), REF);
    expect(ds.at(-1)?.iso).toBe(iso);
  });

  it.each([
    ['OSLO, May 18 (Wire) - The ministers met on Monday to discuss trade.', { year: 2016, month: 5, day: 18 }, '2016-05-16'],
    ['Published: 18.05.2016 14:20\n\nThe ministers met on Monday to discuss trade.', null, '2016-05-16'],
    ['Ministers discuss trade\n\n18 May 2016\n\nThe ministers met yesterday to discuss trade.', null, '2016-05-17'],
    ['Ministers discuss trade\n\n21 November 2019\n\nThe ministers met on Monday to discuss trade.', { year: 2016, month: 5, day: 18 }, '2019-11-18'],
  ])('takes the reference from the dateline: %s', (text, ref, iso) => {
    expect(meetingDate(text, ref)?.iso).toBe(iso);
  });

  it('does not count the publication line as the meeting date', () => {
    const d = meetingDate('Published: 18.05.2016 14:20\n\nThe ministers met today to discuss trade.');
    expect(d?.text).toBe('today');
    expect(d?.iso).toBe('2016-05-18');
  });

  it('keeps the month and day of "today" from a dateline without a year', () => {
    const d = meetingDate('OSLO, May 18 (Wire) - The ministers met today to discuss trade.');
    expect([d?.text, d?.year, d?.month, d?.day]).toEqual(['today', null, 5, 18]);
  });
});

describe('hostile text', () => {
  it.each([
    ['“'.repeat(20000)],
    ['16 May '.repeat(20000)],
    ['Monday '.repeat(50000)],
    ['a'.repeat(1_000_000)],
    [''],
  ])('does not throw and stays fast', (text) => {
    const t = Date.now();
    const doc = parseDocument(text);
    expect(() => findMeetingDate(doc, findDates(doc, REF))).not.toThrow();
    // A guard against quadratic time (which takes minutes here), not a speed figure: the bench measures
    // speed, and this machine is shared, so the bound is generous.
    expect(Date.now() - t).toBeLessThan(10_000);
  });
});

describe('the day of the saying, and days inside quotes', () => {
  it('"X said on Wednesday following talks" dates the talks, whatever the reported words look ahead to', () => {
    expect(meetingDate('MOSCOW, March 12. /TASS/. Russia and Mongolia will continue to expand cooperation, Foreign Minister Dmitry Sablin said on Wednesday following talks with his Mongolian counterpart in Moscow.')?.text).toBe('Wednesday');
  });

  it('a day in a quote loses to the narrative’s', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text =
      'Türkiye, Kazakhstan eye more trade\n\nTurkish Foreign Minister hosts Kazakh counterpart in Ankara\n\nANKARA\n\nTürkiye and Kazakhstan aim to raise trade, Turkish Foreign Minister Kerem Aksoylu said on Tuesday.\n\n' +
      'Speaking at a joint news conference with his Kazakh counterpart Daniyar Sarsenbayev, Aksoylu said the two ministers had discussed trade.\n\n' +
      '"Our presidents have set ambitious goals. We agreed today to intensify the preparations for the next meeting of the council," the Kazakh minister said.';
    expect(analyze(text).date?.text).toBe('Tuesday');
  });

  // A speaker's day dates the meeting only with a meeting word beside it, or when it is "today" on a page of remarks
  // at the meeting (the day the remarks were made). [transcript, meeting date text or null]
  it.each([
    ['PRESIDENT OKORO: Good afternoon, everyone. Today, we mark 60 years of partnership between our democracies.', 'Today'],
    // (not "today" for nowadays)
    ['PRESIDENT OKORO: Good afternoon, everyone. The world today depends on our two democracies.', null],
    ['PRESIDENT OKORO: We first met in 2019. Today, more than ever, our alliance matters.', null],
    ['PRESIDENT OKORO: The threats we face today do not respect borders.', null],
    ['FOREIGN MINISTER ADAMS: Thank you. As far as I know, the prime minister updated his colleague yesterday on the steps to restore trade.', null],
    ['SECRETARY HALE: Thank you very much. I’m delighted to meet this morning with two of our strongest allies in the region.', 'this morning'],
    // the agenda of the talks the speakers are about to hold, or what they will talk about
    ['PRESIDENT OKORO: Welcome, Mr. President. We have a long agenda today, and I am anxious to get to it.', 'today'],
    ['PRESIDENT OKORO: Thank you, Mr. President. But today we will be able to talk about trade and energy.', 'today'],
    // (of two, the word that names the day, not a part of it)
    ['PRESIDENT OKORO: And tonight, we are going to light up the palace in green for you. The port will be part of what we discuss today.', 'today'],
    ['PRESIDENT OKORO: Today we keep building on our progress. And this afternoon, we will discuss the port.', 'Today'],
  ])('in a transcript turn: %s', async (turn, expected) => {
    const { analyze } = await import('../../src/assemble/document.js');
    expect(analyze('Remarks Before Their Meeting\n\n' + turn).date?.text ?? null).toBe(expected);
  });

  it('a speaker\'s "today" on a page of remarks at no meeting dates nothing', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    expect(analyze('Remarks at the Anniversary Reception\n\nPRESIDENT OKORO: Good afternoon, everyone. Today, we mark 60 years of partnership between our democracies.').date).toBeNull();
  });
});

describe('a day that opens a plan', () => {
  it('"On Thursday, X is set to pay a courtesy call" is not the meeting’s day', () => {
    const text =
      'PH, Canada to boost maritime cooperation\n\nBy Joyce Dizon  October 22, 2025, 6:18 pm\n\n' +
      'MANILA – The Philippines and Canada on Wednesday agreed to deepen cooperation in maritime security as Secretary Maria Villanueva met with Canadian Foreign Minister Daniel Beaulieu in Pasay City.\n\n' +
      'In a press briefing after their bilateral meeting, Villanueva said the two ministers discussed trade.\n\n' +
      'On Thursday, Beaulieu is set to pay a courtesy call on President Ramon Buenaventura at Malacañang Palace, while trade officials will meet with their counterparts.';
    expect(meetingDate(text)?.text).toBe('Wednesday');
  });
});

describe('the day of the saying is the meeting’s only after talks', () => {
  it('"X will meet Y next week …, the ministry said on Friday" dates nothing', () => {
    expect(meetingDate('Talks\n\nLavrov will meet Carter in Geneva next week to prepare a summit, the ministry said on Friday.')).toBeNull();
  });
});

describe('a departure is not the meeting', () => {
  it('"he told reporters before leaving Addis Ababa on Thursday" dates nothing', () => {
    expect(meetingDate('Talks\n\nThe two leaders met in Addis Ababa to discuss port fees.\n\n“We are one economy,” he told reporters before leaving Addis Ababa on Thursday.')).toBeNull();
  });
});

describe('the lead’s own day after "on"', () => {
  it('"Japan and Indonesia agreed on Tuesday to …" is the meeting’s day', () => {
    expect(meetingDate('Japan, Indonesia agree to step up cooperation\n\nJAKARTA, Feb 11 (Reuters) - Japan and Indonesia agreed on Tuesday to deepen cooperation on maritime security.\n\nThe two foreign ministers discussed patrol vessels during talks in Jakarta.')?.text).toBe('Tuesday');
  });
});

// Habits of real pages: a publication stamp glued to the lead, captions, parts of the day, PTI
// datelines, transcript headers. [text, expected meeting date text, expected ISO date].
describe('the meeting date on real pages', () => {
  it.each([
    // The pages' stamp is the reference, and the lead right after it still dates the meeting.
    [' date 2024-04-29 RIYADH, April 29 — The prime minister held a bilateral meeting with his counterpart here today.', 'today', '2024-04-29'],
    [' date 2024-09-17 On Tuesday, the head of state received the credentials of the new ambassador.', 'Tuesday', '2024-09-17'],
    // Parts of the day are relative days; "this afternoon, 7 August 2025" is one date.
    ['Published: 18.05.2016\n\nThe president spoke by phone this evening with his counterpart.', 'this evening', '2016-05-18'],
    ['The president has this afternoon, 7 August 2025, held a telephone discussion with the president of Russia.', 'this afternoon, 7 August 2025', '2025-08-07'],
    // PTI: "City, Mon DD" with no dash is a dateline, and the lead's weekday the meeting's day.
    ['New Delhi, Nov 10 The minister held talks with the visiting Secretary of State here on Friday on trade.', 'Friday', null],
    // A caption's date loses to the lead's day.
    ['Trump hosts Erdogan\n\nTurkey\'s President (L) meets the U.S. President in the Oval Office in Washington, U.S. May 16, 2017.\n\nWASHINGTON (Reuters) - The president welcomed his Turkish counterpart to the White House on Tuesday and held talks.', 'Tuesday', null],
    // A report of the call a day later: the call's day, not the report's.
    ['The president\'s office on Thursday confirmed he had a telephone conversation with his counterpart.\n\nThe Kremlin said the two leaders discussed bilateral relations on Wednesday night.', 'Wednesday night', null],
  ])('%s', (text, expected, iso) => {
    const d = meetingDate(text);
    expect([d?.text, d?.iso ?? null]).toEqual([expected, iso]);
  });

  it('a transcript\'s header date beats a speaker\'s "yesterday" in a turn', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text = 'Remarks before their meeting\n\nJANUARY 21, 2022\n\nFOREIGN MINISTER ORLOV: Yesterday we spent a great deal of time with our papers, and we are glad to meet.';
    expect([analyze(text).date?.text, analyze(text).date?.iso]).toEqual(['JANUARY 21, 2022', '2022-01-21']);
  });

  it('a date with a time of day is a publication stamp, not the meeting day', () => {
    expect(meetingDate('Head of State had telephone talk\n\n2 May 2021, 08:10\n\nThe president had a telephone conversation with the president of Tajikistan.')).toBeNull();
  });
});

describe('a day and month without a year', () => {
  const REF_MARCH: CalendarDay = { year: 2024, month: 3, day: 1 };
  it.each([
    // A report looks back: the latest such day on or before the reference, not the nearest.
    ['The ministers met in Oslo on 20 June to discuss fisheries.', '2023-06-20'],
    ['The ministers met in Oslo on 20 February to discuss fisheries.', '2024-02-20'],
    // Looking ahead: the first such day on or after it.
    ['The ministers will meet in Oslo on 20 June to discuss fisheries.', '2024-06-20'],
  ])('%s', (text, iso) => {
    const d = findDates(parseDocument(text), REF_MARCH)[0];
    expect(d?.iso).toBe(iso);
  });
});

describe('full dates from a dateline, a publication line or --reference-date', () => {
  const REF_2025: CalendarDay = { year: 2025, month: 3, day: 10 };
  it.each([
    // [text, reference given, expected meeting date ISO]
    ['JAKARTA, Feb 11 (Reuters) - Japan and Indonesia agreed on Tuesday to expand maritime cooperation during talks in Jakarta.', REF_2025, '2025-02-11'],
    ['MINSK, 3 March (BelTA) – The foreign ministers of Belarus and Russia met in Minsk today to discuss trade.', REF_2025, '2025-03-03'],
    ['Published: 12 March 2022\n\nThe ministers met in Oslo on Monday to discuss fisheries.', null, '2022-03-07'],
    ['The ministers met in Oslo on Monday to discuss fisheries.', REF_2025, '2025-03-10'],
    ['The ministers met in Oslo on 20 December to discuss fisheries.', REF_2025, '2024-12-20'],
  ])('%s', (text, ref, iso) => {
    expect(meetingDate(text, ref)?.iso).toBe(iso);
  });

  it('a date the text looks ahead to never lands before the reference', () => {
    const d = findDates(parseDocument('The ministers will meet in Oslo on Friday to discuss fisheries.'), REF_2025)[0];
    expect(d?.iso).toBe('2025-03-14');
  });
});

describe('a title that ends in its date, and a date in the possessive', () => {
  it.each([
    ['Press release\nPM call with President Ross: 18 September 2019\nThe Prime Minister spoke to President Ross this afternoon following Saturday’s attacks on the oil facilities.', '2019-09-18'],
  ])('%s', (text, iso) => {
    expect(meetingDate(text)?.iso ?? null).toBe(iso);
  });

  it('"following Saturday’s attacks" is not the call\'s day', () => {
    expect(meetingDate('Call\n\nThe minister spoke to her counterpart on Tuesday following Saturday’s attacks.')?.text).toBe('Tuesday');
  });
});

describe('a press conference header gives its date, time and room', () => {
  it('"Monday, September 16, 2019, 9:33 p.m. Central Entrance Hall" dates the call reported in it', () => {
    const text = 'Press Conferences\n\nExtraordinary Press Conference by Foreign Minister Taro Sato\n\nMonday, September 16, 2019, 9:33 p.m. Central Entrance Hall, Ministry of Foreign Affairs\n\nMr. Taro Sato, Minister for Foreign Affairs: I just held a telephone talk with the Secretary of State.';
    expect(meetingDate(text)?.iso).toBe('2019-09-16');
  });

  it('a publication stamp with a time is still no meeting date', () => {
    expect(meetingDate('Ministers meet\n\n2 May 2021, 08:10 GMT\n\nThe ministers discussed trade.')).toBeNull();
  });
});

describe('what the review of this round found', () => {
  it.each([
    ['Ministers meet\n\nJune 12, 2024 10:15 AM Eastern Time\n\nThe ministers discussed trade.'],
    ['Ministers meet\n\n2 May 2021, 08:10 Moscow Time\n\nThe ministers discussed trade.'],
  ])('a time zone after the time is a publication stamp: %s', (text) => {
    expect(meetingDate(text)).toBeNull();
  });

  it.each([
    ['Saturday\'s meetings in Oslo were productive, the minister said.', 'Saturday'],
    ['Saturday\'s bilateral meeting in Oslo was productive, the minister said.', 'Saturday'],
  ])('a possessive day of the meeting itself: %s', (text, expected) => {
    expect(meetingDate(text)?.text.replace(/['’]s$/, '')).toBe(expected);
  });
});

describe('a weekday that settles a date', () => {
  const iso = (text: string, ref: CalendarDay | null = null) => meetingDate(text, ref)?.iso ?? null;
  it.each([
    // "2/12/2017" reads 2 December or 12 February; only 2 December 2017 was a Saturday.
    ['The president conferred on Saturday 2/12/2017 with the defence secretary.', '2017-12-02'],
    ['The president met on Sunday 2/12/2017 with the defence secretary.', '2017-02-12'],
    // With no reference date, the one full date of the text that falls on the weekday.
    ['The countries affirmed ties at Wednesday’s lunch meeting between President Ana Vidal and Secretary Tom Hale.\n\nThe president shares a moment with the secretary during a courtesy call on July 27, 2016. (photo)', '2016-07-27'],
  ])('%s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });
  it.each([
    ['a numeric date still ambiguous without a weekday', 'The president met on 2/12/2017 with the defence secretary.'],
    ['a weekday that fits neither reading', 'The president met on Monday 2/12/2017 with the defence secretary.'],
    ['two full dates that fall on the weekday', 'The ministers met on Wednesday.\n\nThe treaty was signed during talks on July 27, 2016 and amended during talks on August 3, 2016.'],
    ['a treaty signed in another sentence', 'Foreign Minister Ana Vidal met her counterpart Tom Hale in Oslo on Tuesday. The two countries signed a friendship treaty on March 3, 1998.'],
    ['the first meeting since another day', 'Foreign Minister Ana Vidal met her counterpart Tom Hale in Oslo on Tuesday. It was their first meeting since the border clashes of September 17, 2019.'],
    ['a meeting still to come', 'Foreign Minister Ana Vidal met her counterpart Tom Hale in Oslo on Wednesday. A follow-up meeting is set for March 4, 2020.'],
    ['the one date on that weekday tells of something else', 'The leaders held a bilateral meeting at the palace on Monday.\n\nThe prime minister was inaugurated on May 23, 2022.'],
  ])('%s: no full date', (_what, text) => {
    expect(iso(text)).toBeNull();
  });
});

describe('a page store’s stamp and the story’s own dateline', () => {
  const iso = (text: string) => meetingDate(text)?.iso ?? null;
  it.each([
    // The dateline is a day after the stamp: "yesterday" counts from the dateline, in the stamp's year.
    [' date 2023-12-23 (Wire) CAIRO, Dec 24 (NNN) – President Ali Hamdi received a phone call from his counterpart yesterday, when they discussed ties.', '2023-12-23'],
    // With no dateline the stamp is the reference.
    [' date 2023-12-23 President Ali Hamdi received a phone call from his counterpart yesterday, when they discussed ties.', '2023-12-22'],
  ])('%s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });
});

describe('the day of a statement is not the meeting’s', () => {
  it('"According to his statement on June 5, 2022, …" leaves the meeting’s "Monday"', () => {
    const text = 'Jakarta: The president spoke at the bilateral meeting at the palace on Monday, during the prime minister’s visit.\n\nAccording to his statement on June 5, 2022, his visit would deepen the partnership.';
    expect(meetingDate(text)?.text).toBe('Monday');
  });
});

describe('an agency dateline glued to the lead: "CITY Month DD/YYYY Lead …"', () => {
  it('is the reference, and "today" is its day', () => {
    const d = meetingDate('PM, President hold talks\n\nAddis Ababa May 30/2018 Prime Minister Tomas Ferreira and President Ingrid Dahl of Ruritania held talks on bilateral issues today.');
    expect([d?.text, d?.iso]).toEqual(['today', '2018-05-30']);
  });
});

describe('a month in lower case between a day and a year', () => {
  it('"11 november 2010" on its own line is the date', () => {
    const d = meetingDate('Prime Minister meets with Czech President\n11 november 2010\nTranscript of the beginning of the meeting:\nVladimir Petrov: Mr President, I am pleased to meet with you here in Moscow.');
    expect([d?.text, d?.iso]).toEqual(['11 november 2010', '2010-11-11']);
  });
  it('but "may" alone is a verb', () => {
    expect(meetingDate('Talks\n\nThe ministers may meet on 11 and discuss trade.')).toBe(null);
  });
});

// A weekday or a relative day with the words that name part of it: the reader quotes the whole expression, and it is
// still the same day as the bare weekday elsewhere in the report. [text, meeting date text, ISO with REF].
describe('the part of the day, the week and a day in brackets after a weekday', () => {
  it.each([
    ['The Prime Minister spoke to the Canadian Prime Minister yesterday evening.', 'yesterday evening', '2016-05-17'],
    ['Speaking on the phone to her counterpart Thursday evening, the minister added that they stand firm.', 'Thursday evening', '2016-05-12'],
    ['The two leaders met at the National Palace on Monday morning.', 'Monday morning', '2016-05-16'],
    // "Friday last week" is a "last Friday": with a Wednesday reference, the Friday of the week before.
    ['The prime minister has met the Chinese president in Beijing Friday last week.', 'Friday last week', '2016-05-13'],
    // A Brazilian paper's day of the month in brackets belongs to the weekday.
    ['Petro met with President Lula in Bogotá on Wednesday (18).', 'Wednesday (18)', '2016-05-18'],
    // "this morning" already names the part of the day; "today" takes none.
    ['The ministers held talks this morning in Hanoi.', 'this morning', '2016-05-18'],
  ])('%s', (text, expected, iso) => {
    const d = meetingDate(text, REF);
    expect([d?.text, d?.iso]).toEqual([expected, iso]);
  });

  it('"Monday morning" and "Monday" are one day: the place of the lead stays', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const a = analyze(
      'Leaders talk migration\n\nMigration was among the issues the two presidents spoke about at a meeting in Mexico City on Monday.\n\nThe two leaders met at the National Palace on Monday morning.',
    );
    expect([a.date?.text, a.location]).toEqual(['Monday morning', 'Mexico City']);
  });
});

describe('a dateline with a full date before its dash', () => {
  it.each([
    ['Addis Abeba, February 3/ 2022 – President Jomo Otieno and President Paul Mugisha held one-on-one talks at State House, Nairobi.'],
    ['Kigali, 3 February 2022 — President Jomo Otieno and President Paul Mugisha held one-on-one talks at State House, Nairobi.'],
  ])('is not a participant: %s', async (text) => {
    const { analyze } = await import('../../src/assemble/document.js');
    expect(analyze('Talks\n\n' + text).participants.map((p) => p.name)).toEqual(['Jomo Otieno', 'Paul Mugisha']);
  });
});

// The day of the report against the day of the call; a day counted from the meeting; a caller's "from".
// [text, meeting date text]
describe('the day a report came out, and days counted from the meeting', () => {
  it.each([
    ['The two leaders discussed the conflict by phone, as reported by state media early Thursday.\n\nThe agency reported that the crown prince received a call from the Iranian president on Wednesday.', 'Wednesday'],
    ['According to the foreign ministry on Thursday, the minister had a breakfast meeting with his counterpart on Wednesday in the capital.', 'Wednesday'],
    ['“I respect the president,” the prime minister told a news conference Friday, one day after the two leaders held talks in Tokyo.\n\nDuring Thursday’s talks, the two leaders agreed to resume visits.', 'Thursday'],
    // A day after something other than a meeting: still the meeting's day.
    ['The foreign ministers held their first formal talks in two years today, a day after the powers agreed to reduce tensions.', 'today'],
    // "called on" is a meeting word beside the lead's date; a later meeting with others loses to it.
    ['COLOMBO – The foreign secretary on October 5 called on the Sri Lankan President and discussed ways to advance the partnership.\n\nHe also reviewed cooperation with officials.\n\nThe ambassador hosted a lunch for him.\n\nHe visited a temple.\n\nHe laid a wreath.\n\nHe toured the port.\n\nDuring a meeting with the Tamil leaders on Monday (4), he reaffirmed support for the community.', 'October 5'],
  ])('%s', (text, expected) => {
    expect(meetingDate('Talks\n\n' + text)?.text).toBe(expected);
  });

  it('"since" right before a date still makes it a bound, which loses to the meeting’s day', () => {
    expect(meetingDate('Talks\n\nThe two ministers, in talks every month since 16 May, met in Oslo on Tuesday.')?.text).toBe('Tuesday');
  });
});

describe('a relative day with the full date in brackets', () => {
  it('"met this morning (Wednesday 15th February, 2017)" is one date, the calendar day', () => {
    const d = meetingDate('Talks\n\nThe Prime Minister met this morning (Wednesday 15th February, 2017) with the President of Guyana.');
    expect([d?.text, d?.iso]).toEqual(['this morning (Wednesday 15th February, 2017)', '2017-02-15']);
  });
});

describe('a weekday in a newspaper’s name, and a call "had over the phone"', () => {
  it('"the Sunday Times" is no date; the call "had over the phone this afternoon" is dated', () => {
    const text = 'Diary\n\nThe Conservatives are at 40% in a new Sunday Times poll.\n\nHere is how a spokesman has reported the conversation which the Prime Minister and the President had over the phone this afternoon.';
    expect(meetingDate(text)?.text).toBe('this afternoon');
  });
  it('a weekday before a capitalised subject is still a date', () => {
    expect(meetingDate('Talks\n\nOn Tuesday President Tomas Berg met Prime Minister Ana Lind in Oslo.')?.text).toBe('Tuesday');
  });
});

describe('the meeting word anywhere in the date’s clause', () => {
  it('"received X at the Istana on Tuesday morning" beats a later call on another minister', () => {
    const text =
      'Minister calls on PM\n\nSINGAPORE - Prime Minister Lee Wen received Chinese Foreign Minister Wang Hai at the Istana on Tuesday morning (Sept 14), and they reaffirmed their ties.\n\n' +
      'They discussed trade.\n\nThey welcomed the anniversary.\n\nThey spoke of the pandemic.\n\nMr Wang is on a two-day working visit to Singapore, and on Monday (Sept 13) called on Deputy Prime Minister Heng Lim.';
    expect(meetingDate(text)?.text).toBe('Tuesday morning (Sept 14)');
  });
});

// Near misses the review of this session found: each keeps the day the old rules gave. [text, meeting date text or null]
describe('what the review of the day tails and report days found', () => {
  it.each([
    ['President Tom Hale and Prime Minister Ken Ito held talks in Hiroshima on Thursday, a day after the G7 summit opened.', 'Thursday'],
    ['The two presidents met in Skopje on Tuesday, a day after the talks in Ohrid ended.', 'Tuesday'],
    ['Secretary-General Ana Ruiz on Friday called on Israel to allow aid into Gaza.\n\nShe met President Sam Adel in Cairo on Thursday.', 'Thursday'],
    ['The ministers held talks in Moscow.\n\nFighting has continued since the collapse of a ceasefire on 5 September.', null],
    ['The two leaders met in Sochi on Friday, last week’s talks in Ankara having ended without agreement.', 'Friday'],
    // A host's words for the meeting they are at.
    ['PRIME MINISTER HALE: It is a great pleasure to welcome President Ruiz to Canberra today.', 'today'],
    // What one is thanked for is another occasion.
    ['President Adam Nowak and President Tom Hale discussed security in Warsaw today.\n\nDuring the meeting, Nowak thanked the US President for his visit to Kyiv on Monday.', 'today'],
  ])('%s', (text, expected) => {
    expect(meetingDate('Talks\n\n' + text)?.text ?? null).toBe(expected);
  });
});

// Near misses the second review found. [text, meeting date text or null]
describe('thanks for the meeting itself, a thing received, a weekday before a capitalised word', () => {
  it.each([
    ['President Sam Otieno appreciated the talks with Prime Minister Ali Hassan and thanked him for the meeting in Addis Ababa on Thursday.\n\nOtieno had addressed a business forum in Nairobi on Monday.', 'Thursday'],
    ['Foreign Minister Ana Lestari thanked her counterpart for the warm reception in Canberra on Tuesday.', 'Tuesday'],
    ['President Tomas Reyes and Prime Minister Ken Ito pledged to deepen maritime cooperation in Tokyo, officials said Thursday.\n\nThe foreign ministry received a formal protest note from the embassy in Manila on Friday.', 'Thursday'],
    ['On Monday Post Office workers protested outside as the two leaders discussed migration.', 'Monday'],
    ['The two leaders met in Pretoria, the Sunday Independent reported.', null],
  ])('%s', (text, expected) => {
    expect(meetingDate('Talks\n\n' + text)?.text ?? null).toBe(expected);
  });
});

describe('a weekday pinned by a full date written above it', () => {
  it.each([
    ['a caption’s date that falls on the weekday resolves it', 'Ministers meet\n\nMinister Ana Lind with Minister Ivo Tamm. Aug. 28, 2019. Source: Ministry/Flickr\n\nMinister Ana Lind met Minister Ivo Tamm in Tallinn on Wednesday.', ['Wednesday', '2019-08-28']],
    ['a year after a comma with no space ("May 23,2024")', 'President Ada Obi shakes hands with President Bo Lee on May 23,2024 at Blair House.\n\nPresident Ada Obi on Thursday held talks with President Bo Lee.', ['Thursday', '2024-05-23']],
    ['guard: a date above on another weekday leaves it unresolved', 'Ministers meet\n\nMinister Ana Lind with Minister Ivo Tamm. Aug. 27, 2019.\n\nMinister Ana Lind met Minister Ivo Tamm in Tallinn on Wednesday.', ['Wednesday', null]],
    ['guard: a date in the weekday’s own sentence is another day', 'Talks\n\nTen years after the accord signed on June 5, 2013, foreign ministers Ana Lind and Ivo Tamm met in Geneva on Wednesday.', ['Wednesday', null]],
    ['guard: a date above that shows nobody together is another day', 'Talks\n\nThe treaty expires on Friday, March 1, 2024.\n\nMinister Ana Lind met Minister Ivo Tamm in Geneva on Friday to discuss an extension.', ['Friday', null]],
    ['a header line that opens with the date', 'July 23, 2011 12:31 pm | Updated July 23, 2011 - Bali Island\n\nMinister Ana Lind on Saturday met briefly with Minister Ivo Tamm.', ['Saturday', '2011-07-23']],
    ['a dateline’s place may hold a small word with a hyphen ("Sharm el-Sheikh")', 'Sharm el-Sheikh, Nov 7 (Reuters) - President Ana Lind met Premier Ivo Tamm on Monday.', ['Monday', null]],
    ['guard: a headline is no dateline', ' date 2019-03-30 Pakistan, China hold talks on March 28 - Minister Ana Lind met Minister Ivo Tamm in Islamabad.', ['March 28', '2019-03-28']],
    ['guard: a date below does not resolve it', 'Minister Ana Lind met Minister Ivo Tamm in Tallinn on Wednesday.\n\nThey last met on Aug. 28, 2019.', ['Wednesday', null]],
  ])('%s', (_what, text, expected) => {
    const d = meetingDate(text);
    expect([d?.text, d?.iso ?? null]).toEqual(expected);
  });
});

describe('a dateline after a page store’s stamp, and an agency’s bracket with no dash', () => {
  it.each([
    ['"(APP):" glued to the lead, after the stamp', ' date 2018-03-24 ISLAMABAD, Mar 24 (APP):President Ali Khan and his Sri Lankan counterpart Ravi Perera Saturday agreed to work together.\n\nThe presidents held a brief meeting.', ['Saturday', '2018-03-24']],
    ['"Oslo, Oct 17 (IANS) Norwegian …": a bracket and no dash', ' date 2024-10-17 Oslo, Oct 17 (IANS) Prime Minister Jon Berg and visiting President Ari Lahti discussed security during their meeting here.\n\nThe talks, held on Wednesday, focused on defence.', ['Wednesday', '2024-10-16']],
    ['guard: a date after a comma in the lead is no dateline', 'Talks\n\nPresident Ali Khan met Ravi Perera in Colombo, Mar 24 (Saturday) being a holiday.', ['Mar 24', null]],
  ])('%s', (_what, text, expected) => {
    const d = meetingDate(text);
    expect([d?.text, d?.iso ?? null]).toEqual(expected);
  });
});

describe('thanks for another occasion, at some length', () => {
  it('"thanked his counterpart for the honour he did him by attending his investiture … on the 7th of January" dates the investiture', () => {
    const d = meetingDate('Talks\n\nPresident John Adu held talks with President Julius Ben.\n\nAddressing a joint media briefing, President Adu thanked his counterpart, for the honour he did him by attending his investiture as President on the 7th of January, 2025, at the Independence Square.');
    expect(d).toBeNull();
  });
});

describe('a span of days, and a weekday that fixes the year', () => {
  const ref = { year: 2021, month: 11, day: 12 };
  it.each([
    ['From January 20-21, the two ministries hosted the first meeting of the working group in Oslo.', 'January 20-21', [2021, 1, 20]],
    ['On 20–21 January, Minister Ivo Brand held talks with Foreign Minister Lia Stone in Riga.', '20–21 January', [2021, 1, 20]],
    ['On January 20-21, 2025, Minister Ivo Brand held talks with Foreign Minister Lia Stone in Riga.', 'January 20-21, 2025', [2025, 1, 20]],
    // "Monday November 15" in a text of 12 November 2021: the year in which November 15 is a Monday (2021), not the
    // year before, which a report looking back would take (the year the text leaves out is resolved, not written)
    ['President Ivo Brand met President Lia Stone of Latvia on Monday November 15.', 'Monday November 15', [2021, 11, 15]],
    // more than a fortnight ahead, a plan the words around the date do not mark: the weekday still gives the year
    // (30 November is a Tuesday in 2021, not in 2020)
    ['On Tuesday, November 30, President Ivo Brand will welcome President Lia Stone of Latvia.', 'Tuesday, November 30', [2021, 11, 30]],
  ])('%s', (text, expected, [year, month, day]) => {
    const d = meetingDate(`Talks\n\n${text}`, ref);
    expect([d?.text, d?.year, d?.month, d?.day]).toEqual([expected, year, month, day]);
  });
  it('the weekday decides the year', () => {
    expect(findDates(parseDocument('Talks\n\nPresident Ivo Brand met President Lia Stone on Monday November 15.'), { year: 2021, month: 11, day: 12 })[0]?.iso).toBe('2021-11-15');
  });
});
