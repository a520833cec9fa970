import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { mergeMeetings } from '../../src/assemble/meetings.js';
import type { DocumentRecord } from '../../src/model.js';
import { READOUT, REMARKS } from './remarks-and-readout.js';

const record = (id: string, text: string): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(text) });
const groups = (docs: DocumentRecord[]) => mergeMeetings(docs).map((m) => m.documents);

// Two meetings of the same two ministers, months apart, and an undated report of the first.
const MAY = record(
  'may',
  'Ministers discuss salmon and the Arctic\n\nNorwegian Foreign Minister Ingrid Dahl met Icelandic Foreign Minister Jon Einarsson in Oslo on 14 May. ' +
    'The ministers discussed salmon quotas, the Svalbard research station and the Arctic Council chairmanship, and prepared the Nordic summit on 30 June. ' +
    '“The Svalbard station must stay open to all scientists,” Dahl said. Trade minister Kari Lunde joined the talks.',
);
const SEPTEMBER = record(
  'september',
  'Ministers talk ferries and fishing\n\nNorwegian Foreign Minister Ingrid Dahl met Icelandic Foreign Minister Jon Einarsson in Oslo on 22 September. ' +
    'The ministers discussed ferry links, fishing licences and cooperation in the United Nations. ' +
    '“Our ferries carry more people every year,” Einarsson said.',
);
const UNDATED = record(
  'undated',
  'Einarsson and Dahl meet\n\nToday Norwegian Foreign Minister Ingrid Dahl and Icelandic Foreign Minister Jon Einarsson held talks. ' +
    'They discussed salmon quotas and the Svalbard research station ahead of the Nordic summit on 30 June, with trade minister Kari Lunde taking part. ' +
    '“The Svalbard station must stay open to all scientists,” Dahl told reporters. The ministers also spoke about relations between the two countries.',
);

