// Speaker labels of real transcripts and remarks pages, one style a row: the label names a person the
// text knows (in any case, after any title), a title the text gives one person, or a role; datelines,
// page headings and publication lines are no labels. [style, text, expected [kind, speaker, first words]].
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findPeople } from '../../src/extract/people.js';
import { findQuotes } from '../../src/extract/quotes.js';

const turns = (text: string) => {
  const doc = parseDocument(text);
  return findQuotes(doc, findPeople(doc)).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')]);
};

describe('speaker labels', () => {
  it.each([
    [
      'titles and surnames in capitals, the full names only in the title (State Department)',
      'Secretary Antony J. Blinken and Foreign Minister Wang Yi Before Their Meeting\n\nREMARKS\n\nSECRETARY BLINKEN: Good evening. I am very pleased to welcome Foreign Minister Wang Yi.\n\nFOREIGN MINISTER WANG: (Via interpreter) Well indeed, I am visiting at the invitation of the Secretary.',
      [
        ['transcript', 'Antony J. Blinken', 'Good evening. I'],
        // (the stage direction that opens the speech is no part of it)
        ['transcript', 'Wang Yi', 'Well indeed, I'],
      ],
    ],
    [
      'White House remarks: one-word turns, a stage direction that splits a turn, a reporter’s "Q" without a colon (no quote, nor any inside it), the time and END',
      'Remarks by President Ruiz and Prime Minister Berg Before Bilateral Meeting\n\nOval Office\n\n2:55 P.M. EDT\n\n' +
        'PRESIDENT RUIZ: Welcome, Mr. Prime Minister. It is good to have you here.\n\nPRIME MINISTER BERG: Thank you.\n\nPRESIDENT RUIZ: Please.\n\n' +
        'PRIME MINISTER BERG: (As interpreted.) We have a great deal to discuss today.\n\n(Addressing the interpreter.) I will stop there so you can translate.\n\n' +
        'PRESIDENT RUIZ: Thank you all. (Laughter.)\n\nQ    Any comment on the strike, Madam President? The unions say they have won.\n\nThe strike will end soon, I am sure of it.\n\n3:05 P.M. EDT\n\nEND',
      [
        ['transcript', 'Ruiz', 'Welcome, Mr. Prime'],
        ['transcript', 'Berg', 'Thank you.'],
        ['transcript', 'Ruiz', 'Please.'],
        ['transcript', 'Berg', 'We have a'],
        ['transcript', 'Berg', 'I will stop'],
        ['transcript', 'Ruiz', 'Thank you all.'],
      ],
    ],
    [
      'a press secretary’s turn cut off by a dash (a joint press conference)',
      'Remarks by President Ruiz and Prime Minister Berg in Joint Press Conference\n\nMS. CHANG:  Good afternoon.\n\nPRESIDENT RUIZ:  Thank you all.\n\nMS. CHANG: \u00a0Over to —\n\nPRIME MINISTER BERG:  Thank you.',
      [
        ['transcript', 'Ms. Chang', 'Good afternoon.'],
        ['transcript', 'Ruiz', 'Thank you all.'],
        ['transcript', 'Ms. Chang', 'Over to —'],
        ['transcript', 'Berg', 'Thank you.'],
      ],
    ],
    [
      'a stage direction closing a paragraph is no part of the turn, which runs on into the speaker’s next paragraph; an aide’s label in capitals ends a turn and is no one’s',
      'Remarks by President Ruiz and Prime Minister Berg Before Bilateral Meeting\n\nPRESIDENT RUIZ:  It is good to be here.  (Laughs.)\n\nAIDE:  We’re on.\n\nPRESIDENT RUIZ:  I’m protecting him.  (Laughter.)\n\nThe answer is that we discussed that in general terms.\n\nPRIME MINISTER BERG:  Thank you.',
      [
        ['transcript', 'Ruiz', 'It is good'],
        ['transcript', 'Ruiz', 'I’m protecting him.'],
        ['transcript', 'Berg', 'Thank you.'],
      ],
    ],
    [
      '"THE PRESIDENT:" is the one president the text names; "Look, here’s the situation:" opens a sentence, it labels no one',
      'Remarks by President Ruiz and Secretary-General Berg Before Bilateral Meeting\n\nPRESIDENT RUIZ:  Welcome, Mr. Secretary-General.\n\nSECRETARY-GENERAL BERG:  Thank you.\n\nTHE PRESIDENT:  I think we have a great opportunity.\n\nLook, here’s the situation: we agree on the policy and we have signed on to it.',
      [
        ['transcript', 'Ruiz', 'Welcome, Mr. Secretary-General.'],
        ['transcript', 'Berg', 'Thank you.'],
        ['transcript', 'Ruiz', 'I think we'],
      ],
    ],
    [
      'in a text labelled in capitals, "Words in lower case:" in a turn label no one; "ANNOUNCER:" ends the turn and is no one’s',
      'Remarks by President Ruiz and Prime Minister Berg in Joint Press Conference\n\nPRESIDENT RUIZ:  Welcome.\n\nPRIME MINISTER BERG:  Thank you.\n\nPRESIDENT RUIZ:  We agreed on a lot.\n\nFarmers Across Our Country, especially the young:  You are heard, and we have your back.\n\nIndeed, that’s part of our agreement today: that we need to move faster.\n\n(Cross-talk.)\n\nANNOUNCER:  Ladies and gentlemen, please remain in your seats.\n\nPRIME MINISTER BERG:  Thank you all.',
      [
        ['transcript', 'Ruiz', 'Welcome.'],
        ['transcript', 'Berg', 'Thank you.'],
        ['transcript', 'Ruiz', 'We agreed on'],
        ['transcript', 'Berg', 'Thank you all.'],
      ],
    ],
    [
      'a moderator, and a title before a surname the text knows',
      'Remarks before their meeting\n\nMODERATOR: Minister Ortega.\n\nEXTERNAL AFFAIRS MINISTER ORTEGA: It is a real pleasure to welcome you back to our capital.',
      [
        ['transcript', 'Ortega', 'It is a'],
      ],
    ],
    [
      'the name in brackets after the title, then the title alone (a ministry’s transcript of a media interaction)',
      'Transcript of media interaction\n\nChinese Foreign Minister (Mr. Tan Wei): We had a very cordial discussion like good friends.\n\nExternal Affairs Minister of India (Shri Arun Mehra): Thank you very much. Asia’s future lies here.\n\nChinese Foreign Minister: As you said, the border talks went well.',
      [
        ['transcript', 'Tan Wei', 'We had a'],
        ['transcript', 'Arun Mehra', 'Thank you very'],
        ['transcript', 'Tan Wei', 'As you said,'],
      ],
    ],
    [
      'name and role before the colon, then the title alone (a minister’s transcript page)',
      'Doorstop interview, Jakarta\n\nLena Holm, Foreign Minister: I have just had a constructive meeting with my counterpart here in Jakarta.\n\nJournalist: Minister, what do you expect now?\n\nForeign Minister: Well, as I said, we will keep talking to each other.',
      [
        ['transcript', 'Lena Holm', 'I have just'],
        ['transcript', 'Lena Holm', 'Well, as I'],
      ],
    ],
    [
      'an honorific and a family name in capitals first (a Japanese ministry transcript)',
      'Press Conference by Foreign Minister HAYASHI Taro\n\nOpening Remarks\n\nMr. HAYASHI Taro, Minister for Foreign Affairs: This visit is the first by a Japanese Foreign Minister in three years.',
      [['transcript', 'HAYASHI Taro', 'This visit is']],
    ],
    [
      'an abbreviated title (the UN)',
      'Washington, D.C.\n\n14 February 2013\n\nRemarks at a press encounter with the Secretary of State\n\nSG: Thank you, Secretary, ladies and gentlemen. Let me begin by thanking you for welcoming me.',
      [['transcript', 'Secretary-General', 'Thank you, Secretary,']],
    ],
    [
      'a title and a name, then a full stop (the American Presidency Project)',
      'Remarks Prior to a Meeting With Prime Minister Tom Hale of the United Kingdom in London, United Kingdom\nPresident Biden. All the flowers bloomed.\nPrime Minister Hale. Well, Joe, welcome. It is great to have you here.\nQ. Mr. President, how was the call?',
      [
        ['transcript', 'Biden', 'All the flowers'],
        ['transcript', 'Tom Hale', 'Well, Joe, welcome.'],
      ],
    ],
    [
      'the first paragraph is a turn when the text labels other turns too (kremlin.ru)',
      'President Ivan Petrov: Mr Minister!\nDear Colleagues!\nGood afternoon! I am pleased to welcome you to Moscow.\nFederal Minister Karl Braun: Mr President, thank you for the warm welcome.',
      [
        ['transcript', 'Ivan Petrov', 'Mr Minister! Dear'],
        ['transcript', 'Karl Braun', 'Mr President, thank'],
      ],
    ],
  ])('%s', (_style, text, expected) => {
    expect(turns(text)).toEqual(expected);
  });

  it('a long stage direction on its own line splits a turn; a question goes on after "(As interpreted.)"; "END" and the time on one line end the last turn; a label with "BIN" names the full name', () => {
    const doc = parseDocument(
      'Remarks by President Ruiz and President Malik bin Saud Al Harbi After a Meeting\n\nPRESIDENT RUIZ:  Welcome.\n\n' +
        'PRESIDENT BIN SAUD AL HARBI:  Thank you, sir.\n\n(President Ruiz moves from one side of the podium to the other.)\n\nMr. —\n\n' +
        'Q    Madam President, what about the ports?\n\n(As interpreted.)  This is also a question to the other President.\n\n' +
        'PRESIDENT RUIZ:  Thank you.\n\nEND\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 1:26 P.M. CEST',
    );
    expect(findQuotes(doc, findPeople(doc)).map((q) => [q.speaker, q.text])).toEqual([
      ['Ruiz', 'Welcome.'],
      ['Malik bin Saud Al Harbi', 'Thank you, sir.'],
      ['Malik bin Saud Al Harbi', 'Mr. —'],
      ['Ruiz', 'Thank you.'],
    ]);
  });

  it('a quotation further on in a turn is a quote of the one named as saying it; a term "what is called “…”" is no quote', () => {
    const doc = parseDocument(
      'Remarks by President Tom Hale and Prime Minister Ana Vidal in Joint Press Conference\n\nPRESIDENT HALE:  Thank you all for coming.\n\n' +
        'My predecessor Jan Kowal said to me back in 2008, “When your soldiers are on our soil, we are safe.”  I have never forgotten it.\n\n' +
        'We have talked about what is called “enemy base strike capability.”  It is a hard question, and we do not hide it.\n\n' +
        'PRIME MINISTER VIDAL:  I have said that it includes what is called “enemy base strike capability.”  All the options will be there.',
    );
    expect(findQuotes(doc, findPeople(doc)).map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['transcript', 'Tom Hale', 'Thank you all'],
      ['direct', 'Jan Kowal', 'When your soldiers'],
      ['transcript', 'Ana Vidal', 'I have said'],
    ]);
  });

  it.each([
    // (a paragraph after a question that opens "(As interpreted.)" and asks nothing is no question: its words stay)
    ['an answer after "(As interpreted.)"', 'Press Conference by Prime Minister Ito and President Lind\n\nPRIME MINISTER ITO:  (As interpreted.)  We discussed chips.\n\nQ    Mr. Prime Minister, did you raise fisheries?\n\n(As interpreted.)  Yes, I raised fisheries with him.\n\nPRESIDENT LIND:  That is correct.',
      ['We discussed chips.', 'Yes, I raised fisheries with him.', 'That is correct.']],
    // ("He said, “…”" in a turn is someone else's words: not the speaker's, but the one person the turn just named)
    ['"he" in a turn is not its speaker', 'Remarks by President Ruiz and Chancellor Huber\n\nCHANCELLOR HUBER:  Welcome.  We discussed Ukraine.\n\nI spoke to President Lis of Poland yesterday.  He said, “Poland is ready to help.”  That matters.\n\nPRESIDENT RUIZ:  Thank you.',
      ['Welcome. We discussed Ukraine. I spoke to President Lis of Poland yesterday. He said, “Poland is ready to help.” That matters.', 'Poland is ready to help.', 'Thank you.']],
    // (a story the speaker tells, "He said, “…”" after a quotation, is no reporter's paragraph: the turn goes on past it)
    ['a story told in a turn does not end it', 'Remarks by President Ruiz and Chancellor Huber\n\nPRESIDENT RUIZ:  Welcome.\n\nA conductor walked up to me.  And I said, “No.”  He said, “Well, we worked it out.”\n\nI thought they should name the railroad after me.\n\nCHANCELLOR HUBER:  Thank you.',
      ['Welcome. A conductor walked up to me. And I said, “No.” He said, “Well, we worked it out.” I thought they should name the railroad after me.', 'Thank you.']],
    // a one-word turn in emphasis marks ("*Gracias.*") is speech, its label a turn of its own
    ['a one-word turn in emphasis marks', 'Remarks by President Ruiz and President Lopez Before Bilateral Meeting\n\nPRESIDENT RUIZ:  I look forward to our conversations.\n\nPRESIDENT LOPEZ:  *Gracias.*\n\n(As interpreted.)  The Americas share two common elements.',
      ['I look forward to our conversations.', '*Gracias.* The Americas share two common elements.']],
    // a turn runs on past a direction closing a paragraph when the speaker goes on (the words without it)
    ['a closing direction inside a turn', 'Remarks by President Ruiz and Prime Minister Berg Before Bilateral Meeting\n\nPRESIDENT RUIZ:  I’m protecting him.  (Laughter.)\n\nThe answer is yes.\n\nPRIME MINISTER BERG:  Thank you.  (Laughs.)',
      ['I’m protecting him. The answer is yes.', 'Thank you.']],
    // a paragraph opening on a note of the language alone goes on the turn: the speaker has not stopped (the words
    // without the note)
    ['notes of the language inside a turn', 'Remarks by President Ruiz and Prime Minister Dubois in Joint Press Conference\n\nPRIME MINISTER DUBOIS:  Good afternoon.  Thank you for having us.\n\n(Speaks French.) (As interpreted.)  Our economies are closely tied.\n\n(Speaks English.)  Free trade has helped us all.\n\n(Addressing the interpreter.)  I will stop there.\n\nPRESIDENT RUIZ:  Thank you.',
      ['Good afternoon. Thank you for having us. Our economies are closely tied. Free trade has helped us all.', 'I will stop there.', 'Thank you.']],
    // (while a reporter's paragraph after the last turn still ends it, whether a name or a pronoun follows the quotation)
    ['a reporter’s paragraph with a pronoun after the quotation', 'Remarks by President Ruiz and Chancellor Huber\n\nPRESIDENT RUIZ:  Welcome to Oslo.\n\nCHANCELLOR HUBER:  We agreed to send more aid.\n\nHuber flew home on Wednesday. “Our people need help now.” He added that his government would ask the World Bank for a loan.',
      ['Welcome to Oslo.', 'We agreed to send more aid.', 'Our people need help now.', 'his government would ask the World Bank for a loan']],
    ['a reporter’s paragraph after the last turn', 'Remarks by President Ruiz and Chancellor Huber\n\nPRESIDENT RUIZ:  Welcome to Oslo.\n\n“We have heard these promises before,” Chidi Nwosu said.',
      ['Welcome to Oslo.', 'We have heard these promises before,']],
  ])('%s', (_what, text, expected) => {
    const doc = parseDocument(text);
    expect(findQuotes(doc, findPeople(doc)).map((q) => q.text)).toEqual(expected);
  });

  it.each([
    // A label in capitals is the one person whose name it ends, when only one name ends so (father and son: the son's
    // "BIN MOHAMMED"; two brothers "BIN ABDULLAH AL SAUD": neither)
    ['Remarks by President Ruiz, Sheikh Mohammed bin Rashid Al Maktoum and Crown Prince Hamdan bin Mohammed Al Maktoum\n\nPRESIDENT RUIZ:  Thank you.  We discussed trade.\n\nSHEIKH BIN RASHID AL MAKTOUM:  Welcome to Dubai.\n\nCROWN PRINCE BIN MOHAMMED AL MAKTOUM:  Welcome, Mr. President.',
      ['Ruiz', 'Mohammed bin Rashid Al Maktoum', 'Hamdan bin Mohammed Al Maktoum']],
    ['Remarks by Secretary Blanco, Crown Prince Salman bin Abdullah Al Saud and Foreign Minister Faisal bin Abdullah Al Saud\n\nSECRETARY BLANCO:  Thank you.  We discussed investment.\n\nFOREIGN MINISTER BIN ABDULLAH AL SAUD:  Thank you, Mr. Secretary.',
      ['Blanco', 'ABDULLAH AL SAUD']],
    // (in any case: "Abdullah Al Saud" in the text ends both brothers' names, so it is neither)
    ['Talks\n\nCrown Prince Salman bin Abdullah Al Saud and Foreign Minister Faisal bin Abdullah Al Saud met Secretary Ana Blanco in Riyadh on Monday. Abdullah Al Saud said the talks were useful.',
      ['Abdullah Al Saud']],
  ])('%s', (text, expected) => {
    const doc = parseDocument(text);
    expect(findQuotes(doc, findPeople(doc)).map((q) => q.speaker)).toEqual(expected);
  });

  it('a speaker quoting their own words inside a turn: "I told him, “…”"', () => {
    expect(turns('Remarks by President Tom Hale and President Luis Ruiz before their meeting\n\nPRESIDENT RUIZ: Good morning. I would like to welcome President Hale. Just now, on the stairs, I told him, "We took 30 years, Tom, to convince you to come down," because I invited you long ago.\n\nPRESIDENT HALE: Thank you very much. It is a great honor to be here.')).toEqual([
      ['transcript', 'Luis Ruiz', 'Good morning. I'],
      ['direct', 'Luis Ruiz', 'We took 30'],
      ['transcript', 'Tom Hale', 'Thank you very'],
    ]);
  });

  it.each([
    // "you" in a conversation of two is the other one, after a clause, a perfect tense or "and I quote"
    ['Excellency, eight years ago, while addressing the Business Council, you had said, “Our goal is to become your best friend.”  It matters.', 'Luis Ruiz'],
    ['And I don’t know that you remember it, but you said, and I quote, “Gather the leaders of the world.”  And we did.', 'Luis Ruiz'],
    ['You told the Congress, quote, “We have no fear.”  End of quote.', 'Luis Ruiz'],
  ])('"you said, “…”" in a turn of a conversation of two: %s', (said, speaker) => {
    expect(turns(`Remarks by President Tom Hale and President Luis Ruiz before their meeting\n\nPRESIDENT RUIZ: Good morning.\n\nPRESIDENT HALE: Thank you.  ${said}\n\nPRESIDENT RUIZ: Thank you.`).filter(([kind]) => kind === 'direct').map(([, who]) => who)).toEqual([speaker]);
  });

  it('… but not with three speakers, where "you" could be either of the others: the quotation stays the turn’s words', () => {
    expect(turns('Remarks by President Tom Hale, President Luis Ruiz and Prime Minister Ana Vidal\n\nPRESIDENT RUIZ: Good morning.\n\nPRIME MINISTER VIDAL: Hello.\n\nPRESIDENT HALE: Thank you.  Eight years ago you said, “Our goal is to become your best friend.”  It matters.').filter(([kind]) => kind === 'direct')).toEqual([]);
  });

  it('"she said" in a turn: the person the turn names, not its speaker; "he said" with nobody else named: the turn’s words', () => {
    expect(turns('Remarks by President Tom Hale and President Luis Ruiz before their meeting\n\nPRESIDENT HALE: Welcome. At that ceremony, the former Foreign Minister, Anna Berg, made this statement — she said, “Together, no force is stronger.”\n\nPRESIDENT RUIZ: Thank you. A guard walked up to me. He said, “We worked it out.”')).toEqual([
      ['transcript', 'Tom Hale', 'Welcome. At that'],
      ['direct', 'Anna Berg', 'Together, no force'],
      ['transcript', 'Luis Ruiz', 'Thank you. A'],
    ]);
  });

  it('"she said" after someone the turn brings in unnamed ("I met his mother") is nobody named; "a letter" is no one', () => {
    expect(turns('Remarks by President Tom Hale and President Luis Ruiz before their meeting\n\nPRESIDENT HALE: Thank you. Last year I visited President Ana Berg’s hometown, and I met her mother. She said, “Take good care of my daughter.”\n\nPRESIDENT RUIZ: Thank you. Long ago, President Tom Baines wrote a letter from our nation to yours. And he said, “May freedom wake the best in you.”')).toEqual([
      ['transcript', 'Tom Hale', 'Thank you. Last'],
      ['transcript', 'Luis Ruiz', 'Thank you. Long'],
      ['direct', 'Tom Baines', 'May freedom wake'],
    ]);
  });

  it('… while people of another number or sex, or a description set off after the name, leave the named person', () => {
    expect(turns('Remarks by President Tom Hale and President Luis Ruiz before their meeting\n\nPRESIDENT HALE: Thank you. I spoke to President Piet Lis, my friend, after a meeting of our defense ministers. He said, “We are ready.”\n\nPRESIDENT RUIZ: Thank you. I met Prime Minister Ana Berg and her husband last year. She said, “We are ready too.”')).toEqual([
      ['transcript', 'Tom Hale', 'Thank you. I'],
      ['direct', 'Piet Lis', 'We are ready.'],
      ['transcript', 'Luis Ruiz', 'Thank you. I'],
      ['direct', 'Ana Berg', 'We are ready'],
    ]);
    // (a sentence's capital counts: "His father walked up to me, and he said …" is the father's)
    expect(turns('Remarks by President Tom Hale and President Luis Ruiz before their meeting\n\nPRESIDENT HALE: Thank you. I visited President Jan Kowal at his farm. His father walked up to me, and he said, “Take care of my son.”\n\nPRESIDENT RUIZ: Thank you.')).toEqual([
      ['transcript', 'Tom Hale', 'Thank you. I'],
      ['transcript', 'Luis Ruiz', 'Thank you.'],
    ]);
  });

  it('… also when a clause with someone else named comes first: "I get teased by X when I would say to him, “…”"', () => {
    expect(turns('Remarks by President Tom Hale and President Luis Ruiz before their meeting\n\nPRESIDENT HALE: Thank you. I always get teased by Mayor Anna Berg when I would say to her, “All politics is local.” I look forward to our talks.\n\nPRESIDENT RUIZ: Thank you very much.')).toEqual([
      ['transcript', 'Tom Hale', 'Thank you. I'],
      ['direct', 'Tom Hale', 'All politics is'],
      ['transcript', 'Luis Ruiz', 'Thank you very'],
    ]);
  });

  it.each([
    ['a publication line', 'Thailand, Cambodia vow joint crackdown\n\nPUBLISHED : 10 Dec 2024 at 19:05\nWRITER: Penchan Rattanakorn\n\nPHNOM PENH - Foreign Minister Sirichai Wongsawat held talks with his counterpart on Tuesday.'],
    ['a subjects line', 'Doorstop interview\n\nSubjects: China trade impediments; detained nationals; Hong Kong.\n\nThe minister met her counterpart on Thursday.'],
    ['a dateline in capitals', 'Ministers meet in Delhi\n\nNEW DELHI: External Affairs Minister Ravi Menon held talks with his Australian counterpart on Monday in the capital.'],
    ['a headline with a colon', 'Lavrov: sanctions against Russia will never work and will fail\n\nRussian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Monday.'],
    ['a sentence that leads into a quote', 'Security takes over\n\nThe race has changed since Friday.\n\nOr, as Tom Ridge, a former secretary of homeland security, put it: "The barbarians are no longer at the gate. They are inside."\n\nAnd Mike Huckabee called for denying entry.'],
    ['a paragraph opening on a conjunction', 'Talks\n\nThe ministers met on Monday.\n\nAnd Secretary Anna Berg: "We agreed on a great deal of what we came here to discuss."'],
    ['a press release line', 'Remarks before their meeting\n\nPress Release:\n\n    Casa Rosada  •  Buenos Aires, Argentina November 30, 2018\n\nThe presidents met on Friday.'],
    ['a section heading in capitals', 'Leaders talk\n\nThe ministers met on Monday.\n\nMORE ON THE SPECIAL RELATIONSHIP:\n\nThe PM also heaped praise on the President for his role in securing a ceasefire\n\n“The President welcomed the release of the hostages.”'],
    ['a government page’s section heading with an article', 'Leaders hold talks\n\nBy: , February 8, 2018\n\nThe Key Point:\n\nPrime Minister Tom Hale today hosted Secretary of State Ana Ruiz at the Office of the Prime Minister.\n\nThe Full Story\n\nPrime Minister Hale said the talks reflect the long relationship between the two countries.'],
  ])('%s is no speaker label', (_what, text) => {
    expect(turns(text).filter(([kind]) => kind === 'transcript')).toEqual([]);
  });
});

