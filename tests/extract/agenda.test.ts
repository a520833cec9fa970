import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';

const topics = (text: string) => findAgenda(parseDocument(text)).map((a) => a.text);

describe('findAgenda: cues', () => {
  it.each([
    ['The two ministers met in Oslo on Tuesday to discuss fishing quotas, energy prices and the situation in the Arctic.',
      ['fishing quotas', 'energy prices', 'the situation in the Arctic']],
    ['The sides discussed regional security, as well as migration.', ['regional security', 'migration']],
    ['The talks focused on the gas transit contract.', ['the gas transit contract']],
    ['The envoys exchanged views on international and regional issues, especially concerning the crisis in the Sahel.',
      ['international and regional issues', 'the crisis in the Sahel']],
    ['Topping the agenda were three issues: water sharing, border demarcation and visa rules.',
      ['water sharing', 'border demarcation', 'visa rules']],
    ['According to the minister, at the top of the agenda was nuclear safety.', ['nuclear safety']],
    ['Among the issues the two leaders addressed were port fees and rail links, the ministry said in a statement.',
      ['port fees', 'rail links']],
    ['Issues of trade and investment and the protection of minorities were touched upon.',
      ['trade and investment', 'the protection of minorities']],
    ['“We discussed tariffs, the grain deal and our common heritage and its promotion abroad,” the minister said.',
      ['tariffs', 'the grain deal', 'our common heritage and its promotion abroad']],
    ['The president drew attention to another point in the relations: a big trade deficit.', ['a big trade deficit']],
    ['They also discussed matters related to cooperation in the United Nations.', ['cooperation in the United Nations']],
    ['I would like to hear your opinion on some regional issues, in particular, on the situation in Chad and Niger.',
      ['the situation in Chad and Niger']],
    ['The leaders paid particular attention to cooperation in the Arctic Council and the upcoming chairmanship of the council.',
      ['cooperation in the Arctic Council', 'the upcoming chairmanship of the council']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: wider cues and splitting', () => {
  it.each([
    ['The premier welcomed her Danish counterpart to Helsinki for talks on fishing rights, wind power and a new ferry line.',
      ['fishing rights', 'wind power', 'a new ferry line']],
    ['The envoys sat down for talks that covered grain exports, the dam project and the release of detained sailors.',
      ['grain exports', 'the dam project', 'the release of detained sailors']],
    ['The two delegations reviewed their joint plan, with the focus on customs reform and rail freight.',
      ['their joint plan', 'customs reform', 'rail freight']],
    ['The leaders also held a closed-door session on the refugee crisis in the north, officials said.', ['the refugee crisis in the north']],
    ['Special attention was paid to vaccine supplies for rural clinics.', ['vaccine supplies for rural clinics']],
    // "main attention was paid to", "discussions will center on", "the areas … discussed with X include"
    ['The main attention was paid to the border regime and rail freight.', ['the border regime', 'rail freight']],
    // A vague head with the kind of matters after it is a topic; alone, or "of the day", it is not.
    ['The two ministers discussed matters of mutual interest.', ['matters of mutual interest']],
    ['The envoys exchanged views on issues of regional concern and on fishing quotas.', ['issues of regional concern', 'fishing quotas']],
    ['The two ministers discussed certain issues and the issues of the day.', []],
    ['The delegations then went into talks, where discussions will center on grain exports and the dam project.', ['grain exports', 'the dam project']],
    ['According to the premier, the areas of cooperation discussed with Dahl include port fees and wind power.', ['port fees', 'wind power']],
    ['The minister raised the case of two journalists held without charge and thanked the host for the dinner.',
      ['the case of two journalists held without charge']],
    ['The ambassador briefed his hosts on the new visa regime.', ['the new visa regime']],
    ['The visit was dominated by the row over oil royalties.', ['the row over oil royalties']],
    ['The presidents discussed border security and thanked the mayor for the welcome.', ['border security']],
    ['The premiers discussed port fees, preserve the old lighthouse and ferry times.', ['port fees', 'ferry times']],
    ['The sides discussed the history and future of Franco-Peruvian trade.', ['the history and future of Franco-Peruvian trade']],
    ['They discussed joint projects in the areas of mining and river transport, and tourism.',
      ['joint projects in the areas of mining and river transport', 'tourism']],
    ['They discussed the reform of fishing quotas and port security.', ['the reform of fishing quotas', 'port security']],
    ['They also addressed the salmon ban, an issue that has soured ties for years.', ['the salmon ban']],
    ['“There are questions that need our close attention, above all water quotas and the dam,” the premier said.',
      ['water quotas', 'the dam']],
    ['The envoys exchanged views on maritime disputes, including Scarborough Shoal, and on fishing.',
      ['maritime disputes, including Scarborough Shoal', 'fishing']],
    ['Discussions covered patrol boats, the Quad and naval drills in the Arafura Sea.',
      ['patrol boats', 'the Quad', 'naval drills in the Arafura Sea']],
    ['They discussed the Mekong Commission and other regional bodies.', ['the Mekong Commission and other regional bodies']],
    // An "including" example is a topic beside its head.
    ['The sides discussed energy projects, including the construction of a new refinery.', ['energy projects', 'the construction of a new refinery']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: what is not a topic', () => {
  it.each([
    ['“In this format I am ready to discuss all issues with you,” the president said.'],
    ['We have an opportunity to discuss and clarify certain issues and problems which emerge.'],
    ['The sides need to discuss a number of issues during the meeting.'],
    ['Ministers discuss Oslo, Rome ties ahead of summit'],
    ['The budget was discussed last week by the cabinet.'],
    ['He said the weather was fine.'],
    ['The ministers held talks on Tuesday in the capital.'],
    ['The prime ministers held talks on the sidelines of the summit.'],
    ['Her deputy said Lima was ready to discuss tariff cuts.'],
    ['The summit came two weeks after the king met the emir in Doha to discuss a gas deal.'],
  ])('%s', (text) => {
    expect(topics(text)).toEqual([]);
  });
});

describe('findAgenda: offsets and repeats', () => {
  it('points each item at its text', () => {
    const text = 'Title\n\nThe ministers met to discuss energy prices and the situation in the Arctic.';
    for (const a of findAgenda(parseDocument(text))) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('lists a topic once', () => {
    expect(topics('The sides discussed energy prices. Later they again discussed energy prices.')).toEqual(['energy prices']);
  });

  it.each([['“'.repeat(30000)], ['discussed, '.repeat(50000)], ['to discuss X and Y and '.repeat(20000)], ['']])(
    // Time is the linear-time suite's (tests/property/linear-time.test.ts), which runs these too.
    'never throws on hostile text',
    (text) => {
      expect(() => findAgenda(parseDocument(text))).not.toThrow();
    },
  );
});

describe('findAgenda: spans of topics, appositions, and talk that is no meeting', () => {
  it.each([
    ['The two ministers reviewed the entire gamut of bilateral relations, including critical minerals, renewable energy and pharmaceuticals.',
      ['critical minerals', 'renewable energy', 'pharmaceuticals']],
    ['They also exchanged views on regional and global issues of mutual interest, including reform of the UN Security Council and cooperation in the Global South.',
      ['reform of the UN Security Council', 'cooperation in the Global South']],
    ['The two ministers exchanged views on regional affairs, including the situation in the South China Sea.', ['the situation in the South China Sea']],
    ['The ministers also discussed the renewal of fishing licences, a recurring source of tension in the coastal town of Saint-Louis, where fishermen have clashed with coastguards.',
      ['the renewal of fishing licences']],
    ['The meeting, the first between the two ministers since Mutai took office last October, covered trade, maritime cooperation and Asian-African solidarity, a theme Jakarta has sought to revive.',
      ['trade', 'maritime cooperation', 'Asian-African solidarity']],
    ['“When Dakar talks about renegotiating contracts, Nouakchott hears reopening the whole deal,” an analyst said.', []],
    ['The two presidents held talks about the border on Monday.', ['the border']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: consultations about', () => {
  it('"for consultations about X and Y" is a cue', () => {
    expect(topics('The ministers met in Geneva on Monday for consultations about regional security and energy supplies.')).toEqual(['regional security', 'energy supplies']);
  });
});

describe('findAgenda: spoken cues in a transcript', () => {
  it.each([
    ['We have a dense agenda: our bilateral relations, trade and transport.', ['our bilateral relations', 'trade', 'transport']],
    ['We will of course talk about the situation in the South Caucasus.', ['the situation in the South Caucasus']],
    ['I would like to raise the issue of the peace process.', ['the peace process']],
    ['We agreed to raise our bilateral trade to two billion dollars.', []],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

// Items are noun phrases: a part-of-speech tagger (compromise) rejects clauses for the items that hold
// a word that may be a finite verb. [text, expected topics].
describe('agenda items are noun phrases, not clauses or fragments', () => {
  it.each([
    // A name and its verb is a clause, not a topic ("Jaishankar posted on X").
    ['The ministers discussed strengthening strategic ties and the fallout of the war, Jaishankar posted on X.', ['strengthening strategic ties', 'the fallout of the war']],
    // A participle after its noun stays: "the draft agreement presented by Russia", "the progress made".
    ['The talks covered the draft agreement presented by Russia and the progress made.', ['the draft agreement presented by Russia', 'the progress made']],
    // "was held": a clause.
    ['The ministers discussed energy security and the NATO council meeting was held in Brussels on January 12.', ['energy security']],
    // A past participle set off by commas is no topic of its own ("mechanisms, suspended since 2014, …").
    ['During the meeting, the ministers discussed ways to reactivate security-oriented cooperation mechanisms, suspended since 2014, when the last meeting was held.', ['ways to reactivate security-oriented cooperation mechanisms']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });

  it('a purpose clause is no topic', () => {
    expect(topics('The two sides discussed trade and control of differences so as to ensure positive results.').filter((t) => t.includes('so as to'))).toEqual([]);
  });

  it('drops the last item of a page stored only in part (cut mid-word)', () => {
    expect(topics('Talks in Washington\n\nThe ministers met on Monday in the capital.\n\nThe minister discussed fentanyl trafficking, visas and ammunition trafficking to Mex')).toEqual(['fentanyl trafficking']);
  });
});

describe('agenda cues of real readouts', () => {
  it.each([
    ['During the meeting, they reviewed bilateral relations, in addition to discussing the latest developments in Gaza and international efforts.', ['bilateral relations', 'the latest developments in Gaza', 'international efforts']],
    ['The two heads of state held discussions encompassing the situation in the Great Lakes region.', ['the situation in the Great Lakes region']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('an abbreviation with full stops does not end a topic', () => {
  it('"strengthening the Japan-U.S. Alliance"', () => {
    expect(topics('Talks\n\nThe ministers talked about further strengthening the Japan-U.S. Alliance and discussed the U.S. economy.')).toEqual(
      expect.arrayContaining(['strengthening the Japan-U.S. Alliance']),
    );
  });
});

describe('where a topic list starts and ends', () => {
  it.each([
    ['after "included"', 'Talks\n\nThe leaders met.\n\nMr Key said the topics discussed included development, the free trade agreement and regional sport.', ['development', 'the free trade agreement', 'regional sport']],
    ['at the quotation it stands in', 'Talks\n\nThe leaders met.\n\n"We had an honest discussion on regional events of mutual interest," Marcos, who spoke first, told reporters.', ['regional events of mutual interest']],
    ['with the closing bracket of an abbreviation', 'Talks\n\nThe leaders met.\n\nThe two presidents discussed the recent developments in the South China Sea (SCS).', ['the recent developments in the South China Sea (SCS)']],
  ])('%s', (_what, text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('views exchanged on a topic, by any preposition', () => {
  it('"exchanged views regarding X"', () => {
    expect(topics('Talks\n\nThe ministers spoke.\n\nWe exchanged views regarding the Middle East situation.')).toEqual(['the Middle East situation']);
  });
});

describe('findAgenda: adjectives that share the last item’s noun', () => {
  it.each([
    ['The two foreign ministers discussed bilateral, regional and international matters of mutual interest.', ['bilateral, regional and international matters of mutual interest']],
    ['Both leaders discussed matters of mutual interest, including bilateral, regional, and international issues.', ['bilateral, regional, and international issues']],
    ['They discussed economic, political and security issues.', ['economic, political and security issues']],
    // Nouns in a list stay items of their own.
    ['They discussed trade, energy and the situation in the Arctic.', ['trade', 'energy', 'the situation in the Arctic']],
    // "and assured each other …" is the subject's next verb, not more of the list.
    ['The ministers discussed bilateral, regional and international matters and assured each other of their friendship.', ['bilateral, regional and international matters']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: no shared noun for a phrase with its own determiner', () => {
  it('"the economy, digital, and the green transition"', () => {
    expect(topics('They discussed the economy, digital, and the green transition.')).toEqual(['the economy', 'digital', 'the green transition']);
  });
});

describe('findAgenda: what a leader tells the press afterwards is no topic', () => {
  it('"spoke to reporters about X" after the meeting', () => {
    expect(findAgenda(parseDocument('Talks\n\nThe presidents met in Lima.\n\nRuiz later spoke to reporters about inflation and the midterm elections.')).map((a) => a.text)).toEqual([]);
  });
});
