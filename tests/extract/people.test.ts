import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findPeople } from '../../src/extract/people.js';
import { findCountry } from '../../src/rules/countries.js';

const peopleOf = (text: string) => findPeople(parseDocument(text));
const summary = (text: string) => peopleOf(text).people.map((p) => [p.name, p.role, p.country, p.type]);

describe('findPeople: introductions', () => {
  it.each([
    ['country + title before', 'Belarus President Aleksandr Rudenko met the press in Minsk.', [['Aleksandr Rudenko', 'President', 'Belarus', 'person']]],
    ['adjective + title before', 'Kenyan Foreign Minister Amina Odhiambo arrived on Monday.', [['Amina Odhiambo', 'Foreign Minister', 'Kenya', 'person']]],
    ['title of country before', 'Minister of Foreign Affairs of Chile Pablo Rojas arrived.', [['Pablo Rojas', 'Minister of Foreign Affairs', 'Chile', 'person']]],
    ['possessive country', 'Russia’s Minister of Foreign Affairs Ivan Petrov arrived.', [['Ivan Petrov', 'Minister of Foreign Affairs', 'Russia', 'person']]],
    ['"the Rt Hon X MP": neither the courtesy title nor the letters after the name are part of it', 'The Rt Hon Catherine Ashe MP arrived in Nairobi.', [['Catherine Ashe', null, null, 'person']]],
    ['"Hon." is a courtesy title, not a name', 'The caucus was chaired by Forum Chair Hon. Mark Tane of the Cook Islands.', [['Mark Tane', null, null, 'person']]],
    ['possessive in s', 'Belarus’ Foreign Minister Pavel Novik said the talks went well.', [['Pavel Novik', 'Foreign Minister', 'Belarus', 'person']]],
    // churches' ranks before a name are titles, not part of it
    ['a cardinal', 'The president met today with Cardinal Mario Rossi, Archbishop of Bologna.', [['Mario Rossi', 'Cardinal', null, 'person']]],
    ['apposition', 'Maria Santos, Prime Minister of Portugal: We welcome you.', [['Maria Santos', 'Prime Minister', 'Portugal', 'person']]],
    ['"H.E" (His Excellency) written without its last full stop', 'The former President, H.E Jakaya Kikwete, met the President.', [['Jakaya Kikwete', null, null, 'person']]],
    ['a title\'s abbreviation before its full stop is no name', 'Committee Chairman Rep. Jason Moore, R-Utah, said the hearing would start at noon.', [['Jason Moore', null, null, 'person']]],
    ['guard: a given name that is an abbreviation without its full stop', 'Japanese Defense Minister Gen Nakatani arrived in Manila.', [['Gen Nakatani', 'Defense Minister', 'Japan', 'person']]],
    ['a month that is a surname', 'The envoy conveyed the greetings of British Prime Minister Theresa May and left.', [['Theresa May', 'Prime Minister', 'United Kingdom', 'person']]],
    ['"High Commissioner" is one title', 'British High Commissioner, Mr. Thomas Drew, called on the minister.', [['Thomas Drew', 'High Commissioner', 'United Kingdom', 'person']]],
    ['an unknown abbreviation after the body it heads is the title', 'Talks included Rostek CEO Ivan Marov on Monday.', [['Ivan Marov', 'Rostek CEO', null, 'person']]],
    ['an honorific in brackets marks a person', 'The minister (Mr. Tan Wei) and the envoy (Shri Arun Mehra) arrived.', [['Tan Wei', null, null, 'person'], ['Arun Mehra', null, null, 'person']]],
    ['"Chief" before a title is part of the title, no honorific', 'Chief Officer for North America Rafael Ortiz arrived.', [['Rafael Ortiz', null, null, 'person']]],
    ['a title once held', 'Talks were held with former US President Ben Hollis.', [['Ben Hollis', 'Former President', 'United States', 'person']]],
    ['a Politburo member\'s title before the name', 'Advisor Ana Ruiz spoke with Politburo Member Yang Jiechi by phone.', [['Ana Ruiz', null, null, 'person'], ['Yang Jiechi', 'Politburo Member', null, 'person']]],
    ['the portfolio words after a list\'s "and" are no given names', 'Deputy Secretary of State for Management and Resources Richard Verma met the President.', [['Richard Verma', null, null, 'person']]],
    ['two initials inside a name; a portfolio after "Minister of" is nobody', 'The team included the Hon. Raphael G.C. Tolman, Minister of Natural Resources and the Hon. Noel Hardy, Minister of Agriculture.', [['Raphael G.C. Tolman', null, null, 'person'], ['Noel Hardy', 'Minister of Agriculture', null, 'person']]],
    ['a middle initial that reads as the article ("A.")', 'The minister met David A. Grant, the President of Guyana.', [['David A. Grant', 'President', 'Guyana', 'person']]],
    ['a portfolio before the name is the minister\'s role, and "the Minister for Finance" is that minister', 'The PM was joined by Minister for Finance Rehana Qadir and Minister for Petroleum Ali Raza Chaudry. Later, the Minister for Finance spoke.', [['Rehana Qadir', 'Minister for Finance', null, 'person'], ['Ali Raza Chaudry', 'Minister for Petroleum', null, 'person']]],
    ['"H.E." before a name is no pair of initials', 'The minister received H.E. Cui Jianwen, the Ambassador of China.', [['Cui Jianwen', 'Ambassador', 'China', 'person']]],
    ['a site\'s section label run into the headline is no given name; a surname with its accents is the name without them', 'Politics Pavić spoke with the envoy: "Talks" President of Serbia, Marko Pavic, met today with the Ambassador.', [['Marko Pavic', 'President', 'Serbia', 'person']]],
    ['"ex-Soviet" names nobody', 'Kersti Laan is the first leader of three ex-Soviet states to hold a high profile meeting with the president since 2014.', [['Kersti Laan', null, null, 'person']]],
    ['the second portfolio of a minister is nobody either', 'He met the Minister for Foreign Affairs and Regional Integration of Ghana, Shirley Ayorkor Botchwey.', [['Shirley Ayorkor Botchwey', 'Minister for Foreign Affairs and Regional Integration', 'Ghana', 'person']]],
    ['a person after "Minister of X and" is still a person', 'They held talks between Nigeria’s Minister of Foreign Affairs and Sergei Volkov of Russia.', [['Sergei Volkov', null, null, 'person']]],
    ['bare full name', 'Among those present were Tomas Berg and Ana Lind.', [['Tomas Berg', null, null, 'person'], ['Ana Lind', null, null, 'person']]],
    ['ministry', 'The talks were useful, the Belarusian Foreign Ministry said.', [['Belarusian Foreign Ministry', null, 'Belarus', 'body']]],
    ['ministry from a country name', 'Russia’s Foreign Ministry issued a statement.', [['Russian Foreign Ministry', null, 'Russia', 'body']]],
  ])('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('a surname that is also a city is still a surname', () => {
    const idx = peopleOf('Vietnamese Foreign Minister Tran Quoc Hung met his Philippine counterpart Maria Lourdes Santiago. Santiago said the talks were useful.');
    expect(idx.people.map((p) => [p.name, p.country])).toEqual([
      ['Tran Quoc Hung', 'Vietnam'],
      ['Maria Lourdes Santiago', 'Philippines'],
    ]);
    expect(idx.people[1].aliases).toContain('Santiago');
  });

  it('a bare name needs something that marks a person, or a second mention', () => {
    expect(summary('Officials met Anna Lind in Oslo.')).toEqual([['Anna Lind', null, null, 'person']]);
    expect(summary('The Blue Harbour project was approved.')).toEqual([]);
  });

  it('a counterpart takes the role of the person they are the counterpart of', () => {
    const idx = peopleOf('Kenyan President Daniel Mwangi met his Tanzanian counterpart Grace Kimaro in Nairobi.');
    expect(idx.people.map((p) => [p.name, p.role, p.country])).toEqual([
      ['Daniel Mwangi', 'President', 'Kenya'],
      ['Grace Kimaro', 'President', 'Tanzania'],
    ]);
  });
});