describe('labels with an article: a role or a title, not a heading', () => {
  it.each([
    ['"A Reporter:" asks', 'Press Briefing by Press Secretary Ana Ruiz\n\nMS. RUIZ: Good afternoon, everyone, and welcome to the briefing.\n\nA Reporter: Does the President plan to meet the Chinese leader?\n\nMS. RUIZ: Nothing to announce on that today, but thank you.', ['Ana Ruiz', 'Ana Ruiz']],
    ['"THE MODERATOR:" in capitals', 'Press conference of Foreign Minister Anna Berg and Foreign Minister Li Wen\n\nTHE MODERATOR: We begin with the German minister, please.\n\nFOREIGN MINISTER BERG: Thank you. I met Li Wen today in Berlin for long talks.\n\nTHE MODERATOR: Next question, please, from the front row.', ['Anna Berg']],
  ])('%s', (_what, text, expected) => {
    expect(turns(text).filter(([kind]) => kind === 'transcript').map(([, speaker]) => speaker)).toEqual(expected);
  });
});

describe('a section heading with a colon is no label', () => {
  it.each([
    ['a joint statement’s headings, title case after the colon, markup around them', 'Joint Statement of the Leaders of Peru and Chile\n\nPresident Tomas Rojo met President Ana Vidal in Lima.\n\n*<u>\nPartnering for Peace and Security: Strengthening our Alliance, Upholding International Law, and Expanding Regional Collaboration</u>*\n\nThe leaders reaffirmed the alliance.\n\n*<u>\nDelivering Prosperity and Resilience: Driving Broad-Based Economic Growth, Accelerating the Clean Energy Transition</u>*\n\nThe leaders launched a trade dialogue.', []],
    ['a speaker’s short answer still is a turn', 'Remarks by President Ruiz\n\nPRESIDENT RUIZ:  Thank You Very Much, Everyone, Really.\n\nQ    Will you meet the Prime Minister?\n\nPRESIDENT RUIZ:  Yes.', ['Ruiz', 'Ruiz']],
  ])('%s', (_what, text, expected) => {
    expect(turns(text).filter(([kind]) => kind === 'transcript').map(([, speaker]) => String(speaker).split(' ').pop())).toEqual(expected);
  });
});

