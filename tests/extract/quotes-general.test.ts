// Patterns that generalise beyond the samples: each row is an invented article fragment in the style of
// a different outlet (wire, ministry readout, transcript, local daily). [name, text, expected].
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findPeople } from '../../src/extract/people.js';
import { findQuotes } from '../../src/extract/quotes.js';
import type { Quote } from '../../src/model.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const quotesOf = (text: string): Quote[] => {
  const doc = parseDocument(text);
  return findQuotes(doc, findPeople(doc));
};
/** [kind, speaker, first four words] */
const brief = (qs: Quote[]) => qs.map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 4).join(' ')]);
/** [kind, speaker, first three words] of the quotes in a text */
const speakers = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);

describe('a title, abbreviation or pronoun stands for the person introduced with it', () => {
  it.each([
    [
      'a title used alone (wire)',
      'LISBON (Wire) — Brazilian Vice President Helena Duarte met Portuguese Prime Minister Rui Costa on Monday.\n\n“Our two peoples share a language and a future,” the Vice President said.',
      [['direct', 'Helena Duarte', 'Our two peoples share']],
    ],
    [
      'she added after the title',
      'Brazilian Vice President Helena Duarte met Portuguese Prime Minister Rui Costa on Monday.\n\n“Our peoples share a language,” the Vice President said.\n\n“And we share an ocean,” she added.',
      [
        ['direct', 'Helena Duarte', 'Our peoples share a'],
        ['direct', 'Helena Duarte', 'And we share an'],
      ],
    ],
    [
      'a readout abbreviation (EAM)',
      'External Affairs Minister Dr. R. Menon held talks with Danish Foreign Minister Lars Holm in New Delhi.\n\nEAM underlined that India valued Denmark as a partner in green energy.',
      [['indirect', 'R. Menon', 'India valued Denmark as']],
    ],
    [
      'an abbreviation as the title before the name, then alone',
      'FM Ingrid Solberg received her Ghanaian counterpart Kofi Mensah in Oslo.\n\nThe FM stressed that Norway would double its support for fisheries research.',
      [['indirect', 'Ingrid Solberg', 'Norway would double its']],
    ],
    [
      'the Secretary (of State)',
      'Secretary of State Mark Ellison spoke with Egyptian Foreign Minister Karim Fahmy on Tuesday.\n\nThe Secretary underscored that humanitarian access must be expanded without delay.',
      [['indirect', 'Mark Ellison', 'humanitarian access must be']],
    ],
    [
      'the Deputy Secretary-General (UN note)',
      'Deputy Secretary-General Amara Diallo met the President of Chad, Idriss Kebir, in N’Djamena.\n\nThe Deputy Secretary-General said that the United Nations would stand by the people of Chad.',
      [['indirect', 'Amara Diallo', 'the United Nations would']],
    ],
    [
      'according to him',
      'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi.\n\nMwangi spoke about the railway. According to him, the line will reach the lake by 2030.',
      [['indirect', 'Daniel Mwangi', 'the line will reach']],
    ],
    [
      'according to the Foreign Minister',
      'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi.\n\nAccording to the Foreign Minister, both sides agreed to reopen the ferry route.',
      [['indirect', 'Grace Kimaro', 'both sides agreed to']],
    ],
    [
      'he said after a quote over two paragraphs',
      'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi.\n\nMwangi spoke about the railway.\n\n“The railway is our future. We will find the money for it.\n\n“Our children will ride it to school and to work,” he said.',
      [['direct', 'Daniel Mwangi', 'The railway is our']],
    ],
    [
      'the head of a delegation takes its country ("the Norwegian minister")',
      'President of Chile Ana Morales received a delegation of Norway led by Minister of Trade, Industry and Fisheries Erik Lunde.\n\nLunde conveyed the greetings of the Prime Minister of Norway Kari Vik and thanked the hosts.\n\nThe Norwegian minister said that his country was ready to invest in lithium refining.',
      [['indirect', 'Erik Lunde', 'his country was ready']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(brief(quotesOf(text))).toEqual(expected);
  });

  it('a deputy is not "the Minister"', () => {
    const qs = quotesOf('Deputy Foreign Minister Olga Petrenko met Swiss envoy Paul Meier.\n\n“We are ready,” the Minister said.');
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).not.toBe('Olga Petrenko');
  });
});

describe('unnamed and collective sources are named as described', () => {
  it.each([
    ['a government official (Kyodo style)', '“We are cautiously optimistic,” a Japanese government official said.', 'Japanese government official'],
    ['a diplomat with a who-clause (AFP style)', 'A German diplomat, who asked not to be named, said the talks had gone better than expected.', 'German diplomat'],
    ['a joint statement', 'The two countries will cooperate on fisheries, according to a joint statement issued after the talks.', 'joint statement'],
    ['a spokesman of a named leader is not the leader', '“The visit is postponed,” President Mwangi’s spokesman said.', 'President Mwangi’s spokesman'],
    ['a long description (Yonhap style)', 'A spokesperson for the Tanzanian presidential office said the visit went well.', 'spokesperson for the Tanzanian presidential office'],
    ['an outlet quoting someone (TASS style)', 'TASS quoted Kenyan government spokesman Isaac Mwaura as saying the border would reopen.', 'Isaac Mwaura'],
  ])('%s', (_name, body, speaker) => {
    const qs = quotesOf('Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi.\n\n' + body);
    expect(qs.map((q) => q.speaker)).toEqual([speaker]);
  });
});

it('"the Kremlin leader" is the leader of the body’s country (TASS style)', () => {
  const qs = quotesOf('Russian President Vladimir Orlov met Armenian Prime Minister Armen Sarkis in Moscow.\n\n“We are open to dialogue,” the Kremlin leader told reporters.');
  expect(qs.map((q) => q.speaker)).toEqual(['Vladimir Orlov']);
});

describe('a statement speaks for the body that issued it', () => {
  const LEAD = 'Indian Foreign Minister Ravi Menon met his Nepali counterpart Sita Thapa in Delhi on Friday.\n\n';
  it('"according to a joint statement issued by the Ministry … Friday" (Indian press)', () => {
    const qs = quotesOf(LEAD + 'According to a joint statement issued by the Ministry of Water Resources Friday, both ministers agreed to share flood data.');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([['Ministry of Water Resources', 'both ministers agreed to share flood data']]);
  });
  it('the body’s initials before "statement" refer back to it', () => {
    const qs = quotesOf(LEAD + 'According to a statement released by the Ministry of Water Resources, the ministers met for two hours.\n\n“Both sides will share flood data,” the MWR statement said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Ministry of Water Resources', 'Ministry of Water Resources']);
  });
  it('other initials are not that body', () => {
    const qs = quotesOf(LEAD + 'According to a statement released by the Ministry of Water Resources, the ministers met for two hours.\n\n“Both sides will share flood data,” the NDMA statement said.');
    expect(qs.map((q) => q.speaker)).toEqual(['Ministry of Water Resources', 'NDMA']);
  });
});

describe('a cue inside the sentence around a quoted fragment', () => {
  const LEAD = 'Czech Foreign Minister Jan Dvorak held talks with Polish Foreign Minister Marta Kowal in Prague on Monday.\n\n';
  it.each([
    ['a participle after the fragment belongs to the sentence’s subject, not to the name after it', 'The Czech minister called the talks “very useful”, noting two recent calls between Polish President Adam Nowak and the German chancellor.', 'Jan Dvorak'],
    ['"…, which he said was …": the pronoun after the relative word', 'Dvorak spoke of “growing pressure” on the border, which he said was a concern for both countries.', 'Jan Dvorak'],
    ['"after which he noted the … of “…”": a pronoun and speech verb inside the sentence', 'Kowal arrived in Prague on Monday, after which she noted the recent emergence of “serious tension” in the region.', 'Marta Kowal'],
  ])('%s', (_name, body, speaker) => {
    expect(quotesOf(LEAD + body).filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([speaker]);
  });
  it('a year as the subject of a bare reported clause ("said 2021 had been …")', () => {
    expect(quotesOf(LEAD + 'Dvorak said 2021 had been a record year for trade.').map((q) => [q.kind, q.speaker, q.text])).toEqual([['indirect', 'Jan Dvorak', '2021 had been a record year for trade']]);
  });
});

describe('a passive "was quoted as saying" names the one quoted', () => {
  const INTRO = 'Peruvian Ambassador Jorge Luis Valdez Carrillo noted the importance of high-level strategic talks incorporating top defense and diplomatic officials from both sides, following the court ruling, as they express both countries readiness to keep working on integration.\n\n';
  it.each([
    ['a pronoun, the agency after', '"Our countries face common challenges; hence the need to work together. This bilateral meeting shows our willingness and desire to focus on that goal," he was quoted as saying by Andina news agency.'],
    ['a surname, the agency before "as saying"', '"Our countries face common challenges; hence the need to work together. This bilateral meeting shows our willingness and desire to focus on that goal," Valdez was quoted by the agency as saying.'],
  ])('%s', (_what, text) => {
    expect(speakers(INTRO + text)).toEqual([['direct', 'Jorge Luis Valdez Carrillo', 'Our countries face']]);
  });
});

describe('he or she with no subject in reach: the one person of that gender the sentence before names', () => {
  it('also when that sentence closes the paragraph before', () => {
    const text = 'Ms Ana Vidal met Tomas Rojo on Thursday.\n\nThe jet-setting foreign minister appeared touched.\n\nThe two delegations took part in a welcoming ceremony, which involved Ms Vidal and her team singing a song.\n\n"I was really moved," she said.';
    expect(speakers(text)).toEqual([['direct', 'Ana Vidal', 'I was really']]);
  });
});

describe('a quote paragraph after a sentence that tells of a meeting "where X commended Y"', () => {
  it('is X’s, and so is the "he said" after it', () => {
    const text = 'Maritime border\n\nNot too long thereafter, the Ghanaian officials and their Ivorian counterparts held a bilateral meeting where President Kofi Mensah commended his colleague, Alassane Kone, for his show of statesmanship in the aftermath of the tribunal ruling on the maritime boundary between the two countries.\n\n“We realised there was a delicate moment when it came to this dispute.”\n\nThat notwithstanding, he said, “Your statesmanship made it possible for us to overcome that delicate moment.”';
    expect(speakers(text)).toEqual([['direct', 'Kofi Mensah', 'We realised there'], ['direct', 'Kofi Mensah', 'Your statesmanship made']]);
  });
});

describe('a body the text names without its country, or by its report', () => {
  it('"the Ministry of Foreign Affairs said here" under a capital’s dateline is that country’s ministry', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text = 'Nepal, India FMs hold phone talks\n\nKathmandu, Jan 7 (PTI) Nepal\'s Foreign Minister Narayan Khadka and his Indian counterpart S. Jaishankar held a telephonic conversation to discuss bilateral cooperation, the Ministry of Foreign Affairs said here.\n\n“The two foreign ministers exchanged best wishes on the occasion of New Year,” the ministry said.';
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(['Ministry of Foreign Affairs of Nepal']);
  });
  it('guard: not without anyone of the dateline’s country', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text = 'Talks\n\nWASHINGTON (Reuters) - Chinese Foreign Minister Wang Lei spoke by phone with envoys on Monday, the Foreign Ministry said.\n\n“The talks were candid,” the ministry said.';
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(['Foreign Ministry', 'Foreign Ministry']);
  });
  it.each([
    ['a ministry the sentence places in another capital', 'Talks\n\nMOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met envoys on Monday. In Kyiv, the Foreign Ministry called the talks “pure theatre and nothing more”.'],
    ['a statement posted in another capital', 'Talks\n\nTOKYO (Reuters) - Japanese Foreign Minister Taro Kono met Chinese Ambassador Wu Jianghao on Monday. “The protest is firm,” the Foreign Ministry said in a statement posted in Beijing.'],
  ])('guard: not %s', async (_what, text) => {
    const { analyze } = await import('../../src/assemble/document.js');
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(['Foreign Ministry']);
  });
  it('"The report emphasizes that …" goes on with the body whose statement it is', () => {
    const text = 'Call\n\nRussian President Vladimir Putin and President Alexander Lukashenko spoke by phone on Saturday.\n\nAccording to the Kremlin’s press service, the two presidents discussed the situation in Belarus.\n\nThe report emphasizes that the conversation was held at the initiative of Alexander Lukashenko.';
    expect(speakers(text).map((q) => q[1])).toEqual(['Kremlin’s press service', 'Kremlin’s press service']);
  });
});

