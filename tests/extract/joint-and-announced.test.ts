// Joint statements and announcements, as leaders' offices publish them: who "we" are in a joint statement, who "the
// leaders" are at a summit, and the meeting an announcement is about. Invented texts, one pattern a row.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

/** [speaker, first three words] of each indirect quote. */
const reported = (text: string) =>
  analyze(text).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();

describe('a joint statement speaks as "we": its authors', () => {
  it.each([
    ['a joint title names them',
      'Joint Statement by President Tomas Rojo and Prime Minister Ana Vidal\n\nWe reaffirm that a united alliance is essential to our security.',
      [['Tomas Rojo and Ana Vidal', 'a united alliance']]],
    ['"we, A of X and B of Y," sets them off (initials and "Jr." inside)',
      'Peru-Chile Joint Leaders’ Statement\n\nToday, we, President Tomas J. Rojo, Jr. of Peru and President Ana Vidal of Chile, reinforce our partnership.\n\nWe recognize that fisheries are the foundation of our trade.',
      [['Tomas J. Rojo and Ana Vidal', 'fisheries are the']]],
    ['a joint title naming nobody: the lead sentence',
      'Peru-Chile Joint Statement\n\nToday, President Tomas Rojo and President Ana Vidal met in Lima. We underscore that the Pacific must stay open.',
      [['Tomas Rojo and Ana Vidal', 'the Pacific must']]],
    // two named sides as the subject of the statement's voice, and a second verb of that voice after "and"
    ['"A and B reaffirm that …" (two countries)',
      'Peru-Chile Joint Statement\n\nToday, President Tomas Rojo and President Ana Vidal met in Lima. Peru and Chile reaffirm that the Pacific must stay open.',
      [['Peru and Chile', 'the Pacific must']]],
    ['"President A and President B reiterate … and reaffirm that …"',
      'Peru-Chile Joint Statement\n\nToday, President Tomas Rojo and President Ana Vidal met in Lima. President Rojo and President Vidal reiterate their commitment to the treaty and reaffirm that the Pacific must stay open.',
      [['Tomas Rojo and Ana Vidal', 'the Pacific must']]],
    // (not "note" after "and": "the letter and note that …" is a noun)
    ['guard: "the letter and note that …"',
      'Peru-Chile Joint Statement\n\nToday, President Tomas Rojo and President Ana Vidal met in Lima. They exchanged the letter and note that the envoys had drafted.',
      []],
    ['bare plural verbs of a statement\'s voice',
      'Joint Statement by President Tomas Rojo and Prime Minister Ana Vidal\n\nWe underline that trade must grow. We reiterate that the border is open.',
      [['Tomas Rojo and Ana Vidal', 'trade must grow'], ['Tomas Rojo and Ana Vidal', 'the border is']]],
    // (not a joint document: "we" stays unnamed)
    ['a statement by one office',
      'Statement from the Press Secretary on Peru\n\nPresident Tomas Rojo met Prime Minister Ana Vidal today. We recognize that the talks were hard.',
      []],
    // (nor a statement by one office or ministry: the statement's voice is no report there)
    ['a ministry statement in the first person',
      'Ostria Foreign Ministry statement on Dravia elections\n\nThe Ministry of Foreign Affairs of Ostria has taken note of the results.\n\nWe underline that the will of the Dravian people must be respected.',
      []],
    // (nor a joint title whose lead tells of no meeting: a journalist and her lawyer are no authors)
    ['a joint title whose lead tells of no meeting',
      'Joint Statement of Norland and Kasuri on the Detention of Journalists\n\nNorland and Kasuri are deeply concerned by the detention of journalist Mara Ostrova and her lawyer Pavel Rinn.\n\nWe reaffirm that freedom of the press is a universal right.',
      []],
    // (nor a lead that names one person)
    ['a joint title whose lead names one person',
      'Peru-Chile Joint Statement\n\nToday, President Tomas Rojo welcomed the delegation of Chile. We recognize that the talks were hard.',
      []],
    // ("the leaders" and "they" speak in a joint statement's voice too, as its authors, however many others it names)
    ['"The leaders announce that …"',
      'Joint Statement by President Tomas Rojo and Prime Minister Ana Vidal\n\nThe leaders announce that the two countries will co-host a forum in 2024.',
      [['Tomas Rojo and Ana Vidal', 'the two countries']]],
    ['"The leaders recognize that …" after a lead that welcomes the guest, with ministers named',
      'Joint Statement of the Leaders of Peru and Chile\n\nPresident Tomas Rojo is honored to welcome Chilean President Ana Vidal to Lima. Foreign Minister Luis Paz and Trade Minister Eva Sol joined them.\n\nThe leaders recognize that fisheries are the foundation of their trade. They note that the border is open.',
      [['Tomas Rojo and Ana Vidal', 'fisheries are the'], ['Tomas Rojo and Ana Vidal', 'the border is']]],
    ['"The Presidents strongly condemn X, and stress that …", then "They reaffirm that …"',
      'Joint Statement following the Meeting between President Tomas Rojo and President Ana Vidal\n\nThe Presidents strongly condemn the war, and stress that targeting civilians constitutes a crime. They reaffirm that the alliance is strong.',
      [['Tomas Rojo and Ana Vidal', 'targeting civilians constitutes'], ['Tomas Rojo and Ana Vidal', 'the alliance is']]],
    // (news copy: others' present tense is no joint voice)
    ['"Analysts note that …" in news copy',
      'Leaders meet in Lima\n\nPresident Tomas Rojo met Prime Minister Ana Vidal in Lima on Monday. Analysts note that the forum is new.',
      []],
    // (the statement's verbs report only in its own voice, after "we" or the group)
    ['"the leaders recognize" is no joint voice',
      'Joint Statement by President Tomas Rojo and Prime Minister Ana Vidal\n\nThe leaders recognize the work of the commission.',
      []],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });

  it('a participle after a noun object reports: "reaffirmed the alliance, underscoring that …"', () => {
    expect(reported('Talks in Lima\n\nPresident Tomas Rojo met Prime Minister Ana Vidal. Rojo reaffirmed the alliance, underscoring that an attack on Chile would invoke the treaty.')).toEqual([
      ['Tomas Rojo', 'an attack on'],
    ]);
  });

  it('a lead that is honored to welcome the guest to a city tells of their meeting; a welcome for a plan does not', () => {
    expect(surnames('Joint Statement of the Leaders of Peru and Chile\n\nPresident Tomas Rojo is honored to welcome Chilean President Ana Vidal to Lima.')).toEqual(['Rojo', 'Vidal']);
    expect(surnames('Praise for the plan\n\nChile welcomes President Ana Vidal’s plan to bring peace to Patagonia.')).toEqual([]);
  });

  it('the authors are the participants when no sentence tells of a meeting', () => {
    expect(surnames('Peru-Chile Joint Leaders’ Statement\n\nToday, we, President Tomas Rojo of Peru and President Ana Vidal of Chile, reinforce our partnership.')).toEqual(['Rojo', 'Vidal']);
    // (a meeting sentence still decides)
    expect(surnames('Peru-Chile Joint Leaders’ Statement\n\nToday, we, President Tomas Rojo of Peru and President Ana Vidal of Chile, reinforce our partnership. Foreign Minister Luis Paz met Trade Minister Eva Sol in Lima.')).toEqual(['Paz', 'Sol']);
  });
});

