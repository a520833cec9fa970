// Patterns from a third held-out set (official readouts, state agencies, wires): capitalised
// descriptions, names the index must learn, country descriptions, statements of bodies, reported
// speech shapes, non-quotes. Invented sentences in many countries' styles. [name, text, expected].
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findPeople } from '../../src/extract/people.js';
import { findQuotes } from '../../src/extract/quotes.js';
import type { Quote } from '../../src/model.js';

const quotesOf = (text: string): Quote[] => {
  const doc = parseDocument(text);
  return findQuotes(doc, findPeople(doc));
};
const speakers = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker]);

describe('A. capitalised descriptions in readouts', () => {
  it.each([
    ['the Head of State (Akorda)', 'President of Kazakhstan Askar Temirov held talks with President of Mongolia Batbold Enkhjin in Astana.\n\nThe Head of State noted that trade between the two countries had grown by a third.', 'Askar Temirov'],
    ['the Head of Government (Vietnam)', 'Vietnamese Prime Minister Le Quang Vinh received Lao Foreign Minister Khamla Phommavong in Hanoi.\n\nThe Head of Government said that Vietnam would always support Laos.', 'Le Quang Vinh'],
    ['the Foreign Minister (MFA)', 'Uzbek Foreign Minister Jasur Karimov met Latvian Foreign Minister Ilze Ozola in Riga.\n\nThe Foreign Minister of Uzbekistan stressed that transit through the Baltic ports was growing.', 'Jasur Karimov'],
  ])('%s', (_name, text, speaker) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('B. people the index must learn', () => {
  it.each([
    ['a particle at a sentence start (Swiss paper)', 'Swiss Foreign Minister Ulrich von Wattenwyl met his Kyrgyz counterpart Bakyt Osmonov in Bern.\n\nVon Wattenwyl said the two countries would deepen cooperation on water.', 'Ulrich von Wattenwyl'],
    ['two particles (Dutch)', 'Dutch Trade Minister Pieter van der Berg visited Baku on Monday.\n\nVan der Berg said the Netherlands would open a trade office in the city.', 'Pieter van der Berg'],
    ['a long title with commas and "and" (Belgium)', 'Minister for Foreign Affairs, European Affairs and Foreign Trade of the Kingdom of Belgium Marie-Claire de Villiers visited Baku and met Azerbaijani Foreign Minister Elnur Hasanov.\n\nDe Villiers said that Belgium supported the peace process.', 'Marie-Claire de Villiers'],
    ['a portfolio list before a hyphenated given name (Korea)', 'Minister of Trade, Industry and Energy Park Ji-hoon met Uzbek Investment Minister Sardor Nazarov in Tashkent.\n\nMr Park said that Korea would open a new trade office in Samarkand.', 'Park Ji-hoon'],
    ['an uncommon title with a region (EU)', 'EU Special Representative for Central Asia Ingrid Halvorsen met Kyrgyz Foreign Minister Bakyt Osmonov in Bishkek.\n\nThe Special Representative stressed that the EU would remain engaged in the region.', 'Ingrid Halvorsen'],
    ['family name first, then an abbreviated title (VNA)', 'Vietnamese Prime Minister Pham Duc Thang received Kazakh Ambassador Nurlan Abenov in Hanoi.\n\nPM Thang said that Vietnam treasures its traditional friendship with Kazakhstan.', 'Pham Duc Thang'],
  ])('%s', (_name, text, speaker) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([speaker]);
    expect(findPeople(parseDocument(text)).people.map((p) => p.name)).not.toContain('Industry');
  });
});

describe('C. a country adjective and a generic noun', () => {
  const VN = 'Vietnamese Deputy Prime Minister Pham Duc Thang received Kazakh Ambassador Nurlan Abenov in Hanoi.\n\n';
  it.each([
    ['the Vietnamese diplomat -> the one Vietnamese', VN + 'The Vietnamese diplomat said Hanoi was ready to host the next session.', 'Pham Duc Thang'],
    ['the Kazakh guest (BelTA)', VN + 'The Kazakh guest noted that direct flights would resume in spring.', 'Nurlan Abenov'],
    ['the Vietnamese side (UzA)', VN + 'The Vietnamese side proposed that the commission meet twice a year.', 'Pham Duc Thang'],
    ['a Vietnamese diplomat stays unnamed', VN + 'A Vietnamese diplomat said the date had not been set.', 'Vietnamese diplomat'],
  ])('%s', (_name, text, speaker) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('D. statements of bodies', () => {
  it.each([
    [
      'the statement after a body described by name (EU)',
      'Commission President Ana Ferreira met Uzbek President Rustam Aliyev in Brussels.\n\nThe European Commission said in a statement after the meeting that the two sides had agreed to launch talks. It added that a first round would take place in Tashkent.\n\n"This is a new chapter in our relations," the statement said.',
      ['European Commission', 'European Commission', 'European Commission'],
    ],
    [
      'a presidential office, then "the statement" (Reuters)',
      'Kazakh President Askar Temirov met Chinese President Li Wen in Astana.\n\nKazakhstan\'s presidential office said in a statement that the leaders discussed transit routes.\n\n"The sides agreed to double freight traffic," the statement said.',
      ["Kazakhstan's presidential office", "Kazakhstan's presidential office"],
    ],
    [
      'the department recalled, after a full body name (Swiss paper)',
      'Swiss Foreign Minister Ulrich Brand met Kyrgyz Foreign Minister Bakyt Osmonov in Bern.\n\nThe Federal Department of Foreign Affairs (FDFA) said in a statement that Switzerland would fund three water projects.\n\nSwitzerland has supported the region since 1993, the department recalled.',
      ['Federal Department of Foreign Affairs', 'Federal Department of Foreign Affairs'],
    ],
    [
      'the statement quoted him as saying (AFP)',
      'Kazakh President Askar Temirov met Chinese President Li Wen in Astana.\n\nTemirov praised the partnership. "Our friendship is unbreakable and will last," the statement quoted him as saying.',
      ['Askar Temirov'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(expected);
  });
});

describe('E. reported speech shapes', () => {
  const PL = 'Polish Foreign Minister Anna Nowicka met Georgian Prime Minister Giorgi Beridze in Tbilisi on Friday.\n\n';
  it('a partial quote in a bare clause, then "but stressed that" (AP)', () => {
    expect(speakers(PL + 'Nowicka said the relationship had "never been stronger," but stressed that Georgia must protect media freedom.')).toEqual([
      ['indirect', 'Anna Nowicka'],
      ['direct', 'Anna Nowicka'],
      ['indirect', 'Anna Nowicka'],
    ]);
  });
  it('a one-word fragment after "accused" (Reuters)', () => {
    expect(quotesOf(PL + 'She accused some politicians of "blackmail".').map((q) => [q.speaker, q.text])).toEqual([['Anna Nowicka', 'blackmail']]);
  });
  it.each([
    ['suggested + bare clause (VNA)', 'Vietnamese President Tran Van Minh met Kazakh President Askar Temirov in Astana.\n\nMinh suggested the two sides step up cooperation in energy and logistics.', 'Tran Van Minh'],
    ['during which he proposed (VNA)', 'Vietnamese President Tran Van Minh met Kazakh President Askar Temirov in Astana.\n\nPresident Minh held talks with Temirov, during which he proposed the two countries soon raise trade to two billion dollars.', 'Tran Van Minh'],
    ['told a long titled object and a time word (Reuters)', PL + 'Nowicka told Georgian Prime Minister Giorgi Beridze on Friday that Warsaw backed the country\'s European path.', 'Anna Nowicka'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([['indirect', speaker]]);
  });
});

describe('F. not quotes', () => {
  const PL = 'Polish Foreign Minister Anna Nowicka met Georgian Prime Minister Giorgi Beridze in Tbilisi on Friday.\n\n';
  it.each([
    ['a programme name after "the implementation of the"', PL + 'The ministers discussed the implementation of the "EU-Georgia Association Agenda 2021-2027".'],
    ['a term after "law on" with a speech-like verb', PL + 'Nowicka has long denounced a controversial law on "foreign influence".'],
  ])('%s', (_name, text) => {
    expect(quotesOf(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('readout and agency shapes', () => {
  it('a headline "X, says Y" is no report (Guardian)', () => {
    const text =
      'Georgia must drop foreign agents law, says Polish minister\n\nPolish Foreign Minister Anna Nowicka met Georgian Prime Minister Giorgi Beridze in Tbilisi on Friday.\n\nNowicka said that Warsaw stood by Georgia.';
    expect(speakers(text)).toEqual([['indirect', 'Anna Nowicka']]);
  });
  it('"the Head of our State" and a minister "of International Development of Norway" (UzA)', () => {
    const text =
      'TASHKENT (UzA) - President Shavkat Mirov received Ingrid Larsen, Minister of International Development of Norway.\n\nThe Head of our State noted that Norway is an important partner in Europe. The Norwegian Minister said her country was interested in green energy projects.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Shavkat Mirov'],
      ['indirect', 'Ingrid Larsen'],
    ]);
    expect(findPeople(parseDocument(text)).people.map((p) => p.name)).not.toContain('Development');
  });
  it('single straight quotes split by an attribution, with apostrophes (British paper)', () => {
    const text =
      "British Foreign Secretary Helen Ashworth met Pakistani Foreign Minister Imran Qadir in London.\n\n'We're ready to help, and Pakistan's people know it,' she said. 'Britain doesn't forget its friends.'";
    expect(speakers(text)).toEqual([
      ['direct', 'Helen Ashworth'],
      ['direct', 'Helen Ashworth'],
    ]);
  });
});

describe('guests, press services and datelines', () => {
  it('"the guest" is the one the host received (Azertac)', () => {
    const text =
      'President Ilham Hasanov received Swiss Foreign Minister Ulrich von Wattenwyl in Baku on Tuesday.\n\nThe guest expressed gratitude for the warm welcome and said that Switzerland was ready to support the peace agenda.';
    expect(speakers(text)).toEqual([['indirect', 'Ulrich von Wattenwyl']]);
  });
  it('a press service after a dateline with a date (Reuters)', () => {
    const qs = quotesOf(
      'BISHKEK, June 3 (Reuters) - Kyrgyz President Sadyr Toktomushev and Chinese Premier Li Qiang agreed on Tuesday to accelerate a railway project, the Kyrgyz presidential press service said.\n\nLi said China would provide a loan of $1 billion.',
    );
    expect(qs.map((q) => [q.speaker, q.text.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['Kyrgyz presidential press service', 'Kyrgyz President'],
      ['Li Qiang', 'China would'],
    ]);
  });
  it('a trailing "it said" is not part of the clause', () => {
    const qs = quotesOf('Swiss Foreign Minister Ulrich Brand met Kyrgyz Foreign Minister Bakyt Osmonov in Bern.\n\nBrand added that Bern would host a round of talks in the autumn, it said.');
    expect(qs.map((q) => q.text)).toEqual(['Bern would host a round of talks in the autumn']);
  });
});

describe('MFA and press-service styles', () => {
  it('"X said, CLAUSE" (Chinese MFA)', () => {
    const text =
      'Chinese Foreign Minister Wang Lei held talks with Kyrgyz Foreign Minister Bakyt Osmonov in Beijing.\n\nWang Lei said, China is willing to work with Kyrgyzstan to implement the consensus.\n\nOsmonov said, Kyrgyzstan firmly adheres to the one-China principle.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Wang Lei'],
      ['indirect', 'Bakyt Osmonov'],
    ]);
  });
  it('"the press service of the President of X" is the speaker, not the President (UzA)', () => {
    const text =
      'President Shavkat Mirov received Malaysian Foreign Minister Ahmad Zulkifli.\n\nThe press service of the President of Uzbekistan reported that the parties discussed trade and investment. They agreed to meet again in autumn, the press service said.';
    expect(speakers(text)).toEqual([
      ['indirect', 'press service of the President of Uzbekistan'],
      ['indirect', 'press service of the President of Uzbekistan'],
    ]);
  });
});

describe('long adjuncts before "that"', () => {
  const PL = 'Polish Foreign Minister Anna Nowicka met Azerbaijani Foreign Minister Elnur Hasanov in Baku on Friday.\n\n';
  it.each([
    ['told + "her counterpart X" + adjuncts (Reuters)', PL + 'Nowicka told her Azerbaijani counterpart Elnur Hasanov during talks in Baku on Friday that Warsaw backed the peace treaty.', 'Anna Nowicka', 'Warsaw backed the peace treaty'],
    ['said + a long place adjunct (AP)', PL + 'Hasanov said at a joint news conference with Nowicka after the talks that Baku was ready to sign.', 'Elnur Hasanov', 'Baku was ready to sign'],
    ['said + after meeting … (AFP)', PL + 'Nowicka said after meeting Hasanov and Armenian officials on Friday that a deal was within reach.', 'Anna Nowicka', 'a deal was within reach'],
    ['a long participle phrase with commas of its own before the subject (VNA)', PL + 'Asking the Minister to convey his regards to the President, the Government and the people of Azerbaijan, and to thank them for their hospitality, Nowicka stressed that Warsaw backed the peace treaty.', 'Anna Nowicka', 'Warsaw backed the peace treaty'],
  ])('%s', (_name, text, speaker, clause) => {
    expect(quotesOf(text).map((q) => [q.speaker, q.text])).toEqual([[speaker, clause]]);
  });
});

describe('a country description for a person whose country the readout never states', () => {
  it.each([
    ['the Uzbek leader -> the one president without a country (UzA)', 'President Shavkat Mirov received Malaysian Foreign Minister Ahmad Zulkifli in Tashkent.\n\nThe Uzbek leader noted that trade had doubled in two years.', 'Shavkat Mirov'],
    ['another country stays unresolved', 'British Foreign Secretary Helen Ashworth met Pakistani Foreign Minister Imran Qadir in London.\n\nThe Indian minister said the talks were useful.', 'Indian minister'],
  ])('%s', (_name, text, speaker) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([speaker]);
  });
});

describe('G. single straight quotes', () => {
  const UK = 'British Foreign Secretary Helen Ashworth met Pakistani Foreign Minister Imran Qadir in London on Monday.\n\n';
  it('a plural possessive inside a quote split by its cue (British paper)', () => {
    expect(quotesOf(UK + "'It's the partners' duty,' said Ashworth, 'to keep talking.'").map((q) => [q.speaker, q.text])).toEqual([
      ['Helen Ashworth', "It's the partners' duty,"],
      ['Helen Ashworth', 'to keep talking.'],
    ]);
  });
  it('a partial quote, then "and added:" with a quote (British paper)', () => {
    expect(quotesOf(UK + "Ashworth said Britain would 'stand by Pakistan' and added: 'We're in this for the long haul.'").map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['indirect', 'Helen Ashworth', "Britain would 'stand by Pakistan'"],
      ['direct', 'Helen Ashworth', 'stand by Pakistan'],
      ['direct', 'Helen Ashworth', "We're in this for the long haul."],
    ]);
  });
});