describe('findPeople: not people', () => {
  it.each([
    ['organisations', 'The Eurasian Economic Union and the Shanghai Cooperation Organization met.'],
    ['wars and regions', 'They recalled the Second World War and the situation in the Middle East.'],
    ['a quoted headline', 'Read more: "Tokyo and Delhi Sign Deal"'],
    ['places', 'Boats will patrol Lake Victoria and the Red Sea.'],
    ['a headline with a colon', 'President: Belarus open to friendly dialogue with Russia'],
    ['a capital that speaks', 'Beijing said the exercises were routine.'],
    ['a thing named like a person', 'Work on the Agua Negra tunnel will resume in January.'],
    ['a two-word capital', 'The next round will be held in Buenos Aires.'],
    ['a forum named by an acronym', 'Vietnam will host the ASEAN Regional Forum in July.'],
    ['a dateline in capitals', 'BUENOS AIRES (AFP) — Argentina and Chile signed a memorandum.'],
    ['a dateline in title case with the outlet and date', 'Metro Cebu (Island Daily, March 1) — Argentina and Chile signed a memorandum.'],
    ['an organisation whose name opens on a country word', 'The American Trade Network said the ads would run in May.'],
    ['a title whose last word and the next make a country', 'My great privilege to welcome the foreign minister of New Zealand here.'],
    ['a party member described by state', 'Later a South Carolina Democrat said the race was close.'],
  ])('%s', (_name, text) => {
    expect(peopleOf(text).people.filter((p) => p.type === 'person')).toEqual([]);
  });

  it.each([
    ['a page\'s buttons run into a name', 'Paige Lavender reported.\n\nFlagShareLikeReplyPaige Lavender said the vote was close.', ['Paige Lavender']],
    ['a title-case headline\'s verb and auxiliary end a name', 'Ted Moore Hints Carla Ruiz Would Get Border Wall Contract\n\nRuiz said she was pleased.', ['Ruiz']],
  ])('no person is made of furniture or a headline: %s', (_name, text, names) => {
    expect(peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(names);
  });

  it.each([
    ['a preposition opening the sentence', 'Unlike Hillary Moore, the senator voted yes.', 'Hillary Moore'],
    ['a title-case headline\'s verb', 'Ted Moore Endorses Carla Ruiz For Senate\n\nTed Moore said he liked Ruiz.', 'Ted Moore'],
    ['an auxiliary in a headline', 'Ted Moore Hints Vote Would Get Border Wall Funds\n\nTed Moore said so on Monday.', 'Ted Moore'],
    ['guard: one join inside a surname', 'Claire McCaskill voted yes.', 'Claire McCaskill'],
    ['a word that opens a clause', 'Neither Carla Ruiz nor the others spoke. Wherever Carla Ruiz goes, crowds follow.', 'Carla Ruiz'],
    ['a hyphenated office with "in"', 'Daily Star Editor-in-Chief Ben Moore said the story was accurate.', 'Ben Moore'],
    ['guard: "Per" as a given name', 'Swedish Foreign Minister Per Olund arrived.', 'Per Olund'],
  ])('a name is cut where it ends: %s', (_name, text, name) => {
    expect(peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name)[0]).toBe(name);
  });
});