describe('"THE PRESIDENT:" on a page that names two presidents is the one its title names first', () => {
  it('the publisher’s own president', () => {
    const text = 'Remarks by President Ruiz and President Berg Before Virtual Meeting\n\nPRESIDENT RUIZ:  Good to see you, Mr. President.\n\nPRESIDENT BERG:  (As interpreted.)  Good to see you too, and thank you.\n\nTHE PRESIDENT:  Thank you.';
    expect(turns(text).map(([, speaker]) => speaker)).toEqual(['Ruiz', 'Berg', 'Ruiz']);
  });
});

describe('labels that open on a word a sentence may open on', () => {
  it('"UNDER SECRETARY NULAND:" is a label; the question turn ends before it', () => {
    expect(turns('Remarks\n\nUNDER SECRETARY NULAND: Good morning. We had a very good meeting today with the minister.\n\nQUESTION: Did you discuss sanctions?\n\nUNDER SECRETARY NULAND: Yes, we discussed them at length and in detail today.').map(([, speaker]) => speaker)).toEqual(['Under Secretary Nuland', 'Under Secretary Nuland']);
  });
});

describe('a section headed by a name is no turn', () => {
  it('"Name: Topic" over a section that names the same person in full, in the third person', () => {
    const text = 'Ideas from the campaign\n\nThe race has produced a few good ideas.\n\nTom Keller: Retirement accounts Two years ago, Senator Tom Keller of Ohio proposed that every worker could invest through the federal savings plan. The idea is simple.\n\nAn economist, Ana Ruiz, suggested that the government might run a parallel program.';
    expect(turns(text)).toEqual([['indirect', 'Ana Ruiz', 'the government might']]);
  });

  it('narration after a turn may name its speaker in full: the turn stays', () => {
    const text = 'Ministers meet\n\nForeign Minister Tom Keller met Foreign Minister Ana Ruiz in Quito.\n\nAna Ruiz, Minister of Foreign Affairs:\nThank you, Minister Keller, for coming to Quito.\n\nWe discussed trade and energy at length today.\n\nThe President is expected to receive Ana Ruiz on Friday.';
    expect(turns(text)[0]).toEqual(['transcript', 'Ana Ruiz', 'Thank you, Minister']);
  });
});

