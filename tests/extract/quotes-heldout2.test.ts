// Patterns from a second held-out set (invented sentences in the styles of many outlets):
// bodies and unnamed sources, titles used alone, reported speech in unusual shapes, name forms,
// quote shapes and appositions. [name, text, expected].
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findPeople } from '../../src/extract/people.js';
import { findQuotes } from '../../src/extract/quotes.js';
import type { Quote } from '../../src/model.js';

const quotesOf = (text: string): Quote[] => {
  const doc = parseDocument(text);
  return findQuotes(doc, findPeople(doc));
};
const brief = (qs: Quote[]) => qs.map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 4).join(' ')]);

const INDIA = 'Indian External Affairs Minister Rajan Mehta met Maldivian Foreign Minister Ali Rasheed in New Delhi on Monday.\n\n';

describe('bodies and unnamed sources are speakers, described in full', () => {
  it.each([
    ['a Ministry of X without a country (MEA readout)', INDIA + 'The Ministry of External Affairs said the two sides reviewed progress on the harbour project.', 'Ministry of External Affairs'],
    ['a Department of X (Philippine DFA)', INDIA + 'The Department of Foreign Affairs said in a statement that the ministers agreed to expand coast guard cooperation.', 'Department of Foreign Affairs'],
    ['an Office of the X is not the X (State House)', 'Kenyan President Daniel Mwangi hosted Ugandan Prime Minister Ruth Nabbanja.\n\nThe Office of the President said the leaders agreed to fast-track the pipeline.', 'Office of the President'],
    ['according to an organisation (Al Jazeera)', INDIA + 'According to the United Nations, more than a million people have fled the fighting.', 'United Nations'],
    ['a person familiar with the talks (SCMP)', INDIA + 'A person familiar with the talks said the draft communique was almost ready.', 'person familiar with the talks'],
    ['people close to a delegation (Reuters)', INDIA + 'People close to the Maldivian delegation said the loan would be rolled over.', 'People close to the Maldivian delegation'],
    ['a plural body (BBC)', INDIA + 'Aid agencies have warned that food stocks in the camps are running out.', 'Aid agencies'],
    ['a body’s name with a comma and an ampersand (gov.uk)', INDIA + 'A Foreign, Commonwealth & Development Office spokesperson said: "The talks were productive and wide-ranging."', 'Foreign, Commonwealth & Development Office spokesperson'],
    [
      'a news agency with its abbreviation after a long clause (Gulf News)',
      'UAE President Sheikh Khalid bin Saeed met Egyptian President Omar Nabil in Abu Dhabi on Tuesday.\n\nThe two leaders discussed regional developments and ways to boost cooperation in trade, investment and energy during the talks, the Emirates News Agency (WAM) reported.',
      'Emirates News Agency',
    ],
    [
      'officials with a long condition of anonymity (Yonhap)',
      INDIA + 'According to officials who spoke on condition of anonymity because they were not authorised to brief the media, the two sides agreed to resume the ferry service.',
      'officials',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('reported speech in unusual shapes', () => {
  it('a claim with a partial quote before the attribution (The Hindu)', () => {
    const qs = quotesOf(
      'Indian Prime Minister Narendra Rao met Sri Lankan President Anura Perera in Colombo on Thursday.\n\n' +
        'India will "always be the first responder" for its neighbours in times of crisis, Mr Rao said on Thursday, as he wrapped up the visit.',
    );
    expect(brief(qs)).toEqual([
      ['indirect', 'Narendra Rao', 'India will "always be'],
      ['direct', 'Narendra Rao', 'always be the first'],
    ]);
  });

  it('a second verb after "and" with a bare clause (Daily Nation)', () => {
    const qs = quotesOf(
      'Maldivian President Ahmed Zahir met Indian Prime Minister Narendra Rao in New Delhi.\n\nZahir thanked India for its timely budgetary support and said Male valued the long friendship between the two countries.',
    );
    expect(brief(qs)).toEqual([['indirect', 'Ahmed Zahir', 'Male valued the long']]);
  });

  it.each([
    ['a "Read more" link', INDIA + 'Read more: Mehta says India ready to fund the new airport\n\nMehta said the talks were useful.'],
    ['a headline under a "Related" heading', INDIA + 'Related\n\nRasheed says Maldives will repay its debts on time\n\nMehta said the talks were useful.'],
    ['a partial quote with its attribution is no report', INDIA + 'Both sides reaffirmed the importance of dialogue, "on the basis of mutual respect and trust," it added.\n\nMehta said the talks were useful.'],
  ])('not speech: %s', (_name, text) => {
    const ind = quotesOf(text).filter((q) => q.kind === 'indirect');
    expect(ind.map((q) => q.text)).toEqual(['the talks were useful']);
  });
});

describe('titles and descriptions go to the person they fit best, never one merely mentioned', () => {
  it.each([
    [
      'the foreign secretary is the one introduced with those words (BBC)',
      'British Foreign Secretary Anna Whitfield met Indian External Affairs Minister Rajan Mehta in London on Monday. Mehta later met business leaders.\n\n"We have agreed to deepen our partnership," the foreign secretary said.',
      'Anna Whitfield',
    ],
    [
      'the Belarusian leader is the president, not the prime minister (BelTA)',
      'Belarusian President Aleksandr Lukov met Chinese Vice Premier Ding Wei in Minsk. Belarusian Prime Minister Roman Golov also attended the talks.\n\n"China is our strategic partner," the Belarusian leader said.',
      'Aleksandr Lukov',
    ],
    [
      'According to the President: the office holder the text is about (Antara)',
      'Indonesian President Budi Santoso received Vietnamese President Tran Van Lam at the Merdeka Palace on Friday.\n\nSantoso said the two countries would boost trade. Lam praised the hospitality of his host.\n\nAccording to the President, both countries agreed to raise trade to 18 billion dollars.',
      'Budi Santoso',
    ],
    [
      'an uncommon title ending in an abbreviation (Daily Nation)',
      'Kenyan President Daniel Mwangi hosted Tanzanian President Samia Juma in Nairobi. Prime CS Musalia Odera and Foreign Affairs PS Jane Kirui attended.\n\nThe Prime CS added: "Our ports will serve the whole region."',
      'Musalia Odera',
    ],
    [
      'an ambassador posted to a country, then the Ambassador (mid.ru)',
      'Russian Ambassador to Belarus Boris Gromov met Belarusian Foreign Minister Pavel Novik on Tuesday.\n\nThe Ambassador, in turn, said that Russia valued the allied relations.',
      'Boris Gromov',
    ],
    [
      'the name before an apposition, not a name inside it (Buenos Aires Times)',
      'Chilean Foreign Minister Ana Torres met Argentine Foreign Minister Pablo Ruiz in Santiago, joined by envoy Jorge Fuenzalida.\n\nFuenzalida, a veteran diplomat who served as ambassador under former President Ricardo Lagos, said the agreement was long overdue.',
      'Jorge Fuenzalida',
    ],
  ])('%s', (_name, text, speaker) => {
    const qs = quotesOf(text);
    expect(qs[qs.length - 1].speaker).toEqual(speaker);
  });
});

describe('name forms', () => {
  it.each([
    [
      'an Arabic name keeps its particles (Gulf News)',
      'Qatari Minister of State Khalifa bin Jassim al-Mannai met Omani Foreign Minister Badr Said in Doha.\n\nAl-Mannai said the two sides discussed regional issues.',
      ['Khalifa bin Jassim al-Mannai'],
    ],
    [
      'an initial and a surname, and Mr. with a full stop (The Hindu)',
      'Indian Foreign Secretary S. Venkatraman met Nepalese Foreign Secretary Amrit Rai in Kathmandu.\n\n"The talks covered connectivity and energy," said Mr. Venkatraman.\n\nS. Venkatraman said the two sides would meet again in Delhi.',
      ['S. Venkatraman', 'S. Venkatraman'],
    ],
  ])('%s', (_name, text, speakers) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(speakers);
  });
});

describe('quote shapes', () => {
  const UK = 'British Foreign Secretary Anna Whitfield met Indian External Affairs Minister Rajan Mehta in London on Monday.\n\n';
  it('the paragraphs after a "X said:" line, without marks (gov.uk)', () => {
    const qs = quotesOf(
      UK + 'Foreign Secretary Anna Whitfield said:\n\nThe UK and India are natural partners. Today we have agreed a new plan for climate finance.\n\nOur partnership will create jobs in both countries.\n\nThe two ministers also visited a school.',
    );
    expect(qs.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['direct', 'Anna Whitfield', 'The UK and India are natural partners. Today we have agreed a new plan for climate finance. Our partnership will create jobs in both countries.'],
    ]);
  });

  it('a body’s "spokesperson said:" line is no transcript label (gov.uk)', () => {
    const qs = quotesOf(UK + 'A Foreign, Commonwealth & Development Office spokesperson said:\n\n"The talks were productive and wide-ranging, and covered trade."');
    expect(brief(qs)).toEqual([['direct', 'Foreign, Commonwealth & Development Office spokesperson', 'The talks were productive']]);
  });

  it.each([
    ['a short fragment with its full stop inside the marks (Reuters)', UK + 'Mehta described the talks as "open and constructive."', 'open and constructive.'],
    ['a partial quote at the end of a clause (The Hindu)', UK + 'Mehta said the tribunal’s award was “final and binding” on both parties.', 'final and binding'],
  ])('%s', (_name, text, quote) => {
    expect(quotesOf(text).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text])).toEqual([['Rajan Mehta', quote]]);
  });
});