it('a signature line of two names the text gives with titles elsewhere is two people', () => {
  const doc = parseDocument('Joint Declaration\n\nPresident Tomas Rojo of Peru and Prime Minister Ana Vidal of Ostria witnessed the signing.\n\nWitnessed by: Witnessed by:\n\nAna Vidal Tomas Rojo\n\nPrime Minister of Ostria President of Peru');
  expect(findPeople(doc).people.filter((p) => p.type === 'person').map((p) => p.name).sort()).toEqual(['Ana Vidal', 'Tomas Rojo']);
});

it('an untitled phrase read as a name once does not split a titled name ("Politburo Member Yang Jiechi")', () => {
  const doc = parseDocument('Readout\n\nAdviser Jake Sullivan met Politburo Member Yang Jiechi in Zurich. The Politburo Member and Director Yang spoke.');
  expect(findPeople(doc).people.filter((p) => p.type === 'person').map((p) => p.name)).not.toContain('Politburo Member');
});

it('a hotel named after a two-word city is no person ("InterContinental New York Barclay")', () => {
  const doc = parseDocument('Remarks by President Ana Vidal and President Tomas Rojo Before Bilateral Meeting | New York, NY\n\nInterContinental New York Barclay\nNew York, New York');
  expect(findPeople(doc).people.map((p) => p.name)).toEqual(['Ana Vidal', 'Tomas Rojo']);
});

