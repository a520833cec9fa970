import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/assemble/document.js';

const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/invented/${name}`, import.meta.url), 'utf8');

describe('findParticipants: who took part', () => {
  it.each([
    ['Portugal President Tomas Ferreira and Foreign Minister of Norway Ingrid Dahl met in Lisbon on 3 March.', ['Dahl', 'Ferreira']],
    // "The two leaders" of a meeting sentence are the pair the sentence before names.
    ['President Luis Ruiz has made it clear to Vietnamese Prime Minister Nguyen Van Binh that he is not abandoning the ruling.\n\nThe two leaders discussed the matter during their bilateral meeting in Singapore.', ['Binh', 'Ruiz']],
    ['External Affairs Minister Ravi Menon thanked Saudi Foreign Minister Prince Faisal bin Farhan for the support.\n\nThe two ministers discussed trade during their meeting in Riyadh.', ['Farhan', 'Menon']],
    // (not a pair named before a sentence that names one of them with someone unnamed)
    ['Talks\n\nPeruvian President Luis Ruiz on Monday thanked German Chancellor Hanna Weiss for her support.\n\nRuiz then spoke by phone with the Nigerian president.\n\nDuring the call, the two leaders discussed oil prices.', ['Ruiz']],
    // … after an opening phrase, and past a quote that names only one of them.
    ['Crown Prince Faisal bin Farhan and President Luis Ruiz on Thursday reaffirmed their partnership.\n\n“The President reaffirmed the partnership,” the statement said.\n\nDuring the phone call, the two leaders also discussed oil prices.', ['Farhan', 'Ruiz']],
    ['Tomas Ferreira has met with Norwegian Foreign Minister Ingrid Dahl. The sides discussed fisheries.', ['Dahl', 'Ferreira']],
    ['Trade is growing, Portugal’s Foreign Minister Rui Costa said following talks with his Norwegian counterpart Ingrid Dahl in Lisbon on June 16.',
      ['Costa', 'Dahl']],
    ['The Chilean and Peruvian foreign ministers on Monday discussed bilateral ties.\n\nAmong the issues Marta Rojas and Luis Quispe addressed were lithium exports, the Chilean Foreign Ministry said in a statement.',
      ['Quispe', 'Rojas']],
    // A lead with a shared action and no meeting word.
    ['Kenyan Trade Minister Paul Otieno and his Ugandan counterpart Grace Nakato on Friday agreed to lift the ban on sugar imports.',
      ['Nakato', 'Otieno']],
    ['Title line\n\nBy Staff Writer\n\nPortugal President Tomas Ferreira and Norwegian Foreign Minister Ingrid Dahl yesterday signed a fisheries pact worth millions of euros.',
      ['Dahl', 'Ferreira']],
    ['Chile and Peru held their first joint cabinet session in Arica, with Chilean ministers Marta Rojas and Pablo Soto meeting their Peruvian counterparts Luis Quispe and Rosa Mamani.',
      ['Mamani', 'Quispe', 'Rojas', 'Soto']],
    // "had … talks", "had a telephone conversation": a meeting verb too.
    ['David Camden and Barack Obana had "warm and constructive" talks over the phone on Sunday.', ['Camden', 'Obana']],
    // A venue or a place is not a participant.
    ['Portugal President Tomas Ferreira met Norwegian Foreign Minister Ingrid Dahl at the Foreign Ministry in Lisbon.', ['Dahl', 'Ferreira']],
    ['LISBON (Wire) — Portugal President Tomas Ferreira hosted Norwegian Foreign Minister Ingrid Dahl in Lisbon for talks on fishing.',
      ['Dahl', 'Ferreira']],
    // "speak with", and a title of a place that is no country before a single name.
    ['Leaders talk\n\nPresident Tomas Ferreira was on the phone on Wednesday afternoon to speak with his Peruvian peer Luis Quispe.', ['Ferreira', 'Quispe']],
    ['Pacific talks\n\nDuring a meeting with the Governor of American Samoa, Lemanu, in Tonga yesterday, Prime Minister Sitiveni Rabuka expressed his gratitude.', ['Lemanu', 'Rabuka']],
    // A call by any of its verbs, a reception for a guest, and a meeting on the sidelines of a forum.
    ['Ruiz Phones Lind\n\nPresident Luis Ruiz called Prime Minister Ana Lind on Sunday to reassure her about the deal.', ['Lind', 'Ruiz']],
    ['Talks\n\nASTANA, May 3. President Aidos Serikov has held a phone talk with President Pavel Orlov.', ['Orlov', 'Serikov']],
    ['Talks\n\nSpeaking at a reception for newly-appointed US Ambassador Marc Evans Knapper in Hanoi, Prime Minister Pham Minh Chinh praised the ties.', ['Chinh', 'Knapper']],
    ['Talks\n\nChinese foreign minister Wang Yi and Japanese counterpart Fumio Kishida met on the sidelines of the annual APEC forum, reports said.', ['Kishida', 'Yi']],
    // A joint press conference, and "following a bilateral meeting(s) with".
    ['Talks\n\nIn a joint press conference with his Papua New Guinea counterpart, James Marape, Prime Minister Sitiveni Rabuka said Fiji had to close its mission.', ['Marape', 'Rabuka']],
    ['Talks\n\nFiji Prime Minister, Sitiveni Rabuka has confirmed this following a bilateral meetings with PNG Prime Minister James Marape in Suva yesterday.', ['Marape', 'Rabuka']],
    // A body that is part of a title, and a body visited, took no part.
    ['Talks\n\nForeign Minister Makhdoom Qureshi on Wednesday held a telephonic conversation with Kenyan Cabinet Secretary for Foreign Affairs Ambassador Raychelle Omamo.', ['Omamo', 'Qureshi']],
    ['Talks\n\nThai Prime Minister Prayut Chan-o-cha accepted an invitation to visit the White House extended by US President Donald Trump during a brief phone conversation on Sunday.', ['Chan-o-cha', 'Trump']],
    // A courtesy call "on" a title, with its purpose (not "called on the president to resign").
    ['Courtesy call\n\nBritish High Commissioner, Mr. Thomas Drew, called on Prime Minister Shahid Khaqan Abbasi to congratulate him on his assumption of office.', ['Abbasi', 'Drew']],
    // A chat by telephone is a meeting too.
    ['Leaders talk\n\nLISBON – President Tomas Ferreira on Wednesday chatted briefly by telephone with his Norwegian counterpart, Ingrid Dahl, discussing fisheries.',
      ['Dahl', 'Ferreira']],
    // Whoever reports the meeting at the end of its sentence, named or unknown to the index, took no part in it.
    ['Talks in Astana\n\nPresident Aidos Serikov welcomed Russian Foreign Minister Pavel Orlov to Astana for the ministerial meeting, Qazwire reports via Bolorda.',
      ['Orlov', 'Serikov']],
    ['Talks in Astana\n\nPresident Aidos Serikov held a meeting with Pavel Orlov, who arrived in Astana for a working visit, Bolorda reports.',
      ['Orlov', 'Serikov']],
    ['Leaders call\n\nTomas Ferreira and Sir Ingrid Dahl have held a phone call six days after the election, Downing Street has confirmed.',
      ['Dahl', 'Ferreira']],
  ])('%s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });

  it.each([
    ['Portugal President Tomas Ferreira and Norwegian Foreign Minister Ingrid Dahl will sign a fisheries pact next week.'],
    // "The two leaders" are two holders of such an office, not a leader and his wife; "the two foreign ministers" not two presidents.
    ['President Luis Ruiz and his wife Maria Ruiz arrived in Hanoi.\n\nThe two leaders discussed trade during their meeting in Hanoi.'],
    ['President Luis Ruiz has told Vietnamese President Vo Van Thuong that he is firm.\n\nThe two foreign ministers discussed trade during their meeting.'],
    // The nearest sentence naming two people decides: here it names no pair of leaders.
    ['President Luis Ruiz and President Vo Van Thuong spoke on Monday.\n\nMr Ruiz thanked his wife Maria Ruiz and Senator Ana Lind.\n\nDuring the call, the two leaders discussed trade.'],
    ['Debate\n\nPresident Luis Ruiz called Senator Ana Lind a liar on Sunday.'],
    // Near misses of this round's meeting verbs (a review found each).
    ['Talks\n\nRuiz said on Tuesday that Lima wanted to speak with opposition leader Ana Lind before deciding.'],
    ['Talks\n\nPresident Luis Ruiz told a news conference with reporters on Friday that Prime Minister Ana Lind was doing a good job.'],
    ['Talks\n\nSpeaking at a reception for the Queen’s birthday in Nairobi on Tuesday, High Commissioner Neil Wigan praised President William Ruto.'],
    ['Talks\n\nPresident William Ruto on Tuesday called the Ugandan president’s remarks unhelpful.'],
    ['Talks\n\nThe phones of Foreign Minister Musalia Mudavadi were tapped, President William Ruto said.'],
    ['Talks\n\nThe senator called on the president to resign, and Prime Minister Ana Lind agreed.'],
    ['Ports reopen after strike\n\nFishing towns along the coast have waited for months for a deal on quotas and port fees.\n\nThe port of Porto reopened on Monday after a strike that lasted two weeks and cost millions.\n\nPortugal President Tomas Ferreira and Norwegian Foreign Minister Ingrid Dahl agreed that the port should stay open.'],
  ])('no participants from a shared action that is not the lead: %s', (text) => {
    expect(surnames(text)).toEqual([]);
  });

  it.each([
    ['facts-oslo-a.txt', ['Dahl', 'Ferreira']], // not the prime minister he met earlier in Porto
    ['facts-oslo-b.txt', ['Dahl', 'Ferreira']], // not the prime minister met "after that event"
    ['facts-monday.txt', ['Quispe', 'Rojas']], // not the presidents who will meet later, not the ministry that issued a statement
  ])('invented report %s', (file, expected) => {
    expect(surnames(fixture(file))).toEqual(expected);
  });

  it('gives role and country when the text does', () => {
    const ps = analyze(fixture('facts-oslo-a.txt')).participants;
    expect(ps.find((p) => p.name === 'Ingrid Dahl')).toEqual({ name: 'Ingrid Dahl', role: 'Foreign Minister', country: 'Norway' });
  });

  it('finds no participants when no meeting is reported', () => {
    expect(surnames('Portugal President Tomas Ferreira said the economy grew.')).toEqual([]);
  });
});

describe('a second meeting named in a subheadline', () => {
  it('"X also receives Y" above the story does not replace the lead’s guest', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text =
      'UAE, Egypt discuss Gaza in Abu Dhabi talks\n\nSheikh Mansour also receives Jordan\'s minister of state for foreign affairs\n\n' +
      'Sheikh Mansour bin Khalid Al Qasimi received Egypt\'s Minister of Foreign Affairs Hisham Farouk in Abu Dhabi on Monday.\n\n' +
      "Separately, Sheikh Mansour received Omar Al Rawashdeh, Jordan's Minister of State for Foreign Affairs.";
    expect(analyze(text).participants.map((p) => p.name)).toEqual(['Mansour bin Khalid Al Qasimi', 'Hisham Farouk']);
  });
});

describe('talks with an adjective', () => {
  it('"held official talks" reports the meeting, not a later reception of businesspeople', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text =
      'Cuba and Namibia ratify ties\n\nHavana, Jun 10 (Prensa Latina) Cuban Foreign Minister Alberto Quintana and his Namibian counterpart Helena Shikongo held official talks this Tuesday in Havana.\n\n' +
      'The ministers reviewed bilateral relations.\n\nOn Monday, Cuban Deputy Prime Minister Ernesto Llanes received a delegation of Namibian businesspeople.';
    expect(analyze(text).participants.map((p) => p.name)).toEqual(['Alberto Quintana', 'Helena Shikongo']);
  });
});

describe('a text with no headline', () => {
  it('takes the participants from its first sentence when that is prose', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text = 'Cuban Foreign Minister Alberto Quintana and his Namibian counterpart Helena Shikongo held talks on Tuesday in Havana.\n\nThe ministers reviewed bilateral relations.';
    expect(analyze(text).participants.map((p) => p.name)).toEqual(['Alberto Quintana', 'Helena Shikongo']);
  });
});

describe('headline verbs and "held discussions"', () => {
  it('"X, EU Special Representative Discuss Peace" names no "Discuss"; "held discussions with" reports the meeting', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text =
      'State Minister Birtukan, EU Special Representative Discuss Peace in the Horn of Africa\n\n' +
      'Addis Ababa, August 21/2025(ENA) State Minister of Foreign Affairs Birtukan Ayele held discussions on August 21, 2025 with the European Union Special Representative for the Horn of Africa, Anneli Virtanen, at the Ministry of Foreign Affairs.';
    expect(analyze(text).participants.map((p) => p.name)).toEqual(['Birtukan Ayele', 'Anneli Virtanen']);
  });
});

describe('a lead that says what the two called for', () => {
  it('"X and her counterpart Y have called for …" names the participants', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text = 'Egypt and Turkey pledge joint push on Gaza as top diplomats meet in Cairo\n\nEgypt’s Foreign Minister Nadia Soliman and her Turkish counterpart Hakan Yücel have called for an immediate ceasefire in Gaza.\n\nSpeaking at a news conference in Cairo on Sunday, Soliman said the talks had focused on the war.';
    expect(analyze(text).participants.map((p) => p.name)).toEqual(['Nadia Soliman', 'Hakan Yücel']);
  });
});

// Habits of real reports and remarks pages, a row each. [style, text, expected surnames (sorted)].
describe('participants on real pages', () => {
  it.each([
    ['a transcript: the title and the speakers', 'Secretary Antony J. Blinken and Foreign Minister Wang Yi Before Their Meeting\n\nSECRETARY BLINKEN: Good evening. I am very pleased to welcome Foreign Minister Wang Yi.\n\nFOREIGN MINISTER WANG: Well indeed, I am visiting at the invitation of the Secretary.', ['Blinken', 'Yi']],
    ['a remarks page’s speaker on a line of its own above the title', 'Press Availability With Korean Foreign Minister Kim Tae-woo After their Meeting\n\nPress Availability\nAnna Ruiz Hale\nSecretary of State\nSeoul, South Korea\nMay 26, 2010\n\nFOREIGN MINISTER KIM: Good afternoon. I wish to once again welcome Secretary Hale on her visit to Seoul.\n\nWe also talked about the summit meeting scheduled for late June.', ['Hale', 'Tae-woo']],
    ['a joint press event titled "Statements by A and B"', 'Statements by President Tom Hale and Japanese Prime Minister Ken Oda at the Documents Exchange Ceremony and Joint Press Occasion\n\nSpeeches 9 February 2023\n\nJAPANESE PRIME MINISTER KEN ODA: I extend my heartfelt welcome to President Hale for his first visit to Japan as President.\n\nToday, discussion was held with President Hale on bilateral cooperation.', ['Hale', 'Oda']],
    ['a doorstop: the speaker and whom she says she met', 'Doorstop interview, Jakarta\n\nLena Holm, Foreign Minister: I have just had a constructive meeting with Director Wang Yi out here in Jakarta.\n\nJournalist: Minister, what do you expect now?', ['Holm', 'Yi']],
    ['a spokesman who reports the call is not in it', 'President Omar Said held a phone call with his Palestinian counterpart Mahmoud Abbas, the presidential spokesman Bassam Rady said on Saturday.', ['Abbas', 'Said']],
    ['a relative clause about someone else', 'President William Ruto held talks with Senator Chris Coons, who was behind former President Uhuru Kenyatta’s handshake with the opposition in 2018.', ['Coons', 'Ruto']],
    ['another conversation earlier in the day', 'Foreign Minister Kang Mi-ra talked to Foreign Minister Taro Kono of Japan over the phone on August 29 after her telephone conversation with Secretary of State Rex Tillerson earlier in the day.', ['Kang Mi-ra', 'Kono'].map((n) => n.split(' ').pop()!).sort()],
    ['a headline source after a dash', 'Putin, Ramaphosa Discuss Summits - Kremlin\n\nMOSCOW (Sputnik) - Russian President Vladimir Putin and his South African counterpart Cyril Ramaphosa discussed the summits during a phone conversation on Wednesday.', ['Putin', 'Ramaphosa']],
    ['a telephonic conversation, and "H.E." is no initial', 'Prime Minister Shri Narendra Modi had a telephonic conversation today with H.E. Donald Trump, President of United States of America.', ['Modi', 'Trump']],
    ['a plural title and a term with its acronym', 'Foreign Ministers Francisco Bustillo of Uruguay and Santiago Cafiero of Argentina met on Friday in Montevideo to discuss the Line of Actual Control (LAC) and trade.', ['Bustillo', 'Cafiero']],
    ['"held a brief meeting with", and a source who is someone else', 'South Korean Foreign Minister Kim Sung-hwan held a brief meeting here with his North Korean counterpart, Pak Ui-chun, an official said Saturday.', ['Sung-hwan', 'Ui-chun']],
    ['a joint news conference after a summit', 'Leaders hold news conference\n\nJapanese Prime Minister Ken Oda and South Korean President Kang Tae-woo wrapped up a joint news conference after a summit in Tokyo.', ['Oda', 'Tae-woo']],
    ['not people after another summit', 'Biden in Helsinki\n\nWASHINGTON - After the NATO summit in Vilnius, President Tom Hale criticized former President Ken Oda for questioning the alliance.', []],
    ['two who concluded a meeting', 'Kang and Oda United on Restoring Shuttle Diplomacy\n\nPresident Kang Tae-woo said on the 16th, "Japan is a partner that should cooperate on security." In particular, President Kang and Prime Minister Ken Oda shared a positive stance on the resumption of shuttle diplomacy.\n\nAt around 4:40 p.m. that day, during the expanded summit meeting held at the residence in Tokyo, President Kang said, "Relations are starting anew."\n\nPresident Kang and Prime Minister Oda concluded a 23-minute small-group meeting and immediately proceeded to the expanded summit meeting.', ['Oda', 'Tae-woo']],
    ['a joint press conference, without "with"', 'Talks in Hanoi\n\nPresident Lan Phuong and Prime Minister Ruth Ames gave a joint press conference at the presidential palace on Monday.', ['Ames', 'Phuong']],
    ['following the talks, the two made statements', 'Following the talks in the residence, President of Uzbekistan Shavkat Mirziyoyev and President of Turkmenistan Serdar Berdimuhamedov made statements to the press.', ['Berdimuhamedov', 'Mirziyoyev']],
  ])('%s', (_style, text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });
});

describe('a statement quoted whole tells of the meeting as a lead does', () => {
  it.each([
    ['a readout quoted in the third person', 'Leaders meet\n\nThe State House announced that “President Daniel Mwangi today at State House, Nairobi hosted Foreign Minister Grace Kimaro of Tanzania. The two leaders discussed trade.”', ['Kimaro', 'Mwangi']],
    // (a statement over several paragraphs, its opening mark only on the first, that turns to "we" further on)
    ['a statement quoted whole over several paragraphs', 'Statement on the call\n\n“Today, President Daniel Mwangi and Tanzania’s President Grace Kimaro had a long phone conversation. President Kimaro thanked President Mwangi for the support of Kenya.\n\nThe leaders agreed to reopen the border. We will keep working for peace.”', ['Kimaro', 'Mwangi']],
  ])('%s', (_name, text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });

  it('a quote in the first person stays speech: its people are not the meeting’s', () => {
    expect(surnames('Leaders meet\n\nPresident Daniel Mwangi met Foreign Minister Grace Kimaro in Nairobi.\n\n“We have met President Joseph Kabila of Congo many times before and we will meet him again,” Mwangi said.')).toEqual(['Kimaro', 'Mwangi']);
  });
});

describe('another occasion: a recent or previous meeting', () => {
  it.each([
    ['Prime Minister Dahl’s visit to Fiji follows her recent meetings with the United States President', true],
    ['after his previous visit to Moscow', true],
    ['after which he noted the recent emergence of “extremely serious tension”', false],
  ])('%s', async (text, other) => {
    const { OTHER_OCCASION_PATTERN } = await import('../../src/rules/meeting-words.js');
    expect(OTHER_OCCASION_PATTERN.test(text)).toBe(other);
  });
});

describe('what the review of the other-occasion rules found', () => {
  it('a relative clause after the object is not another occasion: "met X, who earlier visited Kyiv, in Warsaw"', () => {
    expect(surnames('Talks\n\nChancellor Otto Weiss met President Lech Nowak, who earlier visited Kyiv, in Warsaw on Monday.')).toEqual(['Nowak', 'Weiss']);
  });
  it('"talks … that built on their recent calls" keep their place', () => {
    expect(analyze('Talks\n\nPresident Lech Nowak and Chancellor Otto Weiss held talks in Warsaw on Monday that built on their recent calls.').location).toBe('Warsaw');
  });
});

describe('what the second review found: no meeting', () => {
  it.each([
    ['Talks\n\nAnna Keller had to call off her visit on Monday, a day before she was due to see Prime Minister Lars Berg in Oslo.'],
    ['Talks\n\nAnna Keller and Prime Minister Lars Berg have had no talks since March, officials said.'],
  ])('%j', (text) => {
    expect(surnames(text)).toEqual([]);
  });
});

describe('a joint statement’s title names the two who speak together', () => {
  it.each([
    ['President Ivo Brand and President Lia Stone Joint\u00a0Statement\n\nLatvia and Estonia affirm our broad and deep cooperation.', ['Brand', 'Stone']],
    // (the page's kind is no part of a name: not "Stone Joint Statement")
    ['President Ivo Brand and President Lia Stone Joint Statement\n\nLatvia and Estonia affirm our broad and deep cooperation.', ['Brand', 'Stone']],
  ])('%s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });
});

describe('what the review of this session found: a transcript’s titled speakers, a readout above it', () => {
  it.each([
    // a third leader the title does not name, who speaks under a title, took part; a press secretary does not
    ['Remarks by President Ivo Brand and Prime Minister Jan Nowak at Trilateral Meeting\n\nOslo\n\nPRESIDENT BRAND:  It is a pleasure to be here with Prime Minister Nowak and President Castillo.\n\nPRIME MINISTER NOWAK:  Welcome, both of you.\n\nPRESIDENT CASTILLO:  Thank you. Chile is proud to join.\n\nMS. LIND:  Next question.',
      ['Brand', 'Castillo', 'Nowak']],
    // a readout's long lead above the transcript is no title: the people of its other meeting stay out
    ['President: Latvia open to dialogue with Estonia\n\nPresident Ivo Brand has met with Estonian Foreign Minister Lia Stone. The sides discussed trade. Also, after a meeting of the council last Thursday, President Brand met informally with Estonian Premier Per Olund in his native village, where they walked and talked about fishing and the harvest for a long while.\n\nIvo Brand, President of Latvia:\nToday, I would like us to talk openly about the future of our relations.',
      ['Brand', 'Stone']],
  ])('%s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });
});