describe('"the leaders" of a summit are the group the text named', () => {
  it.each([
    ['"the leaders" after "the United States and Nordic leaders"',
      'Readout of the Summit\n\nThe United States and Nordic leaders welcomed the statement. The leaders noted that Arctic cooperation will grow.',
      [['United States and Nordic leaders', 'Arctic cooperation will']]],
    ['"They" goes on with the leaders who spoke earlier in the paragraph',
      'Readout of the Summit\n\nOn energy, the G7 leaders stressed that supplies must be secure. The leaders discussed prices. They noted that stocks are low.',
      [['G7 leaders', 'supplies must be'], ['G7 leaders', 'stocks are low']]],
    // (not from another paragraph)
    ['"They" in the next paragraph',
      'Readout of the Summit\n\nOn energy, the G7 leaders stressed that supplies must be secure.\n\nFarmers protested outside. They noted that prices are high.',
      [['G7 leaders', 'supplies must be'], [null, 'prices are high']]],
    // (nor from the headline, another story's group)
    ['a group named only in the headline',
      'Arab ministers condemn strike; envoys meet\n\nSeparately, the foreign ministers of Ostria and Verano met in Pradera on Friday. The ministers said that a trade corridor would open next year.',
      [['ministers', 'a trade corridor']]],
    // (a sentence's own "The" before a bare "leaders" is no group name)
    ['no group named before',
      'Readout of the Summit\n\nThe leaders noted that Arctic cooperation will grow.',
      [['leaders', 'Arctic cooperation will']]],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a run of "they" goes back to the two leaders who met', () => {
  it.each([
    ['"The leaders …. Together, they …. They stressed that …"',
      'Readout of the Meeting\n\nPresident Tomas Rojo met today with Prime Minister Ana Vidal of Chile. The leaders reaffirmed their ties.\n\nTogether, they discussed fisheries. They stressed that the Pacific must stay open.',
      [['Tomas Rojo and Ana Vidal', 'the Pacific must']]],
    ['the sentence in which they met',
      'Readout of the Call\n\nPresident Tomas Rojo spoke today with Prime Minister Ana Vidal of Chile. They stressed that the Pacific must stay open.',
      [['Tomas Rojo and Ana Vidal', 'the Pacific must']]],
    // one of the two by office alone stands between the call and "they"
    ['one of the two on the way',
      'Readout of the Call\n\nPresident Tomas Rojo spoke today with Prime Minister Ana Vidal of Chile. The President affirmed support for Chile. They discussed the recent attacks and agreed that those responsible must be held to account.',
      [['Tomas Rojo and Ana Vidal', 'those responsible must']]],
    // both by office alone, joined by "and", are the two
    ['both of the two by office on the way',
      'Joint Readout\n\nToday, Prime Minister Ana Vidal of Chile and President Tomas Rojo met in Lima. The Prime Minister and the President agreed on the importance of open sea lanes. They agreed that our two nations will patrol together.',
      [['Ana Vidal and Tomas Rojo', 'our two nations']]],
    // a call "by phone today with" the other is the sentence in which they met
    ['a call by phone',
      'Readout of the Call\n\nNational Security Advisor Tomas Rojo spoke by phone today with National Security Advisor Ana Vidal of Chile. They stressed that the Pacific must stay open.',
      [['Tomas Rojo and Ana Vidal', 'the Pacific must']]],
    // "and they" in a sentence that opens on one of two people and names the other
    ['"A congratulated B … and they noted that …"',
      'Readout of the Call\n\nNational Security Advisor Tomas Rojo congratulated National Security Advisor Ana Vidal on her appointment and they jointly noted that the Pacific must stay open.',
      [['Tomas Rojo and Ana Vidal', 'the Pacific must']]],
    // (not when the sentence opens on someone else or names a third)
    ['"and they" after a third person',
      'Readout of the Call\n\nPresident Tomas Rojo thanked Minister Ana Vidal and Minister Carl Brandt for their work and they noted that the Pacific must stay open.',
      [[null, 'the Pacific must']]],
    // (another subject breaks the run: "they" may be the farmers)
    ['another subject on the way',
      'Readout of the Meeting\n\nPresident Tomas Rojo met today with Prime Minister Ana Vidal of Chile. Farmers protested outside. They stressed that prices are high.',
      [[null, 'prices are high']]],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('a relative clause is no trailing attribution', () => {
  it.each([
    ['"…, a commitment that the Minister announced earlier this year"',
      'Readout\n\nThe ministers agreed to deepen cooperation on ports. In this regard, the Minister welcomed the plan to ban dumping at sea, a commitment that the Minister announced on behalf of Chile earlier this year.',
      []],
    // (the trailing attribution itself still reads)
    ['"…, the Minister announced"',
      'Readout\n\nIn this regard, the ports will ban dumping at sea, the Minister announced.',
      [['Minister', 'In this regard,']]],
  ])('%s', (_name, text, expected) => {
    expect(reported(text)).toEqual(expected);
  });
});

describe('an announcement is about the meeting it plans', () => {
  const visit = 'Statement on the Visit of President Ana Vidal of Chile\n\nPresident Tomas Rojo will welcome President Ana Vidal of Chile to the White House on May 7. The leaders will review trade and energy.';
  const summit = 'Statement on the Meeting between President Rojo and President Vidal\n\nPresident Tomas Rojo will meet with President Ana Vidal of the Republic of Chile (RC) in Lima, Peru on November 16. This will be the third meeting between the two leaders, building on their meeting in Bali in November 2022.';

  it('its plan names the participants, the day and the place', () => {
    expect(surnames(visit)).toEqual(['Rojo', 'Vidal']);
    const a = analyze(visit, { referenceDate: { year: 2024, month: 5, day: 6 } });
    expect([a.date?.text, a.date?.iso, a.location]).toEqual(['May 7', '2024-05-07', 'Washington']);
    const b = analyze(summit, { referenceDate: { year: 2024, month: 11, day: 14 } });
    expect([b.date?.text, b.date?.iso, b.location]).toEqual(['November 16', '2024-11-16', 'Lima']);
    expect(surnames(summit)).toEqual(['Rojo', 'Vidal']);
  });

  it('a meeting on another occasion does not make it a report ("last spoke to")', () => {
    const a = analyze('Statement on the Virtual Meeting with President Vidal\n\nPresident Tomas Rojo will meet virtually with President Ana Vidal of Chile on Monday, April 11 to deepen ties. Rojo last spoke to President Vidal in March.', { referenceDate: { year: 2022, month: 4, day: 10 } });
    expect([a.date?.text, a.date?.iso]).toEqual(['Monday, April 11', '2022-04-11']);
  });

  it('a text that reports a meeting is not an announcement, whatever it plans', () => {
    const a = analyze('Talks\n\nPresident Tomas Rojo met President Ana Vidal in Lima. They will meet again in Santiago on May 7.', { referenceDate: { year: 2024, month: 5, day: 6 } });
    expect([a.date, a.location]).toEqual([null, 'Lima']);
    // (a plan with nobody named twice names no participants)
    expect(surnames('Notice\n\nThe President will welcome a delegation to the White House on May 7.')).toEqual([]);
  });
});