describe('findPeople: one person, many names', () => {
  it('merges spelling variants and keeps the others as aliases', () => {
    const idx = peopleOf(
      'Belarus President Aleksandr Rudenko met the minister. Later, Alexander Rudenko spoke. President Rudenko left.',
    );
    expect(idx.people).toHaveLength(1);
    expect(idx.people[0].name).toBe('Aleksandr Rudenko');
    expect(idx.people[0].aliases).toEqual(expect.arrayContaining(['Alexander Rudenko', 'Rudenko']));
  });

  it.each([
    ['two short given names two letters apart', 'Emir Fahad Al-Nasser phoned Emir Tamim Al-Thani. Minister Ahmad Al-Nasser said Kuwait would help.', ['Fahad Al-Nasser', 'Tamim Al-Thani', 'Ahmad Al-Nasser']],
    ['a long given name two letters apart is a spelling', 'President Mohammed Salim met the minister. Later, Muhammad Salim spoke.', ['Mohammed Salim']],
    ['a short given name two letters apart on the same first letter is a spelling', 'Minister Zayed Al-Amri met the envoy. Later, Zaid Al-Amri spoke.', ['Zayed Al-Amri']],
  ])('%s', (_what, text, names) => {
    expect(peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(names);
  });

  it.each([
    ['a modal "May" in a title-case headline', 'Chancellor May Veto EU Deal\n\nChancellor Friedrich Merz met Prime Minister Keir Starmer.'],
    ['two known names joined by a hyphen', 'President Donald Trump met President Vladimir Putin. The President Trump-Putin summit was short.'],
    ['a venue named like a body', 'Prime Minister Sitiveni Rabuka met his counterpart at the Sheraton Fiji Golf and Beach Resort in Nadi.'],
  ])('no new person from %s', (_what, text) => {
    expect(peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name)).toEqual(expect.not.arrayContaining([expect.stringMatching(/May|-|Resort/)]));
  });

  it('a hyphenated family name alone after a title is a person ("President Akufo-Addo")', () => {
    const idx = peopleOf('Ivorian President Alassane Ouattara was met at the airport by President Akufo-Addo on Monday.');
    expect(idx.people.map((p) => [p.name, p.role])).toEqual([['Alassane Ouattara', 'President'], ['Akufo-Addo', 'President']]);
  });

  it('a month that is a surname, alone after a title, is the person; "in May" is no one', () => {
    const text = 'Prime Minister Theresa May met King Hamid. Prime Minister May said she is delighted. Mrs May will return in May.';
    const idx = peopleOf(text);
    expect(idx.mentions.map((m) => [text.slice(m.start, m.end), idx.people[m.person].name])).toEqual([
      ['Theresa May', 'Theresa May'], ['Hamid', 'Hamid'], ['May', 'Theresa May'], ['May', 'Theresa May'],
    ]);
  });

  it('a double surname shortened to one of its parts is the same person', () => {
    const idx = peopleOf('Press Secretary Lina Reyes-Santos spoke to reporters. According to Santos, the talks went well.');
    expect(idx.people.map((p) => p.name)).toEqual(['Lina Reyes-Santos']);
    expect(idx.people[0].aliases).toContain('Santos');
  });

  it("a country before a title's abbreviation says whose ('Morocco's FM')", () => {
    const idx = peopleOf(
      'Minister of Foreign Affairs Omar Tazi held talks in Rabat with his Chadian counterpart, Ruth Kaka.\n\nMorocco’s FM also stressed that the visit was good.',
    );
    const fm = idx.mentions.find((m) => m.text.endsWith('FM'));
    expect(fm && idx.people[fm.person].name).toBe('Omar Tazi');
  });

  it('two people with one family name: "President Lee" is the one the title fits; a bare "Lee said" is neither', () => {
    const text = 'SEOUL -- South Korean President Lee Min-ho held talks with the delegation, spokesman Lee Jae-sung said.\n\nThe message was about ties, Lee said.\n\nPresident Lee also asked the delegation to deliver a message.';
    const idx = peopleOf(text);
    const at = (w: string) => idx.people[idx.mentions.find((m) => m.start === text.indexOf(w))!.person].name;
    expect(at('Lee also')).toBe('Lee Min-ho');
    expect(at('Lee said.')).toBe('Lee');
  });

  it('a bare family name two people share is given to neither ("Kim said")', () => {
    const text = 'North Korean leader Kim Jong Un met President Ivan Sirko. His sister Kim Yo Jong was also present.\n\nKim said the two countries would stand together.';
    const idx = peopleOf(text);
    const m = idx.mentions.find((x) => x.start === text.indexOf('Kim said'));
    expect(m && idx.people[m.person].name).not.toBe('Kim Yo Jong');
  });

  it.each([
    ['a headline above the titled mention', 'Cameron and Obama hold talks\n\nPrime Minister David Cameron spoke to President Obama on Monday.', 'Obama', 'Obama'],
    ['a standfirst above the speaker', 'Mahuta welcomes the visit\n\nThe minister arrived on Thursday. \u201cWe are family,\u201d Mahuta said.', 'Mahuta welcomes', 'Mahuta'],
  ])('a bare name above the one that makes it a person is that person (%s)', (_what, text, at, name) => {
    const idx = peopleOf(text);
    const m = idx.mentions.find((x) => x.start === text.indexOf(at));
    expect(m && idx.people[m.person].name).toBe(name);
  });

  it.each([
    ['a courtesy title after the office', 'Hon. Mark Brown chaired. Prime Minister James Marape met Australian Deputy Prime Minister Hon. Richard Marles.', 'Hon. Richard'],
    ['an agency named by its first word', "Yonhap said the meeting was brief. South Korea's Yonhap News Agency reported the talks.", 'Yonhap News'],
  ])('no person is named by %s', (_what, text, at) => {
    const idx = peopleOf(text);
    expect(idx.mentions.filter((m) => m.start === text.indexOf(at))).toEqual([]);
  });

  it('keeps two people with the same first name apart', () => {
    const idx = peopleOf('Sergey Antonov and Sergey Belov met in Minsk.');
    expect(idx.people.map((p) => p.name)).toEqual(['Sergey Antonov', 'Sergey Belov']);
  });

  it.each([
    ['the Belarusian leader', 'Aleksandr Rudenko'],
    ['the head of state', 'Aleksandr Rudenko'],
    ['the Russian minister', 'Ivan Petrov'],
    ['the foreign minister', 'Ivan Petrov'],
    ['his Russian counterpart', 'Ivan Petrov'],
  ])('resolves "%s" by role and country', (desc, who) => {
    const text = `Belarus President Aleksandr Rudenko met Russian Foreign Minister Ivan Petrov. Later ${desc} spoke.`;
    const idx = peopleOf(text);
    const at = text.indexOf(desc);
    const m = idx.mentions.find((x) => x.start === at);
    expect(m && idx.people[m.person].name).toBe(who);
    expect(idx.people.find((p) => p.name === who)?.aliases).toContain(desc);
  });

  it('leaves a description that fits nobody unresolved', () => {
    const text = 'Belarus President Aleksandr Rudenko met the press. Later the French minister spoke.';
    const idx = peopleOf(text);
    expect(idx.mentions.some((m) => m.start === text.indexOf('the French minister'))).toBe(false);
  });

  it('mentions point at the words in the text', () => {
    const text = 'Kenyan President Daniel Mwangi spoke. Mr Mwangi then left.';
    for (const m of peopleOf(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findCountry', () => {
  it.each([
    ['Belarus', 'Belarus'],
    ['Belarusian', 'Belarus'],
    ['Belarussian', 'Belarus'],
    ['Russia’s', 'Russia'],
    ["Belarus'", 'Belarus'],
    ['Russian Federation', 'Russia'],
    ['U.S.', 'United States'],
    ['american', 'United States'],
    ['British', 'United Kingdom'],
    ['the Netherlands', 'Netherlands'],
    // a curly apostrophe and accents as the page writes them
    ['Cote D’Ivoire', "Cote d'Ivoire"],
    ['Côte d’Ivoire', "Cote d'Ivoire"],
    ['Türkiye', 'Turkey'],
  ])('%s -> %s', (word, name) => {
    expect(findCountry(word)?.name).toBe(name);
  });

  it.each([['a capital', 'Minsk'], ['a weekday', 'Monday'], ['empty', ''], ['a huge word', 'x'.repeat(10_000)]])('%s is no country', (_name, word) => {
    expect(findCountry(word)).toBeUndefined();
  });
});

describe('honorifics of other countries, and the first two names', () => {
  it('"Foreign Minister Datuk Seri Mohd Azlan Hashim" is "Mohd Azlan Hashim", and "Mohd Azlan" later is him', async () => {
    const { parseDocument } = await import('../../src/text/document.js');
    const { findPeople } = await import('../../src/extract/people.js');
    const doc = parseDocument(
      'PUTRAJAYA, July 8 (Bernama) -- Malaysia and New Zealand agreed to resume talks, said Foreign Minister Datuk Seri Mohd Azlan Hashim.\n\n' +
        'Mohd Azlan said the two ministers also discussed regional security. Singapore Foreign Minister Tan Wei Ming and Sri Lanka were not mentioned.',
    );
    const people = findPeople(doc).people.filter((p) => p.type === 'person');
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Mohd Azlan Hashim', 'Foreign Minister'],
      ['Tan Wei Ming', 'Foreign Minister'],
    ]);
  });
});

describe('a delegation’s country', () => {
  it('goes to its head, not to whoever the head met', async () => {
    const { parseDocument } = await import('../../src/text/document.js');
    const { findPeople } = await import('../../src/extract/people.js');
    const doc = parseDocument('A Kenyan delegation led by Cabinet Secretary Musa Otieno held talks with Foreign Minister Retno Wulandari in Jakarta on Monday.');
    expect(findPeople(doc).people.map((p) => [p.name, p.country])).toEqual([['Musa Otieno', 'Kenya'], ['Retno Wulandari', null]]);
  });
});

describe('an envoy’s full title', () => {
  it('", the newly appointed Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Georgia," is a role and a country, not a person', async () => {
    const { parseDocument } = await import('../../src/text/document.js');
    const { findPeople } = await import('../../src/extract/people.js');
    const doc = parseDocument('Foreign Minister Mariam Japaridze met with Serik Nurtazin, the newly appointed Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Georgia, in Tbilisi.');
    expect(findPeople(doc).people.filter((p) => p.type === 'person').map((p) => [p.name, p.role, p.country])).toEqual([
      ['Mariam Japaridze', 'Foreign Minister', null],
      ['Serik Nurtazin', 'Ambassador Extraordinary and Plenipotentiary', 'Kazakhstan'],
    ]);
  });
});

describe('page furniture is not a person', () => {
  it('"Page No." and "Author" in a header line', () => {
    expect(summary('Journal : Ministry of Foreign Affairs Press Briefing Date : Author : NA Page No. : NA\n\nForeign Minister Li Wen met Foreign Minister Ana Ruiz.').filter((p) => p[3] === 'person').map((p) => p[0])).toEqual(['Li Wen', 'Ana Ruiz']);
  });
});

describe('US legislative titles and institutions', () => {
  it('"Senate Minority Whip" is a title, "the Senate" no person', () => {
    const idx = peopleOf('Only a Democratic Senate can act, they say.\n\n“It takes an election,” said Senate Minority Whip Rick Dalton (D-Ill.) in an interview.');
    expect(idx.people.filter((p) => p.type === 'person').map((p) => [p.name, p.role])).toEqual([['Rick Dalton', 'Minority Whip']]);
  });
});

describe('a middle initial, and "Representative" as a title', () => {
  it('"Representative Peter T. King of New York"', () => {
    expect(summary('Rubio quits\n\n“It will not be easy,” said Representative Peter T. King of New York.').filter((p) => p[3] === 'person')).toEqual([['Peter T. King', 'Representative', null, 'person']]);
  });
});

describe('a family name written in capitals', () => {
  it('"MOTEGI Toshimitsu" … "Motegi" is one person', () => {
    const names = peopleOf('Press Conference by Foreign Minister MOTEGI Toshimitsu\n\nMr. MOTEGI Toshimitsu, Minister for Foreign Affairs: I held a call.\n\nMinister Motegi: It lasted 20 minutes.').people.map((p) => p.name);
    expect(names.filter((n) => /motegi/i.test(n))).toEqual(['MOTEGI Toshimitsu']);
  });
});

describe('a surname that is also a country word', () => {
  it.each([
    ['a demonym', 'The investor Ralph Danish spoke on Sunday. “It is too early,” Danish said.', 'Ralph Danish'],
    ['a country name', 'Rep. Steve Israel campaigned in Queens. Israel told reporters he was confident.', 'Steve Israel'],
  ])('%s after a given name, then alone before a speech verb', (_name, text, expected) => {
    expect(peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name)).toEqual([expected]);
  });

  it.each([
    ['a people', 'The French said the talks were useful, and Danish officials agreed.'],
    ['an adjective before a noun', 'Ralph met Danish diplomats. The Danish said nothing.'],
  ])('not %s', (_name, text) => {
    expect(peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name)).toEqual([]);
  });
});