describe('a remarks page that opens with its speaker’s titled label', () => {
  const long = 'I am absolutely delighted to host Prime Minister Luxton here on your first official visit. ' + 'Our two countries share history, geography and values, and our relationship has never been more important. '.repeat(3);
  it('the first paragraph, longer than any headline, is the first turn', () => {
    expect(turns(`ANTHONY ALDER, PRIME MINISTER OF AUSTRALIA: ${long}\n\nToday, we look to the future.`)).toEqual([['transcript', 'Anthony Alder', 'I am absolutely']]);
  });
  it('but a short first line in that form is a headline', () => {
    expect(turns('ANTHONY ALDER, PRIME MINISTER OF AUSTRALIA: Sanctions are illegal\n\nThe prime minister spoke in Sydney on Monday.')).toEqual([]);
  });
});

describe('a closing stage direction is no part of the speech', () => {
  it('the quote ends before “(Laughter.)”', () => {
    const doc = parseDocument('Remarks before their meeting\n\nPRESIDENT RUIZ:  I’m protecting him.  (Laughter.)\n\nPRIME MINISTER BERG:  Thank you (inaudible).');
    expect(findQuotes(doc, findPeople(doc)).map((q) => q.text)).toEqual(['I’m protecting him.', 'Thank you (inaudible).']);
  });
});