describe('mergeMeetings: an undated report needs strong evidence', () => {
  it('stays its own meeting when it shares only the participants and generic words with the dated one', () => {
    expect(groups([UNDATED, SEPTEMBER])).toEqual([['undated'], ['september']]);
  });

  it('joins the dated meeting whose topics, people, dates and quotes it shares', () => {
    expect(groups([MAY, SEPTEMBER, UNDATED])).toEqual([['may', 'undated'], ['september']]);
  });

  it('a weekday that does not fall on the meeting date keeps the reports apart', () => {
    const dated = record('dated', 'Talks\n\nNorwegian Foreign Minister Ingrid Dahl met Icelandic Foreign Minister Jon Einarsson in Oslo on 14 May 2024 to discuss salmon quotas and the Svalbard research station.');
    const friday = record('friday', 'Talks\n\nNorwegian Foreign Minister Ingrid Dahl met Icelandic Foreign Minister Jon Einarsson in Oslo on Friday to discuss salmon quotas and the Svalbard research station.');
    const tuesday = record('tuesday', 'Talks\n\nNorwegian Foreign Minister Ingrid Dahl met Icelandic Foreign Minister Jon Einarsson in Oslo on Tuesday to discuss salmon quotas and the Svalbard research station.');
    // 14 May 2024 was a Tuesday.
    expect(groups([dated, friday])).toEqual([['dated'], ['friday']]);
    expect(groups([dated, tuesday])).toEqual([['dated', 'tuesday']]);
  });

  it('three reports that each give only "on Tuesday", the same people, place and some of the same words, are one meeting', () => {
    const text = (lead: string, extra: string) =>
      `Talks\n\n${lead} Kenyan Foreign Minister Daniel Mutai met Indonesian Foreign Minister Ratna Wulandari in Jakarta on Tuesday. ` +
      `The talks focused on Kenyan tea exports, Indonesian palm oil and maritime security. ${extra}`;
    const a = record('a', text('JAKARTA (Wire) -', '“We want the negotiations concluded this year,” Wulandari said.'));
    const b = record('b', text('', '“We want the negotiations concluded this year, not in five years,” Ratna told reporters.'));
    const c = record('c', text('By a reporter.', 'Mutai said Kenyan tea exports to Indonesia could double.'));
    const other = record('d', 'Talks\n\nKenyan Foreign Minister Daniel Mutai met Indonesian Foreign Minister Ratna Wulandari in Jakarta on Friday. The talks focused on Kenyan tea exports, Indonesian palm oil and maritime security.');
    expect(groups([a, b, c, other])).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('a name written in both orders is one participant, and a weekday on the date in the same city is enough', () => {
    const nhk = record('nhk', 'Talks\n\nNAIROBI, March 4, 2025 - Japanese Foreign Minister Morimoto Kenji met Kenyan Foreign Minister Naomi Chebet in Nairobi on March 4, 2025 to discuss port infrastructure.');
    const ap = record('ap', 'Talks\n\nJapanese Foreign Minister Kenji Morimoto met Kenyan Foreign Minister Naomi Chebet in Nairobi on Tuesday. They discussed piracy off the Somali coast.');
    const merged = mergeMeetings([nhk, ap]);
    expect(merged.map((m) => m.documents)).toEqual([['nhk', 'ap']]);
    expect(merged[0].participants).toHaveLength(2);
  });

  it('a report naming only the surname still joins, whichever orders other reports use', () => {
    const western = record('w', 'Talks\n\nJapanese Foreign Minister Kenji Morimoto met Kenyan Foreign Minister Naomi Chebet in Nairobi on March 4, 2025 to discuss port infrastructure.');
    const eastern = record('e', 'Talks\n\nJapanese Foreign Minister Morimoto Kenji met Kenyan Foreign Minister Naomi Chebet in Nairobi on March 4, 2025 to discuss port infrastructure.');
    const surname = record('s', 'Talks\n\nJapanese Foreign Minister Morimoto met Kenyan Foreign Minister Chebet in Nairobi on March 4, 2025 to discuss port infrastructure and geothermal energy.');
    expect(groups([western, eastern, surname])).toEqual([['w', 'e', 's']]);
  });
});

describe('mergeMeetings: a third country the callers talked about', () => {
  it('joins three undated reports of one call that each name it, in their own words', () => {
    const a = record('a', 'Ruiz, Lind talk\n\nLIMA – Peruvian President Luis Ruiz on Wednesday chatted briefly by telephone with his Chilean counterpart, Ana Lind, discussing the region and Venezuela “in particular.”');
    const b = record('b', 'Ruiz, Lind talk by phone\n\nPeru’s President Luis Ruiz and Chilean President Ana Lind spoke by phone on Wednesday. The two leaders spoke broadly about Latin America and on “Venezuela in particular” in the five-minute-long call, the statement said.');
    const c = record('c', 'Ruiz on the phone with Lind\n\nPeruvian President Luis Ruiz was on the phone on Wednesday afternoon to speak with his Chilean peer Ana Lind. The talk addressed the bilateral agenda, Latin America and the Venezuela situation.');
    expect(groups([a, b, c])).toEqual([['a', 'b', 'c']]);
  });

  it('but not a country that may be a participant\'s own, when their countries are unknown', () => {
    const a = record('a', 'Talks in Paris\n\nEmmanuel Macron and Volodymyr Zelensky held talks in Paris. They discussed air defence for Ukraine and sanctions on Russia.');
    const b = record('b', 'Talks in Paris\n\nEmmanuel Macron and Volodymyr Zelensky held talks in Paris. They discussed grain exports from Ukraine and the frozen assets of Russia.');
    expect(groups([a, b])).toEqual([['a'], ['b']]);
  });
});

describe('mergeMeetings: a family name written first', () => {
  it('"Tan Weiming" in one report and "Tan" alone in another are one participant', () => {
    const full = record('full', 'Talks in Lusaka\n\nChinese Foreign Minister Tan Weiming met Zambian Foreign Minister Grace Mwale in Lusaka on June 3, 2024. They discussed copper exports.');
    const short = record('short', 'Tan in Lusaka\n\nForeign Minister Tan held talks with Zambian Foreign Minister Grace Mwale in Lusaka on June 3, 2024 on copper exports.');
    expect(groups([full, short])).toEqual([['full', 'short']]);
  });
  it('but not another day’s meeting of the same two', () => {
    const full = record('full', 'Talks in Lusaka\n\nChinese Foreign Minister Tan Weiming met Zambian Foreign Minister Grace Mwale in Lusaka on June 3, 2024. They discussed copper exports.');
    const later = record('later', 'Tan in Beijing\n\nForeign Minister Tan held talks with Zambian Foreign Minister Grace Mwale in Beijing on October 9, 2024 on copper exports.');
    expect(groups([full, later])).toEqual([['full'], ['later']]);
  });
});

describe('normalizeTopic', () => {
  it('reads "U.S." as "US", so two reports’ topics agree', async () => {
    const { normalizeTopic } = await import('../../src/extract/agenda.js');
    expect(normalizeTopic('China-U.S. relations')).toBe(normalizeTopic('China-US relations'));
    expect(normalizeTopic('the U.N. Security Council')).toBe('un security council');
  });
});

describe('mergeMeetings: a family name that opens two full names keys neither', () => {
  it('"Tan Weiming" and "Tan Guolin" on one day are two meetings, and "Tan" alone joins neither', () => {
    const a = record('a', 'Talks\n\nChinese Foreign Minister Tan Weiming met Zambian Foreign Minister Grace Mwale in Beijing on June 3, 2024. They discussed copper.');
    const b = record('b', 'Talks\n\nChinese Vice Premier Tan Guolin met Zambian Foreign Minister Grace Mwale in Beijing on June 3, 2024. They discussed farm trade.');
    const c = record('c', 'Talks\n\nForeign Minister Tan held talks with Zambian Foreign Minister Grace Mwale in Beijing on June 3, 2024.');
    expect(groups([a, b, c])).toEqual([['a'], ['b'], ['c']]);
  });
});

describe('mergeMeetings: two places on one day', () => {
  const house = record('house', 'Leaders meet\n\nPrime Minister Narendra Mohan was welcomed by President Joe Bidwell at his residence in Greenville, Delaware, on September 21, 2024, where the bilateral talks took place.');
  const summit = record('summit', 'Leaders meet\n\nPrime Minister Narendra Mohan and President Joe Bidwell met on the margins of the Quad summit in Wilmington on September 21, 2024.');
  it('are one meeting when the day and every participant agree (the summit’s city, the house where they met)', () => {
    expect(house.location).toBe('Greenville');
    expect(summit.location).toBe('Wilmington');
    expect(groups([house, summit])).toEqual([['house', 'summit']]);
  });
  it('a city spelled with and without its accent is one place', () => {
    const a = record('a', 'Talks\n\nForeign Minister Diana Molina met Foreign Minister Mauro Vidal in Brasília on 14 May to discuss trade.');
    const b = record('b', 'Talks\n\nForeign Minister Mauro Vidal met Foreign Minister Diana Molina in Brasilia on 14 May to discuss energy.');
    expect([a.location, b.location]).toEqual(['Brasília', 'Brasilia']);
    expect(groups([a, b])).toEqual([['a', 'b']]);
  });
  it('but not when the day differs', () => {
    const later = record('later', 'Leaders meet\n\nPrime Minister Narendra Mohan and President Joe Bidwell met on the margins of the Quad summit in Wilmington on September 24, 2024.');
    expect(groups([house, later])).toEqual([['house'], ['later']]);
  });
});

describe('mergeMeetings: two cities part reports that share only one person, or a day without a year', () => {
  it('one participant each, one full date, two cities: two meetings', () => {
    const a = record('a', 'Talks\n\nForeign Minister Anna Keller held talks with Lithuanian officials in Vilnius on 12 May 2023.');
    const b = record('b', 'Talks\n\nForeign Minister Anna Keller held talks with Latvian officials in Riga on 12 May 2023.');
    expect(groups([a, b])).toEqual([['a'], ['b']]);
  });
  it('a day and month without a year on one side, two cities: two meetings', () => {
    const a = record('a', 'Talks\n\nForeign Minister Anna Keller met Foreign Minister Lars Berg in Oslo on 12 May.');
    const b = record('b', 'Talks\n\nForeign Minister Anna Keller met Foreign Minister Lars Berg in Stockholm on 12 May 2021.');
    expect(groups([a, b])).toEqual([['a'], ['b']]);
  });
});

describe('mergeMeetings: an undated report of every one of the people, in the meeting’s city', () => {
  const dated = (id: string, day: string) =>
    record(id, `Talks in Oslo\n\nNorwegian Foreign Minister Ingrid Dahl met Icelandic Foreign Minister Jon Einarsson in Oslo on ${day}. The ministers discussed fishing quotas and ferry links between the two countries.`);
  const undated = (lead: string) =>
    record('undated', `Dahl and Einarsson meet\n\n${lead}Norwegian Foreign Minister Ingrid Dahl held talks with Icelandic Foreign Minister Jon Einarsson in Oslo. They discussed fishing quotas and the ferry links.`);

  it('joins the one dated meeting of them in that city when they share some wording', () => {
    expect(groups([dated('may', '14 May 2024'), undated('')])).toEqual([['may', 'undated']]);
  });

  it('joins neither of two dated meetings of them in that city', () => {
    expect(groups([dated('may', '14 May 2024'), dated('september', '22 September 2024'), undated('')])).toEqual([['may'], ['september'], ['undated']]);
  });

  it('stays apart when its dateline says it was written months after the meeting', () => {
    const late = undated('OSLO, November 20, 2024 (Wire) - ');
    expect(late.published).toBe('2024-11-20');
    expect(groups([dated('may', '14 May 2024'), late])).toEqual([['may'], ['undated']]);
  });

  it('joins when it was written the day after', () => {
    expect(groups([dated('may', '14 May 2024'), undated('OSLO, May 15, 2024 (Wire) - ')])).toEqual([['may', 'undated']]);
  });

  it('stays apart when its dateline, without a year, gives another month', () => {
    expect(groups([dated('may', '14 May 2024'), undated('OSLO, Oct 2 (Wire) - ')])).toEqual([['may'], ['undated']]);
  });

  it('stays apart when it names another city', () => {
    const bergen = record('bergen', 'Dahl and Einarsson meet\n\nNorwegian Foreign Minister Ingrid Dahl held talks with Icelandic Foreign Minister Jon Einarsson in Bergen. They discussed fishing quotas and the ferry links.');
    expect(groups([dated('may', '14 May 2024'), bergen])).toEqual([['may'], ['bergen']]);
  });
});

describe('the day a report was written', () => {
  it.each([
    ['a dateline with its year', 'Talks\n\nOSLO, November 20, 2024 (Wire) - The ministers met.', undefined, '2024-11-20'],
    ['a publication line', 'Talks\n\nPublished: 16.05.2016 14:20\n\nThe ministers met in Minsk.', undefined, '2016-05-16'],
    ['a dateline without a year takes it from the reference date', 'Talks\n\nOSLO, May 15 (Wire) - The ministers met.', { year: 2024, month: 6, day: 1 }, '2024-05-15'],
    ['no dateline: the reference date (a page’s or --reference-date)', 'Talks\n\nThe ministers met in Oslo.', { year: 2024, month: 6, day: 1 }, '2024-06-01'],
    ['no date at the top, none given', 'Talks\n\nThe ministers met in Oslo on 14 May 2024.', undefined, null],
  ])('%s', (_what, text, referenceDate, expected) => {
    expect(analyze(text, { referenceDate }).published).toBe(expected);
  });
});

// A transcript of the leaders' remarks before their talks gives no day of its own; the readout of the talks says
// "today". Published the same day (or the next), of the same people and no others, they tell of one meeting.
describe('mergeMeetings: an undated report published on the meeting’s day', () => {
  const THREE = REMARKS.replace('I am glad to be here.', 'I am glad to be here.\n\nPRESIDENT SOLBERG: And so am I.').replace('Minister Berg of Norway Before', 'Minister Berg of Norway and President Solberg Before');
  const on = (id: string, text: string, day: number): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(text, { referenceDate: { year: 2024, month: 3, day } }) });
  it.each([
    ['published the same day: one meeting', REMARKS, 5, [['readout', 'remarks']]],
    ['published the day after: one meeting', REMARKS, 6, [['readout', 'remarks']]],
    ['published four days later: another occasion', REMARKS, 9, [['readout'], ['remarks']]],
    ['a third leader in the remarks: not the same meeting of two', THREE, 5, [['readout'], ['remarks']]],
  ])('%s', (_what, remarks, day, expected) => {
    expect(groups([on('readout', READOUT, 5), on('remarks', remarks, day)])).toEqual(expected);
  });

  // (whichever report the folder holds first: the undated remarks read before the readout)
  it('the remarks read first: one meeting', () => {
    expect(groups([on('remarks', REMARKS, 5), on('readout', READOUT, 5)])).toEqual([['remarks', 'readout']]);
  });

  // (a generation after the name is no surname: "Ana Ruiz Jr." is Ruiz)
  it('a name with "Jr." in the readout: one meeting', () => {
    expect(groups([on('readout', READOUT.replace('President Ana Ruiz met', 'President Ana Ruiz Jr. met'), 5), on('remarks', REMARKS, 5)])).toEqual([['readout', 'remarks']]);
  });

  // (a call the day before is another meeting than the remarks of the two in a city: "Readout of … Call with …")
  it('a call readout the day before and the remarks in Madrid: two meetings', () => {
    const call = on('call', 'Readout of President Ruiz’s Call with Prime Minister Berg of Norway\n\nPresident Ana Ruiz spoke today with Prime Minister Tomas Berg of Norway. The leaders discussed trade, energy and Arctic research.\n', 5);
    const remarks = on('remarks', REMARKS.replace('Before Bilateral Meeting\n\n', 'Before Bilateral Meeting\n\nIFEMA\nMadrid, Spain\n\n'), 6);
    expect(remarks.location).toBe('Madrid');
    expect(groups([call, remarks])).toEqual([['call'], ['remarks']]);
    expect(groups([on('call', READOUT, 5), remarks])).toEqual([['call', 'remarks']]);
  });

  // (both of one day: the city is likelier the dateline's of a report that does not say "call")
  it('a call readout and a report from a city, both of the same day: one meeting', () => {
    const call = on('call', 'Readout of President Ruiz’s Call with Prime Minister Berg of Norway\n\nPresident Ana Ruiz spoke today with Prime Minister Tomas Berg of Norway. The leaders discussed trade, energy and Arctic research.\n', 5);
    const wire = on('wire', 'Ruiz and Berg discuss Arctic research\n\nOSLO, March 5 (Wire) - President Ana Ruiz and Prime Minister Tomas Berg of Norway held a virtual meeting on Tuesday and discussed trade, energy and Arctic research.\n', 5);
    expect(wire.location).toBe('Oslo');
    expect(groups([call, wire])).toEqual([['call', 'wire']]);
  });

  it('joins the meeting of its own day when the same people also met the day before', () => {
    const second = on('readout2', READOUT.replace('of Norway. ', 'of Norway in Bergen. '), 6);
    expect(groups([on('readout', READOUT, 5), second, on('remarks', REMARKS, 6)])).toEqual([['readout'], ['readout2', 'remarks']]);
  });
});