describe('a title is a whole word', () => {
  it('"with their backing, Name" holds no "king"', () => {
    expect(summary('Dana Whitfield spoke.\n\nBut with their backing, Whitfield and her aides pressed on.')).toEqual([['Dana Whitfield', null, null, 'person']]);
  });
});

describe('one capitalised word after "the" that ends its phrase', () => {
  const persons = (text: string) => peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name);
  it('"Leader of the Nation, President of …" is a title, and "Nation" no person', () => {
    expect(persons('The Founder of Peace - Leader of the Nation, President of the Republic of Tajikistan, Aziz Nazarov, held a meeting with President Timur Aliyev.')).toEqual(['Aziz Nazarov', 'Timur Aliyev']);
  });
  it('a surname used as a modifier after "the" is still its person', () => {
    expect(persons('Donald Kimaro spoke in Ohio. The Kimaro campaign said he would win.')).toEqual(['Donald Kimaro']);
  });
});

describe('a bare name with an adverb before its verb, or an age before it', () => {
  const persons = (text: string) => peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name);
  it.each([
    ['Voters speak\n\nBrenda Jonsen also railed against immigrants.', ['Brenda Jonsen']],
    ['Voters speak\n\nAt an event in Ohio, 62-year-old Brenda Jonsen wants change.', ['Brenda Jonsen']],
    ['Voters speak\n\nBrenda Jonsen repeatedly warned about costs.', ['Brenda Jonsen']],
  ])('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it('a country in two words with an adverb is still no person', () => {
    expect(persons('Voters speak\n\nCosta Rica also joined the pact.')).toEqual([]);
  });
});

