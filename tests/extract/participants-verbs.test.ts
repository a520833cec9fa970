import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';

const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();

describe('findParticipants: uncommon meeting verbs, titles and names that are not people', () => {
  it.each([
    // the event a meeting was held on the margins of names no one who met
    ['Vice President Ana Vidal met today with King Omar of Jordan in Dubai on the sidelines of the Conference of the Parties to the UN Framework Convention on Climate Change (COP28).', ['Omar', 'Vidal']],
    ['On the margins of the Paris Peace Forum, President Ana Vidal met President Tomas Rojo.', ['Rojo', 'Vidal']],
    // "brought together": the talks' people are its object ("The summit, which brought together …")
    ['The summit, which brought together Ukrainian President Ivan Koval and French President Anne Morel, marked a new moment.', ['Koval', 'Morel']],
    ['The talks in Oslo on Monday brought together Foreign Minister Ana Vidal and her Danish counterpart Lars Holm.', ['Holm', 'Vidal']],
    // (what an exhibition or a film brings together are not people who met; nor is everyone an opening phrase names when
    // it cannot be told from the meeting)
    ['Chancellor Markus Gruber opened an exhibition in Vienna on Tuesday that brought together portraits of Empress Maria Theresa and Emperor Joseph II. Gruber met Prime Minister Jan Hruby afterwards.', ['Gruber', 'Hruby']],
    ['On the sidelines of the Asean meeting hosted by Foreign Minister Sone Keo on Friday Foreign Minister Tran Van Linh met Foreign Minister Somchai Preecha to discuss a Mekong hotline.', ['Keo', 'Linh', 'Preecha']],
    // (a report that brings together figures names no one)
    ['The report brought together figures from the Finance Ministry for the first time.', []],
    // a possessor in the purpose of two others' meeting is no participant; the one whose meeting or residence it is, is
    ['Readout\n\nAdvisor Ana Vidal met with Chairperson Tomas Rojo to reinforce President Lars Holm’s commitment to the region.', ['Rojo', 'Vidal']],
    ['Readout\n\nDirector Ana Vidal met Ambassador Tomas Rojo in Oslo, opening the meeting by emphasizing Prime Minister Lars Holm’s commitment to security.', ['Rojo', 'Vidal']],
    ['Readout\n\nAdvisor Ana Vidal met with Chairperson Tomas Rojo at President Lars Holm’s residence to discuss the region.', ['Holm', 'Rojo', 'Vidal']],
    ['Readout\n\nPresident Lars Holm’s meeting with Chairperson Tomas Rojo lasted four hours.', ['Holm', 'Rojo']],
    // anyone else named in that purpose, after the two, is no participant either (its list's commas stay inside it)
    ['Readout\n\nPresident Ana Vidal called Prime Minister Tomas Rojo today to express her outrage, sadness and deep condolences on the death of former Prime Minister Lars Holm.', ['Rojo', 'Vidal']],
    // (a new clause after the purpose names who met again)
    ['Readout\n\nPresident Ana Vidal called Prime Minister Tomas Rojo today to discuss trade, and Minister Lars Holm joined the call.', ['Holm', 'Rojo', 'Vidal']],
    // "held discussion" (singular, no article) as readouts write it
    ['Foreign Affairs State Minister Hana Tesfaye held discussion today with UK Special Envoy Julian Rowe.', ['Rowe', 'Tesfaye']],
    // "Her Excellency" before a name the text uses once
    ['Minister of Foreign Affairs Hugh Tennant earlier today met with Ambassador of the United States of America, Her Excellency Sarah-Ann Lyle during which they discussed security.',
      ['Lyle', 'Tennant']],
    ['Minister Hugh Tennant met His Excellency Omar Haddad.', ['Haddad', 'Tennant']],
    // "a visit with" a person, and time "spent with" someone holding an office, are meetings
    ['Trade Minister Ana Vidal flew to Lima on Monday for a brief visit with President Tomas Rojo.', ['Rojo', 'Vidal']],
    ['Trade Minister Ana Vidal spent all of an hour with President Tomas Rojo in Lima on Monday.', ['Rojo', 'Vidal']],
    // A church's head is introduced by a title, even where the text also writes "the pope"
    ['Senator Ana Vidal met privately with Pope Francis on Saturday. She is a fan of the pope.', ['Francis', 'Vidal']],
    // (not a visit with one's family, nor time with someone else's teacher)
    ['Trade Minister Ana Vidal was on a visit with her family in Lima on Monday.', []],
    ['Trade Minister Ana Vidal spent an hour with President Rojo\'s former teacher in Lima on Monday.', []],
    // two who "spoke" together, with or without "with", however the call is described
    ['Readout of the Call\n\nPresident Ana Vidal and Prime Minister Tomas Rojo of Aruba spoke today about the floods.', ['Rojo', 'Vidal']],
    ['Readout of the Call\n\nVice President Ana Vidal spoke today by phone with Prime Minister Tomas Rojo of Aruba.', ['Rojo', 'Vidal']],
    // (one who spoke about something met nobody; nor do two who spoke to others, or one who spoke first at a signing)
    ['Readout\n\nPresident Ana Vidal spoke today about the floods.', []],
    ['LIMA, March 3 (Reuters) - President Ana Vidal and Prime Minister Tomas Rojo spoke to reporters in Geneva on Monday, each blaming the other.', []],
    ['LIMA, March 3 (Reuters) - President Ana Vidal and First Lady Rosa Vidal conferred the Order of the Sun on veteran diplomats.', []],
    ['LIMA, March 3 (Reuters) - Prime Minister Tomas Rojo, who spoke first at the ceremony, and President Ana Vidal signed a border accord on Monday.', ['Rojo', 'Vidal']],
    // "called and congratulated": a call
    ['Readout of the Call\n\nYesterday, Vice President Ana Vidal called and congratulated Xiomara Rojo on her historic victory.', ['Rojo', 'Vidal']],
    // (callers who called and spoke of someone met nobody; nor is a body's "Member Countries" a person)
    ['LIMA, March 3 (Reuters) - Listeners called and expressed anger at President Ana Vidal over her remarks about Prime Minister Jon Berg.', []],
    ['LIMA, March 3 (Reuters) - President Ana Vidal met the leaders of the Member Countries in Lima on Monday.', ['Vidal']],
    // an office held for someone else names that adviser, not the one they serve
    ['Readout of the Meeting\n\nAdvisor Ana Vidal met today with Tomas Rojo, National Security Advisor to the Prime Minister of Aruba. They discussed the trip of Aruban Prime Minister Lars Holm to Oslo.', ['Rojo', 'Vidal']],
    // (not time spent with a crowd)
    ['Trade Minister Ana Vidal spent the afternoon with volunteers in Lima on Monday.', []],
    // "spoke today with" (a readout's call): a time between the verb and "with"; an American "Advisor" and
    // Bangladesh's "Chief Adviser" are titles, no part of the name
    ['National Security Advisor Ana Vidal spoke today with Chief Adviser Tomas Rojo, head of the interim government.', ['Rojo', 'Vidal']],
    ['Vice President Ana Vidal spoke by phone with President Tomas Rojo and thanked him for his partnership.', ['Rojo', 'Vidal']],
    // (not a talk with reporters, nor an interview)
    ['Vice President Ana Vidal spoke today with reporters about President Tomas Rojo.', []],
    ['President Ana Vidal spoke today with Nordic Times editor Tomas Rojo in an interview about the fishing dispute.', []],
    // co-chaired / held a phone call as meeting verbs
    ['Deputy Foreign Minister Lin Wei and Vice Foreign Minister Park Ji-ho co-chaired the consultations in the coastal city of Ningbo on Tuesday.',
      ['Ji-ho', 'Wei']],
    ['Foreign Minister Ana Vidal held a phone call with her Peruvian counterpart Tomas Rojo on Monday.', ['Rojo', 'Vidal']],
    // An unknown title of several words before the name
    ['Prime Cabinet Secretary Joseph Odera held talks with Ugandan Foreign Minister Grace Okello on Monday.', ['Odera', 'Okello']],
    // A participle in a wire lead: "A and B sought to …, meeting for hours and agreeing to …"
    ['LIMA, Peru (AP) — Peruvian President Ana Vidal and Bolivian President Tomas Rojo sought to end a long dispute on Monday, meeting for two hours at the palace and agreeing to reopen a rail line.',
      ['Rojo', 'Vidal']],
    // "paid a courtesy call on" is a meeting; the press secretary who briefed on it is no participant.
    ['Indian External Affairs Minister Ravi Menon today paid a courtesy call on Prime Minister Sheikh Amina at her residence.\n\nPM\'s Press Secretary Karim Uddin briefed reporters after the meeting.', ['Amina', 'Menon']],
    // "have been discussing" reports a meeting as much as "discussed"
    ['Foreign Minister Tane Rua and his Australian counterpart Jane Pike have been discussing foreign policy on Waiheke Island.', ['Pike', 'Rua']],
    // "X and his visiting counterpart Y" meet, whatever the verb after them
    ['Both Prime Minister Dr. Keith Rowan and his visiting counterpart, Andrew Hale acknowledged the importance of the single market.', ['Hale', 'Rowan']],
    // "attended" a session together, and "in the presence of" the people at a meeting
    ['Minister Naledi Pandor reiterated the importance of the ties during Foreign Minister Frederick Shava’s visit.\n\nOn Wednesday, Pandor and Shava attended the Mid-Term Review of the Third Session of the Bi-National Commission.', ['Pandor', 'Shava']],
    ['The meeting began at 10:30 AM in the presence of Foreign Minister Ricardo Luna, together with his Chilean counterpart Heraldo Munoz.', ['Luna', 'Munoz']],
    // A relative clause written without commas ends at the main clause's "said … that"
    ['JAKARTA, Indonesia (AP) — Indonesia and Australia have held talks in Jakarta. Defense Minister Ahmad Subarto who is set to become Indonesia’s next leader said Friday that he and Australian counterpart Richard Marsh discussed ways of maintaining the relationship.', ['Marsh', 'Subarto']],
    // A foreign ministry and a natural feature are not participants.
    ['The Foreign Ministry of Chile and Foreign Minister Ana Vidal met in Santiago on Friday with Tomas Rojo.', ['Rojo', 'Vidal']],
  ])('%s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });

  it.each([
    ['a ceremony attended together', 'Leaders mourn\n\nPresident Barack Oduya and President Raul Castell attended the memorial service for the late president in Soweto on Tuesday.'],
    ['an oath taken in the presence of leaders', 'Oath\n\nChief Justice Martha Koome was sworn in on Friday in the presence of President Uhuru Kenyatta and Deputy President William Ruto.'],
    ['a headline noun modifier', 'Putin ally meets Erdogan in Ankara\n\nRussian Defence Minister Sergei Shoigu met Turkish President Recep Tayyip Erdogan on Monday. He carried a message from President Putin.'],
  ])('guard: %s names no one who met (or not the one the lead names)', (_what, text) => {
    const names = surnames(text);
    expect(names).not.toContain('Putin');
    expect(names).not.toContain('Koome');
    expect(names).not.toContain('Castell');
  });
});

describe('findMeetingPlace: "the <adjectives> city of X"', () => {
  it.each([
    ['Deputy Foreign Minister Lin Wei and Vice Foreign Minister Park Ji-ho co-chaired the consultations in the coastal city of Ningbo on Tuesday.', 'Ningbo'],
    ['The ministers held talks in the southeastern Chinese city of Xiamen on Friday.', 'Xiamen'],
  ])('%s', (text, expected) => {
    expect(analyze(text).location).toBe(expected);
  });
});

describe('"spoke to" is a meeting only with a person, not the press', () => {
  it.each([
    ['Vidal spoke to reporters on Wednesday in Cusco. Foreign Minister Ana Vidal met Tomas Rojo in Lima on Tuesday to discuss fishing.', 'Tuesday', 'Lima'],
    ['The Foreign Secretary, Tom Hale, spoke to the Peruvian Foreign Minister, Ana Vidal, in Lima on Monday.', 'Monday', 'Lima'],
  ])('%s', (text, date, place) => {
    const r = analyze(text);
    expect([r.date?.text, r.location]).toEqual([date, place]);
  });
});

describe('findMeetingPlace: the summit city when they met on its sidelines', () => {
  it.each([
    ['Foreign Minister Ana Vidal met her Peruvian counterpart Tomas Rojo on the sidelines of the G20 summit in Rio de Janeiro on Monday.', 'Rio de Janeiro'],
    ['Foreign Minister Ana Vidal met Tomas Rojo on the margins of the forum in Davos.', 'Davos'],
  ])('%s', (text, expected) => {
    expect(analyze(text).location).toBe(expected);
  });
});

describe('a readout’s roster: the people listed under "The leaders that participated:"', () => {
  it.each([
    ['a roster of bullets after the lead line',
      'Readout of the Vice President’s Meeting with Island Leaders\n\nVice President Ana Ruiz met virtually today with three leaders of island nations.\n\nThe Leaders that participated:\n\n-   Prime Minister Tom Hale of Aruba\n-   President Lena Moreau of Martinique\n-   Secretary General Carl Brandt of the Island Council\n\n###',
      ['Brandt', 'Hale', 'Moreau', 'Ruiz']],
    ['a tight roster run into one line',
      'Readout of the Meeting\n\nVice President Ana Ruiz met virtually today with island leaders.\n\nParticipants:\n\n-   Prime Minister Tom Hale of Aruba -   President Lena Moreau of Martinique',
      ['Hale', 'Moreau', 'Ruiz']],
    ['a roster sentence',
      'Readout of the Call with European Leaders\n\nVice President Ana Ruiz spoke today with European leaders about energy.\n\nParticipants in the call included Prime Minister Tom Hale of Aruba, President Lena Moreau of Martinique, and Chancellor Carl Brandt of Ostria.',
      ['Brandt', 'Hale', 'Moreau', 'Ruiz']],
    ['a lead line that says who joined the host, its bullets run into one line',
      'Readout of the Meeting with the Island Group\n\nVice President Ana Ruiz met today with the Island Group.\n\nJoining Vice President Ruiz at the meeting were the following leaders:\n\n-   Aruban Prime Minister Tom Hale -   Martinique President Lena Moreau -   Ostrian Chancellor Carl Brandt\n\n###',
      ['Brandt', 'Hale', 'Moreau', 'Ruiz']],
    ['a sentence that says who joined the host',
      'Readout of the Meeting\n\nVice President Ana Ruiz met today with island leaders.\n\nJoining the Vice President for the meeting were Prime Minister Tom Hale of Aruba and President Lena Moreau of Martinique.',
      ['Hale', 'Moreau', 'Ruiz']],
    ['a sentence that says who else was in the meeting',
      'Readout of the Meeting\n\nAdvisor Ana Ruiz met with President Tom Hale of Aruba on May 8. Also in the meeting were Deputy Advisor Lena Moreau, Director Carl Brandt, and Ambassador Omar Haddad.',
      ['Brandt', 'Haddad', 'Hale', 'Moreau', 'Ruiz']],
    // (a sentence about what was done at the meeting names no roster, nor one that says what was discussed at it)
    ['a passive sentence of what was discussed',
      'Readout of the Meeting\n\nAdvisor Ana Ruiz met with President Tom Hale of Aruba on May 8. At the meeting were discussed the preparations for the visit of President Carl Brandt to Lima.',
      ['Hale', 'Ruiz']],
    ['a sentence about what the meeting did',
      'Readout of the Meeting\n\nAdvisor Ana Ruiz met with President Tom Hale of Aruba on May 8. In the meeting they praised the port built by Director Carl Brandt.',
      ['Hale', 'Ruiz']],
    // (a list under another lead is no roster: what they discussed)
    ['bullets under a lead that names no taking part',
      'Readout of the Meeting\n\nVice President Ana Ruiz met Prime Minister Tom Hale today.\n\nThey discussed:\n\n-   the port built by President Lena Moreau of Martinique\n-   fisheries',
      ['Hale', 'Ruiz']],
  ])('%s', (_what, text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });
});