// The same host with two guests one after the other, and the three together, all on one day in one city: "Ruiz met
// Berg" and "Ruiz met Lind" are two meetings, whatever report of the three joins either.
describe('mergeMeetings: two reports each naming someone the other does not are two meetings', () => {
  const on = (id: string, text: string): DocumentRecord => ({ id, path: `${id}.txt`, ...analyze(text, { referenceDate: { year: 2024, month: 3, day: 5 } }) });
  const TRIO = 'Readout of the trilateral meeting\n\nPresident Ana Ruiz met today in Oslo with Prime Minister Tomas Berg of Norway and Prime Minister Eva Lind of Sweden. The three leaders discussed Arctic research.\n';
  const BERG = 'Readout of President Ruiz’s meeting with Prime Minister Berg\n\nPresident Ana Ruiz met today in Oslo with Prime Minister Tomas Berg of Norway. The leaders discussed Arctic research and fisheries.\n';
  const LIND = 'Readout of President Ruiz’s meeting with Prime Minister Lind\n\nPresident Ana Ruiz met today in Oslo with Prime Minister Eva Lind of Sweden. The leaders discussed Arctic research and energy.\n';
  it('the two meetings of two never merge, whichever comes first', () => {
    for (const docs of [[on('trio', TRIO), on('berg', BERG), on('lind', LIND)], [on('berg', BERG), on('lind', LIND), on('trio', TRIO)]]) {
      const found = groups(docs);
      expect(found.some((g) => g.includes('berg') && g.includes('lind'))).toBe(false);
    }
  });

  // (the remarks "Before Bilateral Meeting" of two of the summit's three leaders, and the readout of those two, are the
  // meeting of two on its margins)
  it('a bilateral meeting and the summit of three the same day: two meetings, whichever comes first', () => {
    const bilateral = 'Remarks by President Ruiz and Prime Minister Berg of Norway Before Bilateral Meeting\n\nOslo, Norway\n\nPRESIDENT RUIZ: Welcome, Mr. Prime Minister. We have a lot to talk about today.\n\nPRIME MINISTER BERG: Thank you, Madam President.\n';
    const press = 'Remarks by President Ruiz, Prime Minister Berg and Prime Minister Lind in Joint Press Conference\n\nOslo, Norway\n\nPRESIDENT RUIZ: Today the three of us discussed Arctic research.\n\nPRIME MINISTER BERG: Thank you.\n\nPRIME MINISTER LIND: Thank you.\n';
    for (const docs of [[on('bilateral', bilateral), on('berg', BERG), on('press', press)], [on('press', press), on('bilateral', bilateral)]]) {
      expect(groups(docs).find((g) => g.includes('press'))).toEqual(['press']);
    }
    // (while a readout of the three and one of two of them, neither called bilateral, may still be one meeting)
    expect(groups([on('berg', BERG), on('press', press)])).toEqual([['berg', 'press']]);
  });
});