describe('what the review of this session found: words before a colon that label no one', () => {
  it.each([
    ['an organisation’s name opening a paragraph of speech',
      'Remarks by Secretary General Olsen and President Kallas at Press Conference\n\nSECRETARY GENERAL OLSEN:  Allies made three decisions today.\n\nNATO: stronger, faster, more ready. That is our message.\n\nPRESIDENT KALLAS:  Thank you, Secretary General.',
      [['transcript', 'Olsen', 'Allies made three'], ['transcript', 'Kallas', 'Thank you, Secretary']]],
    ['numbered points in a speech',
      'Remarks by Prime Minister Lucan and President Ortega in Joint Press Conference\n\nPRIME MINISTER LUCAN:  Today we agreed on three things.\n\nFIRST:  a critical minerals compact.\n\nPRESIDENT ORTEGA:  Thank you, Prime Minister.',
      [['transcript', 'Lucan', 'Today we agreed'], ['transcript', 'Ortega', 'Thank you, Prime']]],
  ])('%s', (_style, text, expected) => {
    expect(turns(text)).toEqual(expected);
    // (and the speaker's words after the colon stay in the turn)
    const doc = parseDocument(text);
    expect(findQuotes(doc, findPeople(doc))[0].text).toMatch(/(?:stronger|minerals compact)/);
  });
  it('an answer on the question’s own line is no part of the question', () => {
    const doc = parseDocument('Interview with the Estonian prime minister\n\nTallinn — Estonian Prime Minister Kaja Rebane met Finnish President Mikko Laine in Tallinn on Wednesday.\n\nQ: What did you discuss with President Laine? A: “We discussed the Baltic tunnel and cyber defence,” Rebane said.');
    expect(findQuotes(doc, findPeople(doc)).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Kaja Rebane']]);
  });
});

describe('labelled quotations: a round-up of reactions, one quotation a line under its speaker’s name', () => {
  const roundUp = (...lines: string[]) =>
    turns(['Leaders hail the Valletta accord', 'Prime Minister Elena Varga and President Tomas Lindqvist signed the accord in Valletta on Monday.', 'Here is what they are saying:', ...lines].join('\n\n'));
  it.each([
    ['a title and a name', 'Maltese Foreign Minister Karl Borg: “Malta was proud to host the talks.”', [['direct', 'Karl Borg', 'Malta was proud']]],
    ['a description in lower case before the name', 'European Union maritime affairs commissioner Anna Keller: “The accord sets a standard for the Mediterranean.”', [['direct', 'Anna Keller', 'The accord sets']]],
    ['an envoy "to" a body', 'U.S. Ambassador to NATO Mark Devlin: “We have a land war on the European continent.”', [['direct', 'Mark Devlin', 'We have a']]],
    ['a generation after a comma', 'Harold Ford, Jr.: “I give the two leaders tremendous credit for where we are.”', [['direct', 'Harold Ford', 'I give the']]],
    // (the label's words must all be the person's: "Rep. Jim Jordan" is not the text's Jim Risch, though "Jordan" is a country)
    ['a first name another person shares', 'Sen. Jim Risch: “A powerful speech, and a good day.”\n\nRep. Jim Jordan: “Thank goodness we had a strong leader at the summit.”',
      [['direct', 'Jim Risch', 'A powerful speech,'], ['direct', 'Rep. Jim Jordan', 'Thank goodness we']]],
  ])('%s', (_what, line, expected) => {
    expect(roundUp(line)).toEqual(expected);
  });

  it('each line is its own speaker’s, a quotation inside another’s words included', () => {
    expect(roundUp('Maltese Foreign Minister Karl Borg: “Malta was proud to host the talks.”', 'Senator Jane Roe: “He told me, ‘We will do it.’ I believe him.”')).toEqual([
      ['direct', 'Karl Borg', 'Malta was proud'],
      ['direct', 'Jane Roe', 'He told me,'],
    ]);
  });

  it('a described label needs a person the text knows and a quotation after it', () => {
    // (a sentence before a colon is a cue, not a label: the quotation is still the subject's)
    expect(roundUp('Then the commissioner told reporters at the White House: “The accord sets a standard.”').filter(([kind]) => kind === 'transcript')).toEqual([]);
  });
});

describe('a headline in capitals before a colon names no one, even above labelled lines', () => {
  it('the quotes are the labelled speakers’ only', () => {
    expect(turns('ART OF THE DEAL: U.S., China Ink Initial Trade Deal\n\nThe two sides met in Geneva on Sunday.\n\nSecretary Ana Blanco: “We have reached an agreement on a pause.”\n\nAmbassador Tom Greer: “Both sides agreed to work constructively together.”')).toEqual([
      ['direct', 'Ana Blanco', 'We have reached'],
      ['direct', 'Tom Greer', 'Both sides agreed'],
    ]);
  });
});

describe('a reporter’s question that names whom it asks before a colon is no label', () => {
  it('"Q    Prime Minister Berg, if I may, sir: …" is the question’s, not the prime minister’s', () => {
    expect(turns('Remarks by President Ruiz and Prime Minister Berg in Joint Press Conference\n\nPRESIDENT RUIZ:  Thank you all.\n\nQ    Prime Minister Berg, if I may, sir:  We are going to hear more about the trade framework today.  What message does it send?\n\nPRIME MINISTER BERG:  A clear one, I think.')).toEqual([
      ['transcript', 'Ruiz', 'Thank you all.'],
      ['transcript', 'Berg', 'A clear one,'],
    ]);
  });
});

describe('what this session’s review found: labels that name the one addressed, asked about or outside whose house', () => {
  const lines = (line: string) =>
    turns(['Activists press Tanabe', 'Japanese Prime Minister Koji Tanabe left for Lima on Sunday, where he will meet President Ana Ruiz.', line].join('\n\n'))
      .filter(([kind]) => kind !== 'indirect');
  it.each([
    ['an open letter to a person', 'Open letter to Prime Minister Koji Tanabe: “We urge you to raise the fate of the Amazon defenders.”'],
    ['a question about a person', 'Asked about Prime Minister Koji Tanabe: “He is a friend of Peru and a man of his word.”'],
    ['a placard outside a residence', 'Placard outside the residence of Prime Minister Koji Tanabe: “Stop the tax hikes.”'],
  ])('%s', (_what, line) => {
    expect(lines(line).map(([, speaker]) => speaker)).not.toContain('Koji Tanabe');
  });
});

describe('a joint press conference’s floor: an aide calling on reporters, a question taken up again, a question’s second paragraph', () => {
  const conference = (...paragraphs: string[]) =>
    turns(['Remarks by President Ruiz and Prime Minister Berg in Joint Press Conference', 'PRESIDENT RUIZ:  Thank you all for coming.', ...paragraphs].join('\n\n'));
  it.each([
    ['an unnamed aide’s floor is no one’s quote', ['WHITE HOUSE AIDE:  The next question will come from Ana Lopez of Reuters.', 'Q    Thank you. What about trade?', 'PRIME MINISTER BERG:  Trade is growing.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Berg', 'Trade is growing.']]],
    ['"Q — …" resumes the question an answer cut into', ['Q    Sir, your question was about the port. Can —', 'PRESIDENT RUIZ:  Yes.', 'Q — the two countries finish it by spring?', 'PRESIDENT RUIZ:  We will.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Ruiz', 'Yes.'], ['transcript', 'Ruiz', 'We will.']]],
    ['a question’s paragraph that opens on a name and a clause before a colon', ['Q    Thank you, Mr. President.', 'President Ruiz, Peru is doing the heavy lifting in two regions: the Andes and the coast. Will you pay?', 'PRESIDENT RUIZ:  We will.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Ruiz', 'We will.']]],
    // (inside a turn, a form of address and then speech in the first or second person before a colon)
    ['an address to the other leader, then what the speaker knows', ['Mr. President, this is what I know: our two countries are stronger together.', 'PRIME MINISTER BERG:  Thank you.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Berg', 'Thank you.']]],
    ['an address to the other leader, then what the leader said', ['Excellency, at the start of your term you’d used a slogan: trust and verify.', 'PRIME MINISTER BERG:  Thank you.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Berg', 'Thank you.']]],
    // a short answer said twice near the top is two turns, not a page's repeated head
    ['the same short answer twice near the top', ['Q    Did the talks go well?', 'PRESIDENT RUIZ:  Yes.', 'Q    Did you discuss the port?', 'PRESIDENT RUIZ:  Yes.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Ruiz', 'Yes.'], ['transcript', 'Ruiz', 'Yes.']]],
    // (an aide who gives a readout or interprets speaks; a reporter's label with a relative clause is still a label)
    ['an aide who gives a readout', ['SENIOR WHITE HOUSE AIDE:  Quick readout: the two leaders met for an hour and raised the detained journalists.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Senior White House Aide', 'Quick readout: the']]],
    ['a reporter named with a relative clause', ['Kenji Tanaka, who was speaking for the press pool:  Prime Minister, is the deal finished?', 'PRIME MINISTER BERG:  Almost.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Kenji Tanaka', 'Prime Minister, is'], ['transcript', 'Berg', 'Almost.']]],
    // (a named aide, and an official briefing on background, still speak)
    ['a senior official on background speaks', ['SENIOR ADMINISTRATION OFFICIAL:  The talks were candid.'],
      [['transcript', 'Ruiz', 'Thank you all'], ['transcript', 'Senior Administration Official', 'The talks were']]],
  ])('%s', (_what, paragraphs, expected) => {
    expect(conference(...paragraphs)).toEqual(expected);
  });
});