describe('a generation after a name ends it and is shown with it, never its surname', () => {
  const persons = (text: string) => peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name);
  it.each([
    ['Voters speak\n\nJoseph R. Marlow II, a onetime lawyer, later came out in support.', ['Joseph R. Marlow II']],
    ['Voters speak\n\nRobert Cassel Jr., a senator, said it was time.', ['Robert Cassel Jr']],
    ['Voters speak\n\nSen. Joe Manley III said it was time.', ['Joe Manley III']],
  ])('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
  it('a war in Roman numerals is still no person', () => {
    expect(persons('Voters speak\n\nWorld War II changed the town.')).toEqual([]);
  });
});

describe('a nickname in quotation marks inside a name, a generation shown with it, a monarch’s numeral', () => {
  const people = (text: string) => peopleOf(text).people.filter((p) => p.type === 'person').map((p) => [p.name, p.aliases.includes('Marcus') ? 'Marcus' : p.aliases.includes('Bong') ? 'Bong' : '']);
  it.each([
    ['Leaders meet\n\nPresident Ferdinand "Bong" Marquez Jr. was the only head of state to talk to Joseph Baden.', [['Ferdinand Marquez Jr', 'Bong']]],
    ['Leaders meet\n\nPresident Ferdinand ‘Bong’ Marquez Jr. holds a bilateral meeting in New York.', [['Ferdinand Marquez Jr', 'Bong']]],
    ['Leaders meet\n\nHis Majesty King Hamid II returned home on Saturday.', [['Hamid II', '']]],
  ])('%j', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a title-case headline’s adverb is no part of a name', () => {
  it('"Lin Wei and US President Donald Trump Jointly Meet the Press"', () => {
    const names = peopleOf('Lin Wei and US President Donald Trump Jointly Meet the Press\n\nOn November 9, President Lin Wei met the press with President Donald Trump.').people.map((p) => p.name);
    expect(names).toContain('Donald Trump');
    expect(names.some((n) => /Jointly/.test(n))).toBe(false);
  });
});

const names = (text: string) => peopleOf(text).people.filter((p) => p.type === 'person').map((p) => p.name);

describe('a title-case headline runs a name into the next word', () => {
  it('"Readout of President Joseph R. Biden Call with …": the name the text writes in full, not "… Biden Call"', () => {
    const text = 'Readout of President Joseph R. Biden Call with Prime Minister Tom Hale of the United Kingdom\n\nPresident Joseph R. Biden spoke today with Prime Minister Tom Hale of the United Kingdom.';
    expect(names(text)).toEqual(['Joseph R. Biden', 'Tom Hale']);
  });
  it('"President Ruiz Ratifies Board of Trade …": one name the text writes elsewhere, then the headline\'s verb', () => {
    const text = 'President Ruiz Ratifies Board of Trade in Historic Ceremony\n\nToday, in Lima, President Ana Ruiz ratified the charter. President Ruiz was joined by ministers.';
    expect(names(text)).toEqual(['Ana Ruiz']);
  });
  it('"Readout of Vice President Hale Call with …": a surname alone, then the headline’s common word', () => {
    const text = 'Readout of Vice President Hale Call with President Ana Ruiz of Peru\n\nVice President Hale spoke today with President Ana Ruiz of Peru.';
    expect(names(text).sort()).toEqual(['Ana Ruiz', 'Hale']);
  });
  it('a two-word name the body writes whole stays whole ("Mark Hall Meets …")', () => {
    expect(names('Senator Mark Hall Meets Peruvian Counterpart\n\nSenator Mark Hall met the speaker in Lima. Hall said the talks went well.')).toEqual(['Mark Hall']);
  });
  it('a second surname the body leaves out stays ("Javier Luna Ortiz Meets …" over "Javier Luna met …")', () => {
    expect(names('President Javier Luna Ortiz Meets Brazilian Counterpart\n\nArgentine President Javier Luna met Brazilian President Paulo Mendes in Brasilia on Wednesday.')).toContain('Javier Luna Ortiz');
  });
  it('a name the text writes only in part stays whole ("Kim Tae-woo" over "KIM:")', () => {
    expect(names('Press Availability With Foreign Minister Kim Tae-woo After their Meeting\n\nFOREIGN MINISTER KIM: Good afternoon. I welcome Secretary Hale on her visit.')).toContain('Kim Tae-woo');
  });
});

describe('no-break spaces are spaces', () => {
  it('"President\\u00a0Joseph R.\\u00a0Biden\\u00a0spoke\\u00a0today\\u00a0with …" names both callers, at the source’s offsets', async () => {
    const { analyze } = await import('../../src/assemble/document.js');
    const text = 'Readout of the call\n\nPresident\u00a0Ana\u00a0Ruiz\u00a0spoke\u00a0today\u00a0with Prime Minister Tom Hale.\u00a0 Ruiz said\u00a0the\u00a0two\u00a0countries would sign the accord.';
    const a = analyze(text);
    expect(a.participants.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Hale']);
    const q = a.quotes[0];
    expect(text.slice(q.start, q.end).replace(/\u00a0/g, ' ')).toBe('the two countries would sign the accord');
  });
});