describe('guards of this round’s rules', () => {
  it.each([
    ['someone who works for a person is not that person', 'Talks\n\nPresident William Ruto met Yoweri Museveni.\n\n"We agree on the border," an aide to President Ruto was quoted as saying by the Daily Nation.',
      [['direct', null, 'We agree on']]],
    ['a round of interviews, then quotations in a list, each after its topic', 'Talks in Geneva\n\nSecretary Ana Vidal met Vice Premier Li Wen in Geneva.\n\n**Secretary Vidal then made the rounds on television to inform the public of the deal:**\n\n-   [On negotiations](https://x.com/a/1): “It was always respectful. We came with a list of problems.”\n-   On trade: “This is a priority and we moved forward.”',
      [['direct', 'Ana Vidal', 'It was always'], ['direct', 'Ana Vidal', 'This is a']]],
    // (a topic that names someone else does not open the item: the quotation is not carried past it)
    ['a list item that names another speaker before the quotation', 'Talks in Geneva\n\nSecretary Ana Vidal met Vice Premier Li Wen in Geneva.\n\nSecretary Vidal then delivered a speech. Here are the top moments:\n\n-   Senator Tomas Rojo on trade: “This is a priority and we moved forward.”',
      [['direct', 'Tomas Rojo', 'This is a']]],
    // (a paragraph's own opening is no list item's topic: the quotation is nobody's)
    ['a paragraph that opens on "On …" before a quotation', 'Talks\n\nPresident Ana Vidal met Prime Minister Tomas Rojo.\n\n“We agreed on a great deal,” Vidal said after the talks.\n\nOn the streets of Oslo, the mood was less upbeat: “Nothing will change for us.”',
      [['direct', 'Ana Vidal', 'We agreed on'], ['direct', null, 'Nothing will change']]],
    ['aides to a person are not that person', 'Talks\n\nPresident Ana Vidal met Prime Minister Tomas Rojo.\n\n“We are ready to help,” aides to the President said.',
      [['direct', 'aides to the President', 'We are ready']]],
    ['a body’s spokesman speaks for the body', 'Talks\n\nForeign Minister Wang Lei met Foreign Minister Penny Wong.\n\n“The talks were candid,” a spokesman for the Foreign Ministry said.',
      [['direct', 'Foreign Ministry', 'The talks were']]],
    ['a woman named in passing closing the paragraph before is not the "she" who speaks', 'Talks\n\nForeign Minister Penny Wong met Chinese officials on Monday.\n\nThe visit came after calls for the release of detained journalist Cheng Lei.\n\n“I raised her case directly,” she said.',
      [['direct', 'Penny Wong', 'I raised her']]],
    ['"X to Y:" is X speaking to Y', 'Talks\n\nPresident William Ruto met President Yoweri Museveni.\n\nPresident Ruto to President Museveni: “Our borders must remain open.”',
      [['direct', 'William Ruto', 'Our borders must']]],
    ['a long sentence "…, during which X thanked …" before a quote of no cue', 'Talks\n\nThe Kenyan and Ugandan delegations met at State House in Nairobi on Monday for the first session of the joint commission in a decade, during which President Yoweri Museveni thanked Kenya for its support.\n\n“Kenya has been a good neighbour.”',
      [['direct', 'Yoweri Museveni', 'Kenya has been']]],
    ['a meeting before this one is not the occasion of the quote', 'Talks\n\nPrime Minister Narendra Modi received Prime Minister Anthony Albanese in New Delhi.\n\nThe visit followed the G20 summit in Bali last year, where Albanese praised India’s presidency and the two leaders agreed to meet again soon in the capital of one of their two countries.\n\n“India is a trusted partner.”',
      [['direct', null, 'India is a']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('two fragments in one sentence, the cue closing the sentence', () => {
  it.each([
    ['both are the cue’s', 'Talks\n\nPresident Ona Kairyte met Prime Minister Jan Nowak in Vilnius.\n\nThe Lithuanian and Polish leaders also discussed the war and agreed on the need “to further consolidate allies” to ensure that support to Ukraine is “rapid and effective”, the President’s Office said in a press release.',
      [['direct', 'President’s Office', 'to further consolidate'], ['direct', 'President’s Office', 'rapid and effective']]],
    ['guard: a cue in the middle of the sentence is not the closing one', 'Talks\n\nPresident Ona Kairyte met Prime Minister Jan Nowak in Vilnius.\n\nThe Lithuanian and Polish leaders spoke of “a new chapter” and of support that is “rapid and effective”, the office said, before the leaders left for a dinner where the press asked questions about the border and the budget.',
      [['direct', 'office', 'rapid and effective']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a person introduced with two offices', () => {
  it.each([
    ['the first office, capitalised', 'the Deputy Prime Minister added'],
    ['the first office, lower case', 'the deputy prime minister added'],
  ])('is named by %s', (_what, cue) => {
    const text = `Call\n\nThe Italian Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation, Antonio Rossi, had a long telephone conversation today with US Secretary of State Mark Hale.\n\nIn recalling Italy's support for the mediation efforts, ${cue} that “coordination with Washington is crucial to devising a strategy”.`;
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual([['direct', 'Antonio Rossi', 'coordination with Washington']]);
  });
});

describe('a bare family name two people share', () => {
  it('is the one of them who spoke last', () => {
    const text = 'SEOUL -- South Korean President Lee Min-ho held talks on Sunday with a delegation from the North.\n\nDuring the meeting, the delegation delivered an oral message to the President, presidential spokesman Lee Jae-sung said at a press briefing.\n\nThe message was about the progress of relations, according to Lee.\n\nLee said that the meeting was held in a warm mood.';
    expect(quotesOf(text).map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', 'Lee Jae-sung'],
      ['indirect', 'Lee Jae-sung'],
      ['indirect', 'Lee Jae-sung'],
    ]);
  });
});

describe('the same unnamed speaker, referred to again', () => {
  it('"the official added" after "a senior Japanese official said"', () => {
    const qs = quotesOf(
      'Japanese Prime Minister Taro Sato met South Korean President Lee Min-jun in Tokyo.\n\n“The leaders agreed to resume shuttle diplomacy,” said a senior Japanese official, who spoke on condition of anonymity.\n\nThe official added that a joint declaration was not expected.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['senior Japanese official', 'senior Japanese official']);
  });
});

describe('reporting frames', () => {
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi.\n\n';
  it.each([
    ['conveyed that (MEA readout)', 'Mwangi conveyed that Kenya was ready to host the next round.', ['Daniel Mwangi', 'Kenya was ready to host the next round', 'conveyed']],
    ['did not rule out that (Reuters)', 'Kimaro did not rule out that talks could resume in May.', ['Grace Kimaro', 'talks could resume in May', 'did not rule out']],
    ['told + object + time adverbial + that (AP)', 'Mwangi told her during a phone call on Tuesday that Kenya would open the border.', ['Daniel Mwangi', 'Kenya would open the border', 'told']],
    [
      'a long subject, a first verb, and expressed confidence (Xinhua)',
      'The Tanzanian foreign minister welcomed the decision on the border posts and expressed confidence that it would boost trade.',
      ['Grace Kimaro', 'it would boost trade', 'expressed confidence'],
    ],
    ['and + speech verb + that', 'Mwangi praised the new customs rules, which took effect in May, and noted that queues had shrunk.', ['Daniel Mwangi', 'queues had shrunk', 'noted']],
    ['made clear that (ministry)', 'Kimaro made clear that Tanzania would not accept new tariffs.', ['Grace Kimaro', 'Tanzania would not accept new tariffs', 'made clear']],
    ['reassured + object + that (Pacific daily)', 'Minister Kimaro reassured Kenya that Tanzania was committed to normalizing its bilateral relations and re-engagement.', ['Grace Kimaro', 'Tanzania was committed to normalizing its bilateral relations and re-engagement', 'reassured']],
    [
      'a long participial opener before the subject (VNA)',
      'Welcoming the Tanzanian minister on her visit to co-chair the third session of the joint commission, Mwangi said that Kenya valued the partnership.',
      ['Daniel Mwangi', 'Kenya valued the partnership', 'said'],
    ],
    ['a parenthetical adverb before that (Jakarta Post)', 'Mwangi cautioned, however, that Kenyan refiners could resist the deal.', ['Daniel Mwangi', 'Kenyan refiners could resist the deal', 'cautioned']],
    ['a clause whose subject has a relative clause (Bloomberg)', 'Kimaro said Tanzania, which mines much of the region’s gold, wanted to refine more at home.', ['Grace Kimaro', 'Tanzania, which mines much of the region’s gold, wanted to refine more at home', 'said']],
    ['a long apposition, a first verb and "but made clear that" (Euronews)', 'Kimaro, a veteran diplomat who served as ambassador to Nairobi, welcomed the visit but made clear that Tanzania had not dropped its claim.', ['Grace Kimaro', 'Tanzania had not dropped its claim', 'made clear']],
    ['doubted that (MercoPress)', 'Kimaro doubted that the talk of flexibility would change much.', ['Grace Kimaro', 'the talk of flexibility would change much', 'doubted']],
    // a stance its subject states, held by a government or country ("the U.S. position that", "the Administration's demand that")
    ['reiterated + a named holder’s position + that (White House readout)', 'Mwangi reiterated the Kenyan Government’s position that the border must stay open.', ['Daniel Mwangi', 'the border must stay open', 'reiterated the Kenyan Government’s position']],
    ['reiterated + the U.S. demand + that', 'Kimaro reiterated the U.S. demand that the regime release all prisoners.', ['Grace Kimaro', 'the regime release all prisoners', 'reiterated the U.S. demand']],
    ['a courtesy title before the subject of a stance (readout)', 'Kimaro met Mr. Otieno. Mr. Otieno reiterated his belief that the border must stay open.', ['Otieno', 'the border must stay open', 'reiterated his belief']],
    // a named person's announcement is that person's words, whoever the subject is; it ends at the subject's next verb
    ['a titled person’s announcement that (White House readout)', 'Mwangi welcomed Minister Kimaro’s announcement that Tanzania will open the border and encouraged her to move fast.', ['Grace Kimaro', 'Tanzania will open the border', 'announcement']],
    // a report in a series of the subject's verbs ends where the next verb of the series comes
    ['a series of verbs, one of them "underscored that" (White House readout)', 'Mwangi voiced support for the traders, underscored that the border must stay open, and condemned the attacks on trucks.', ['Daniel Mwangi', 'the border must stay open', 'underscored']],
    ['a pronoun, a first verb, and said (MFA readout)', 'Kimaro arrived on Monday. She expressed appreciation for Kenya’s support and said Tanzania is ready to deepen cooperation.', ['Grace Kimaro', 'Tanzania is ready to deepen cooperation', 'said']],
  ])('%s', (_name, body, [speaker, text, cue]) => {
    const ind = quotesOf(INTRO + body).filter((q) => q.kind === 'indirect');
    expect(ind.map((q) => [q.speaker, q.text, q.cue])).toEqual([[speaker, text, cue]]);
  });

  it.each([
    // (a series verb that takes a noun phrase reports nothing; a stance noun with a relative clause after it neither)
    ['Mwangi voiced support for the traders, stressed the need for calm, and condemned the attacks.'],
    ['Mwangi reiterated the commitment that the two ministers made last year.'],
    ['Mwangi welcomed the country’s announcement that it will open the border.'],
  ])('guard: %s', (body) => {
    expect(quotesOf(INTRO + body).filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('", noting that …" and "… but that …" are second reports of the same speaker (Jakarta Post, Reuters)', () => {
    const ind = quotesOf(INTRO + 'Mwangi said Kenya was ready to offer technical help, noting that illegal fishing cost the region millions. Kimaro said Tanzania wanted the flows restored soon but that payments had to be settled first.').filter((q) => q.kind === 'indirect');
    expect(ind.map((q) => [q.speaker, q.text])).toEqual([
      ['Daniel Mwangi', 'Kenya was ready to offer technical help'],
      ['Daniel Mwangi', 'illegal fishing cost the region millions'],
      ['Grace Kimaro', 'Tanzania wanted the flows restored soon'],
      ['Grace Kimaro', 'payments had to be settled first'],
    ]);
  });

  it('"adding that" after a quote goes to the quote’s speaker (ministry press release)', () => {
    const qs = quotesOf(INTRO + '“We will sign an agreement next year,” the Tanzanian minister told a news conference, adding that experts would meet in May.');
    expect(qs.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['direct', 'Grace Kimaro', 'We will sign an agreement next year,'],
      ['indirect', 'Grace Kimaro', 'experts would meet in May'],
    ]);
  });

  it('"told about … that was held" is no report', () => {
    expect(quotesOf(INTRO + 'He told about the results of the session that was held in Arusha.').filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

describe('a short quoted fragment inside reported speech is its speaker’s direct quote', () => {
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi.\n\n';
  it.each([
    ['at the end of the clause (Reuters)', 'Mwangi said he had raised the issue of fishing rights “calmly but firmly.”', 'Daniel Mwangi', 'calmly but firmly.'],
    ['in the middle (Xinhua)', 'Kimaro said the two sides had discussed the border “in detail” and agreed to meet again.', 'Grace Kimaro', 'in detail'],
    ['straight marks, after told (AP)', 'Mwangi told Kimaro that Kenya hoped both sides would "properly manage differences" at sea.', 'Daniel Mwangi', 'properly manage differences'],
    ['with an unnamed source after it (Kyodo)', 'The talks produced “concrete progress”, a Kenyan official said.', 'Kenyan official', 'concrete progress'],
  ])('%s', (_name, body, speaker, text) => {
    const qs = quotesOf(INTRO + body);
    expect(qs.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text])).toEqual([[speaker, text]]);
    if (!body.startsWith('The talks')) expect(qs.filter((q) => q.kind === 'indirect').map((q) => q.speaker)).toEqual([speaker]);
  });

  it.each([
    ['no speech verb', 'Mwangi welcomed the "very good" plan and left.'],
    ['a title', 'Mwangi said he would attend the “Blue Economy Summit” in May.'],
    ['so-called', 'Mwangi said the so-called “reset” had failed.'],
    ['a letter alone (a platform\'s name)', 'Mwangi said in a post on ‘X’ that the talks went well.'],
  ])('but not with %s', (_name, body) => {
    expect(quotesOf(INTRO + body).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('transcript turns', () => {
  const LEAD = 'Talks in Moscow\n\nVladimir Orlov held talks with President of Armenia Armen Sarkis.\n\n';
  it.each([
    ['title-first label with the speech on the same line', 'President of Russia Vladimir Orlov: Mr President, friends, welcome to Moscow.', [['transcript', 'Vladimir Orlov', 'Mr President, friends, welcome']]],
    ['title-first label on its own line', 'President of Armenia Armen Sarkis:\n\nThank you for the invitation, Mr President.', [['transcript', 'Armen Sarkis', 'Thank you for the']]],
    ['a note in the label', 'Armen Sarkis (via interpreter): Thank you, Mr President, for the warm welcome.', [['transcript', 'Armen Sarkis', 'Thank you, Mr President,']]],
    [
      'the last turn ends where the narrative resumes',
      'Vladimir Orlov: Welcome, Mr President. We have much to discuss today.\n\nFollowing the talks, Orlov and Sarkis signed a memorandum on energy.\n\nThe documents will be published later.',
      [['transcript', 'Vladimir Orlov', 'Welcome, Mr President. We']],
    ],
    [
      'a dateline ends it too',
      'Vladimir Orlov: Welcome, Mr President. We have much to discuss today.\n\nMOSCOW, March 3 (Wire) -- Armenia will buy more Russian gas next year.',
      [['transcript', 'Vladimir Orlov', 'Welcome, Mr President. We']],
    ],
  ])('%s', (_name, body, expected) => {
    const qs = quotesOf(LEAD + body);
    expect(brief(qs)).toEqual(expected);
    expect(qs[0].text).not.toMatch(/Following|MOSCOW|memorandum/);
  });

  it('speech that talks about the past in the third person stays in the turn', () => {
    const qs = quotesOf(LEAD + 'Vladimir Orlov: Welcome, Mr President.\n\nAfter the war, Armenia and Russia rebuilt their cities together.\n\nWe remember it.');
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toMatch(/rebuilt .* We remember it\.$/);
  });

  it('a headline-like label with a short fragment is no turn', () => {
    expect(quotesOf(LEAD + 'President of Armenia Armen Sarkis: ties strong').filter((q) => q.kind === 'transcript')).toEqual([]);
  });

  it('the Kremlin-style fixture: two turns, the narrative after them is not speech', () => {
    const qs = quotesOf(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/invented/quotes-transcript-titled.txt'), 'utf8'));
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([
      ['transcript', 'Vladimir Orlov'],
      ['transcript', 'Armen Sarkis'],
    ]);
    expect(qs[1].text).toMatch(/issues you mentioned\.$/);
  });
});

describe('the most salient fitting person speaks, not one named in passing', () => {
  it.each([
    [
      'a head of state mentioned in a subordinate clause (BelTA style)',
      'MINSK, 12 May (Agency) – Belarusian President Aleksandr Lukov met Omani Foreign Minister Badr Said in Minsk on Monday.\n\n' +
        'Lukov said Belarus was ready to supply tractors to Oman. Lukov also praised Oman’s mediation efforts.\n\n' +
        'The minister conveyed greetings from Egyptian President Omar Nabil, who visited Muscat last week.\n\n' +
        '“We have good prospects in agriculture,” the head of state said.',
      'Aleksandr Lukov',
    ],
    [
      'a president named once in a quote-free aside (Anadolu style)',
      'ANKARA – Turkish President Kemal Arslan received Kazakh Prime Minister Nurlan Abenov at the presidential complex.\n\n' +
        'Arslan and Abenov discussed energy. Arslan later hosted a dinner for the delegation.\n\n' +
        'The talks came a week after Iranian President Reza Karimi called for a regional summit.\n\n' +
        '“Our trade will reach ten billion dollars,” the president said.',
      'Kemal Arslan',
    ],
  ])('%s', (_name, text, speaker) => {
    const qs = quotesOf(text).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => q.speaker)).toEqual([speaker]);
  });

  it('a headline is no attribution source', () => {
    const qs = quotesOf('Lukov: Belarus and Oman to expand trade\n\n“We have good prospects in agriculture and industry.”\n\nBelarusian President Aleksandr Lukov met Omani Foreign Minister Badr Said in Minsk.');
    expect(qs.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('who a readout means, learned from the text', () => {

  it('a title-case headline verb is no name ("Foreign Minister Holds Talks")', () => {
    const text =
      'Chilean Foreign Minister Holds Talks with Peruvian Counterpart\n\n' +
      'Santiago, 4 May 2025 – Minister of Foreign Affairs of the Republic of Chile Tomas Reyes held talks with Minister of Foreign Affairs of the Republic of Peru Lucia Quispe.\n\n' +
      'According to the Chilean Foreign Minister, trade between the two countries grew by a fifth last year.\n\n' +
      '“Our ports are ready for more cargo,” the Peruvian Minister said.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Tomas Reyes', 'trade between the'],
      ['direct', 'Lucia Quispe', 'Our ports are'],
    ]);
  });

  it('an opening participle is no given name, and "For her part" says who is a woman', () => {
    const text =
      'Hanoi (VNA) – Foreign Minister Tran Van Minh held talks in Hanoi on March 13 with Kenyan Foreign Minister Amina Otieno.\n\n' +
      'Welcoming Otieno on her first visit, Minh affirmed that Vietnam values its ties with Kenya.\n\n' +
      'For her part, Otieno thanked the hosts and said Kenya regards Vietnam as a gateway to ASEAN.\n\n' +
      'The Vietnamese official praised Kenyan tea. Otieno’s delegation includes business leaders. “We should turn this potential into projects,” he said.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Tran Van Minh', 'Vietnam values its'],
      ['indirect', 'Amina Otieno', 'Kenya regards Vietnam'],
      ['direct', 'Tran Van Minh', 'We should turn'],
    ]);
  });

  it('"the head of state" is the man who opens the lead, below the date line and photo bullets', () => {
    const text =
      'Meeting with Vice President of Vietnam Nguyen Thi Lan\n\n18 July 2025\n\n  • 1\n  • 2\n\n' +
      'Pavel Korotkevich met with Vice President of Vietnam Nguyen Thi Lan on 18 July in Minsk.\n\n' +
      'The head of state asked the guest to convey his greetings to Hanoi and confirmed that he had accepted the invitation to visit Vietnam.';
    expect(speakers(text)).toEqual([['indirect', 'Pavel Korotkevich', 'he had accepted']]);
  });
});

describe('who a wire story means, learned from the text', () => {

  it('"The CS said": an abbreviation of the title the person was introduced with (Kenyan daily)', () => {
    const text =
      'Kenya is seeking investment in fish ports, Foreign Affairs Cabinet Secretary Daniel Mutai has said.\n\n' +
      'The CS said the talks had also touched on maritime security.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Daniel Mutai', 'Kenya is seeking'],
      ['indirect', 'Daniel Mutai', 'the talks had'],
    ]);
  });

  it('a long opener before the subject, then "he said" and the paragraphs of a quote after it', () => {
    const text =
      'Kenyan Foreign Minister Daniel Mutai met Indonesian Foreign Minister Ratna Wulandari in Jakarta on March 11.\n\n' +
      'Asked whether Nairobi was turning away from its traditional partners in Europe and the Gulf, Mr Mutai was emphatic.\n\n' +
      '“We are not going to Asia to replace anybody,” he said.\n\n' +
      '“Kenya’s foreign policy is about partnerships.\n\n“Our farmers care about the price.”\n\n' +
      '"We will be back in Jakarta before the end of the year."';
    expect(speakers(text).map(([, s]) => s)).toEqual(['Daniel Mutai', 'Daniel Mutai', 'Daniel Mutai']);
  });

  it('a one-sentence paragraph about a person, then their quote; an inverted attribution names a person', () => {
    const text =
      'German Foreign Minister Katrin Vollmer met Polish Foreign Minister Tomasz Wierzbicki in Warsaw on Thursday.\n\n' +
      'On reparations, Wierzbicki was blunt.\n\n' +
      '“Poland has never received compensation proportional to what it lost.”\n\n' +
      '“Both governments need this relationship to work,” said Agnieszka Lewandowska of the Polish Institute of International Affairs. She said she expected the two ministers to meet again.';
    expect(speakers(text)).toEqual([
      ['direct', 'Tomasz Wierzbicki', 'Poland has never'],
      ['direct', 'Agnieszka Lewandowska', 'Both governments need'],
      ['indirect', 'Agnieszka Lewandowska', 'she expected the'],
    ]);
  });

  it('an opener with a relative clause before the subject', () => {
    const text =
      'Uruguayan Foreign Minister Gabriela Olivera met her Argentine counterpart in Buenos Aires on Monday.\n\n' +
      'On the European deal, whose negotiations were concluded in Montevideo last December after a quarter of a century, Olivera said: "We have waited 25 years for the agreement."';
    expect(speakers(text)).toEqual([['direct', 'Gabriela Olivera', 'We have waited']]);
  });
});

describe('quoted fragments inside a sentence', () => {
  const INTRO = 'Kenyan Foreign Minister Daniel Mutai met Cambodian Deputy Prime Minister and Foreign Minister Sok Vannarith in Phnom Penh on Tuesday.\n\n';

  it('a fragment the sentence runs on from is its subject’s, and so is the clause after "and said"', () => {
    expect(speakers(INTRO + 'Mutai, for his part, called Cambodia “a natural partner” for Kenya and said Kenyan tea could find a larger market there.')).toEqual([
      ['direct', 'Daniel Mutai', 'a natural partner'],
      ['indirect', 'Daniel Mutai', 'Kenyan tea could'],
    ]);
  });

  it('a run-on fragment attributed after a later comma', () => {
    expect(speakers(INTRO + 'Kenya will “always be a partner” for Cambodia, the Kenyan minister said on Tuesday.')).toEqual([
      ['indirect', 'Daniel Mutai', 'Kenya will “always'],
      ['direct', 'Daniel Mutai', 'always be a'],
    ]);
  });

  it('a country before two joined titles is the person’s ("Cambodian Deputy Prime Minister and Foreign Minister")', () => {
    expect(speakers(INTRO + '"Cambodia is not a safe haven for criminals," the Cambodian minister said.')).toEqual([['direct', 'Sok Vannarith', 'Cambodia is not']]);
  });
});

describe('subjects with initials, conjunctions and relative clauses', () => {
  const INTRO = 'Polish Foreign Minister Paweł Zaremba received German Foreign Minister Annegret Vollmer in Warsaw on Monday for talks that Zaremba later described as "open and constructive."\n\n';

  it('"…, External Affairs Minister S. Venkatraman said": an initial inside a trailing subject', () => {
    expect(speakers(INTRO + 'India will “always be the first responder” for the Maldives, External Affairs Minister S. Venkatraman said on Thursday.')).toEqual([
      ['direct', 'Paweł Zaremba', 'open and constructive.'],
      ['indirect', 'S. Venkatraman', 'India will “always'],
      ['direct', 'S. Venkatraman', 'always be the'],
    ]);
  });

  it.each([
    ['an aside between typed double dashes', 'Ms. Vollmer -- whose party signed the treaty -- said that Berlin regarded the question as closed.', [['Annegret Vollmer', 'Berlin regarded the']]],
    ['an aside between dashes before a participle report', 'Ms. Vollmer — whose party signed the treaty — has derided the plan, suggesting that efforts to revive it are misguided.', [['Annegret Vollmer', 'efforts to revive']]],
    ['a report inside an opening "Although" clause, and one in the main clause', 'Although Vollmer acknowledged that the talks were hard, she maintained that Berlin regarded the question as closed.', [['Annegret Vollmer', 'the talks were'], ['Annegret Vollmer', 'Berlin regarded the']]],
    ['a belief whose clause opens with a noun phrase without a determiner', 'Vollmer believes cooperation on energy security is critical. Zaremba thinks bilateral trade ties are the foundation of the partnership.', [['Annegret Vollmer', 'cooperation on energy'], ['Paweł Zaremba', 'bilateral trade ties']]],
    ['but not a belief in something', 'Vollmer believes in cooperation on energy security and was firm about it.', []],
    ['a report inside an opening "While" clause ends where the main clause begins', 'While Vollmer said the talks were hard, long and tiring, the two ministers parted as friends.', [['Annegret Vollmer', 'the talks were']]],
  ])('%s', (_name, sentence, expected) => {
    const reports = quotesOf(INTRO + sentence).filter((q) => q.kind === 'indirect');
    expect(reports.map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual(expected);
    if (sentence.startsWith('While')) expect(reports[0].text).toBe('the talks were hard, long and tiring');
  });

  it('"But she made clear that …", and "Ms. X thanked … and said …"', () => {
    expect(speakers(INTRO + 'Vollmer acknowledged a special responsibility. But she made clear that Berlin regarded the question as closed.\n\nMs. Vollmer thanked Poland for its help and said Berlin valued the partnership.').slice(1)).toEqual([
      ['indirect', 'Annegret Vollmer', 'Berlin regarded the'],
      ['indirect', 'Annegret Vollmer', 'Berlin valued the'],
    ]);
  });
});

describe('wire ledes and labels', () => {

  it('a dateline before the subject, and "Indonesia’s foreign minister" named only in the next paragraph', () => {
    const text =
      'Indonesia presses China on sea code\n\n' +
      'BEIJING, March 12 (Reuters) - Indonesia\'s foreign minister told her Chinese counterpart on Tuesday that Jakarta wanted "concrete progress" on a code of conduct.\n\n' +
      'Indonesian Foreign Minister Dewi Kartikasari met China\'s Foreign Minister Zhao Mingyuan in Beijing.\n\n' +
      'Tbilisi (AFP) - Zhao told reporters on Friday that Beijing was "willing to talk" about fishing.';
    expect(speakers(text)).toEqual([
      ['indirect', 'Dewi Kartikasari', 'Jakarta wanted "concrete'],
      ['direct', 'Dewi Kartikasari', 'concrete progress'],
      ['indirect', 'Zhao Mingyuan', 'Beijing was "willing'],
      ['direct', 'Zhao Mingyuan', 'willing to talk'],
    ]);
  });

  it('"Judge" and "Chief Justice" are titles: "Circuit Court Judge David McKeague", then "McKeague wrote"', () => {
    const text =
      'Court upholds voting law\n\n' +
      'In May, a U.S. District Court judge sided with the plaintiffs. That ruling was overturned on Tuesday.\n\n' +
      'Circuit Court Judge David McKeague, writing for the majority, said the voting period “is really quite generous.”\n\n' +
      '“Judicial restraint is in order,” McKeague wrote.';
    expect(speakers(text)).toEqual([
      ['direct', 'David McKeague', 'is really quite'],
      ['direct', 'David McKeague', 'Judicial restraint is'],
    ]);
  });

  it('a dateline of a day and the agency alone: "Dec 29 (Reuters) - X on Tuesday said that …"', () => {
    const text =
      'Minister calls talks useful\n\n' +
      'Dec 29 (Reuters) - Indonesian Foreign Minister Dewi Kartikasari on Tuesday said that the talks in Beijing had been useful.';
    expect(speakers(text)).toEqual([['indirect', 'Dewi Kartikasari', 'the talks in']]);
  });

  it('a quoted modifier of a noun and a label the text applies are no quotes', () => {
    const text =
      "EU commissioner warns Georgia over 'foreign influence' law\n\n" +
      'EU Commissioner Katarzyna Nowicka met Georgian Prime Minister Giorgi Beridze in Tbilisi on Friday.\n\n' +
      'The law requires organisations funded from abroad to register as "pursuing the interests of a foreign power".';
    expect(speakers(text)).toEqual([]);
  });
});

describe('offices named around a person', () => {

  it('"the head of Polish diplomacy", "the Head of the Kazakh diplomatic service": the foreign minister', () => {
    const text =
      'Polish Foreign Minister Tomasz Wierzbicki received Kazakh Foreign Minister Daniyar Sarsenbayev in Warsaw on Monday.\n\n' +
      '"Kazakhstan is a key partner," the head of Polish diplomacy said.\n\n' +
      '“Our ties are deep,” the Head of the Kazakh diplomatic service stressed.';
    expect(speakers(text)).toEqual([
      ['direct', 'Tomasz Wierzbicki', 'Kazakhstan is a'],
      ['direct', 'Daniyar Sarsenbayev', 'Our ties are'],
    ]);
  });

  it('"the Minister for Food and Agriculture, Mr X" is X, not the minister named before', () => {
    const text =
      'Moroccan Minister of Foreign Affairs Karim Benjelloun met President Kwame Asante in Accra on Monday.\n\n' +
      'Last month, the Minister for Food and Agriculture, Mr Yaw Mensah-Bonsu, announced that Ghana would need more fertiliser.';
    expect(speakers(text)).toEqual([['indirect', 'Yaw Mensah-Bonsu', 'Ghana would need']]);
  });
});

describe('readout descriptions: a deputy, and the guest', () => {

  it('"the Deputy Minister" is the deputy just quoted, not a full minister', () => {
    const text =
      'On 22 April, Deputy Minister of Foreign Affairs of Russia Grigory Lentsov held consultations in Moscow with Deputy Minister of Foreign Affairs of Indonesia Ratna Wulandari.\n\n' +
      'Foreign Minister Konstantin Andreyev later received the delegation.\n\n' +
      'Grigory Lentsov said that the talks had been substantive. «We see Indonesia as a key partner,» the Deputy Minister stressed.';
    expect(speakers(text).map(([, s]) => s)).toEqual(['Grigory Lentsov', 'Grigory Lentsov']);
  });

  it('"the guest" after two presidents "held talks": the one just named', () => {
    const text =
      'MINSK, 14 March (BelTA) – Belarusian President Mikhail Zhuravsky and President of Uzbekistan Bakhtiyor Nazarov held talks in Minsk on 14 March.\n\n' +
      'Bakhtiyor Nazarov thanked his Belarusian counterpart for the warm welcome. “Minsk is a city where we always feel at home,” the guest said.';
    expect(speakers(text)).toEqual([['direct', 'Bakhtiyor Nazarov', 'Minsk is a']]);
  });
});

describe('press stakeouts, interviews and headlines', () => {

  // (a reporter's question ends the turn before it and is no one's quote)
  it('a speaker label that comes back after a question is still a turn', () => {
    const text =
      'Text of the press stakeout\n\nISLAMABAD: Foreign Minister Sadia Rehman and Uzbek Foreign Minister Alisher Nazarov held talks on Wednesday.\n\n' +
      'Foreign Minister Sadia Rehman:\nWe had very productive talks today.\n\nForeign Minister Alisher Nazarov:\nThank you for your warm hospitality.\n\n' +
      'Question: Madam Minister, have you discussed security guarantees?\n\nForeign Minister Sadia Rehman:\nThis is a trilateral project and Afghanistan is a partner in it.';
    expect(speakers(text)).toEqual([
      ['transcript', 'Sadia Rehman', 'We had very'],
      ['transcript', 'Alisher Nazarov', 'Thank you for'],
      ['transcript', 'Sadia Rehman', 'This is a'],
    ]);
  });

  it('"Q: … ¶ A: …" answers are the interviewee’s, and a headline quote goes to the name after its colon', () => {
    const text =
      'Fishermen issue raised ‘every time we meet’: EAM Raghunathan in Colombo\n\n' +
      'External Affairs Minister Meera Raghunathan held talks with Sri Lankan Foreign Minister Nimal Wijesinghe in Colombo on Saturday.\n\n' +
      'Later, Ms. Raghunathan spoke to Indian journalists. Edited excerpts:\n\n' +
      'Q: Did you raise the issue of Indian fishermen?\n\nA: Yes, I raised it, as I do every time we meet.\n\nThis is a livelihood issue.\n\n' +
      'Q: When will the ferry resume?\n\nA: The technical issues have been resolved.';
    expect(speakers(text)).toEqual([
      ['direct', 'Meera Raghunathan', 'every time we'],
      ['transcript', 'Meera Raghunathan', 'Yes, I raised'],
      ['transcript', 'Meera Raghunathan', 'The technical issues'],
    ]);
  });
});

describe('sources given after "according to"', () => {
  const speakers = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  const INTRO = 'Saudi Minister of State Khalid Al-Harbi met Indonesian Deputy Foreign Minister Ayu Prameswari in Riyadh on Sunday.\n\n';

  it.each([
    ['a long source: the noun phrase', 'RIYADH: The two countries agreed to set up an investment council, according to a joint statement issued after talks between the two ministers in Riyadh on Sunday.', 'joint statement', 'The two countries'],
    ['a document issued by someone: that someone', 'The two sides discussed regional integration, according to a statement issued by the Ministry of Foreign Affairs.', 'Ministry of Foreign Affairs', 'The two sides'],
    ['people from somewhere: the people', 'They discussed joint production of engines and port security, according to officials from both sides.', 'officials', 'They discussed joint'],
  ])('%s', (_name, body, speaker, start) => {
    expect(speakers(INTRO + body)).toEqual([[speaker, start]]);
  });
});

describe('speakers inside a relative clause, and a fragment before the report', () => {
  const INTRO = 'Argentine Foreign Minister Federico Anchorena met Chilean Foreign Minister Rosa Errázuriz in Buenos Aires on Monday.\n\n';

  it('"…, whose president, X, told reporters that …" is X’s', () => {
    expect(speakers(INTRO + 'Before the meeting, Anchorena met a delegation of the Chamber of Mining Companies, whose president, Martín Olazábal, told reporters that the sector was awaiting new rules on lithium exports.')).toEqual([
      ['indirect', 'Martín Olazábal', 'the sector was'],
    ]);
  });

  it('a quoted fragment before "and said that" is the same person’s', () => {
    expect(speakers(INTRO + 'For her part, Errázuriz expressed appreciation for Argentina\'s "humanitarian and development role," and said that Chile looked forward to the next meeting.')).toEqual([
      ['direct', 'Rosa Errázuriz', 'humanitarian and development'],
      ['indirect', 'Rosa Errázuriz', 'Chile looked forward'],
    ]);
  });
});

describe('what the review of this round found', () => {
  const speakers = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 4).join(' ')]);
  const INTRO = 'Russian Foreign Minister Sergei Lavrov met US envoy John Carter in Riyadh on Monday.\n\n';

  it('a city or a name in -ing is no opening participle', () => {
    expect(speakers(INTRO + 'Beijing said on Monday that the talks, held behind closed doors, were constructive.').map(([k, , t]) => [k, t])).toEqual([['indirect', 'the talks, held behind']]);
    expect(speakers('Talks\n\nUS envoy Sterling Harmon met Kenyan Foreign Minister Amina Otieno in Nairobi.\n\nSterling Harmon said the talks were useful.')).toEqual([['indirect', 'Sterling Harmon', 'the talks were useful']]);
  });

  it('"but that was not enough" is no second report; a participle without "that" is no report', () => {
    expect(speakers(INTRO + 'Lavrov said the talks had been useful, but that was not enough to end the war.')).toEqual([['indirect', 'Sergei Lavrov', 'the talks had been']]);
    expect(speakers(INTRO + 'Lavrov said the sides agreed on a roadmap, stressing the importance of bilateral trade.')).toEqual([['indirect', 'Sergei Lavrov', 'the sides agreed on']]);
  });

  it('a quote with no comma before "Lavrov told reporters" is still Lavrov’s', () => {
    expect(speakers(INTRO + 'Carter said the talks were useful.\n\n“Russia is ready for a serious dialogue on all of these questions” Lavrov told reporters.')[1]).toEqual(['direct', 'Sergei Lavrov', 'Russia is ready for']);
  });

  it.each([
    ['between subject and verb: the whole sentence', 'The two sides, according to a statement, agreed to keep talking about Ukraine.', [['indirect', 'statement', 'The two sides, according']]],
    ['after an opening phrase: the whole sentence', 'Since last November, according to Human Rights Watch, security forces have detained 400 protesters.', [['indirect', 'Human Rights Watch', 'Since last November, according']]],
    ['before "and" and a clause of its own: the clause before it', 'Trade grew by a third last year, according to the trade ministry, and officials expect more.', [['indirect', 'trade ministry', 'Trade grew by a']]],
    ['at the end, as before', 'Trade grew by a third last year, according to the trade ministry.', [['indirect', 'trade ministry', 'Trade grew by a']]],
  ])('a source in mid-sentence (%s)', (_, sentence, expected) => {
    expect(speakers(INTRO + sentence)).toEqual(expected);
  });
});

describe('quotes introduced after a phrase, and an unnamed source adding more', () => {
  const INTRO = 'Japanese Foreign Minister Haruka Morimoto met Indonesian Foreign Minister Bagus Hartono in Jakarta on Tuesday.\n\n';

  it('"In her opening remarks, Morimoto said, “…”" reports no "In her opening remarks"', () => {
    expect(speakers(INTRO + 'In her opening remarks, Morimoto said, "We face the most severe security environment since the war."')).toEqual([
      ['direct', 'Haruka Morimoto', 'We face the'],
    ]);
  });

  it('"“…,” a senior Japanese official said, adding that …": the same unnamed source', () => {
    expect(speakers(INTRO + '"It was a very frank meeting," a senior Japanese official said on condition of anonymity, adding that the two sides had not set a timeline.')).toEqual([
      ['direct', 'senior Japanese official', 'It was a'],
      ['indirect', 'senior Japanese official', 'the two sides'],
    ]);
  });
});

describe('the narrative after a transcript', () => {
  it('resumes at a paragraph that quotes someone with an attribution', () => {
    const text =
      'Statements after talks\n\nPresident Ada Obi met President Sipho Dlamini in Abuja on Monday.\n\n' +
      'President Sipho Dlamini:\nThank you, my brother. We have agreed that our ministers will meet within 60 days.\n\n' +
      'Analysts welcomed the tone but cautioned that previous pledges had not been implemented. "We have heard these promises before," said Chidi Nwosu, a political economist.';
    expect(quotesOf(text).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['transcript', 'Sipho Dlamini', 'Thank you, my'],
      ['indirect', 'Analysts', 'previous pledges had'],
      ['direct', 'Chidi Nwosu', 'We have heard'],
    ]);
  });
});

describe('quotation marks of mixed styles', () => {
  it.each([
    ['opened curly, closed straight', '“We have thoroughly discussed our cooperation in detail," President Ivan Petrov said.', [['direct', 'Ivan Petrov', 'We have thoroughly']]],
    ['opened straight, closed curly', '"We agreed to create a commission on water issues,” President Ivan Petrov said.', [['direct', 'Ivan Petrov', 'We agreed to']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('doubled apostrophes as double marks (The New York Times)', () => {
  it('gives the quote to the speaker after it, and carries the speaker to the next part', () => {
    expect(speakers("Ms. Brainard was raised abroad.\n\n''She is basically an internationalist,'' said Edwin M. Truman, a fellow at the institute. ''That's not popular these days.''")).toEqual([
      ['direct', 'Edwin M. Truman', 'She is basically'],
      ['direct', 'Edwin M. Truman', "That's not popular"],
    ]);
  });

  it.each([
    ['a single-quoted phrase inside', "Rates\n\nEswar Prasad, a professor, said integration had amplified the role. ''Many people have taken an ostrich 'head in the sand' approach,'' he said.",
      ["Many people have taken an ostrich 'head in the sand' approach,"]],
    ['a single mark closing with the double one', "Talks\n\nMalcolm Hoenlein spoke. ''I said, 'There shouldn't be daylight,''' he recalled.",
      ["I said, 'There shouldn't be daylight,'"]],
    ['over two paragraphs, an opening mark on each', "Talks\n\n''We will not give up on the talks this year or the next,\n\n''and we will keep working with them,'' the senator said.",
      ['We will not give up on the talks this year or the next, and we will keep working with them,']],
  ])('one quote: %s', (_what, text, expected) => {
    expect(quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.text)).toEqual(expected);
  });
});

describe('the subject speaks when no speech verb does', () => {
  it.each([
    ['a quote inside the sentence of a named subject', 'Republican nominee Donald Trump, during interviews on Thursday, referred to President Barack Obama as “the most valuable player” for the group.', [['direct', 'Donald Trump', 'the most valuable']]],
    ['a participle cue after a comma', 'Senator Anna Berg quickly took to Twitter, writing: “Another horrific attack. When will we learn?”', [['direct', 'Anna Berg', 'Another horrific attack.']]],
    ['a speech verb coordinated with the first, right before the quote', 'Speaking in a meeting with Foreign Minister Fuad Hussein on Tuesday, President Ebrahim Raisi thanked the Iraqi prime minister for inviting him to attend the summit of the neighbours, and said, “This move is a very good one.”', [['direct', 'Ebrahim Raisi', 'This move is']]],
    ['any participle opens a phrase before the subject', 'Watching Trump talk on Tuesday night about unifying the party, Senator Ralph Reed said: "I was struck that he was doing smart things, saying the right things."', [['direct', 'Ralph Reed', 'I was struck']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

// Reported speech as real copy writes it. [style, text, expected [speaker, clause]].
describe('reported speech in real copy', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  it.each([
    ['an inverted subject before "adding:" is no clause', 'Prime Minister Shehbaz Sharif visited Ankara.\n\nPakistan stands with Türkiye in its fight against terrorism, said Pakistan’s Sharif, adding: “Enemies of Türkiye are enemies of Pakistan.”',
      [['Shehbaz Sharif', 'Pakistan stands with Türkiye in its fight against terrorism']]],
    ['a subject pronoun after any speech verb opens a clause', 'President Cyril Ramaphosa’s office on Thursday confirmed he had a telephonic conversation with his Russian counterpart.',
      [['Cyril Ramaphosa', 'he had a telephonic conversation with his Russian counterpart']]],
    ['a trailing "told reporters"', 'Foreign Minister Retno Marsudi met her Belgian counterpart.\n\nThe meeting was aimed at exchanging views on strategic issues, Retno told reporters.',
      [['Retno Marsudi', 'The meeting was aimed at exchanging views on strategic issues']]],
    ['a name and its apposition after the claim', 'The festival will last until January 2018, Ance Maylany, first secretary of the Indonesian embassy, said.',
      [['Ance Maylany', 'The festival will last until January 2018']]],
    ['told reporters after a first verb', 'U.S. President Donald Trump welcomed Turkish President Tayyip Erdogan to the White House on Tuesday and told reporters the two would have long discussions.',
      [['Donald Trump', 'the two would have long discussions']]],
  ])('%s', (_what, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });

  it('a speaker’s own "I believe that …" inside a transcript turn is part of the turn', () => {
    const qs = quotesOf('Remarks before the meeting\n\nFOREIGN MINISTER ANNA BERG: I believe that both parties at this table are interested in overcoming the crisis.\n\nSECRETARY JOHN SMITH: Thank you, Anna, we agree on that.');
    expect(qs.map((q) => q.kind)).toEqual(['transcript', 'transcript']);
  });
});

describe('descriptions in real copy', () => {
  const who = (text: string) => quotesOf(text).map((q) => q.speaker);
  it.each([
    ['a standfirst names the office before the lead names the person (VNA, abouthungary)',
      'The Prime Minister believes that the ambassador will play a good role as a bridge between the two sides.\n\nOn the afternoon of October 1, Prime Minister Pham Minh Chinh received Ambassador Ha Vi of China.',
      ['Pham Minh Chinh']],
    ['"the minister" after one of two ministers spoke is the one speaking',
      'Minister of Foreign Affairs Nasser Bourita held talks in Rabat with his Bissau-Guinean counterpart, Suzi Carla Barbosa.\n\nThese talks are part of regular consultations, Bourita said during a press briefing following his meeting with Suzi Carla Barbosa.\n\n"We discussed various bilateral topics of common interest," the minister noted.',
      ['Nasser Bourita', 'Nasser Bourita']],
  ])('%s', (_what, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('cues set off by commas, appositions and possessives (US papers)', () => {
  it.each([
    ['a cue set off inside the sentence', 'Donald Trump spoke to reporters on Monday.\n\nAn economic downturn, he said, “could be a good time to borrow and pay off debt.”', [['direct', 'Donald Trump', 'could be a']]],
    ['an inverted cue right before the quote', 'Democratic strategist Jim Rosenberg spoke on Monday.\n\nBecause of how Democrats crafted the schedule, explained Rosenberg, “with this thing over by mid-March there is a scenario.”', [['direct', 'Jim Rosenberg', 'with this thing']]],
    ['"as X pointed out,"', 'The Hill newspaper published an analysis.\n\nBut as The Hill pointed out, “Trump has so far declined to release any tax returns.”', [['direct', 'Hill', 'Trump has so']]],
    ['a name, a relative clause, then the verb', '“This position has always been one you get only by virtue of your marriage,” Melanne Verveer, who served as chief of staff during the administration, said.', [['direct', 'Melanne Verveer', 'This position has']]],
    ['an apposition with commas of its own before the verb', 'Marty Weston, an education professor who worked for Sen. Lamar Alexander (R-Tenn.), one of the bill’s architects, called it “an incredibly significant development.”', [['direct', 'Marty Weston', 'an incredibly significant']]],
    ['a possessive names whose words they are', 'President Barack Obama spoke in Ohio.\n\nUnions recall Obama’s “if you like your plan, you can keep it” promise.', [['direct', 'Barack Obama', 'if you like']]],
    ['a possessive names whose words they are, whatever follows the quote', 'Senator Lena Ortiz met Governor Omar Haddad in Springfield on Monday.\n\nVoters still remember Ortiz’s “no new taxes” in the 2019 race. Nobody has forgotten Ortiz’s “Never again!”', [['direct', 'Lena Ortiz', 'no new taxes'], ['direct', 'Lena Ortiz', 'Never again!']]],
    ['what one person praises in another is in the praiser’s words, not the possessor’s', 'President Ama Boateng received Ambassador Omar Haddad.\n\nHaddad praised President Boateng’s “farsighted policies and transcendent leadership” at the ceremony.', [['direct', 'Omar Haddad', 'farsighted policies and']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('more openers before the subject, hyphenated clause starts', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  it.each([
    ['"Despite …," before the subject', 'Despite the bitter feuding over the law, Senator Anna Berg said it had successes in many schools.', [['Anna Berg', 'it had successes in many schools']]],
    ['a hyphenated modifier opens the clause', 'Party chairman Tom Reed said pro-Trump forces attempted to mobilize delegates.', [['Tom Reed', 'pro-Trump forces attempted to mobilize delegates']]],
  ])('%s', (_what, text, expected) => {
    expect(reports(text)).toEqual(expected);
  });
});

describe('readout habits: a country before a title, furniture lines, reports that a quote goes on', () => {
  it.each([
    ['a country name before a title at a sentence start', 'President Kassym-Jomart Tokayev had a telephone conversation with President Emomali Rahmon of Tajikistan.\n\nKassym-Jomart Tokayev expressed concern about the situation on the border.\n\nKazakhstan President expressed the opinion that border issues should be resolved through negotiations.',
      [['indirect', 'Kassym-Jomart Tokayev', 'border issues should']]],
    ['a page furniture line between paragraphs does not break "he"', 'Speaking in a meeting with Foreign Minister Fuad Hussein on Tuesday, President Ebrahim Raisi thanked him for the invitation.\n\nnews id: 130533 -\n\nTue 10 - August 2021 - 21:18\n\n"Cooperation among the countries of the region is a necessary condition for security," he added.',
      [['direct', 'Ebrahim Raisi', 'Cooperation among the']]],
    ['a quote after "adding:" in a report of the same sentence', 'Prime Minister Shehbaz Sharif visited Ankara.\n\nPakistan stands with Türkiye in its fight against terrorism, said Pakistan’s Sharif, adding: “Enemies of Türkiye are enemies of Pakistan.”',
      [['indirect', 'Shehbaz Sharif', 'Pakistan stands with'], ['direct', 'Shehbaz Sharif', 'Enemies of Türkiye']]],
    ['a PTI dateline before the subject of a quoted fragment', 'New Delhi, Nov 10 External Affairs Minister S Jaishankar held “an open and productive discussion” with visiting Secretary of State Antony Blinken here on Friday.',
      [['direct', 'S Jaishankar', 'an open and']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('fragments: inside an unnamed report, joined in a list, after "the latter"', () => {
  it.each([
    ['inside "according to" a statement', 'Foreign Minister Ana Ruiz met Foreign Minister Li Wen on Friday.\n\nAccording to a joint statement issued by the Foreign Ministry, both ministers had a “frank and constructive” discussion on the border.',
      [['indirect', 'Foreign Ministry', 'both ministers had'], ['direct', 'Foreign Ministry', 'frank and constructive']]],
    ['two fragments joined by "and"', 'Secretary of State Tom Hale met Foreign Minister Li Wen on Friday.\n\nAfter the meeting Hale described the exchange as “candid” and “useful.”',
      [['direct', 'Tom Hale', 'candid'], ['direct', 'Tom Hale', 'useful.']]],
    ['"the latter" is the second of two people just named', 'Presidents Omar Bello and Ivan Sirko spoke on Monday.\n\nLast month a newspaper reported that during a call between Bello and Sirko, the latter warned Bello against “arming the aggressor”.',
      [['indirect', 'newspaper', 'during a call'], ['direct', 'Ivan Sirko', 'arming the aggressor']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('two people spoken of together', () => {
  it.each([
    ['"both men" after an opener', 'Secretary of State Tom Hale met Foreign Minister Li Wen in Geneva.\n\nHeading into the talks, both men said they did not expect a quick deal.',
      [['indirect', 'Tom Hale and Li Wen', 'they did not']]],
    ['"the two ministers"', 'Foreign Minister Ana Ruiz met Foreign Minister Li Wen on Friday.\n\nThe two ministers said the talks had been useful.',
      [['indirect', 'Ana Ruiz and Li Wen', 'the talks had']]],
    ['a bare "Both" as the subject', 'Prime Minister Ken Oda and President Kang Tae-woo held talks in Tokyo.\n\nBoth said they want to strengthen cooperation on security.',
      [['indirect', 'Ken Oda and Kang Tae-woo', 'they want to']]],
    ['"The leaders"', 'Prime Minister Ken Oda and President Kang Tae-woo held talks in Tokyo.\n\nThe leaders also said they want to return to regular visits.',
      [['indirect', 'Ken Oda and Kang Tae-woo', 'they want to']]],
    ['"They" right after the pair spoke goes on with the pair', 'Prime Minister Ken Oda and President Kang Tae-woo held talks in Tokyo.\n\nBoth said they want to strengthen cooperation on security.\n\nThey voiced concern over the missile programs, and said they would work together to address it.',
      [['indirect', 'Ken Oda and Kang Tae-woo', 'they want to'], ['indirect', 'Ken Oda and Kang Tae-woo', 'they would work']]],
    ['"Both" are the two with titles, not someone untitled named in between', 'Prime Minister Ken Oda met President Kang Tae-woo in Tokyo.\n\nMr. Kang was welcomed by Ruth Ames. Both said they want to explore more ways to boost trade.',
      [['indirect', 'Ken Oda and Kang Tae-woo', 'they want to']]],
    // Found by review: others brought in, more than two leaders, a spokesman or a guest named too, an untitled pair.
    ['not "They" past a sentence about others', 'Chancellor Olaf Berg and Prime Minister Jan Tusko met in Warsaw on Monday. Both said they were determined to support the neighbours. Farmers protested outside the chancellery. They said the leaders were ignoring the crisis in agriculture.',
      [['indirect', 'Olaf Berg and Jan Tusko', 'they were determined'], ['indirect', null, 'the leaders were']]],
    ['not "The leaders" of a summit of five', 'Leaders of the Group of Seven met in Hiroshima on Saturday. President Tom Hale, Prime Minister Ken Oda, Chancellor Olaf Berg, President Ana Ruiz and Prime Minister Jan Tusko attended. The leaders said they would stand with Ukraine for as long as it takes.',
      [['indirect', 'leaders', 'they would stand']]],
    ['not a bare "Both" when a spokesperson is named too', 'President Li Wen met President Ana Ruiz in Beijing on Thursday, Foreign Ministry spokesperson Mao Lin said. Both said they would deepen the strategic partnership.',
      [['indirect', 'Mao Lin', 'President Li Wen'], ['indirect', null, 'they would deepen']]],
    ['"Both men" are the last two named, with titles or not', 'President Tom Hale and Vice President Ana Ruiz greeted freed Americans Evan Gersh and Paul Whelby at the base on Thursday. Both men said they were grateful to be home.',
      [['indirect', 'Evan Gersh and Paul Whelby', 'they were grateful']]],
    ['but not "They" after someone else spoke', 'Prime Minister Ken Oda and President Kang Tae-woo held talks in Tokyo.\n\nBoth said they want to strengthen cooperation on security.\n\nTrade Minister Aiko Sato said the tariffs would stay in place for a year.\n\nThey said talks on tariffs would go on.',
      [['indirect', 'Ken Oda and Kang Tae-woo', 'they want to'], ['indirect', 'Aiko Sato', 'the tariffs would'], ['indirect', null, 'talks on tariffs']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('US political copy: manner-of-speaking cues, and he/she carried over paragraphs', () => {
  it.each([
    ['"fumed" after the quote', 'Sen. Pat Moody (R-Pa.) spoke on Tuesday.\n\n“If they were serious, they would have gone to the bill,” Moody fumed on Tuesday.',
      [['direct', 'Pat Moody', 'If they were']]],
    ['"reacted" before the name', 'Donald Crane spoke in Iowa.\n\n“What sport is he talking about?” reacted Crane.',
      [['direct', 'Donald Crane', 'What sport is']]],
    ['a paragraph whose subject is "He" carries him on', 'Hale wins in New Hampshire\n\nSen. Tom Hale never mentioned Clinton in his speech.\n\nHe nodded only obliquely to his second-place finish.\n\n“We learned a lot about ground games,” he said.',
      [['direct', 'Tom Hale', 'We learned a']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a page stored only in part, cut off inside a quote', () => {
  it('keeps the quote up to the cut, over a paragraph break', () => {
    const text = 'President Ivan Sirko spoke to President Omar Bello on Monday.\n\nSirko said: “I spoke about the peace plan and about justice for all of us.\n\n“I called on Mr President [Bello] to join the plan and to stand with';
    expect(speakers(text)).toEqual([['direct', 'Ivan Sirko', 'I spoke about']]);
  });

  it('but not a quote left open in the middle of a finished text', () => {
    const text = 'President Ivan Sirko spoke to President Omar Bello on Monday.\n\nSirko said: “I spoke about the peace plan and about justice for all of us and\n\nThe talks ended at noon.';
    expect(quotesOf(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('a fragment inside "According to X, …" is X’s words', () => {
  it('even when the clause’s subject is someone else, and "he said" goes on with X', () => {
    const text = 'Prime Minister Ivan Sirko met EU foreign policy chief Ana Ruiz in Belgrade on Friday.\n\nAccording to Sirko, Ruiz personally has been "very fair toward Serbia - despite the fact we have not always agreed."\n\n"Those who say that Serbia should not be on the European path do not speak well about Serbia," he said.';
    expect(speakers(text)).toEqual([['indirect', 'Ivan Sirko', 'Ruiz personally has'], ['direct', 'Ivan Sirko', 'very fair toward'], ['direct', 'Ivan Sirko', 'Those who say']]);
  });
});

describe('a document issued by a body, as a long subject', () => {
  it.each([
    ['a press statement, its issuer’s initials and a time after it; then "the statement added"', 'Prime Minister Ken Lim met US President Tom Hale on Monday.\n\nA press statement issued by the Ministry of Foreign Affairs (MFA) after lunch said that Hale has accepted an invitation to visit in November.\n\n“Prime Minister Lim and President Hale had a good discussion on regional developments,” the statement added.',
      [['indirect', 'Ministry of Foreign Affairs', 'Hale has accepted'], ['direct', 'Ministry of Foreign Affairs', 'Prime Minister Lim']]],
    ['an official statement released by a ministry', 'Foreign Minister Ali Raza met his Afghan counterpart Amir Khan on Friday.\n\nAn official statement released by the Foreign Office on Friday evening said the two ministers discussed border trade and transit.',
      [['indirect', 'Foreign Office', 'the two ministers']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('verbs of stated positions introduce reported speech', () => {
  it.each([
    ['believe that', 'Foreign Minister Ana Ruiz met Foreign Minister Li Wen on Friday.\n\nThe Foreign Ministers of the two countries believe that the current situation is not in the interest of either side.',
      [['indirect', null, 'the current situation']]],
    ['reminded that', 'Secretary of State Tom Hale met Foreign Minister Li Wen on Friday.\n\nOn the other hand, Hale reminded that the two sides held consultations in Geneva on January 10.',
      [['indirect', 'Tom Hale', 'the two sides']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a dateline with a country, and a nickname between names', () => {
  it('"NEW YORK, USA —" before the subject of a report', () => {
    expect(speakers('President Omar Bello met President Ivan Sirko.\n\nNEW YORK, USA — The palace revealed that out of 48 requests, President Omar "Bongo" Bello was granted a meeting.')).toEqual([
      ['indirect', null, 'out of 48'],
    ]);
  });
});

describe('a speech verb inside the sentence, after "as he"', () => {
  it('"looked annoyed as he replied that …"', () => {
    expect(speakers('Foreign Minister Ivan Sirko met Secretary Ana Ruiz.\n\nAsked again, Sirko looked somewhat annoyed as he replied that the question had been answered.')).toEqual([
      ['indirect', 'Ivan Sirko', 'the question had'],
    ]);
  });
});

describe('a clause that opens on a contracted pronoun', () => {
  it('"said he’s certain …"', () => {
    expect(speakers('Rubio quits\n\nSen. Ted Cruz and Sen. Marco Rubio ran.\n\nCruz said he’s certain Rubio will continue to run.')).toEqual([
      ['indirect', 'Ted Cruz', 'he’s certain Rubio'],
    ]);
  });
});

describe('a party tag and an apposition between subject and verb', () => {
  it('"Rep. Elijah Moss (D-Md.), chair of the Platform Committee, said that …"', () => {
    expect(speakers('Democrats meet\n\nThe platform was debated.\n\nRep. Elijah Moss (D-Md.), chair of the Platform Committee, said that it was committed to an open process.')).toEqual([
      ['indirect', 'Elijah Moss', 'it was committed'],
    ]);
  });
});

describe('a trailing cue whose speaker has a long apposition', () => {
  it('"…, Ana Lind, first secretary for information, social, and cultural affairs of the embassy, stated on Wednesday."', () => {
    expect(speakers('Foreign Minister Ana Ruiz met Foreign Minister Li Wen in Brussels.\n\nThe festival will last until January 2018, Ana Lind, first secretary for information, social, and cultural affairs of the embassy in Brussels, stated on Wednesday.')).toEqual([
      ['indirect', 'Ana Lind', 'The festival will'],
    ]);
  });
});

describe('speakers after an inverted verb, and unnamed speakers carried on', () => {
  it.each([
    ['any speech verb before a name marks a person: "writes X"', 'Polls and delegates\n\nThe race is close.\n\n“Trump’s delegate problems stem from two major issues,” writes Nate Silver.',
      [['direct', 'Nate Silver', 'Trump’s delegate problems']]],
    ['an occupation before a bare name: "explained Los Angeles-based attorney X"', 'Law and politics\n\nThe case is old.\n\n“It is shortsighted of both states to do this,” explained Los Angeles-based attorney Edgar Marton.',
      [['direct', 'Edgar Marton', 'It is shortsighted']]],
    ['"the Federal Chancellor" is the one the text titled so', 'Talks\n\nFederal Chancellor Anna Berger welcomed French President Luc Morel. “This is a good day for Europe,” said the Federal Chancellor in the press conference.',
      [['direct', 'Anna Berger', 'This is a']]],
    ['"he" with no subject or speaker of his within reach: the one man the sentence names', 'Talks\n\nThe two capitals got into their first spat this week when Washington blacklisted Vice President Tareck Aissami on drug charges, a move he called “imperialist aggression.”',
      [['direct', 'Tareck Aissami', 'imperialist aggression.']]],
    ['one side\'s account of the exchange speaks for that side', 'Talks\n\nThe Argentine version of the exchange said the two leaders also talked about regional affairs.',
      [['indirect', 'Argentine version', 'the two leaders']]],
    ['"revealed to X" then a clause on a pronoun', 'Talks\n\nPresident Luis Hale revealed to Ruiz he was very happy since he was delivering new jobs.',
      [['indirect', 'Luis Hale', 'he was very']]],
    ['"it" after a body named in a document phrase is that body', 'Talks\n\n“President Ruiz and Prime Minister Lind expressed a strong shared interest in trade,” said a White House statement.\n\n“President Ruiz affirmed the commitment of the US to playing a role in Asia,” it said.',
      [['direct', 'White House', 'President Ruiz and'], ['direct', 'White House', 'President Ruiz affirmed']]],
    ['a claim with its own verb, then ", said X": X speaks, the claim is the report', 'Talks\n\nThe meeting, however, did not have any specific agenda, said a diplomat in New Delhi.',
      [['indirect', 'diplomat', 'The meeting, however,']]],
    ['"said this to newsmen": the object, no clause', 'Talks\n\nState Minister Omar Farid said this to newsmen after the meeting. Farid said the talks were useful.',
      [['indirect', 'Omar Farid', 'the talks were']]],
    ['the pronoun the text uses for a person beats a title\'s guess ("Sheikh" before a woman\'s name)', 'Talks\n\nPrime Minister Sheikh Rahima met with her Indian counterpart Arjun Mehta on Friday.\n\nIn her speech, premier Rahima conveyed a message to India.\n\n“We have still some problems unresolved,” she said.',
      [['direct', 'Rahima', 'We have still']]],
    ['the one a question was put to answers: "X asked Minister Y about …. “…,” she said."', 'Talks\n\nForeign Minister Jane Pike met Tane Rua.\n\nTe Karere asked Minister Pike about the detainees and their rights.\n\n“Our laws apply across the board,” she said.',
      [['direct', 'Jane Pike', 'Our laws apply']]],
    ['a news agency relays a sentence about a person: the fragment is the person\'s', 'Call\n\nEmir Sheikh Nawaf Al-Salem phoned Emir Sheikh Tamim Al-Thani on Monday.\n\nHe went on to stress common Gulf action to serve the “interests of the GCC countries”, KUNA reported.',
      [['direct', 'Nawaf Al-Salem', 'interests of the']]],
    ['but a paper that reports what it found keeps its words', 'Emails\n\nDefence Secretary Ash Carter used a private account.\n\nIn one email, Carter discussed how he had put a note card in a “burn bag,” the Times reported.',
      [['direct', 'Times', 'burn bag,']]],
    ['a text cut off mid-word does not end on a name ("foreign minister Sh")', 'Call\n\nEmir Sheikh Nawaf Al-Salem phoned his Qatari counterpart on Monday. “We hope for calm,” his Qatari counterpart said.\n\nQatar’s foreign minister Sh',
      [['direct', 'his Qatari counterpart', 'We hope for']]],
    ['a paragraph that is only a quote opened with two marks (‘‘…’’) carries the speaker before', 'Talks\n\nPrime Minister Sam Moore met Jane Lane.\n\nHe said the two countries had a shared commitment to the Pacific ‘‘and I think we can work together’’.\n\n‘‘It would be good to align those two initiatives.’’',
      [['indirect', 'Sam Moore', 'the two countries'], ['direct', 'Sam Moore', 'and I think'], ['direct', 'Sam Moore', 'It would be']]],
    // Near misses of this round's rules, each a case the review found
    ['"said she …" about someone else leaves the speaker\'s "Mr" standing', 'Talks\n\nPrime Minister Rishi Sunak met Prime Minister Giorgia Meloni in Rome on Monday.\n\nMr Sunak said she had shown real leadership on migration. "We will work together to stop the boats," he said.',
      [['indirect', 'Rishi Sunak', 'she had shown'], ['direct', 'Rishi Sunak', 'We will work']]],
    ['a minister who asks may speak next himself: "Blinken asked Lavrov whether …. “…,” he said"', 'Talks\n\nSecretary of State Antony Blinken met Foreign Minister Sergei Lavrov in Geneva on Friday.\n\nBlinken asked Lavrov whether Russia intended to invade. "We put that question plainly," he said after the meeting.',
      [['indirect', 'Antony Blinken', 'whether Russia intended'], ['direct', 'Antony Blinken', 'We put that']]],
    ['the writer asks, the one asked answers: "when I asked X if …, he said, “…”"', 'Campaign\n\nLast month, when I asked Senator Bernie Sanders about an endorsement, he looked into my camera and said, "I am going to endorse you!"',
      [['direct', 'Bernie Sanders', 'I am going']]],
    ['a known speaker\'s last words in a text with no final full stop', 'Talks\n\nForeign Minister Sergei Lavrov met Wang Yi in Moscow.\n\n"Our relations are at their best in history," said Lavrov',
      [['direct', 'Sergei Lavrov', 'Our relations are']]],
    ['an agency does not hand a relative clause\'s quote to the sentence\'s subject', 'Talks\n\nForeign Minister Sergei Lavrov met Wang Yi in Moscow.\n\nLavrov hosted a dinner for Wang, who praised Russia as "a good neighbour and a true friend", Xinhua reported.',
      [['direct', 'Xinhua', 'a good neighbour']]],
    ['"the president" is the one in office, not a former president the text names', 'Talks\n\nPresident William Ruto held talks with former US President Barack Obama on Thursday. The president said the talks were good.',
      [['indirect', 'William Ruto', 'the talks were']]],
    // Near misses a second review found
    ['"and then President X" is no former president', 'Talks\n\nBrazilian President Luiz Lula held talks with Foreign Minister Naledi Pandor on Monday and then President Cyril Ramaphosa received him. "We are partners," the South African president said.',
      [['direct', 'Cyril Ramaphosa', 'We are partners,']]],
    ['a label\'s letter that ends a sentence is no initial ("in Annex A. Merz said")', 'Talks\n\nChancellor Friedrich Merz met Prime Minister Donald Tusk. They discussed the asylum rules in Annex A. Merz said Germany would act.',
      [['indirect', 'Friedrich Merz', 'Germany would act']]],
    ['a name after "Minister of <portfolio>" keeps its person', 'Talks\n\nMinister of Finance Ken Ofori-Atta met Togolese officials in Lome on Monday. "We are partners," Ofori-Atta said.',
      [['direct', 'Ken Ofori-Atta', 'We are partners,']]],
    ['an agency relay of any verb of the subject\'s', 'Talks\n\nForeign Minister Sergei Lavrov met Wang Yi in Moscow. Lavrov praised China\'s "a balanced position on Ukraine", TASS reported.',
      [['direct', 'Sergei Lavrov', 'a balanced position']]],
    ['"she" of a woman a rank word calls a man ("Sheikh Hasina")', 'Talks\n\nBangladeshi Prime Minister Sheikh Hasina met Narendra Modi. Hasina said she wanted a deal on the Teesta river. "We want water," she said.',
      [['indirect', 'Hasina', 'she wanted a'], ['direct', 'Hasina', 'We want water,']]],
    ['an office before "Sheikh" is the role: "the Bangladesh PM" is Bangladesh\'s prime minister, not the other one', 'Talks\n\nBangladesh Prime Minister Sheikh Rahima met her Indian counterpart Prime Minister Arjun Mehta on Tuesday. "We talked," Mehta said. Later, the Bangladesh PM said "We are friends." "Thanks," she added.',
      [['direct', 'Arjun Mehta', 'We talked,'], ['direct', 'Rahima', 'We are friends.'], ['direct', 'Rahima', 'Thanks,']]],
    ['a readout\'s host by office alone: "The Prime Minister raised …, he said" (a named president is no prime minister)', 'Call\n\nThe Prime Minister spoke to the President of the United States, Donald Trump, this afternoon.\n\nThe Prime Minister raised the soldiers who fought in Afghanistan. We must never forget their sacrifice, he said.\n\nWhilst talks continue, the Prime Minister reiterated that partners must support Ukraine.',
      [['indirect', 'Prime Minister', 'We must never'], ['indirect', 'Prime Minister', 'partners must support']]],
    ['"the Brazilian, X": a nationality before a name gives the untitled person a country ("the Brazilian president" is X)', 'Talks\n\nPresident Tomas Vargas and the Brazilian, Luiz Costa, met on Saturday.\n\n“We must join efforts,” said the Brazilian president.',
      [['direct', 'Luiz Costa', 'We must join']]],
    ['"Along the same lines, X, showing …, went further and called for a “…”": the subject past the opener and the aside', 'Talks\n\nPresident Tomas Vargas met Luiz Costa on Saturday.\n\nAlong the same lines, Vargas, showing off his leadership, went a step further and called for a “revolution”, since the system must change.',
      [['direct', 'Tomas Vargas', 'revolution']]],
    ['a body\'s long name speaks for it ("the press service of the head of the Kyrgyz Republic")', 'Talks\n\nPresident of Kyrgyzstan Almaz Tokoev met with the first President of the Republic of Kazakhstan Nurlan Abenov in Baku.\n\nAccording to the press service of the head of the Kyrgyz Republic, the meeting took place at the airport.',
      [['indirect', 'press service of the head of the Kyrgyz Republic', 'the meeting took']]],
    ['a long opening phrase with no comma of its own ends where a name and its verb follow', 'Campaign\n\nPrime Minister Benjamin Netanyahu spoke.\n\nOn the eve of his historic election to a fourth term as prime minister in March, Netanyahu rallied supporters by warning darkly that "the rule of the right is in danger."',
      [['direct', 'Benjamin Netanyahu', 'the rule of']]],
    ['initials defined in brackets speak for the name before them, a body or a person', 'Talks\n\nForeign Minister Ali Raza met Sergei Lavrov in Goa, the Foreign Office (FO) said.\n\nAccording to FO, the two ministers discussed energy.\n\nMexican President Claudia Ruiz (CRP) spoke to reporters. “There will be no tariff war,” said CRP.',
      [['indirect', 'Foreign Office', 'Foreign Minister Ali'], ['indirect', 'Foreign Office', 'the two ministers'], ['direct', 'Claudia Ruiz', 'There will be']]],
    ['"the deputy head of Polish diplomacy" is the deputy foreign minister', 'Talks\n\n“We are partners,” Deputy Minister Jan Nowak said during a meeting with his Lithuanian counterpart Darius Petras.\n\n“We share a position on security,” the deputy head of Polish diplomacy pointed out.',
      [['direct', 'Jan Nowak', 'We are partners,'], ['direct', 'Jan Nowak', 'We share a']]],
    ['"“…,” he spoke of his guest": a verb that reports a quote only right after it', 'Presser\n\nIvorian President Alassane Kone brought his state visit to an end yesterday, thanking his host, President Kofi Mensah.\n\nAt a press conference at the Flagstaff House before the Ivorian leader got back home, President Mensah was full of praise for the Ivorian leader, describing him as a blessing.\n\n“I have been particularly lucky in my period as President,” he spoke of his guest.',
      [['direct', 'Kofi Mensah', 'I have been']]],
    ['"When X said Y “…”, …": the subordinator opens the clause, the subject follows it', 'Campaign\n\nThe debate went on.\n\nWhen a campaign spokesman said the talks "went well", nobody believed him.',
      [['indirect', 'campaign spokesman', 'the talks "went'], ['direct', 'campaign spokesman', 'went well']]],
    ['a news agency\'s plain "said" relays the subject\'s fragment, as "reported" does', 'Call\n\nThe official Saudi Press Agency (SPA) reported that Crown Prince Faisal bin Khalid received a call from President Reza Karimi on Wednesday.\n\nPrince Faisal told Karimi that Riyadh is ‘communicating with all parties to stop the escalation’, SPA said.',
      [['indirect', 'official Saudi Press Agency', 'Crown Prince Faisal'], ['indirect', 'Faisal bin Khalid', 'Riyadh is ‘communicating'], ['direct', 'Faisal bin Khalid', 'communicating with all']]],
    // Near misses a review found.
    ['"spoke" is a cue only in the quote\'s own sentence, not the next one\'s verb', 'Talks\n\nPresident Luis Ruiz met President Wang Li.\n\n"We are ready," Ruiz said. "The meeting went well." Wang spoke later at a banquet.',
      [['direct', 'Luis Ruiz', 'We are ready,'], ['direct', 'Luis Ruiz', 'The meeting went']]],
    ['initials of another language stand for the whole body name before them', 'Talks\n\nThe Emirates News Agency (WAM) reported the talks.\n\nAccording to WAM, the two leaders discussed trade.',
      [['indirect', 'Emirates News Agency', 'the two leaders']]],
    ['initials after a title, a name and a country are the country\'s, not the person\'s; a party after a name is the party', 'Talks\n\nPrime Minister Keir Starmer met President Joe Biden of the United States (US) on Monday. "Good talks," the US said.\n\nCongress MP Shashi Tharoor (INC) met the envoy. "We welcome it," INC said.',
      [['direct', 'United States', 'Good talks,'], ['direct', 'INC', 'We welcome it,']]],
    ['initials are defined on their own line, never across a headline', 'Sheinbaum Meets Trudeau\n\nPresident Claudia Sheinbaum (CSP) met Justin Trudeau. "No tariff war," said CSP.',
      [['direct', 'Claudia Sheinbaum', 'No tariff war,']]],
    ['a long opener ends past a list of places ("in Paris, Berlin and Rome, officials warned")', 'Vote\n\nOn the eve of the crucial parliamentary vote on the new migration pact in Paris, Berlin and Rome, officials warned that "Europe is divided."',
      [['direct', 'officials', 'Europe is divided.']]],
    ['a possessive that is the subject\'s own ("Modi\'s meeting with President X … he said")', 'Visit\n\nPrime Minister Narendra Modi arrived in Washington on Wednesday. Modi\'s meeting with President Joe Biden lasted over an hour. "It was a very warm conversation," he said.',
      [['direct', 'Narendra Modi', 'It was a']]],
    ['an untitled "Sheikh X" who opens the lead is "the prime minister"', 'Visit\n\nSheikh Rahima arrived in New Delhi on Friday and met Arjun Mehta.\n\n"We have many things to resolve," the prime minister said.',
      [['direct', 'Rahima', 'We have many']]],
    ['a short answer in capitals is a quote (only a letter alone is a name)', 'Talks\n\nPresident Luis Ruiz met Ana Lind. Ruiz said "OK" and walked away.',
      [['direct', 'Luis Ruiz', 'OK']]],
    ['a nationality before an untitled name does not make the person every office of that country', 'Visit\n\nAlbanese hosted the Indian, Arjun Mehta, in Canberra. "We are natural partners," the Indian foreign minister said.',
      [['direct', 'Indian foreign minister', 'We are natural']]],
    ['an acronym in brackets does not use up the reach of an inverted cue\'s subject', 'Talks\n\nThe ministers met in Delhi.\n\n“A relationship serving as a role model!” Ministry of External Affairs (MEA) spokesperson, Randhir Jaiswal said.',
      [['direct', 'Randhir Jaiswal', 'A relationship serving']]],
    ['"PM\'s Press Secretary X briefed …": X is the subject, not the possessor', 'Talks\n\nForeign Minister Dev Rao paid a courtesy call on Prime Minister Sheikh Rahima at her residence.\n\nPM\'s Press Secretary Karim Uddin briefed reporters after the meeting.\n\n"Both sides are satisfied," he said.',
      [['direct', 'Karim Uddin', 'Both sides are']]],
    ['a family name two people share, above the lead that names them: the one the lead names first', 'Emir urges calm\n\nSheikh Al-Nasser told his Qatari counterpart that he hoped for “calm among brothers”\n\nKuwait’s Emir Sheikh Fahad Al-Nasser phoned Qatari Emir Sheikh Tamim Al-Thani on Monday.\n\nAssistant foreign minister Sheikh Ahmad Al-Nasser said Kuwait was keen to help.',
      [['indirect', 'Fahad Al-Nasser', 'he hoped for'], ['direct', 'Fahad Al-Nasser', 'calm among brothers'], ['indirect', 'Ahmad Al-Nasser', 'Kuwait was keen']]],
    ['"told media he …": the press as the listener, then the clause', 'Talks\n\nPrime Minister Ana Lind told media she did not want to preempt details before they were negotiated.',
      [['indirect', 'Ana Lind', 'she did not']]],
    ['"he" after a second clause\'s subject ("…, but X was …")', 'Campaign\n\nIt is a big if, but Bernie Sanders was in San Diego on Tuesday night, making his pitch.\n\n“If there is a large voter turnout, we will win here in California,” he said.',
      [['direct', 'Bernie Sanders', 'If there is']]],
    ['"expressed his belief that" after an opening phrase that names someone else', 'Talks\n\nSpeaking at a reception for Ambassador Marc Knapper in Hanoi, Prime Minister Pham Chinh expressed his belief that the diplomat will help.',
      [['indirect', 'Pham Chinh', 'the diplomat will']]],
    ['"noted his wish and belief that"', 'Talks\n\nPrime Minister Pham Chinh noted his wish and belief that the relations will continue to develop.',
      [['indirect', 'Pham Chinh', 'the relations will']]],
    ['but not "it" after someone else spoke since', 'Talks\n\n“Trade is growing,” said a White House statement.\n\n“We will meet again,” Foreign Minister Ana Lind told reporters after reading her ministry’s statement. “The talks were frank,” it said.',
      [['direct', 'White House', 'Trade is growing,'], ['direct', 'Ana Lind', 'We will meet'], ['direct', null, 'The talks were']]],
    ['a party member from a state is described, not named: "said one New Hampshire Democrat"', 'Primary\n\nInsiders spoke.\n\n“If she does win New Hampshire, it will be by a margin as close as Iowa,” said one New Hampshire Democrat. “Look, she needed to split the first two,” said a South Carolina Democrat.',
      [['direct', 'New Hampshire Democrat', 'If she does'], ['direct', 'South Carolina Democrat', 'Look, she needed']]],
    ['a question mark before the inverted verb: "“…?” said Murphy, using …"', 'Senate race\n\nThe campaign went on.\n\n“Who is the real con man here?” said Murphy, using a term his rival has used.',
      [['direct', 'Murphy', 'Who is the']]],
    ['an unnamed speaker carries to the next quote in the paragraph', 'Campaign\n\nThe debate went on.\n\n“We are very disappointed in him,” a campaign spokesman said. “It is shortsighted of both states to do this.”',
      [['direct', 'campaign spokesman', 'We are very'], ['direct', 'campaign spokesman', 'It is shortsighted']]],
    ['a described speaker of a quote over several paragraphs carries past a photo caption', 'Leaders talk\n\nThe call was short.\n\nA Downing Street spokesman said: “The Prime Minister spoke to the President on Sunday.\n\n“They discussed trade.\n\nThe PM also heaped praise on the President for his role in securing the ceasefire\n\nREUTERS\n\n“The President welcomed the release of the hostages.”',
      [['direct', 'Downing Street spokesman', 'The Prime Minister'], ['direct', 'Downing Street spokesman', 'The President welcomed']]],
    ['a body carries too', 'Conference\n\nThe event was cancelled.\n\n“We are very disappointed in him,” the American Conservative Union said. “This comes at a critical time for our movement.”',
      [['direct', 'American Conservative Union', 'We are very'], ['direct', 'American Conservative Union', 'This comes at']]],
    ['"he" after an unnamed speaker is that speaker', 'Talks\n\nThe talks ended.\n\nA senior State Department official said the talks went well. “We made progress on the main issues,” he said.',
      [['indirect', 'senior State Department official', 'the talks went'], ['direct', 'senior State Department official', 'We made progress']]],
    ['an unnamed speaker stops a named one from carrying', 'Talks\n\nMinister Ana Ruiz spoke first. “We want peace in the region,” Ruiz said. “We are very disappointed in them,” a government spokesman said. “It is shortsighted of both states to do this.”',
      [['direct', 'Ana Ruiz', 'We want peace'], ['direct', 'government spokesman', 'We are very'], ['direct', 'government spokesman', 'It is shortsighted']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('a verb that takes an object first has no inverted subject: ", accused the government of …"', () => {
    expect(speakers('Debate\n\nThe visit was short.\n\nPiotr Kruk, a lawmaker from the opposition party, accused the government of settling for symbolism. "That is not a result of any kind," he said.')).toEqual([
      ['direct', 'Piotr Kruk', 'That is not'],
    ]);
  });
});

describe('a long opening phrase before the subject', () => {
  it.each([
    ['a prepositional phrase: "Like other owners who …, Mr. X said he …"', 'Golf\n\nMark Schmidt owns a club.\n\nLike other golf club owners who foresee an upside in expanding their offerings, Mr. Schmidt said he was building a new clubhouse. "Without these adjustments, golf would be in trouble," he said.',
      [['indirect', 'Mark Schmidt', 'he was building'], ['direct', 'Mark Schmidt', 'Without these adjustments,']]],
    ['a participle phrase ending before "Mr."', 'Golf\n\nMark Schmidt owns a club.\n\nWatching the course lose money year after year for most of the decade, Mr. Schmidt said he would sell it.',
      [['indirect', 'Mark Schmidt', 'he would sell']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a headline that gives a quote to a name before a colon', () => {
  it.each([
    ['with a full stop after the quote', "Reid: 'Never, ever, ever underestimate the man.'\n\nHarry Reid has some advice for Democrats already celebrating.",
      [['direct', 'Harry Reid', 'Never, ever, ever']]],
    ['with the quote after other words', 'John McCain: Populist anger appeals to ‘the bad angels of our nature’\n\nSenator John McCain says the movement is dangerous.',
      [['direct', 'John McCain', 'the bad angels']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('short quoted words are quotes when someone says them', () => {
  it.each([
    ['a subject who calls something so', 'Admiral speaks\n\nAdm. Harry Harris leads the Pacific Command.\n\nHarris has labelled China “expansionist” at every turn.',
      [['direct', 'Harry Harris', 'expansionist']]],
    ['a term nobody says', 'Policy\n\nThe so-called “reset” of relations failed within two years.', []],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('a quote after "the" is a quote unless it is a name', () => {
  it.each([
    ['someone\'s words', 'Ohio\n\nJohn Kasich won Ohio.\n\nKasich says he won’t take the “low road” in the primary.', [['direct', 'John Kasich', 'low road']]],
    ['a name in capitals', 'Summit\n\nPrime Minister Kenji Sato met Prime Minister Ravi Kumar a week after the "Quad" summit.', []],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('the subject of a quote past an opening phrase or in a relative clause', () => {
  const P = 'Politics\n\nDonald Trump, Bernie Sanders and Jeb Bush ran.\n\n';
  it.each([
    ['past "Speaking in Salem, New Hampshire," to the name and its verb', P + 'Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”',
      [['direct', 'Donald Trump', 'a total stiff.']]],
    ['"X, who has called … “…”"', P + 'Contrast that with Trump, who has called the trade pact "insanity," and Sanders, who says it is "disastrous."',
      [['direct', 'Donald Trump', 'insanity,'], ['direct', 'Bernie Sanders', 'disastrous.']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('reported speech of plural and acronym subjects', () => {
  it.each([
    ['an acronym opens the clause: "said CNN had …"', 'News\n\nBen Carson spoke on Monday.\n\nHe said CNN had tweeted that Carson was taking a break.',
      [['indirect', 'Ben Carson', 'CNN had tweeted']]],
    ['a plural subject with the bare verb: "strategists say …"', 'Party\n\nThe convention opens on Monday.\n\nDemocratic strategists say the party would be wise to trumpet warnings.',
      [['indirect', 'Democratic strategists', 'the party would']]],
    ['an aside between dashes: "economists - including … - warn that …"', 'Economy\n\nThe Fed met on Tuesday.\n\nEven so, some liberal economists - including a minority of the Fed\'s own committee - warn that the central bank could undermine growth.',
      [['indirect', 'liberal economists', 'the central bank']]],
    ['a bare form after a modal is no report: "should continue dialogue, disengage and maintain …"', 'Border\n\nThe ministers met.\n\nThe border forces of the two countries should continue dialogue, disengage contact, maintain the necessary distance, and ease the situation.',
      []],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('reported speech in a second clause, a relative clause, and where it ends', () => {
  it.each([
    ['", but specialists say …"', 'Hack\n\nThe hack was found on Friday.\n\nFor hackers to resort to such tactics would be unusual, but security specialists say it is a realistic extension of the effort.',
      [['indirect', 'security specialists', 'it is a']]],
    ['", and he says …"', 'Kasich\n\nJohn Kasich spoke.\n\nHis parents died in a car crash in 1987, and he says going through a dark time has allowed him to connect.',
      [['indirect', 'John Kasich', 'going through a']]],
    ['"X, who said he …"', 'Labor\n\nThe deal was negotiated with help from Labor Secretary Thomas Perez, who said he expects the agreement to be final soon.',
      [['indirect', 'Thomas Perez', 'he expects the']]],
    ['a writer\'s clause after the report ends it', 'Staff\n\nCampaign spokeswoman Hope Hicks said all staffers sign the agreements, though she did not discuss their terms.',
      [['indirect', 'Hope Hicks', 'all staffers sign']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('the report stops before ", though …"', () => {
    expect(quotesOf('Staff\n\nCampaign spokeswoman Hope Hicks said all staffers sign the agreements, though she did not discuss their terms.')[0]?.text).toBe('all staffers sign the agreements');
  });
});

describe('a report ends before a second speech verb of its subject', () => {
  it('"said she admires his determination and highlighted …"', () => {
    expect(quotesOf('Unity\n\nHillary Clinton called Bernie Sanders.\n\nShe said she admires his determination and highlighted their shared commitment on policy goals.')[0]?.text).toBe('she admires his determination');
  });
});

describe('a participle reports for the sentence\'s subject', () => {
  it.each([
    ['", saying CLAUSE"', 'Fiorina\n\nCarly Fiorina spoke.\n\nFiorina was upfront about her distaste for the front-runner, saying conservatives need to band together to stop him.',
      [['indirect', 'Carly Fiorina', 'conservatives need to']]],
    ['", claiming CLAUSE"', 'Suit\n\nEric Schneiderman is the attorney general.\n\nSchneiderman is suing the company for $40 million, claiming the university is a fraud.',
      [['indirect', 'Eric Schneiderman', 'the university is']]],
    ['but not ", noting NOUN PHRASE"', 'Talks\n\nMinister Ana Ruiz spoke.\n\nRuiz called recent talks good news, noting two conversations between the presidents over the past few days.', []],
    ['and ", saying X" is no inverted subject', 'Talks\n\nMinister Ana Ruiz spoke.\n\nThe talks went on late into the night, saying nothing much to anyone at all.', []],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a short adjunct between the verb and its clause', () => {
  it('"has said for weeks he’s …"', () => {
    expect(speakers('Cruz\n\nTed Cruz spoke.\n\nCruz has said for weeks he’s the only candidate in the field who can win.')).toEqual([['indirect', 'Ted Cruz', 'he’s the only']]);
  });
});

describe('opening phrases with commas of their own, after a conjunction', () => {
  it.each([
    ['"And at a debate last September, X called …"', 'HP\n\nAnd at a GOP presidential debate this past September, Republican front-runner Donald Trump called the merger "a terrible deal" and ranked her low.',
      [['direct', 'Donald Trump', 'a terrible deal']]],
    ['"In his speech, a testimonial to X, the nominee that year, Mr. Y decried …"', 'Obama\n\nBarack Obama spoke.\n\nIn his 2004 convention speech, a testimonial to John Kerry, the Democratic nominee that year, Mr. Obama decried the "spin masters and negative-ad peddlers" who embrace politics.',
      [['direct', 'Barack Obama', 'spin masters and']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('titles with full stops and unnamed party members after an inverted verb', () => {
  it.each([
    ['"said Sen. Jim Whelan" (not "Sen")', 'NJ\n\nThe race is on.\n\n“The city suffered for years,” said Sen. Jim Whelan.', [['direct', 'Jim Whelan', 'The city suffered']]],
    ['"said one New Hampshire Democrat"', 'NH\n\nThe race is on.\n\n“It’s Bernie’s to lose at this point,” said one New Hampshire Democrat.', [['direct', 'New Hampshire Democrat', 'It’s Bernie’s to']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('NYT double-apostrophe marks and party tags', () => {
  it('a sentence ends before a quote opened with two apostrophes, so the next cue is its own', () => {
    expect(speakers("Israel\n\nBen Rhodes and Barack Obama spoke.\n\nBut aides said Mr. Obama simply believed in airing differences. ''This was not the guiding basis of our policy,'' Mr. Rhodes said. ''The guiding basis was to be energetic.''")).toEqual([
      ['indirect', 'aides', 'Mr. Obama simply'], ['direct', 'Ben Rhodes', 'This was not'], ['direct', 'Ben Rhodes', 'The guiding basis'],
    ]);
  });
  it('“…,” Rep. Earl Blumenauer (D-Ore.) said', () => {
    expect(speakers('Race\n\nThe race is on.\n\n“There’s tremendous energy in terms of potential,” Rep. Earl Blumenauer (D-Ore.) said.')).toEqual([['direct', 'Earl Blumenauer', 'There’s tremendous energy']]);
  });
});

describe('a quote that is most of a reported clause stays in it', () => {
  it('"said he and Widodo had a “fruitful and honest discussion …”"', () => {
    const qs = quotesOf('Talks\n\nPresident Ferdinand Marcos met President Joko Widodo.\n\nIn a joint press conference, Marcos said he and Widodo had a “fruitful and honest discussion on regional events of mutual interest such as the developments in the sea.”');
    expect(qs.find((q) => q.kind === 'indirect')?.text).toMatch(/^he and Widodo had a “fruitful and honest discussion .* sea\.?”?$/u);
  });
});

describe('two people named as one subject speak together', () => {
  it('"Marcos and Widodo acknowledged that …"', () => {
    expect(speakers('Talks\n\nPresident Ferdinand Marcos met President Joko Widodo in Manila.\n\nDuring their meeting, Marcos and Widodo acknowledged that the convention is crucial to maintain peace.')).toEqual([
      ['indirect', 'Ferdinand Marcos and Joko Widodo', 'the convention is'],
    ]);
  });
});

describe('a document from a body, and the media as a speaker', () => {
  it.each([
    ['"a statement from the foreign ministry said"', 'Call\n\nThe ministers spoke by phone.\n\n“During the call, developments in the region were discussed,” a statement from Saudi Arabia’s foreign ministry said.',
      [['direct', 'Saudi Foreign Ministry', 'During the call,']]],
    ['"…, state media reported"', 'Call\n\nThe ministers spoke by phone.\n\nQatar’s foreign minister also spoke with his Iranian counterpart on Sunday, expressing deep concern, Qatari state media reported.',
      [['indirect', 'Qatari state media', 'Qatar’s foreign minister']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('an inverted description, then the name it describes', () => {
  it('“…,” said the American ambassador at the time, John E. Herbst.', () => {
    expect(speakers('Kiev\n\nJohn E. Herbst served there.\n\n"It was a difficult time for everyone," said the American ambassador at the time, John E. Herbst.')).toEqual([['direct', 'John E. Herbst', 'It was a']]);
  });
  it('“…,” said another Twitter user, Johanna Bayer.', () => {
    expect(speakers('Paris\n\nThe attacks went on.\n\n"We are anxious about all this," said another Twitter user, Johanna Bayer.')).toEqual([['direct', 'Johanna Bayer', 'We are anxious']]);
  });
});

describe('a person named first, then an apposition or affiliation with another name', () => {
  it.each([
    ['"said Tad Devine, Sanders\'s chief strategist"', 'Race\n\nBernie Sanders and Tad Devine spoke.\n\n"We will win this race in the end," said Tad Devine, Sanders\'s chief strategist.', [['direct', 'Tad Devine', 'We will win']]],
    ['"According to Paul Sperry of Counter Jihad, “…”"', 'Contracts\n\nPaul Sperry writes for Counter Jihad.\n\nAccording to Paul Sperry of Counter Jihad, “the company has been quietly moving vans of immigrants.”', [['direct', 'Paul Sperry', 'the company has']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('he and she reach two paragraphs back', () => {
  it('a quote two paragraphs after its speaker was named', () => {
    expect(speakers('Golf\n\nThe club was sold.\n\nSenator Mark Schmidt bought the club in 2010.\n\nThe course had lost money for years.\n\n"We had to change everything about the place," he said.')).toEqual([['direct', 'Mark Schmidt', 'We had to']]);
  });
});

describe('a quote paragraph carries the last speaker past one paragraph of narration', () => {
  it('speaker ¶ narration ¶ “quote”', () => {
    expect(speakers('Golf\n\nThe club was sold.\n\n“We had to change everything,” said Senator Mark Schmidt.\n\nThe course had lost money for years.\n\n“This is an absolute necessity for the whole town.”')).toEqual([
      ['direct', 'Mark Schmidt', 'We had to'], ['direct', 'Mark Schmidt', 'This is an'],
    ]);
  });
});

describe('guards from the review of this round', () => {
  it.each([
    ['"Hun Sen" keeps his name (Sen is a title only with its full stop)', 'Talks\n\nCambodian Prime Minister Hun Sen met Prime Minister Anwar Ibrahim in Phnom Penh.\n\n"We agreed on trade and on the border," Hun Sen said.',
      [['direct', 'Hun Sen', 'We agreed on']]],
    ['the last two of a list of three are no pair', 'Talks\n\nPresident Ferdinand Marcos, President Joko Widodo and Prime Minister Anwar Ibrahim met.\n\nMarcos, Widodo and Anwar said that the sea must stay open.',
      [['indirect', null, 'the sea must']]],
    ['a term in the next sentence is not the last speaker\'s quote', 'Talks\n\nSergei Lavrov met Ana Ruiz.\n\n“We agree on everything,” Lavrov said. The ministers also discussed the “grain corridor” and energy prices.',
      [['direct', 'Sergei Lavrov', 'We agree on']]],
    ['"he" is not a spokeswoman', 'Talks\n\nThe talks ended.\n\n“We made progress on the main issues,” a ministry spokeswoman said. “We will meet again next month,” he added.',
      [['direct', 'ministry spokeswoman', 'We made progress'], ['direct', null, 'We will meet']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['"difficult, but productive" stays one report', 'Talks\n\nSergei Lavrov met Ana Ruiz.\n\nLavrov said the talks were difficult, but productive for both sides.', 'the talks were difficult, but productive for both sides'],
    ['"the deal, although late, was a good one" stays whole', 'Talks\n\nSergei Lavrov met Ana Ruiz.\n\nLavrov said the deal, although late, was a good one.', 'the deal, although late, was a good one'],
  ])('%s', (_what, text, expected) => {
    expect(quotesOf(text).find((q) => q.kind === 'indirect')?.text).toBe(expected);
  });
});

describe('a new sentence after a quote: its verb, an adjunct after it, and participles', () => {
  it.each([
    ['“…!” Name said on Twitter.', 'Debate\n\nSenator Dana Whitfield spoke in Ohio.\n\n"We need it now!" Whitfield said on Twitter.',
      [['Dana Whitfield', 'said']]],
    ['“….” She followed that by saying, “…”', 'Debate\n\nSenator Dana Whitfield spoke.\n\nAsked about it, Whitfield said, "I do take responsibility." She followed that by saying, "I am not a natural politician."',
      [['Dana Whitfield', 'said'], ['Dana Whitfield', 'saying']]],
  ])('%s', (_what, text, expected) => {
    expect(quotesOf(text).map((q) => [q.speaker, q.cue])).toEqual(expected);
  });

  it('“….” Name said on Monday that …: the new sentence is its own report, not the quote\'s cue', () => {
    const qs = quotesOf('Debate\n\nSenator Dana Whitfield and Governor Lee Parks spoke.\n\n"We need it now." Parks said on Monday that the race was close.');
    expect(qs.map((q) => [q.kind, q.cue])).toEqual([['direct', null], ['indirect', 'said']]);
  });
});

describe('a speech verb inside the sentence, with a short subject right before it', () => {
  it.each([
    ['after a dashed aside and "and"', 'Race\n\nDana Whitfield spoke.\n\nShe is backing the senator -- not me -- and she says she will do everything she can to help.',
      [['indirect', 'Dana Whitfield', 'she will do']]],
    ['after an opening participle phrase', 'Race\n\nDana Whitfield spoke.\n\nAdopted by an American family in 1981, she says her family assumed it made her a citizen.',
      [['indirect', 'Dana Whitfield', 'her family assumed']]],
    ['after a subordinate clause, a plural subject and a bare clause', 'Skaters\n\nThe park opened in May.\n\nEven though skateboarding is allowed within the park, the women say officers still scrutinize the area.',
      [['indirect', 'women', 'officers still scrutinize']]],
    ['an acronym clause start and an outlet in capitals', 'Data\n\nThe firm sells data.\n\nCNN said L2’s work with the campaign is ongoing.',
      [['indirect', 'CNN', 'L2’s work with']]],
    ['an amount opens the clause; the paper speaks', 'Budget\n\nThe office published its outlook.\n\nThe paper said about half of the higher adjustment reflected revenue losses.',
      [['indirect', 'paper', 'about half of']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['a relative clause before the verb', 'Poll\n\nThe poll came out.\n\nThe figure compares with 30 percent who say the same about the governor.'],
    ['an opening phrase before the cue', 'Unions\n\nSteve Rosen spoke.\n\nIn the end, he said, the unions lost.'],
  ])('no report from %s', (_what, text) => {
    expect(speakers(text).filter(([kind, speaker]) => kind === 'indirect' && speaker !== 'Steve Rosen')).toEqual([]);
  });
});

describe('a plural described speaker is not "he" or "she"', () => {
  it('"the women say …" then “…,” she said', () => {
    const qs = quotesOf('Skaters\n\nThe park opened in May.\n\nThe women say officers still scrutinize the area.\n\n"Every time we skate, we tell the city we are here," she said.');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'women'], ['direct', null]]);
  });
});

describe('more shapes of a reported clause', () => {
  it.each([
    ['a time word, then adjuncts, then "that"', 'Donors\n\nSheldon Adler hosted a dinner.\n\nAdler said earlier on Friday during a news conference that he may wait until February.',
      [['indirect', 'Sheldon Adler', 'he may wait']]],
    ['"more than" and a number open the clause', 'Donors\n\nThe campaign raised money.\n\nAides said more than 1 million donors made contributions.',
      [['indirect', 'Aides', 'more than 1']]],
    ['told an outlet by its name, then the clause', 'Firm\n\nTony Podell runs the firm.\n\nPodell told the AP his firm worked closely with the charity.',
      [['indirect', 'Tony Podell', 'his firm worked']]],
    ['a condition opens the clause', 'Plan\n\nSenator Dana Whitfield spoke.\n\nWhitfield said if she were president, the programs would be expanded.',
      [['indirect', 'Dana Whitfield', 'if she were']]],
    ['", then says": the sentence\'s subject', 'Town hall\n\nGovernor Lee Parks took questions.\n\nParks offered the man a job, then says he will welcome advice from anyone.',
      [['indirect', 'Lee Parks', 'he will welcome']]],
    ['a lower-case plural subject after an opening clause', 'Tunnels\n\nThe border is long.\n\nSince the first tunnel was found in 1990, border officials say they have found 200 more.',
      [['indirect', 'border officials', 'they have found']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('not an inverted speaker after a comma: “…,” said Democratic strategist X', () => {
    const qs = quotesOf('Race\n\nThe race is close.\n\n"It is a tough road," said Democratic strategist Hank Shelby.');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Hank Shelby']]);
  });
});

describe('a reported question', () => {
  it.each([
    ['asked NAME whether …', 'Health\n\nReporter Scott Conley interviewed the senator.\n\nLast month, Conley asked Sanders whether questions about his health were fair game.', [['indirect', 'Scott Conley', 'whether questions about']]],
    ['asked the guest who …', 'Radio\n\nGlenn Bell, a radio host, spoke to the author.\n\nBell asked the author who he thought would win the presidency.', [['indirect', 'Glenn Bell', 'who he thought']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('not the passive: the one asked does not ask', () => {
    expect(speakers('Race\n\nDana Whitfield spoke.\n\nWhitfield was asked what she thought of the plan.')).toEqual([]);
  });
});

describe('the speech verb nearest the quote, and party tags', () => {
  it.each([
    ['"… because NAME has said he is “…”"', 'Delegates\n\nKevin Marsh signed up as a delegate.\n\nMarsh’s move is notable because House Speaker Paul Rand has said he is “not ready” to endorse the nominee.',
      [['indirect', 'Paul Rand', 'he is “not'], ['direct', 'Paul Rand', 'not ready']]],
    ['"Fifteen minutes after X was picked, NAME called the governor “…”"', 'Pick\n\nMike Pence was picked.\n\nFifteen minutes after Pence was picked as the running mate, campaign chairman John Podell called the governor "the most extreme pick in a generation."',
      [['direct', 'John Podell', 'the most extreme']]],
    ['a party tag after a comma: “…!” Rep. X, R-Pa., said of …', 'Convention\n\nTodd Mesek spoke for the museum.\n\n"Perpetual motion!" Rep. Glenn Thompson, R-Pa., said of the swirl of events.',
      [['direct', 'Glenn Thompson', 'Perpetual motion!']]],
    ['a party tag in brackets after a long description', 'Rally\n\nScarborough spoke.\n\nAt a rally Monday morning, the nominee’s GOP primary rival Sen. Marco Rubio (R-Fla.) said the nominee is unelectable now.',
      [['indirect', 'Marco Rubio', 'the nominee is']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('descriptions a readout uses for people it has named', () => {
  it.each([
    ['"the Party chief": the one the party\'s words introduce', 'Party leader hosts Prime Minister\n\nGeneral Secretary of the Workers’ Party Tran Van Minh spoke highly of the cooperation.\n\nMeeting Prime Minister Lim Boon Keat of the People’s Action Party in Hanoi, he hoped ties would grow.\n\nThe Party chief was delighted and suggested the two sides share more experience.',
      'Tran Van Minh'],
    ['"the visiting leader": the guest the host received', 'Talks\n\nPresident Tran Van Minh receives Prime Minister Lim Boon Keat in Hanoi.\n\nTran Van Minh spoke of the ties.\n\nThe visiting leader also noted that Singapore values the partnership.',
      'Lim Boon Keat'],
  ])('%s', (_what, text, expected) => {
    const reports = quotesOf(text).filter((q) => q.kind === 'indirect');
    expect(reports.map((q) => q.speaker).slice(-1)).toEqual([expected]);
  });
});

describe('a statement, and the person it reports', () => {
  it('“…,” said a statement from the presidency; "the statement said that X described Y as “…”"', () => {
    const text = 'Talks\n\nPresident Bakhtiyor Saidov discussed relations with President Nurlan Bekov in Samarkand.\n\n"The key topics were trade and water," said a statement from the Uzbek presidency, following the meeting.\n\nThe statement said that Saidov described Kazakhstan as "the closest partner of Uzbekistan."';
    expect(speakers(text)).toEqual([
      ['direct', 'Uzbek presidency', 'The key topics'],
      ['indirect', 'Uzbek presidency', 'Saidov described Kazakhstan'],
      ['direct', 'Bakhtiyor Saidov', 'the closest partner'],
    ]);
  });

  it('a capitalised "States" is no speech verb: "that the United States “must …”"', () => {
    const text = 'Deal\n\nSenator Dana Whitfield spoke.\n\nWhitfield released a statement, insisting that the United States “must stop treating the island like a colony.”';
    expect(quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.speaker)).not.toContain('United');
  });
});

describe('a body referred to as "they", and a description named a little later', () => {
  it('"the White House said … They added that …"', () => {
    const text = 'Call\n\nOn Tuesday, President Dan Ross spoke with President Ivan Petrov by phone.\n\n“The leaders agreed the suffering must end,” the White House said in a statement.\n\nThey added that the conversation was “very good.”';
    expect(quotesOf(text).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'White House'], ['indirect', 'White House'], ['direct', 'White House']]);
  });

  it('"A Kremlin spokesman says …", then "by Kremlin spokesman Dmitry Peskin"', () => {
    const text = 'Talks end\n\nA Kremlin spokesman says the talks ended after three hours, calling the conversation "very serious and detailed."\n\nThe remarks to journalists by Kremlin spokesman Dmitry Peskin were the first comments after the meeting.';
    expect(quotesOf(text).map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Dmitry Peskin'], ['direct', 'Dmitry Peskin']]);
  });
});

describe('"he" after an unnamed speaker and a man named since', () => {
  it('"…, a Kremlin spokesperson said. ¶ … after Mr Petrov had urged Europe … “…,” he said"', () => {
    const text = 'Talks\n\nChancellor Anna Berg and President Ivan Petrov met on Saturday.\n\nThe summit had only been meant to “check the watches”, a Kremlin spokesperson said.\n\nHigh on the agenda was Syria after Mr Petrov had urged Europe to help rebuild the country.\n\n“We need to strengthen the humanitarian effort,” he said.';
    expect(quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.speaker).slice(-1)).toEqual(['Ivan Petrov']);
  });
});

describe('a speech verb is written in lower case', () => {
  it('"…, the President of the United States, Donald J. Trump." holds no report', () => {
    expect(speakers('Call\n\nToday, the Prime Minister, Justin Trudeau, spoke with the President of the United States, Donald J. Trump.')).toEqual([]);
  });
});

describe('what the review of this round found', () => {
  it.each([
    ['"the Indian Army chief" is nobody the text introduced so, not the prime minister', 'Talks\n\nIndian Prime Minister Ravi Menon met his Chinese counterpart.\n\nThe Indian Army chief said that the border situation was stable.', ['Indian Army chief']],
    ['a country word used as a surname stays a country word before a title', 'Talks\n\nMark Cuban spoke. "It is early," Cuban said.\n\nCuban President Miguel Diaz-Canel met him. "Ties are strong," the Cuban president said.', ['Mark Cuban', 'Miguel Diaz-Canel']],
    ['"They said" after a body: the people it reported, unresolved', 'Talks\n\nLavrov met Wang Yi in Moscow on Monday, the Kremlin said.\n\nThey said the talks had been useful.', ['Kremlin', null]],
    ['"the visiting leader" is not the host the guest met', 'Talks\n\nPM Lim Boon Keat, on a visit to Vietnam, met President Tran Van Minh in Hanoi.\n\nThe visiting leader said that ties were strong.', ['visiting leader']],
    ['"asked that …" is a report like any verb with "that"', 'Sanctions\n\nForeign Minister Sergei Lavrov spoke.\n\nLavrov asked that the sanctions be lifted.', ['Sergei Lavrov']],
  ])('%s', (_what, text, expected) => {
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(expected);
  });

  it.each([
    ['a condition', 'Talks\n\nThe talks resumed.\n\nIf officials say the plan is dead, the talks will end.'],
  ])('no report from %s', (_what, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  // (A relative clause's verb phrase after the cue is what was said, as PolNeAR annotates it: "which … could be aiding".)
  it('a relative clause before a modal reports its verb phrase', () => {
    expect(quotesOf('Gas\n\nThe talks resumed.\n\nThey built a pipeline that officials say could carry gas to Europe.').map((q) => [q.speaker, q.text])).toEqual([
      ['officials', 'could carry gas to Europe'],
    ]);
  });
});

describe('a source the people index does not know is named as the text names it', () => {
  const speakers = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';

  it.each([
    ['a poll named before its noun', 'Mwangi is the most trusted leader in the region, according to a yearly Gallup poll.', 'Gallup', 'Mwangi is the'],
    ['a survey of two outlets', 'According to a Daily Nation-KTN News survey, 51 percent of voters backed the deal.', 'Daily Nation-KTN News', '51 percent of'],
    ['a tally by an agency', 'Trade rose by a third last year, according to a tally by the Associated Press.', 'Associated Press', 'Trade rose by'],
    ['a report in a newspaper', 'The border post will reopen in May, according to a report in the East African Standard.', 'East African Standard', 'The border post'],
    ['a study with its year', 'About 58 percent of traders cross the border weekly, according to a 2014 Trade Department study.', 'Trade Department', 'About 58 percent'],
    ['an outlet by its name', 'The two sides agreed to a new customs regime, Politico reported.', 'Politico', 'The two sides'],
    ['an organisation named with "of"', 'Consumer sentiment has risen since 2004, the University of Nairobi reported last week.', 'University of Nairobi', 'Consumer sentiment has'],
    ['the name after a description', 'In a call with analysts Monday, Acme chief executive Tom Read said company leaders had followed the debate.', 'Tom Read', 'company leaders had'],
    ['a campaign by its candidate', 'Mwangi’s campaign said it raised $2 million in January.', 'Mwangi’s campaign', 'it raised $2'],
    ['a year before the subject', 'On March 2, 2015, the Daily Monitor revealed that the ministers had met in secret.', 'Daily Monitor', 'the ministers had'],
    ['an adverb after the subject', 'The budget office now says the deficit will shrink.', 'budget office', 'the deficit will'],
    ['an organisation whose name opens on a country word', 'The American Trade Network said that the ads would run in May.', 'American Trade Network', 'the ads would'],
    ['a survey office of a country', 'The U.S. Geological Survey said that the quake was felt in Nairobi.', 'U.S. Geological Survey', 'the quake was'],
    ['a capital for its government', 'The sides agreed to cooperate on fighting terrorism. Nairobi also said it was ready to ratify the convention soon.', 'Nairobi', 'it was ready'],
  ])('%s', (_name, body, speaker, start) => {
    expect(speakers(INTRO + body)).toEqual([['indirect', speaker, start]]);
  });

  it.each([
    ['a finding that names nobody', 'The deal is popular, according to a new poll.'],
    ['a word capitalised only because it opens the sentence', 'Unions recall that the border was closed for a year.'],
    ['two of a list the index knows', 'Mwangi, Kimaro and Otieno said that the sea must stay open.'],
  ])('%s names no speaker', (_name, body) => {
    expect(speakers(INTRO + body).map(([, speaker]) => speaker)).toEqual([null]);
  });

  it('an outlet is no "she": the pronoun after it is the person named before', () => {
    expect(speakers(INTRO + 'According to Politico, Kimaro praised the “wonderful hosts” in Nairobi. She also said the talks had gone well.').slice(-1)).toEqual([
      ['indirect', 'Grace Kimaro', 'the talks had'],
    ]);
  });
});

describe('a cue that interrupts the claim: the whole sentence is reported', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';

  it.each([
    ['after a noun phrase', 'A new customs regime, Mwangi said, could double trade within a year.', 'Daniel Mwangi', 'A new customs regime, Mwangi said, could double trade within a year'],
    ['after a short opener (the clause after the comma)', 'Kimaro spoke next. Still, she said, both sides have to decide who pays for the bridge.', 'Grace Kimaro', 'both sides have to decide who pays for the bridge'],
    ['before a clause of its own', 'It was impossible, Mwangi said, so the two governments decided to share the costs.', 'Daniel Mwangi', 'It was impossible, Mwangi said, so the two governments decided to share the costs'],
  ])('%s', (_name, body, speaker, text) => {
    expect(reports(INTRO + body)).toEqual([[speaker, text]]);
  });

  it.each([
    ['a participle after the cue stays a second report', 'The talks were useful, Mwangi said, adding that more work was needed.',
      [['Daniel Mwangi', 'The talks were useful'], ['Daniel Mwangi', 'more work was needed']]],
    ['a plural noun after a preposition is no cue', 'Interaction, cooperation among regional states, without interference of outsiders, is a condition for security.', []],
    ['an adjunct of the cue after its comma', 'The election was rigged, Kimaro said, without offering any evidence.', [['Grace Kimaro', 'The election was rigged']]],
    ['a reason of the cue’s own', 'The visit will be delayed, the official said, because he was not authorized to speak publicly.', [['official', 'The visit will be delayed']]],
    ['a quoted fragment after the comma', 'Relations are at their best, Mwangi said, with trade at "record levels" this year.', [['Daniel Mwangi', 'Relations are at their best']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });
});

describe('a second report in a sentence that already has one', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';

  it.each([
    ['"but he said" after the first', 'Mwangi said he did not expect a deal this year, but he said the border could reopen in May.',
      [['Daniel Mwangi', 'he did not expect a deal this year'], ['Daniel Mwangi', 'the border could reopen in May']]],
    ['"and NAME said": two speakers', 'Mwangi said the talks were useful and Kimaro said the two sides would meet again.',
      [['Daniel Mwangi', 'the talks were useful'], ['Grace Kimaro', 'the two sides would meet again']]],
    ['"NAME, who said A, VERB": the relative clause holds a report', 'Grace Kimaro, who said the talks were useful, left for Dodoma on Tuesday.',
      [['Grace Kimaro', 'the talks were useful']]],
    ['a relative clause with an adjunct, then the main report', 'Grace Kimaro, who said in an interview that she had not signed the memorandum, recalled that the ministry had sent a lawyer.',
      [['Grace Kimaro', 'she had not signed the memorandum'], ['Grace Kimaro', 'the ministry had sent a lawyer']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });

  it.each([
    ['a share of people as the second subject', 'About four out of 10 voters said the border should stay open, while nine in 10 said they wanted lower tariffs.',
      [['About four out of 10 voters', 'the border should stay open'], [null, 'they wanted lower tariffs']]],
    ['a second subject with an adjunct before its verb', 'Mwangi said the customs union was ready, while Kimaro in a radio interview said she would study the plan.',
      [['Daniel Mwangi', 'the customs union was ready'], ['Grace Kimaro', 'she would study the plan']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });

  it('"said that’s …": "that" with its verb contracted is the clause’s subject', () => {
    expect(reports(INTRO + 'Kimaro said that’s what she had expected from the talks.')).toEqual([['Grace Kimaro', 'that’s what she had expected from the talks']]);
  });

  it('", and then would …" goes on with the same clause', () => {
    expect(reports(INTRO + 'Kimaro said she hoped to sign the deal in May, and then would present it to parliament.')).toEqual([
      ['Grace Kimaro', 'she hoped to sign the deal in May, and then would present it to parliament'],
    ]);
  });

  it('"and … said nothing" is no second report', () => {
    expect(reports(INTRO + 'Mwangi said the talks went well and Kimaro said nothing.')).toEqual([['Daniel Mwangi', 'the talks went well and Kimaro said nothing']]);
  });
});

describe('a participle before a quote is said by the sentence’s subject', () => {
  it.each([
    ['", telling the crowd, “…”"', 'Kenyan President Daniel Mwangi spoke in Mombasa.\n\nMwangi went further, telling the crowd, “I am a negotiator like you.”', [['direct', 'Daniel Mwangi', 'I am a']]],
    ['", saying, “…”" after an object', 'Kenyan President Daniel Mwangi spoke in Mombasa.\n\nMwangi praised the port workers, saying, “You built this country.”', [['direct', 'Daniel Mwangi', 'You built this']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('readout wordings: "bared", a passive after a quote', () => {
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';
  it.each([
    ['"bared" reports (Philippine English)', 'This was echoed by Mwangi, who bared that the two governments agreed to hold joint patrols.', [['indirect', 'Daniel Mwangi', 'the two governments']]],
    ['a passive after a fragment names nobody: the sentence’s subject speaks', 'Kimaro described the meeting as “incredibly positive,” it was reported from Dodoma.', [['direct', 'Grace Kimaro', 'incredibly positive,']]],
  ])('%s', (_name, body, expected) => {
    expect(speakers(INTRO + body)).toEqual(expected);
  });
});

describe('objects and subjects that are names or numbers', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';
  it.each([
    ['"told" a name without "the", then a bare clause', 'Mwangi told Reuters they planned to reopen the border in May.', [['Daniel Mwangi', 'they planned to reopen the border in May']]],
    ['a count with its thousands separator opens the clause', 'Kimaro said 2,093 of the trucks were cleared in all or part.', [['Grace Kimaro', '2,093 of the trucks were cleared in all or part']]],
    ['a number and a noun, then the verb', 'Kimaro said 20 people were hurt at the border.', [['Grace Kimaro', '20 people were hurt at the border']]],
    ['a share as the subject', 'On trade, 42% say they want lower tariffs.', [[null, 'they want lower tariffs']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });
});

describe('what the review of this session found', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';
  it.each([
    ['a list inside a relative clause\'s report', 'The plan was drafted with help from Grace Kimaro, who said the change would help workers, families and small businesses.',
      [['Grace Kimaro', 'the change would help workers, families and small businesses']]],
    ['an inserted phrase inside a relative clause\'s report', 'The bill was backed by Grace Kimaro, who said the measure, if passed, would protect jobs in Dodoma.',
      [['Grace Kimaro', 'the measure, if passed, would protect jobs in Dodoma']]],
    ['"and he said" without a comma is more of what she said', 'Kimaro said she had spoken with the envoy and he said the border would not close.',
      [['Grace Kimaro', 'she had spoken with the envoy and he said the border would not close']]],
    ['a finding of a month names nobody', 'Support for the deal has fallen to 40 percent, according to a poll in March.', [[null, 'Support for the deal has fallen to 40 percent']]],
    ['critics of a study are not its authors', 'Critics of the study by the Trade Policy Institute said the figures were too low.', [[null, 'the figures were too low']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });
});

describe('a participle report after a document, "by", or a quote’s comma', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';
  it.each([
    ['"released a statement saying …"', 'Later, Mwangi released a statement saying the border would reopen in May.', [['Daniel Mwangi', 'the border would reopen in May']]],
    ['"responded by saying …"', 'Kimaro responded by saying she had not seen the draft.', [['Grace Kimaro', 'she had not seen the draft']]],
    ['"…,” saying that …" after a quoted term', 'Local activists sued after the ministry ended what it called the “Golden Window,” saying that the change burdened small firms.', [['Local activists', 'the change burdened small firms']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });
});

describe('an opening phrase before a cue is no claim', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';
  it.each([
    ['a place and time', 'At a Thursday rally in Mombasa, Mwangi said, “We will open the border.”', []],
    ['a participle phrase', 'Racking up a string of victories in the north, Kimaro told reporters, “We are winning.”', []],
    ['but a claim with its verb still is', 'In 2015, the port earned $3 billion, Mwangi said.', [['Daniel Mwangi', 'In 2015, the port earned $3 billion']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });
});

describe('who "he" or "she" is: the subject of the sentence before, not a name in its object', () => {
  const direct = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  it.each([
    ['a time phrase opens the sentence before the subject',
      '“The border stays shut,” Kenyan President Daniel Mwangi said on Sunday.\n\nThe day before, at a rally in Arusha, Tanzania, Ms. Grace Kimaro was just as blunt. “We will not wait,” she said.',
      [['Daniel Mwangi', 'The border stays'], ['Grace Kimaro', 'We will not']]],
    ['a name after "he said" is his answer, not the subject',
      'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Joseph Kimaro on Monday.\n\nMwangi eased his tone. Asked who leads the talks, he said Kimaro. “I would say Joseph for now,” he said.',
      [['Daniel Mwangi', 'I would say']]],
    ['a name after a preposition is no subject',
      '“The port is ready,” said Kenyan President Daniel Mwangi. The good news for Joseph Kimaro is the timing. “He will get his deal,” he added.',
      [['Daniel Mwangi', 'The port is'], ['Daniel Mwangi', 'He will get']]],
  ])('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});

describe('cues that stand apart from the quote', () => {
  const direct = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  it.each([
    ['"…” if …, said X, an analyst" at the sentence’s end',
      'Polls show Mwangi ahead in Nairobi.\n\n“Many would call that a defeat” if he won by less, said Grace Kimaro, an analyst at the Policy Institute.',
      [['Grace Kimaro', 'Many would call']]],
    ['"As X, an apposition, put it, “…”"', 'The court ruled on Monday. As Grace Kimaro, a professor of law in Dodoma, put it, “The ruling is final.”',
      [['Grace Kimaro', 'The ruling is']]],
    ['"in what X, an apposition, called “…”"', 'The envoy guarded every vote in 1976, in what Grace Kimaro, a treasurer of the campaign, called “hand-to-hand combat.”',
      [['Grace Kimaro', 'hand-to-hand combat.']]],
    ['a headline in title case: "X Says Y ‘…’"', 'Daniel Mwangi Says Tanzania Deal ‘Is Within Reach.’\n\nKenyan President Daniel Mwangi spoke in Nairobi on Monday.',
      [['Daniel Mwangi', 'Is Within Reach.']]],
  ])('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});

describe('titles of monarchs and a pronoun inside a clause', () => {
  const all = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  it.each([
    ['"the Amir" is the Amir the text introduced',
      'KUWAIT: His Highness the Amir Sheikh Salem Al-Ahmad spoke with US President Tom Barrow on Wednesday.\n\nMeanwhile, His Highness the Amir was grateful, praising the bond between the nations, “whom history has proven to be friends.”',
      [['direct', 'Salem Al-Ahmad', 'whom history has']]],
    ['"on what he described as “…”" is his, not the object’s before it',
      'KUWAIT: Sheikh Salem Al-Ahmad spoke with US President Tom Barrow on Wednesday.\n\nSheikh Salem was grateful. He also congratulated the president on what he described as the “largest-ever evacuation of its kind.”',
      [['direct', 'Salem Al-Ahmad', 'largest-ever evacuation of']]],
  ])('%s', (_name, text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('a name in brackets and a statement by "his"', () => {
  const all = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  it.each([
    ['"Joko Widodo (Jokowi)": the bracketed name is the same person',
      'Jakarta: Indonesian President Budi Santoso (Bussan) met Australian Prime Minister Tom Reid on Monday.\n\nBussan noted that ties had never been closer.',
      [['indirect', 'Budi Santoso', 'ties had never']]],
    ['"According to his statement on June 5, 2022, …": his, past the date’s comma',
      'Jakarta: Indonesian President Budi Santoso met Australian Prime Minister Tom Reid on Monday.\n\nReid was sworn in last month. According to his statement on June 5, 2022, his visit would deepen ties.',
      [['indirect', 'Tom Reid', 'his visit would']]],
  ])('%s', (_name, text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('a participle after a determiner is an adjective, not a speech verb', () => {
  it('"progress of the proposed treaty" reports nothing', () => {
    expect(quotesOf('Prime Minister Tom Reid met Deputy Prime Minister Ana Kula in Seoul on Monday.\n\nTheir talks covered progress of the proposed Security Treaty (ST), visas and the rugby bid.')).toEqual([]);
  });
});

describe('cues at the end of the sentence, in a split quote, in a label', () => {
  const direct = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  it.each([
    ['"“…,” after X expressed …" is a clause of its own, not the cue',
      '“In breaking news,” Grace Kimaro wrote last January, “Mwangi wins an endorsement from his own aide,” after Mwangi spokesman Tom Reid expressed support.',
      [['Grace Kimaro', 'In breaking news,'], ['Grace Kimaro', 'Mwangi wins an']]],
    ['a fragment, "and …", then the sentence’s cue', '"I have made it clear that he has voted against the port" and against the rail bill, Kimaro said.',
      [['Kimaro', 'I have made']]],
    ['a quote, a phrase of no verb, then ", says X, an analyst"', '"These groups have been setting the table," in sharp contrast to past elections, says Dante Okello, a political scientist in Kampala.',
      [['Dante Okello', 'These groups have']]],
    ['"“…,” X, Mr. Y’s deputy, said"', 'Mwangi will not send troops. “We don’t believe troops are the answer,” Tom Reid, Mr. Mwangi’s deputy national security adviser, said Sunday.',
      [['Tom Reid', 'We don’t believe']]],
    ['the second part of a quote split by "Mr. X wrote"', "Mr. Mwangi went on. ''Captain Otieno, killed years ago, was a hero,'' Mr. Mwangi wrote, ''but this is about the weakness of our leaders!''",
      [['Mwangi', 'Captain Otieno, killed'], ['Mwangi', 'but this is']]],
    ['a quote after a sentence whose cue names its speaker', 'Mwangi has turned defeat into victory. Mwangi "felt a moral obligation to act on" the drought, Kimaro said. "This is core stuff for him."',
      [['Kimaro', 'felt a moral'], ['Kimaro', 'This is core']]],
    ['a name alone before a colon', 'Daniel Mwangi and Grace Kimaro reject the plan.\n\nThey differ on why. Mwangi: "Our goal is to defeat it." Kimaro: "The mission is to end it."',
      [['Daniel Mwangi', 'Our goal is'], ['Grace Kimaro', 'The mission is']]],
    ['"As X, an apposition, put it:"', 'Few agreed. As Grace Kimaro, the No. 2 in the party, put it: "This person will not be confirmed."',
      [['Grace Kimaro', 'This person will']]],
    ['"Of X, Y, who …, said"', 'New York attorney Tom Reid spoke. Of Mwangi, Reid, who has given money to Kimaro, said, “He is flat-out scary.”',
      [['Tom Reid', 'He is flat-out']]],
  ])('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});

describe('what the review of this session found', () => {
  const all = (text: string) => quotesOf(text).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
  const LEAD = 'Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in Geneva on Friday.\n\n';
  it.each([
    ['a wire’s "reported X" after a cue is not the speaker', LEAD + '"We will respond to any provocation," the minister said on Monday, reported Interfax.',
      [['direct', 'Sergei Lavrov', 'We will respond']]],
    ['"“…,” as X put it" is a cue', LEAD + 'Blinken said the talks were hard. "Russia will never be isolated," as Lavrov put it.',
      [['indirect', 'Antony Blinken', 'the talks were'], ['direct', 'Sergei Lavrov', 'Russia will never']]],
    ['a cue inside a relative clause does not carry to the next sentence', LEAD + 'Lavrov mocked Blinken, who said on Sunday that Russia was isolated. "This is pure fantasy."',
      [['indirect', 'Antony Blinken', 'Russia was isolated'], ['direct', 'Sergei Lavrov', 'This is pure']]],
    ['a dateline in capitals is no label', 'ISLAMABAD: "Pakistan wants peace with all its neighbours." With these words, Prime Minister Shehbaz Sharif opened the summit on Monday.',
      [['direct', 'Shehbaz Sharif', 'Pakistan wants peace']]],
    ['a body’s bare name is no label', LEAD + 'Lavrov was in a combative mood. White House: "We will not back down."', [['direct', null, 'We will not']]],
    ['"what he called" after a described subject is the described speaker’s', LEAD + 'A Kremlin spokesman rejected what he called "baseless accusations" by Washington.',
      [['direct', 'Kremlin', 'baseless accusations']]],
    ['"According to X, 2022 …": a year after the source is the clause’s', LEAD + 'According to Lavrov, 2022 was a turning point for relations with Washington.',
      [['indirect', 'Sergei Lavrov', '2022 was a']]],
    ['a party in brackets is not another name for the person', 'Opposition leader Keir Morgan (Labour) met the envoy on Monday.\n\nLabour said the plan was fully costed.',
      [['indirect', 'Labour', 'the plan was']]],
    ['"“…,” the director, X, said Tuesday": the day is no speaker', 'Police chief James Comey testified. "There were no ties of any consequence," the bureau’s director, James Comey, said Tuesday.',
      [['direct', 'James Comey', 'There were no']]],
    ['"Ms Obe" keeps a surname that is also a post-nominal', 'Nigerian lawyer Ayo Obe met the envoy on Monday. "The talks were useful," Ms Obe said.',
      [['direct', 'Ayo Obe', 'The talks were']]],
  ])('%s', (_name, text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

describe('a body’s document labels the quote after its colon', () => {
  it('"The White House readout:" then a quote that runs over paragraphs', () => {
    const text = 'President Tom Barrow spoke with Prime Minister Ken Abe on Wednesday about trade.\n\nThe White House readout:\n\n"The president spoke to Prime Minister Ken Abe today to discuss regional security.\n\n"They pledged to work together closely."';
    expect(quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['White House']);
  });
});

describe('a longer opening phrase and a sentence-opening conjunction', () => {
  const direct = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct').map((q) => q.speaker);
  it.each([
    ['"As voters went to the polls earlier in the day, X …" opens on a phrase of eleven words',
      'Mwangi kept fighting. As voters went to the polls earlier in the day, the Mwangi campaign sent out an email and accused Kimaro allies of being "traitors" in the race.',
      ['Mwangi campaign']],
    ['"Since Trump …" does not make "Since Trump" a person',
      'Since Kimaro took office, trade has grown. Grace Kimaro told an audience in Arusha last week that the plan was "intolerable."',
      ['Grace Kimaro']],
  ])('%s', (_name, text, expected) => {
    expect(direct(text)).toEqual(expected);
  });
});

describe('"X and his counterpart, Y," speak together', () => {
  it('the commas around the counterpart’s name do not break the pair', () => {
    const qs = quotesOf('Prime Minister Tom Reid and his Australian counterpart, Ken Abbot, say they want to strengthen ties between their ministers.');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'Tom Reid and Ken Abbot']]);
  });
});

describe('a trailing cue that names a body ends the clause before it', () => {
  it('"X said Iran was ready to send aid, Iranian state TV reported"', () => {
    const qs = quotesOf('President Ebrahim Raisi spoke with President Abdel Fattah al-Sisi.\n\nRaisi said Iran was ready to send aid, Iranian state TV reported.');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([['Ebrahim Raisi', 'Iran was ready to send aid']]);
  });
});

describe('a trailing "told" cue with its audience, and the quote that follows it', () => {
  it.each([
    ['"…, X told the media following talks with Y."',
      'Foreign Minister Amina Qadir held talks in Moscow.\n\nMoscow and Islamabad have agreed to continue pragmatic interaction, Russia’s Foreign Minister Oleg Petrov told the media following talks with Qadir.\n\n“We have decided to continue our partnership,” he added.',
      [['indirect', 'Oleg Petrov', 'Moscow and Islamabad'], ['direct', 'Oleg Petrov', 'We have decided']]],
    ['"…, X told reporters after the meeting."',
      'The two sides will sign a trade deal next month, Amina Qadir told reporters after the meeting.',
      [['indirect', 'Amina Qadir', 'The two sides']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it('"…, X told reporters the deal was done" is no trailing cue: the report is the clause after the audience', () => {
    expect(speakers('Trade has grown, Amina Qadir told reporters the deal was done.')).toEqual([['indirect', 'Amina Qadir', 'the deal was']]);
  });
});

describe('link lines under a "READ MORE" heading are no part of the story', () => {
  it('"he said" after the links is the story’s speaker, not a name in a link', () => {
    const text =
      'Foreign Minister Bilal Qadir met his Russian counterpart on Thursday.\n\nQadir said the talks went well. He thanked his hosts.\n\nAhead of the trip, Qadir said he was hopeful.\n\nREAD MORE\n\nUK Prime Minister Sunak faces first date with voters\n\nBrazilian police raid ex-President Bolsonaro’s home\n\n"During my visit, I look forward to constructive discussions," he said.';
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual([['direct', 'Bilal Qadir', 'During my visit,']]);
  });
});

describe('"the official" after a titled person the text is reporting', () => {
  it.each([
    ['"The official disclosed …" after the spokesperson',
      'Presidential Spokesperson Ernesto Abad, in a briefing, told reporters that the leaders took note of the relationship.\n\nThe official disclosed that the U.S. has committed USD 32 million in training.',
      [['indirect', 'Ernesto Abad', 'the leaders took'], ['indirect', 'Ernesto Abad', 'the U.S. has']]],
    ['"The Bangladesh Awami League chief said …" after the prime minister’s quote',
      'Bangladesh PM Sheikh Rahima, while addressing the press, stated that India remains a friend.\n\n“India is our major neighbour,” Rahima said.\n\nThe Bangladesh Awami League chief said that the meetings were fruitful.',
      [['indirect', 'Rahima', 'India remains a'], ['direct', 'Rahima', 'India is our'], ['indirect', 'Rahima', 'the meetings were']]],
    ['"the second official" is another one',
      'A senior official said the plan was dead. Senator Joan Pike said it was alive.\n\n“It is over,” said the second official.',
      [['indirect', 'senior official', 'the plan was'], ['indirect', 'Joan Pike', 'it was alive'], ['direct', 'second official', 'It is over,']]],
    ['an unnamed official introduced before stays the speaker',
      'Senator Joan Pike said the plan was alive. A senior official said it was dead.\n\nThe official added that talks would resume.',
      [['indirect', 'Joan Pike', 'the plan was'], ['indirect', 'senior official', 'it was dead'], ['indirect', 'senior official', 'talks would resume']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a span of time opening the sentence, and a signature line under a quote', () => {
  it.each([
    ['"Hours later, X …, telling Reuters, “…”": the participle’s subject after a time phrase',
      'Debate night\n\nSheldon Adams met Donald Kimaro in Macau.\n\nHours later, Kimaro returned the compliment to Adams, telling Reuters, “Sheldon and I have been friends for a long time.”',
      [['direct', 'Donald Kimaro', 'Sheldon and I']]],
    ['"Two days earlier, X told …"',
      'Debate night\n\nSheldon Adams met Donald Kimaro in Macau.\n\nTwo days earlier, Kimaro told reporters, “We will win.”',
      [['direct', 'Donald Kimaro', 'We will win.']]],
    ['"- Sanders." on the line under a quote signs it',
      'Debate night\n\nSenator Bernie Sandor spoke in Iowa on Monday.\n\n"The idea that I would dismantle health care is just not accurate."\n\n- Sandor.\n\nSandor exaggerates when he says so.',
      [['direct', 'Bernie Sandor', 'The idea that']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it('a dash line that names nobody the text knows signs nothing', () => {
    expect(speakers('Debate night\n\nThe debate in Iowa was long.\n\n"The idea is just not accurate."\n\n- Reuters.').map((q) => q[1])).toEqual([null]);
  });
});

describe('"NAME of PLACE, the APPOSITION …, who said": the relative clause is the named person’s', () => {
  it('not the committee that ends the apposition', () => {
    const text = 'Emails row\n\nThe position was supported Friday by Sen. Diane Fenwick of California, the ranking Democrat on the Senate Intelligence Committee, who said none of the emails originated with the department.\n\n"It has never made sense to me," she said in a statement.';
    expect(speakers(text)).toEqual([['indirect', 'Diane Fenwick', 'none of the'], ['direct', 'Diane Fenwick', 'It has never']]);
  });
});

describe('what the review of this session found', () => {
  it.each([
    ['"told reporters Tuesday." still ends a trailing cue',
      'Senate\n\nThe bill will pass before the August recess, Senate Majority Leader Ray Dunlop told reporters Tuesday.',
      [['indirect', 'Ray Dunlop', 'The bill will']]],
    ['"told him bluntly."', 'Senate\n\nThe bill will pass this month, Ray Dunlop told him bluntly.', [['indirect', 'Ray Dunlop', 'The bill will']]],
    ['a cue line ending on a colon under a READ MORE heading is no link',
      'Ministers meet\n\nForeign Minister Ana Vidal met her counterpart Tom Hale in Oslo on Tuesday.\n\nThe two discussed the border dispute and trade.\n\nHale arrived in Oslo on Monday evening.\n\nREAD MORE\n\nRuritania and Borduria agree to reopen border crossing\n\nSpeaking to reporters after the talks, Vidal said:\n\n“We have opened a new chapter with our neighbours.”',
      [['direct', 'Ana Vidal', 'We have opened']]],
    ['"The Labour leader" is not the prime minister who spoke before',
      'PM meets opposition\n\nPrime Minister Ana Vidal met Tom Hale in Oslo on Tuesday. Prime Minister Vidal said the talks had been useful.\n\nThe Labour leader said the government had ignored his party.',
      [['indirect', 'Ana Vidal', 'the talks had'], ['indirect', 'Labour leader', 'the government had']]],
    ['"The official" after "briefed by a senior U.S. official" is that official',
      'Talks\n\nSecretary of State Mara Quill said the talks were productive.\n\nReporters were later briefed by a senior U.S. official. The official said Hale had asked for more time.',
      [['indirect', 'Mara Quill', 'the talks were'], ['indirect', 'official', 'Hale had asked']]],
    ['a dashed list of names signs no quote',
      'Council named\n\nPrime Minister Ana Vidal named a new security council on Tuesday after meeting Tom Hale.\n\nVidal told reporters: “These are the people I trust.”\n\n- Tom Hale\n\n- Lena Voss',
      [['direct', 'Ana Vidal', 'These are the']]],
    ['a signature line does not take the second half of a cued quote',
      'Letters\n\nSenator Ray Dunlop met Governor Lena Voss on Tuesday.\n\n“The governor has betrayed the farmers,” Dunlop wrote in a letter to supporters. “We will not forget.”\n\n— Lena Voss',
      [['direct', 'Ray Dunlop', 'The governor has'], ['direct', 'Ray Dunlop', 'We will not']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a cue right before the quote, set off by its comma', () => {
  it.each([
    ['"… and NAME said, “…”": the nearer subject, not the first clause’s',
      'Rally\n\nAt one point, a woman asked for a photo and Kerrigan said, “Sure, come on up.”',
      [['direct', 'Kerrigan', 'Sure, come on']]],
    ['guard: "after NAME, asked …, had said, “…”" keeps the name, not the sentence’s subject',
      'Putin praise\n\nThe issue came up after Mr. Dunlop, asked about the deaths of journalists, had said, “I think our country does plenty of killing also.”',
      [['direct', 'Dunlop', 'I think our']]],
    ['a pronoun with an adverb before its verb ("he often says")',
      'Rubio tested\n\nMr. Delmar tried again.\n\n"The issue with him is not experience," he often says. "It\'s that his ideas do not work."',
      [['direct', 'Delmar', 'The issue with'], ['direct', 'Delmar', 'It\'s that his']]],
    ['"“…” Perhaps, he said, this “…”": the set-off cue belongs to the next sentence',
      'Mosque town\n\n"We are a small town," said Dennis Gaskell, a retiree. "Hindus are more noticeable here." Perhaps, he said, this "small town has gotten too big too fast."',
      [['direct', 'Dennis Gaskell', 'We are a'], ['direct', 'Dennis Gaskell', 'Hindus are more'], ['direct', 'Dennis Gaskell', 'small town has']]],
    ['a generation after the name: "Joseph R. Marlow II, a lawyer …. He …"',
      'Judge rules\n\nJudge Carl Reeve ruled on Friday.\n\nJoseph R. Marlow II, a onetime lawyer for a family group, later came out as gay. He married in Mississippi last year.\n\n"The politics are just so blatant," he said in an interview.',
      [['direct', 'Joseph R. Marlow II', 'The politics are']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text).filter((q) => q[0] === 'direct')).toEqual(expected);
  });
});

describe('two people speaking together, and the monarch the text names', () => {
  it.each([
    ['a fragment in a sentence whose subject is two people is their words together',
      'Talks in Cairo\n\nKing Hamid II held talks with Tarvia’s interim president Adli Mansoor.\n\nMansoor and King Hamid agreed to step up efforts ‘to fulfil the common interests of the two peoples’.',
      [['direct', 'Adli Mansoor and Hamid II', 'to fulfil the']]],
    ['past a participle phrase after the opening one, and "the interim leader" is the interim president',
      'Talks in Cairo\n\nKing Hamid II held talks with Tarvia’s interim president Adli Mansoor.\n\nDuring the talks, held at Ittihadiyah Palace, the King and the interim leader agreed to step up efforts ‘to fulfil the common interests’.',
      [['direct', 'Hamid II and Adli Mansoor', 'to fulfil the']]],
    ['"His Majesty said" is the king the text named',
      'Talks in Cairo\n\nHis Majesty King Hamid II returned home on Saturday after talks in Cairo.\n\nHis Majesty said his country would support the choice of the people ‘in a way to boost its strength’.',
      [['indirect', 'Hamid II', 'his country would'], ['direct', 'Hamid II', 'in a way']]],
    ['a sentence opening "According to a statement issued by X," gives X a fragment later in it',
      'Ministers talk\n\nAccording to a joint statement issued by the Ministry of External Affairs, Jaishankar and Wang negotiated in a ‘frank and constructive’ way.',
      [['indirect', 'Ministry of External Affairs', 'Jaishankar and Wang'], ['direct', 'Ministry of External Affairs', 'frank and constructive']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('what the review of the joint-speaker and opening-phrase rules found', () => {
  const LEAD = 'Talks in Warsaw\n\nPresident Lech Nowak met Chancellor Otto Weiss in Warsaw on Monday.\n\n';
  it.each([
    ['an adjective in -ed after an opening phrase is no participle phrase ("retired general")',
      LEAD + 'On Tuesday, retired general Jan Kos, a critic of Nowak, said the talks were a mistake.', [['indirect', 'Jan Kos', 'the talks were']]],
    ['"armed guards said, “…”" is still a quote', LEAD + 'Outside the palace, armed guards said, “Nobody may pass.”', [['direct', null, 'Nobody may pass.']]],
    ['"According to X," does not take words a person in the sentence said', LEAD + 'According to the ministry, Nowak referred to Weiss as “my brother”.',
      [['indirect', 'ministry', 'Nowak referred to'], ['direct', 'Lech Nowak', 'my brother']]],
    ['nor a relative clause’s quote', LEAD + 'According to the ministry, the two men also talked about Weiss, who has called the pipeline “a trap for Europe”.',
      [['indirect', 'ministry', 'the two men'], ['direct', 'Otto Weiss', 'a trap for']]],
    ['two people greeted by protesters chanting “…” did not say it', LEAD + 'Nowak and Weiss were greeted by protesters chanting “no more gas deals” outside the palace.',
      [['direct', null, 'no more gas']]],
    ['"His Majesty" is no queen', 'Talks\n\nQueen Ana Lind of Norland met King Hamid II in Amman on Monday. His Majesty said the region needed calm.',
      [['indirect', 'His Majesty', 'the region needed']]],
    ['"His Majesty’s Government" is no monarch', 'Talks\n\nHis Majesty King Hamid II returned home.\n\nHis Majesty’s Government said the region needed calm.',
      [['indirect', 'His Majesty’s Government', 'the region needed']]],
    ['"the incoming president" is not the sitting one', LEAD.replace('Chancellor Otto Weiss', 'President-elect Marta Zielinska') + 'The incoming president said she would keep the alliance.',
      [['indirect', 'incoming president', 'she would keep']]],
    ['a father and a son are two people', 'Talks\n\nPresident Lech Nowak met Governor Paul Brandt Jr. in Warsaw on Monday. His father, Paul Brandt Sr., said on Tuesday that the trip was a success.',
      [['indirect', 'Paul Brandt Sr', 'the trip was']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a name set off after a description opens the sentence', () => {
  it.each([
    ['"Sri Lankan president also said …": a country’s office opening a sentence with no article',
      'Talks\n\nPresident Ali Khan met his Sri Lankan counterpart Ravi Perera on Saturday.\n\nSri Lankan president also expressed his gratitude and said it was a matter of pleasure for him to visit.',
      [['indirect', 'Ravi Perera', 'it was a']]],
    ['"On Monday, Femi Okafor, Adeyemi’s spokesperson, revealed …": the name, not the possessive in its apposition',
      'Talks\n\nPresident Bola Adeyemi met Cyril Dube.\n\nOn Monday, Femi Okafor, Adeyemi’s spokesperson, revealed that the two leaders held a fruitful discussion.',
      [['indirect', 'Femi Okafor', 'the two leaders']]],
    ['"Recall the spokesperson had earlier revealed that …": an imperative to the reader is no part of the subject',
      'Talks\n\nPresident Bola Adeyemi met Cyril Dube in New York.\n\nRecall the presidential spokesperson had earlier revealed that Adeyemi would engage in bilateral meetings.',
      [['indirect', 'presidential spokesperson', 'Adeyemi would engage']]],
    ['guard: with no article, a country’s office is only someone the text ties to that country',
      'Talks\n\nPresident Ama Boateng met Prime Minister Ravi Nair in Accra on Monday.\n\nIndian president also welcomed the talks and said India would send a delegation.',
      [['indirect', 'Indian president', 'India would send']]],
    ['guard: a country’s office that introduces a name is no description',
      'Talks\n\nPresident Ali Khan met envoys on Saturday.\n\nSri Lankan President Ravi Perera said it was a matter of pleasure for him to visit.',
      [['indirect', 'Ravi Perera', 'it was a']]],
    ['"Kazakhstan’s foreign minister, Erlan Idrissov, plays down concerns. … he says": the possessive and the apposition',
      'Central Asia\n\nIn July, dozens were hurt in a brawl near a copper mine.\n\nKorvia’s foreign minister, Erlan Idrisov, plays down concerns. The neighbour may be larger, but its growth is good news, he says.\n\n"Our philosophy is simple," he said in an interview.',
      [['indirect', 'Erlan Idrisov', 'The neighbour may'], ['direct', 'Erlan Idrisov', 'Our philosophy is']]],
    ['"The Egyptian Ambassador, Haddad, praised …": a description with a determiner, then the name',
      'Envoys\n\nPresident Ama Boateng received seven envoys. They are Egypt’s Omar Haddad and Yanko Vasilev from Bulgaria.\n\nThe Egyptian Ambassador, Haddad, praised the president’s “farsighted policies and transcendent leadership” at the ceremony.',
      [['direct', 'Omar Haddad', 'farsighted policies and']]],
    ['"During the event, the Apostolic Nuncio to Argentina, Monsignor X, dean of the corps, thanked …": an envoy’s "to Argentina" is part of the description',
      'Envoys\n\nForeign Minister Diana Mondino received the diplomatic corps.\n\nDuring the event, the Apostolic Nuncio to Argentina, Monsignor Miroslaw Adamczyk, dean of the diplomatic corps, thanked Argentina “for the warm hospitality of its people and its authorities” and left.',
      [['direct', 'Monsignor Miroslaw Adamczyk', 'for the warm']]],
    ['guard: a name in the object of a preposition is not the subject',
      'Taxes\n\n"We need a new revenue source," said Mr. Burman of the Tax Policy Center. Proposals so far from the Democratic front-runner, Hillary Ruddock, to raise taxes, he added, amount to "just kind of tinkering around the edges."',
      [['direct', 'Burman', 'We need a'], ['indirect', 'Burman', 'Proposals so far'], ['direct', 'Burman', 'just kind of']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text).filter((q) => q[0] !== 'indirect' || q[1] !== null)).toEqual(expected);
  });
});

describe('a relative clause after a quote reports the words after it', () => {
  it('"“tax reform,” which he described as “…”"', () => {
    const text = 'Senate race\n\nPatrick Murdock spoke in Miami on Tuesday.\n\n“It will be a priority to fund public education,” he said.\n\nHe would pay for the increases through “tax reform,” which he described as “making sure that companies are paying their fair share.”';
    expect(speakers(text).map((q) => q[1])).toEqual(['Patrick Murdock', 'Patrick Murdock', 'Patrick Murdock']);
  });
});

describe('"both nations’ foreign ministers" are the two named just before', () => {
  it('a joint subject with its countries', () => {
    const text = 'Strategic dialogue\n\nForeign Minister Retna Marsadi met Foreign Minister Motegi Toshiro in Jakarta on Friday.\n\nThe two countries will hold another meeting this year, both nations’ foreign ministers reaffirmed.';
    expect(speakers(text)).toEqual([['indirect', 'Retna Marsadi and Motegi Toshiro', 'The two countries']]);
  });
});

describe('an adverbial aside between the subject and its verb', () => {
  it.each([
    ['"X, during his remarks, said that …" ("remarks" is no verb of the subject)',
      'Talks\n\nNarendra Mohan met Joe Bidwell.\n\nPrime Minister Narendra Mohan, during his remarks, said that today’s talks are taking place at a worrying time.',
      [['indirect', 'Narendra Mohan', 'today’s talks are']]],
    ['"X, in a brief statement posted on his accounts, said …"',
      'Talks\n\nWilliam Rutto met Chris Coombs.\n\nPresident Rutto, in a brief statement posted on his social media accounts, said the senator had praised Kenya’s democracy.',
      [['indirect', 'William Rutto', 'the senator had']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a verb that takes an object as often as a clause takes a bare clause only with a finite verb after it', () => {
  it.each([
    ['"acknowledged the talks had stalled" is reported speech', 'Talks\n\nCyril Ramos met Yoweri Museba.\n\nPresident Ramos acknowledged the talks had stalled over tariffs.', [['indirect', 'Cyril Ramos', 'the talks had']]],
    ['"acknowledged the challenges relating to trade" is not', 'Talks\n\nCyril Ramos met Yoweri Museba.\n\nPresident Ramos acknowledged the challenges relating to trade and investment.', []],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a readout’s furniture around its speakers', () => {
  it.each([
    ['"the head of the Uzbekistan Foreign Ministry wrote" is the foreign minister, not the ministry',
      'FMs discuss agenda\n\nYesterday, the Minister of Foreign Affairs of Uzbekistan Bakhtiyor Sadov held a telephone conversation with the Minister of Foreign Affairs of Mongolia Batsetseg Batmonkh.\n\n“We had a telephone conversation with the minister,” the head of the Uzbekistan Foreign Ministry wrote on his Telegram channel.',
      [['direct', 'Bakhtiyor Sadov', 'We had a']]],
    ['"Here is how a Downing Street spokesman reported the conversation:" names the spokesman',
      'Leaders talk\n\nHere is how a Downing Street spokesman has reported the conversation which David Camden and President Obana had over the phone:\n\n"The Prime Minister and President spoke for over 30 minutes today."',
      [['direct', 'Downing Street spokesman', 'The Prime Minister']]],
    ['"It should be recalled that …" is the writer’s aside, no report',
      'FMs talk\n\nMinister Bakhtiyor Sadov met Minister Batsetseg Batmonkh in Tashkent.\n\nIt should be recalled that on March 8, 2023, the two ministers signed a visa agreement.', []],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('two people’s fragment only in their own clause', () => {
  it('"A and B agree to open talks as the UK’s ‘tilt’ gathers pace": the scare quote is nobody’s', () => {
    const text = 'Coleman and Raghavan agree to open trade talks as UK’s Indo-Pacific ‘tilt’ gathers pace\n\nForeign Secretary Harriet Coleman met External Affairs Minister Vikram Raghavan in London on Thursday.';
    expect(speakers(text).filter((q) => q[2] === 'tilt')).toEqual([]);
  });
  it('but "praised as ‘a positive development’" is their words', () => {
    const text = 'Talks in Cairo\n\nKing Hamid II held talks with Tarvia’s interim president Adli Mansoor.\n\nIn this context, the King and the interim leader praised as ‘a positive development’ the announcement.';
    expect(speakers(text)).toEqual([['direct', 'Hamid II and Adli Mansoor', 'a positive development']]);
  });
});

describe('what the second review found', () => {
  const LEAD = 'Talks in Oslo\n\nAnna Keller met Lars Berg in Oslo on Monday.\n\n';
  it.each([
    ['a straight apostrophe in a curly single quote is no close', LEAD + '‘The two countries\' ties have never been closer,’ Berg said.', [['direct', 'Lars Berg', 'The two countries\'']]],
    ['nor a curly one in a straight quote', LEAD + '\'The two countries’ ties have never been closer,\' Berg said.', [['direct', 'Lars Berg', 'The two countries’']]],
    ['"rock \'n\' roll" inside a curly quote', LEAD + '‘We like rock \'n\' roll,’ Berg joked.', [['direct', 'Lars Berg', 'We like rock']]],
    ['a title after a name is no subject of its own', 'Pact\n\nAnna Keller met Jan Novak in Prague.\n\nJan Novak, Czech Ambassador, sounds upbeat about the “historic” pact.', [['direct', 'Jan Novak', 'historic']]],
    ['"stressed the importance of the agreement the sides had signed" is no clause', LEAD + 'Keller stressed the importance of the agreement the two sides had signed in May.', []],
    ['"“…,” which is what Berg told reporters" is Berg’s', LEAD + '“We stand with Norway,” which is what Berg told reporters afterwards.', [['direct', 'Lars Berg', 'We stand with']]],
    ['an aside with no comma to close it: the subject still speaks', LEAD + 'Keller, in a short statement after the talks said the meeting was useful.', [['indirect', 'Anna Keller', 'the meeting was']]],
    ['"Trump and Ryan issued a statement describing their meeting as a “…”" is theirs', 'Pledge\n\nDonald Trumbull met Paul Ryland.\n\nTrumbull and Ryland issued a statement describing their meeting as a “very positive step toward unification”.',
      [['direct', 'Donald Trumbull and Paul Ryland', 'very positive step']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a reported clause ends before a quote joined on by "and"', () => {
  it.each([
    ['She said the atmospherics were warm and “in our relationship with them it is hard to find anything closer”.', 'the atmospherics were warm'],
    ['He said the two countries had a shared commitment to the Pacific ‘‘and I think we can work together’’.', 'the two countries had a shared commitment to the Pacific'],
    ['He said he and Widodo had a “fruitful and honest discussion on many issues”.', 'he and Widodo had a “fruitful and honest discussion on many issues”'],
    ['Albanese said the talks were productive and "the partnership has never been stronger".', 'the talks were productive'],
    ['Kishida said Japan would stand by Australia and "never accept any unilateral change to the status quo by force."', 'Japan would stand by Australia and "never accept any unilateral change to the status quo by force'],
  ])('%s', (sentence, clause) => {
    expect(quotesOf(`Talks\n\nJane Lane met Sam Moore.\n\n${sentence}`).find((q) => q.kind === 'indirect')?.text).toBe(clause);
  });
});

describe('a title with no country is the text’s own office holder', () => {
  it.each([
    ['"the Prime Minister" after a foreign one is named: the one the text gave no country', 'High Commissioner calls on the Prime Minister\n\nBritish High Commissioner Tom Drury called on Prime Minister Asad Karimi. He conveyed the greetings of British Prime Minister Helen Marsh, and Prime Minister Helen Marsh also knew the country well.\n\nThe Prime Minister said that peace in the region mattered most.',
      [['indirect', 'Asad Karimi', 'peace in the']]],
    ['a readout\'s title with no article before its verb ("Prime Minister said that …")', 'High Commissioner calls on the Prime Minister\n\nBritish High Commissioner Tom Drury called on Prime Minister Asad Karimi. He conveyed the greetings of British Prime Minister Helen Marsh.\n\nPrime Minister said that peace in the region mattered most.',
      [['indirect', 'Asad Karimi', 'peace in the']]],
    ['but when every holder is marked, the one the text is about (named first)', 'Talks\n\nJapanese Prime Minister Ken Sato met Indian Prime Minister Ravi Kumar in Delhi. The Prime Minister said the talks were useful.',
      [['indirect', 'Ken Sato', 'the talks were']]],
    ['and a lower-case "the interim leader" is still the one just named', 'Talks in Cairo\n\nKing Hamid II held talks with Tarvia’s interim president Adli Mansoor. The interim leader said elections would come soon.',
      [['indirect', 'Adli Mansoor', 'elections would come']]],
    ['a bare title that introduces a name is that name ("Prime Minister Helen Marsh said")', 'Talks\n\nBritish High Commissioner Tom Drury called on Prime Minister Asad Karimi.\n\nPrime Minister Asad Karimi said that peace mattered most.',
      [['indirect', 'Asad Karimi', 'peace mattered most']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('an envoy’s credentials readout', () => {
  it.each([
    ['an opening phrase with a participle ("During a ceremony, hosted at …, X conveyed …") is no claim', 'Credentials\n\nAmbassador Bader Munir presented his credentials to King Hal.\n\nDuring a ceremony, hosted at the palace on Thursday, Ambassador Munir conveyed to King Hal the best regards of the Amir.',
      []],
    ['but a claim whose subject has a participle before it is one ("In this contest, undeclared voters …, X said")', 'Vote\n\nJane Smith spoke in Concord.\n\nIn this year\'s contest, undeclared voters aren\'t likely to help one candidate more than another, Smith said.',
      [['indirect', 'Jane Smith', 'In this year\'s']]],
    ['"the Kuwaiti diplomat" is the one envoy the text gave no country, not the emir', 'Kuwait Ambassador Presents Credentials To King Hal\n\nLONDON, April 3 (KUNA) -- Bader Munir presented to King Hal his credentials as Ambassador of Kuwait.\n\nAmbassador Munir conveyed the regards of the Amir of Kuwait Sheikh Meshal Al-Sabah.\n\nThe Amir visited the UK four times, the Kuwaiti diplomat noted.',
      [['indirect', 'Bader Munir', 'The Amir visited']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it('a title-case headline\'s "Presents" is no name', () => {
    const names = findPeople(parseDocument('Kuwait Ambassador Presents Credentials To King Hal\n\nBader Munir presented his credentials.')).people.map((p) => p.name);
    expect(names).not.toContain('Presents Credentials');
  });
});

describe('a body’s statement by its initials or a possessive', () => {
  it.each([
    ['"The MFA’s statement added" is the ministry the initials were defined for', 'Lee met Trump\n\nLee met Trump in Singapore. A press statement issued by the Ministry of Foreign Affairs (MFA) after lunch was short.\n\nThe MFA’s statement added that Trump expressed support for Asean.',
      [['indirect', 'Ministry of Foreign Affairs', 'Trump expressed support']]],
    ['"the ministry’s statement" is the ministry', 'Lee met Trump\n\nLee met Trump in Singapore. The Ministry of Foreign Affairs issued a statement.\n\nThe ministry’s statement added that Trump liked Lee.',
      [['indirect', 'Ministry of Foreign Affairs', 'Trump liked Lee']]],
    ['initials never defined, of the one body named before that they spell ("The FO statement said")', 'Talks\n\nForeign Minister Omar Khan met his Afghan counterpart in Islamabad. The Foreign Office said in a statement that the talks were useful.\n\nThe FO statement said that the two sides held a candid exchange.',
      [['indirect', 'Foreign Office', 'the talks were'], ['indirect', 'Foreign Office', 'the two sides']]],
    ['but initials no body named before spells stay as written', 'Talks\n\nForeign Minister Omar Khan met his Afghan counterpart. The Foreign Office issued a statement.\n\nThe ISPR said that the two sides held a candid exchange.',
      [['indirect', 'ISPR', 'the two sides']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('what the review of this session found: titles used alone', () => {
  it.each([
    ['"Mr. King said" is the talk-show host, not the king (no bare title after an abbreviation, nor one that is a name)', 'Talks\n\nTalk show host Larry King met Saudi King Salman in Riyadh on Monday. Mr. King said the meeting went well.',
      [['indirect', 'Mr. King', 'the meeting went']]],
    ['"President and party chief Xi said": a bare title only before its verb of saying', 'Talks\n\nChinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday. President and party chief Xi said China wanted peace.',
      [['indirect', 'Xi Jinping', 'China wanted peace']]],
    ['wire copy that marks its host: "the President" is still the host named first', 'Talks\n\nKenyan President William Ruto hosted President Yoweri Museveni on Friday. "We will finish it," the President said.',
      [['direct', 'William Ruto', 'We will finish']]],
    ['"On sanctions, Tehran, however, stood by its position, the minister said" is a claim', 'Talks\n\nForeign Minister Hossein Amir-Abdollahian met EU envoy Enrique Mora in Doha on Monday. On sanctions, Tehran, however, stood by its position, the minister said.',
      [['indirect', 'Hossein Amir-Abdollahian', 'On sanctions, Tehran,']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('what the second review of this session found', () => {
  it.each([
    ['a bare title before a few words and its verb of saying ("Prime Minister on the occasion said")', 'Talks\n\nPrime Minister Shehbaz Sharif received Turkish Foreign Minister Hakan Fidan on Monday. Prime Minister on the occasion said that Pakistan and Turkey were brothers.',
      [['indirect', 'Shehbaz Sharif', 'Pakistan and Turkey']]],
    ['"the SG" is a title, not "the Singapore Government" its initials spell', 'Talks\n\nPrime Minister Lee Hsien Loong met UN Secretary-General Antonio Guterres on Monday. The Singapore Government said it backed the UN. The SG said he was grateful.',
      [['indirect', 'Singaporean Government', 'it backed the'], ['indirect', 'Antonio Guterres', 'he was grateful']]],
    ['an opening phrase with an irregular participle ("During a ceremony, held at the palace, Putin told reporters") is no claim', 'Talks\n\nPresident Vladimir Putin met President Xi Jinping in Moscow.\n\nDuring a ceremony, held at the palace, Putin told reporters.',
      []],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('what the third review of this session found: a title that is also a surname', () => {
  it.each([
    ['"Prince said" after "Erik Prince" is no bare title', 'Talks\n\nErik Prince met Crown Prince Mohammed bin Salman in Riyadh. Prince said he discussed security contracts.'],
    ['nor "King says" after "Gayle King"', 'Talks\n\nGayle King met King Charles III in London. King says the king was in good spirits.'],
  ])('%s', (_name, text) => {
    expect(speakers(text).map((q) => q[1])).not.toContain('Mohammed bin Salman');
    expect(speakers(text).map((q) => q[1])).not.toContain('Charles III');
  });
});

// A fragment in quotation marks that nobody is said to say, repeating words of someone's quote, echoes that quote.
describe('a fragment that echoes a speaker’s quote is theirs', () => {
  it.each([
    [
      'the echo before the quote',
      'Prime Minister Ravi Kumar on Saturday held an "extremely fruitful" meeting with President Tom Hale.\n\n"I thank President Hale for hosting me. Our talks were extremely fruitful," Kumar said in a post on X.',
      [['direct', 'Ravi Kumar', 'extremely fruitful'], ['direct', 'Ravi Kumar', 'I thank President']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
  it('a fragment that repeats no quote stays nobody’s', () => {
    const qs = quotesOf('"Relations are warm," President Ana Vidal said after the talks.\n\nThe ministers later signed what officials called a "historic and binding" memorandum, which critics called "a mistake".');
    expect(qs.filter((q) => q.text.includes('historic')).map((q) => q.speaker)).not.toContain('Ana Vidal');
  });
});

describe('an echo only of someone its own sentence names, never of words they deny', () => {
  it.each([
    ['a denial', 'The deal was denounced in Kyiv as "a betrayal of Ukraine and Europe".\n\n"This deal is not a betrayal of Ukraine and Europe," President Tom Hale said.', 'a betrayal of Ukraine'],
    ['a headline about someone else', 'Yoon hails "a new chapter in relations" with Japan\n\n"Today marks a new chapter in relations between our countries," Prime Minister Ken Ito said.', 'a new chapter in relations'],
    ['an opponent’s words', 'Chancellor Anna Berg met President Jan Nowak for "talks on migration and border security".\n\n"These talks on migration and border security are a trick," opposition leader Piotr Wrona said.', 'talks on migration and border security'],
  ])('%s', (_name, text, fragment) => {
    // (the fragment, if kept at all, is the shorter of the two quotes holding its words)
    const fragmentQuote = quotesOf(text).find((q) => q.text.includes(fragment) && q.text.split(' ').length <= 8);
    expect(fragmentQuote?.speaker ?? '').not.toMatch(/Hale|Ito|Wrona/);
  });
});

// Reported speech as PolNeAR's train split showed it missed (each an invented sentence of the pattern).
describe('reports of this session: listeners, zero "that" after a finding, a second speech verb, a dotted initialism', () => {
  const reports = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text]);
  const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Monday.\n\n';
  it.each([
    ['"told" a listener of a few words, then a pronoun with its verb contracted', 'Kimaro told the Daily Nation she’s ready to reopen the border.', [['Grace Kimaro', 'she’s ready to reopen the border']]],
    ['"told" a plural listener, then a pronoun', 'Mwangi told farmers they would get new roads by May.', [['Daniel Mwangi', 'they would get new roads by May']]],
    ['"told" a listener with "of" in its name, then "that"', 'Kimaro told The Standard newspaper of Nairobi on Saturday that the border would reopen.', [['Grace Kimaro', 'the border would reopen']]],
    ['"told … of" what was told is no listener', 'Mwangi told them of the plan that had been drafted in May.', []],
    ['"reported" with a finite verb after its subject', 'The Daily Nation reported the border would reopen in May.', [['Daily Nation', 'the border would reopen in May']]],
    ['"announced" with a pronoun and a modal', 'The ministry announced it would cut tariffs on maize.', [['ministry', 'it would cut tariffs on maize']]],
    ['"reported" with a noun object is no report', 'The ministry reported a rise in maize exports.', []],
    // (a name of two parts joined by "and", the progressive "is announcing", a form in -ing: real White House statements)
    ['"announced" with two names joined by "and", then a modal', 'Kimaro announced Kenya and Tanzania will sign a maize accord.', [['Grace Kimaro', 'Kenya and Tanzania will sign a maize accord']]],
    ['"is announcing" with a pronoun and its verb', 'Today, the Kenyan ministry is announcing it is ready to cut tariffs on maize.', [['Kenyan ministry', 'it is ready to cut tariffs on maize']]],
    ['"has been warning that"', 'Mwangi has been warning that the border will stay closed.', [['Daniel Mwangi', 'the border will stay closed']]],
    ['guard: "announced" an object with a name in it', 'The ministry announced the Nairobi and Arusha road projects.', []],
    // (a form in -ing reports speech only after "be": "Officials confirming the meeting said …" is the officials' report)
    ['guard: a participle of a noun before its verb', 'Officials confirming the meeting said talks lasted three hours.', [[null, 'talks lasted three hours']]],
    ['guard: a participle of a noun, no report', 'The documents revealing Kimaro was briefed in advance were leaked.', []],
    ['guard: a participle between commas', 'The ministry, confirming the visit, said the two leaders discussed maize.', [['ministry', 'the two leaders discussed maize']]],
    ['a second speech verb after "but" ends the first report and makes a second', 'Kimaro says talks may take months, but insists the border will reopen.', [['Grace Kimaro', 'talks may take months'], ['Grace Kimaro', 'the border will reopen']]],
    ['a second speech verb after "and" ends the first report', 'Mwangi says the tariffs were too high and says he cut them himself.', [['Daniel Mwangi', 'the tariffs were too high']]],
    ['a dotted initialism inside the subject', 'Kenyan and U.S. officials said they expected a deal by May.', [['Kenyan and U.S. officials', 'they expected a deal by May']]],
    ['"No. 2" inside an apposition of the subject', 'Grace Kimaro, the No. 2 official in the ministry, said the border would reopen.', [['Grace Kimaro', 'the border would reopen']]],
    ['a possessive before an amount opens the clause', 'Kimaro said her $40 million budget was spent on roads.', [['Grace Kimaro', 'her $40 million budget was spent on roads']]],
    ['a name, an aside between commas, its verb', 'Kimaro said Mwangi, despite the delays, was ready to sign.', [['Grace Kimaro', 'Mwangi, despite the delays, was ready to sign']]],
    ['a pronoun, "too" between commas, its verb', 'Kimaro said they, too, had waited long enough for the road.', [['Grace Kimaro', 'they, too, had waited long enough for the road']]],
    ['a bare plural noun and a verb ending the sentence', 'Kimaro said farmers distrust Mwangi.', [['Grace Kimaro', 'farmers distrust Mwangi']]],
    ['a bare noun phrase with commas of its own, then a finite verb', 'Kimaro said talks in Arusha, Dodoma and Mwanza were useful.', [['Grace Kimaro', 'talks in Arusha, Dodoma and Mwanza were useful']]],
    ['guard: a greeting is no clause', 'Kimaro said goodbye to the crowd.', []],
    ['a relative clause\'s report: the verb phrase after the cue', 'Kimaro cited the new tariffs, which she said had hurt maize farmers.', [['Grace Kimaro', 'had hurt maize farmers']]],
    ['"what" with a name and a cue, then the verb phrase', 'The fund helped traders adapt to what Kimaro said is growing demand for maize.', [['Grace Kimaro', 'is growing demand for maize']]],
    ['guard: "what it says about" is no report', 'Mwangi liked the book for what it says about Kenya.', []],
    ['"asked" a listener of several words and an adverb, then "whether"', 'Mwangi asked the visiting Tanzanian trade minister pointedly whether the border would reopen.', [['Daniel Mwangi', 'whether the border would reopen']]],
    // What a review of this session's rules found (each was wrong on the new rules, right or empty before):
    ['guard: "who told" inside the subject is no teller', 'Officials who told farmers they would be paid have since resigned, Kimaro said.', [['Grace Kimaro', 'Officials who told farmers they would be paid have since resigned']]],
    ['guard: "never told" is no report of the teller', 'Mwangi never told farmers they would be paid, his spokesman said.', [['his spokesman', 'Mwangi never told farmers they would be paid']]],
    ['guard: an object and its relative clause after "tweeted"', 'Mwangi tweeted a photo he would later delete.', []],
    ['guard: a time after "announced" is no subject', 'The plan Mwangi announced this month will cost $2 billion.', []],
    ['guard: "according to tradition" names no source', 'The ministers, according to tradition, exchanged gifts.', []],
    ['guard: a noun and its prepositional phrase after "said"', 'Mwangi said prayers before dinner.', []],
    ['a relative clause between commas ends at its closing comma', 'The statement, which officials said was drafted by Kimaro, was released on Monday.', [['officials', 'was drafted by Kimaro']]],
    ['a second verb after "but" gives the same speaker a second report', 'Mwangi announced he would step down, but said his party would stay in government.', [['Daniel Mwangi', 'he would step down'], ['Daniel Mwangi', 'his party would stay in government']]],
    ['a bare "and underscored that" after a report whose subject is no one: the same speaker\'s second report', 'Mwangi reiterated that this rivalry should not turn into conflict and underscored that the two countries must manage it.', [['Daniel Mwangi', 'this rivalry should not turn into conflict'], ['Daniel Mwangi', 'the two countries must manage it']]],
    ['a stated agreement that …', 'Mwangi and Kimaro reiterated their agreement that a trade war can never be won.', [['Daniel Mwangi and Grace Kimaro', 'a trade war can never be won']]],
    ['guard: a bare "and reiterated that" may go on with the report\'s own subject', 'The ministry said Kimaro had raised the water cannon and reiterated that the ruling was final.', [['ministry', 'Kimaro had raised the water cannon']]],
    ['a second report with a plural subject after ", and"', 'The ministry reported Kimaro would visit in June, and officials confirmed she would bring traders.', [['ministry', 'Kimaro would visit in June'], ['officials', 'she would bring traders']]],
    ['a question word after the verb is its object, not an inverted subject', 'Grace Kimaro, a member of the committee, recalled what happened in 2008.', []],
    ['an inverted cue with an apposition is not a clause after it', 'The trouble with the road, says Grace Kimaro, minister of trade, is that it is unfinished.', [['Grace Kimaro', 'The trouble with the road']]],
  ])('%s', (_name, body, expected) => {
    expect(reports(INTRO + body)).toEqual(expected);
  });
});

describe('"the two leaders" pages after the lead named them: a joint statement', () => {
  const LEAD = 'Lithuania-Poland Joint Leaders’ Statement\n\nPresident Ona Kairyte and Prime Minister Jan Nowak held their first official meeting today in Vilnius.\n\n';
  // paragraphs that name no one, longer than the reach back for the last two people named
  const FILLER = 'The United States and the European Union welcomed the plan for the rail corridor, which will carry grain and timber to the ports of the Baltic coast and beyond. '.repeat(6) + '\n\n';
  it('the two the text named first', () => {
    expect(speakers(LEAD + FILLER.repeat(4) + 'The two leaders reaffirmed that the treaty applies to the islands.')).toEqual([
      ['indirect', 'Ona Kairyte and Jan Nowak', 'the treaty applies'],
    ]);
  });
  // (in a joint statement "the two leaders" are its authors, whoever was named nearer; in a readout, the last two named)
  it('its authors, though someone else was named nearer', () => {
    expect(speakers(LEAD + FILLER.repeat(4) + 'Mayor Emil Berg hosted a dinner.\n\nThe two leaders reaffirmed that the treaty applies to the islands.')[0][1]).toBe('Ona Kairyte and Jan Nowak');
  });
  it('not in a readout when someone else was named nearer', () => {
    const readout = LEAD.replace('Lithuania-Poland Joint Leaders’ Statement', 'Readout of the Meeting in Vilnius');
    expect(speakers(readout + FILLER.repeat(4) + 'Mayor Emil Berg hosted a dinner.\n\nThe two leaders reaffirmed that the treaty applies to the islands.')[0][1]).not.toBe('Ona Kairyte and Jan Nowak');
  });
});

describe('a second clause after "and" has its own subject', () => {
  const INTRO = 'Talks\n\nPresident Ona Kairyte spoke with President Abdel Fattah el-Sisi of Egypt on Monday.\n\n';
  it.each([
    ['The leaders also discussed Egypt’s important role in the release of the hostages and President el-Sisi expressed his confidence that the talks would succeed.',
      [['indirect', 'Abdel Fattah el-Sisi', 'the talks would']]],
    ['The leaders also discussed the grain corridor through the straits and the port fees and Ona Kairyte said that the corridor would open in May.',
      [['indirect', 'Ona Kairyte', 'the corridor would']]],
  ])('%s', (text, expected) => {
    expect(speakers(INTRO + text)).toEqual(expected);
  });
});

describe('"they" goes on with a group that spoke in the sentence before', () => {
  const INTRO = 'Talks in Geneva\n\nToday, Secretary Ana Ruiz held an extensive meeting with the Latvian delegation.\n\n';
  it.each([
    ['Latvian representatives stated that the draft reflects their interests. They underscored that the guarantees meet their needs.',
      [['indirect', 'Latvian representatives', 'the draft reflects'], ['indirect', 'Latvian representatives', 'the guarantees meet']]],
    // (not past another sentence, nor when the group did not speak)
    ['Latvian representatives stated that the draft reflects their interests. Farmers protested outside. They said that prices were too low.',
      [['indirect', 'Latvian representatives', 'the draft reflects'], ['indirect', null, 'prices were too']]],
  ])('%s', (text, expected) => {
    expect(speakers(INTRO + text)).toEqual(expected);
  });
});

describe('a participle after a comma is the sentence subject’s, not the noun phrase before the comma', () => {
  it('"The President commended X’s leadership …, and his determination, noting that …"', () => {
    expect(speakers('Talks\n\nPresident Ona Kairyte met today with Prime Minister Jan Nowak of Poland. The President commended Prime Minister Nowak’s leadership in responding to the floods, and his determination, noting that a strong alliance is the cornerstone of peace.')).toEqual([
      ['indirect', 'Ona Kairyte', 'a strong alliance'],
    ]);
  });
});

describe('what the review of this session found: whose words', () => {
  const FAR = 'Exports of tea, coffee and cut flowers have grown steadily, while imports of machinery and vehicles have risen even faster over the past decade. '.repeat(8) + '\n\n';
  it.each([
    // a lead that names more than the two who met leaves "the two leaders" unresolved, far from them
    ['Ghana and Kenya leaders meet\n\nGovernment spokesperson Eugene Mensah said on Wednesday that Ghanaian President Kofi Addo had hosted Kenyan President Daniel Mwangi in Accra the day before.\n\n' + FAR.repeat(4) + 'The two leaders affirmed that the trade area must be fully implemented by 2030.', 'Eugene Mensah and Kofi Addo'],
    ['Japan and India hold summit\n\nTokyo — As Chinese President Wang Li prepared for his own tour, Japanese Prime Minister Hiro Nakamura welcomed Indian Prime Minister Anjali Devi to Tokyo on Monday.\n\n' + FAR.repeat(4) + 'The two leaders affirmed that a free and open Indo-Pacific remains their shared goal.', 'Wang Li and Hiro Nakamura'],
  ])('%s', (text, wrong) => {
    expect(quotesOf(text).map((q) => q.speaker)).not.toContain(wrong);
  });
  it('a second subject of two people speaks as the two', () => {
    expect(speakers('Readout of the Trilateral Meeting\n\nPresident Ana Rusu of Moldova met President Victor Ionescu of Romania and Prime Minister Olena Marchenko of Ukraine in Chisinau on Friday. The leaders discussed energy and President Ionescu and Prime Minister Marchenko expressed their confidence that the interconnector would be finished this year.')).toEqual([
      ['indirect', 'Victor Ionescu and Olena Marchenko', 'the interconnector would'],
    ]);
  });
  it('"they" after a sentence where two sides spoke is neither', () => {
    expect(speakers('Delegations meet in Istanbul\n\nIstanbul — Ukrainian and Russian delegations met in Istanbul on Friday. Ukrainian representatives stated that prisoner exchanges should continue, while the Russian delegates said that territorial questions came first. They underscored that no ceasefire was possible without recognition.').pop()).toEqual(['indirect', null, 'no ceasefire was']);
  });
});

describe('a colon hands over from reported speech to a quotation', () => {
  it.each([
    ['"said X: “…”"', 'Talks\n\nPrime Minister Elena Varga met President Tomas Lindqvist in Valletta on Monday.\n\nVarga said the accord was only a beginning: “We will meet again in the autumn to review what has been done.”',
      [['indirect', 'Elena Varga', 'the accord was only a beginning'], ['direct', 'Elena Varga', 'We will meet again in the autumn to review what has been done.']]],
    // (a quote the clause runs into without a colon stays part of it, as before)
    ['"said X “…”" without a colon', 'Talks\n\nPrime Minister Elena Varga met President Tomas Lindqvist in Valletta on Monday.\n\nVarga said the two countries were “partners in every sense of the word and for many years to come”.',
      [['indirect', 'Elena Varga', 'the two countries were “partners in every sense of the word and for many years to come”'], ['direct', 'Elena Varga', 'partners in every sense of the word and for many years to come']]],
  ])('%s', (_what, text, expected) => {
    expect(quotesOf(text).map((q) => [q.kind, q.speaker, q.text])).toEqual(expected);
  });
});

describe('adjuncts between a speech verb and its "that"', () => {
  it.each([
    ['an adverb in "-ly" after the verb', 'Administration officials acknowledged privately that they were not surprised by the vote.', ['Administration officials', 'they were not surprised by the vote']],
    ['an adverb in "-ly" before the verb (as before: the rule replaced a list of such adverbs)', 'Senator Tom Keller falsely claimed that the treaty had never been signed.', ['Tom Keller', 'the treaty had never been signed']],
    ['"last week"', 'The campaign announced last week that it had hired a new spokeswoman.', ['campaign', 'it had hired a new spokeswoman']],
    ['"earlier this month"', 'Mr. Weber announced earlier this month that he would not support the bill.', ['Weber', 'he would not support the bill']],
    ['"for the first time"', 'The spokesman also said for the first time that some of the emails were classified.', ['spokesman', 'some of the emails were classified']],
    ['an aside between commas', 'The minister said, twice, that he was going back to work on Monday.', ['minister', 'he was going back to work on Monday']],
    // (and the small adverbs between a subject and its verb: "have already said", "has just said")
    ['"already" before the verb', 'Most of the vulnerable Senate Republicans have already said they would back the bill.', ['Senate Republicans', 'they would back the bill']],
    ['an aside between dashes', 'His campaign chairman Paul Hale said — on Twitter, as it happens — that the campaign raised $4 million that day.', ['Paul Hale', 'the campaign raised $4 million that day']],
  ])('%s', (_what, sentence, [speaker, clause]) => {
    const q = quotesOf(`Politics\n\nThe vote was held on Monday.\n\n${sentence}`).filter((x) => x.kind === 'indirect');
    expect(q.map((x) => [x.speaker, x.text])).toEqual([[expect.stringContaining(speaker), clause]]);
  });
  it.each([
    // (a family is no adverb; "the day that" is a relative clause's, with no speech verb before it)
    ['a noun in "-ly" before the verb is the subject', 'The Keller family said that the ceremony would be private.', 'Keller'],
    ['an aside that never closes is no adjunct', 'The minister said, as he left the room and the talks that had run all night', null],
  ])('guard: %s', (_what, sentence, speaker) => {
    const q = quotesOf(`Politics\n\nThe vote was held on Monday.\n\n${sentence}`).filter((x) => x.kind === 'indirect');
    expect(q.map((x) => x.speaker)).toEqual(speaker === null ? [] : [expect.stringContaining(speaker)]);
  });
});

describe('a bare clause after a speech verb whose subject is a plain noun phrase', () => {
  it.each([
    ['a number before the noun', 'The ministry confirmed the two sides would meet again in May.', ['ministry', 'the two sides would meet again in May']],
    ['a plural and a modal after a plural verb', 'Party activists insist delegates must heed the will of the voters.', ['activists', 'delegates must heed the will of the voters']],
    ['a modifier, a plural and a modal', 'Analysts warn foreign investors could leave the market.', ['Analysts', 'foreign investors could leave the market']],
  ])('%s', (_what, sentence, [speaker, clause]) => {
    const q = quotesOf(`Politics\n\nThe vote was held on Monday.\n\n${sentence}`).filter((x) => x.kind === 'indirect');
    expect(q.map((x) => [x.speaker, x.text])).toEqual([[expect.stringContaining(speaker), clause]]);
  });
  it('guard: an object and a relative clause is no clause ("announced the team he would lead")', () => {
    expect(quotesOf('Politics\n\nThe vote was held on Monday.\n\nThe campaign announced the team he would lead.').filter((x) => x.kind === 'indirect')).toEqual([]);
  });
});

describe('what this session’s review found: reports past adjuncts', () => {
  const reports = (sentence: string) =>
    quotesOf(`Talks\n\nPresident Paulo Mendes met President Javier Luna, Foreign Minister Haruto Mori and Foreign Minister Park Ji-min.\n\n${sentence}`)
      .filter((q) => q.kind === 'indirect')
      .map((q) => [q.speaker, q.text]);
  it.each([
    ['a second report past its own adjunct ends the first', 'Luna had announced last week that Argentina would seek a Mercosur waiver, and Mendes said for the first time that Brazil could accept one.',
      [['Javier Luna', 'Argentina would seek a Mercosur waiver'], ['Paulo Mendes', 'Brazil could accept one']]],
    ['"that" as a pronoun after an adverb', 'Mori has never said exactly that, but he has repeatedly expressed remorse.', []],
    ['nobody said it', 'No Japanese foreign minister has ever said that the islets belong to Korea, and Mori did not break with that line.', []],
    ['a question asks, it reports nothing', 'Has any Japanese leader ever said that to a Korean president?', []],
    ['a relative clause with an adverb ends at its comma', 'Foreign Minister Haruto Mori, who has twice said that Korea belongs in the pact, met Park in Seoul on Friday.', [['Haruto Mori', 'Korea belongs in the pact']]],
  ])('%s', (_what, sentence, expected) => {
    expect(reports(sentence)).toEqual(expected);
  });
});

describe('quotations listed after a speech told as an event are its speaker’s', () => {
  const PAGE = 'Ruiz charts a course in Lima\n\nPresident Ana Ruiz just wrapped up a [major address](https://example.org/v) in Lima, where she outlined her vision.\n\n**Here are the top moments:**\n\n';
  it.each([
    ['a round-up of bullets under a lead that names no one',
      PAGE + '-   “We will build the port and the railway together, and finish them by spring.” [(Watch)](https://x.com/a/1) -   “Nobody will be left behind in this great transformation.” [(Watch)](https://x.com/a/2)',
      [['direct', 'Ana Ruiz', 'We will build'], ['direct', 'Ana Ruiz', 'Nobody will be']]],
    ['a quotation with a cue of its own keeps it',
      PAGE + '-   “The port will open in May and the railway a year later,” Trade Minister Luis Paz said after the speech.',
      [['direct', 'Luis Paz', 'The port will']]],
    // (no speech given: a meeting is no event of speech)
    ['a meeting made, not a speech',
      'Talks in Lima\n\nPresident Ana Ruiz made a visit to the port, where she met workers.\n\n**Here are the top moments:**\n\n-   “We will build the port and the railway together, and finish them by spring.”',
      [['direct', null, 'We will build']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a report nested in another clause', () => {
  it('"…, pointing out that the paper’s X had reported that …": X reported, but the next "he said" is the subject’s', () => {
    const text =
      'Mayor shakes up his team\n\n' +
      '“The people I have are excellent,” Mayor Tomas Rojo said on Monday.\n\n' +
      'Rojo turned the story back on the Gazette, pointing out that the paper’s Luis Paz had reported in June that the team was coming apart. He hoped, he said, that the paper would be more careful now.\n\n' +
      '“Apparently not,” he said.';
    expect(speakers(text)).toEqual([
      ['direct', 'Tomas Rojo', 'The people I'],
      ['indirect', 'Luis Paz', 'the team was'],
      ['indirect', 'Tomas Rojo', 'the paper would'],
      ['direct', 'Tomas Rojo', 'Apparently not,'],
    ]);
  });
});

describe('a surname that is also a common word', () => {
  it('"said Kristen Day, …" then "Day said …": Day is her surname, and "the Supreme Court said" stays the court’s', () => {
    const text =
      'Activists object to platform\n\n' +
      '“This language says you are no longer welcome,” said Kristen Day, executive director of a pro-life group.\n\n' +
      'Day said the platform is shrinking the party. Earlier, the Supreme Court said the case was closed.';
    expect(speakers(text)).toEqual([
      ['direct', 'Kristen Day', 'This language says'],
      ['indirect', 'Kristen Day', 'the platform is'],
      ['indirect', 'Supreme Court', 'the case was'],
    ]);
  });
});

describe('"agreed that" reports what both sides said; "agreed to" reports what they will do', () => {
  it.each([
    ['"agreed that" and a clause', 'Readout of the Meeting\n\nMayor Tomas Rojo met today with Governor Ana Vidal. The two leaders agreed that the ferry must run daily.',
      [['indirect', 'Tomas Rojo and Ana Vidal', 'the ferry must']]],
    // (an infinitive is what they will do: a relative clause later in it is no report, nor a phrase before the subject)
    ['"agreed to" and a relative clause after it', 'Readout of the Meeting\n\nMayor Tomas Rojo met today with Governor Ana Vidal. They agreed to work together to stop the delays that commuters are facing on the ferry.',
      []],
    ['a purpose before the subject', 'Readout of the Meeting\n\nMayor Tomas Rojo met today with Governor Ana Vidal. To advance this goal, the two leaders agreed to meet again in June.',
      []],
    ['"pledged to" and a relative clause after it', 'Readout of the Meeting\n\nMayor Tomas Rojo pledged to sustain the cooperation that the two cities have built.',
      []],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a list’s noun that looks like a speech verb is no cue', () => {
  it.each([
    ['"member states" before ", and …"', 'Statement\n\nThe two governments will look for ways to strengthen support for the river commission, its member states, and the port authority.', []],
    ['"continued" before a list', 'Statement\n\nMoving forward in the spirit of mutual opening, continued communication, cooperation, and mutual respect;', []],
    ['"claims" after "including through"', 'Statement\n\nThey opposed any attempts to change the border, including through unlawful maritime claims, the militarization of reclaimed features, and coercive activities.', []],
    // (an apposition's "and" is no list: the cue stands)
    ['an apposition with "and" after the cue', 'Report\n\nThe approach is made possible by its resources, said Kate Hall, the paper’s politics and outreach director.',
      [['indirect', 'Kate Hall', 'The approach is']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a list’s bullet before the subject', () => {
  it('"-   Peru and Chile stressed that …": the two countries speak', () => {
    expect(speakers('Joint Statement\n\nThe parties met in Lima.\n\n-   Peru and Chile stressed that the border is open.')).toEqual([['indirect', 'Peru and Chile', 'the border is']]);
  });
});

describe('a second report after "but he said that" whose clause opens on a noun', () => {
  it('"…, but he said that discussion should wait …": two reports of one speaker', () => {
    expect(speakers('Report\n\nMayor Tomas Rojo, who chaired the board in 2000, stressed that the rules should be modernized, but he said that discussion should wait until after the vote.')).toEqual([
      ['indirect', 'Tomas Rojo', 'the rules should'],
      ['indirect', 'Tomas Rojo', 'discussion should wait'],
    ]);
  });
});

describe('what this session’s review found: reports the new rules must not lose', () => {
  it.each([
    // (a name is no finite verb: "May", "Ahmed")
    ['a name that spells a modal, before a comma clause', 'Report\n\nTheresa May said, Britain will leave the union in March.', [['indirect', 'Theresa May', 'Britain will leave']]],
    // (a listener after "to" is no infinitive)
    ['"said in a message to congressional leaders that"', 'Report\n\nTomas Rojo said in a message to congressional leaders that the port would reopen.', [['indirect', 'Tomas Rojo', 'the port would']]],
    // (an apposition with ", and" after the name is no list)
    ['an apposition with ", and"', 'Report\n\nThe sanctions will stay in place, said Jane Doe, a professor at Yale, and a former adviser.', [['indirect', 'Jane Doe', 'The sanctions will']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('reports in a progressive, after a dash, and in a participle with an adverb', () => {
  it.each([
    ['"is acknowledging that"', 'Report\n\nMayor Tomas Rojo is acknowledging that the port owns the ferry line.', [['indirect', 'Tomas Rojo', 'the port owns']]],
    ['"are increasingly admitting that"', 'Report\n\nHarbour officials are increasingly admitting that they are nervous about the ferry.', [['indirect', 'Harbour officials', 'they are nervous']]],
    ['a report after a spaced dash', 'Report\n\nAnd it was no accident — Tomas Rojo, a spokesman for the port, told reporters that the mayor gave the council a warning.', [['indirect', 'Tomas Rojo', 'the mayor gave']]],
    ['", falsely suggesting that"', 'Report\n\nMayor Tomas Rojo has raised questions about the ferry, falsely suggesting that the boats were built abroad.', [['indirect', 'Tomas Rojo', 'the boats were']]],
    ['", while also suggesting that"', 'Report\n\nMayor Tomas Rojo has promised a new pier, while also suggesting that the tolls should be abolished.', [['indirect', 'Tomas Rojo', 'the tolls should']]],
    ['", joking that"', 'Report\n\nMayor Tomas Rojo barely mentioned the ferry, joking that it is boring to discuss boats all the time.', [['indirect', 'Tomas Rojo', 'it is boring']]],
  ])('%s', (_what, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