describe('a label the text gives in capitals with a colon, typed once with a full stop', () => {
  const page = (...paragraphs: string[]) =>
    turns(['Remarks by President Ruiz and Prime Minister Berg in Joint Press Conference', 'PRESIDENT RUIZ:  Welcome to the port, everyone.', ...paragraphs].join('\n\n'));
  it.each([
    ['the full stop opens the turn, after a reporter’s question', ['Q    And a question for the Prime Minister: will the ferry run?', 'PRIME MINISTER BERG.  (Inaudible.)  Too many questions.  But, yes, it will run.', 'PRIME MINISTER BERG:  Thank you.'],
      [['transcript', 'Ruiz', 'Welcome to the'], ['transcript', 'Berg', 'Too many questions.'], ['transcript', 'Berg', 'Thank you.']]],
    // (words in capitals the text never gives as a label stay speech)
    ['capitals never given as a label', ['PRIME MINISTER BERG:  We agreed.', 'NATO.  It matters to us all, and to the port.'],
      [['transcript', 'Ruiz', 'Welcome to the'], ['transcript', 'Berg', 'We agreed. NATO.']]],
  ])('%s', (_what, paragraphs, expected) => {
    expect(page(...paragraphs)).toEqual(expected);
  });
});

describe('a label with a surname one letter off the name of one person is that person’s', () => {
  const page = (...paragraphs: string[]) =>
    turns(['Remarks by Vice President Harris and President Zelenskyy in Joint Press Conference', 'PRESIDENT ZELENSKYY:  Thank you so much.', ...paragraphs].join('\n\n'));
  it.each([
    ['a letter doubled', ['PRESIDENT ZELENSKKY:  And thank you for the question.'],
      [['transcript', 'Zelenskyy', 'Thank you so'], ['transcript', 'Zelenskyy', 'And thank you']]],
    // (a short surname, or one close to two people's, is no one's)
    ['close to no one', ['PRESIDENT ZELENSKYY:  Yes.', 'PRESIDENT ZALINSKY:  And thank you for the question.'],
      [['transcript', 'Zelenskyy', 'Thank you so'], ['transcript', 'Zelenskyy', 'Yes.'], ['transcript', 'President Zalinsky', 'And thank you']]],
  ])('%s', (_what, paragraphs, expected) => {
    expect(page(...paragraphs)).toEqual(expected);
  });
});
