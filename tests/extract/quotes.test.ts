import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../src/text/document.js';
import { findPeople } from '../../src/extract/people.js';
import { findQuotes } from '../../src/extract/quotes.js';
import { analyze } from '../../src/assemble/document.js';
import type { Quote } from '../../src/model.js';

const quotesOf = (text: string): Quote[] => {
  const doc = parseDocument(text);
  return findQuotes(doc, findPeople(doc));
};
/** [kind, speaker, first words of the text] for each quote, in order. */
const brief = (qs: Quote[]) => qs.map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 4).join(' ')]);

const INTRO = 'Kenyan President Daniel Mwangi met Tanzanian Foreign Minister Grace Kimaro in Nairobi on Tuesday.\n\n';

describe('direct quotes: every style of mark, with the speaker', () => {
  it.each([
    ['curly, comma inside', '“We have agreed on the border posts,” Mwangi said.', [['direct', 'Daniel Mwangi', 'We have agreed on']]],
    ['straight, comma outside', '"We have agreed on the border posts", Mwangi said.', [['direct', 'Daniel Mwangi', 'We have agreed on']]],
    ['guillemets', '«We have agreed on the border posts», Kimaro said.', [['direct', 'Grace Kimaro', 'We have agreed on']]],
    ['curly single', '‘We have agreed on the border posts,’ Kimaro said.', [['direct', 'Grace Kimaro', 'We have agreed on']]],
    ['straight single', "'We have agreed on the border posts,' Kimaro said.", [['direct', 'Grace Kimaro', 'We have agreed on']]],
    ['opened curly, closed straight (single)', "Kimaro welcomed the ‘unbelievable increase' in trade.", [['direct', 'Grace Kimaro', 'unbelievable increase']]],
    ['opened straight, closed curly (single)', "'We have agreed on the border posts,’ Kimaro said.", [['direct', 'Grace Kimaro', 'We have agreed on']]],
    ['guard: curly apostrophes inside mixed single marks', "‘We don’t agree on the border posts,' Kimaro said.", [['direct', 'Grace Kimaro', 'We don’t agree on']]],
    ['inverted cue', '“This is a historic day for the region,” said Kimaro.', [['direct', 'Grace Kimaro', 'This is a historic']]],
    ['inverted cue with a description', '“Our efforts are coordinated and efficient,” explained the foreign minister.', [['direct', 'Grace Kimaro', 'Our efforts are coordinated']]],
    ['cue before with a colon', 'Mwangi told reporters: “We will open the border next month.”', [['direct', 'Daniel Mwangi', 'We will open the']]],
    ['cue before with a comma', 'Kimaro added, "The railway is the backbone of our future."', [['direct', 'Grace Kimaro', 'The railway is the']]],
    ['a closing mark typed to open', 'The State House of Kenya announced that ” President Mwangi today hosted Foreign Minister Kimaro. The two leaders discussed trade.”',
      [['direct', 'State House of Kenya', 'President Mwangi today hosted']]],
    ['an opening mark typed to close', '“We agree on trade,“ Mwangi said. “We disagree on fishing quotas.”', [
      ['direct', 'Daniel Mwangi', 'We agree on trade,'],
      ['direct', 'Daniel Mwangi', 'We disagree on fishing'],
    ]],
    ['a time adverb before the subject of a participle cue', 'Then Mwangi went on the attack, saying, "The border stays shut until the rules change."', [['direct', 'Daniel Mwangi', 'The border stays shut']]],
    ['"yelling" before a colon', 'Protesters were led away, with Mwangi reportedly yelling: “Get them out of the hall right now!”', [['direct', 'Daniel Mwangi', 'Get them out of']]],
    ['an office without an article after the name', '“The winds are changing at the border,” Grace Kimaro, foreign minister of the United Republic of Tanzania, said in an interview.', [['direct', 'Grace Kimaro', 'The winds are changing']]],
    ['a sentence leading up to the quote with a colon, no speech verb', 'Kimaro, D-Dar., delivered a blunt message to Mwangi: “It is time to open the border and move on.”', [['direct', 'Grace Kimaro', 'It is time to']]],
    ['guard: a thing before the colon names nobody', 'Mwangi spoke first. The sign at the border post read: “No entry for trucks after dark.”', [['direct', null, 'No entry for trucks']]],
    ['description of a country leader', '“We could discuss all issues in a friendly way,” the Kenyan leader said.', [['direct', 'Daniel Mwangi', 'We could discuss all']]],
    ['split by an attribution', '“We agree on trade,” Mwangi said. “We disagree on fishing quotas.”', [
      ['direct', 'Daniel Mwangi', 'We agree on trade,'],
      ['direct', 'Daniel Mwangi', 'We disagree on fishing'],
    ]],
    ['he refers to the last subject', 'Kimaro praised the talks. “We have a rich agenda this year,” she said.', [['direct', 'Grace Kimaro', 'We have a rich']]],
    ['he skips names inside the quote', 'Mwangi spoke first. “You and Kimaro know the region well,” he said.', [['direct', 'Daniel Mwangi', 'You and Kimaro know']]],
    ['apostrophes are not marks', '“The presidents’ instructions and Kimaro’s plan are clear,” Mwangi said.', [['direct', 'Daniel Mwangi', 'The presidents’ instructions and']]],
    ['single marks inside double marks', '“We reject the so-called ‘new order’ in the region,” Mwangi said.', [['direct', 'Daniel Mwangi', 'We reject the so-called']]],
    ['partial quote in a sentence', 'Mwangi called for cooperation “in the face of unprecedented pressure,” he added.', [['direct', 'Daniel Mwangi', 'in the face of']]],
    ['short quote with a cue', '“No,” Mwangi said.', [['direct', 'Daniel Mwangi', 'No,']]],
    ['in her words', 'Kimaro spoke last. In her words, “We will not take sides in this dispute.”', [['direct', 'Grace Kimaro', 'We will not take']]],
    ['a relative clause inside the subject', '“We are neighbours and partners,” Kimaro, who met Mwangi on Monday, said.', [['direct', 'Grace Kimaro', 'We are neighbours and']]],
    ['a quote-only sentence after a sentence about someone', 'The Tanzanian minister was upbeat. “We have agreed on a roadmap for five years.”', [['direct', 'Grace Kimaro', 'We have agreed on']]],
    ['a new subject between two quotes takes the second', '“We agree on trade,” Mwangi said. Kimaro disagreed. “Trade needs open roads first.”', [
      ['direct', 'Daniel Mwangi', 'We agree on trade,'],
      ['direct', 'Grace Kimaro', 'Trade needs open roads'],
    ]],
    ['she skips a man named after the woman', 'Ms Kimaro arrived first. Mr Mwangi spoke next. “We will not give up our claims,” she said.', [['direct', 'Grace Kimaro', 'We will not give']]],
    // Two people joined by "and" speak together (as "both men" does): the speaker names both.
    ['two speakers joined by and speak together', '“We agree on the need for a railway,” Mwangi and Kimaro said.', [['direct', 'Daniel Mwangi and Grace Kimaro', 'We agree on the']]],
  ])('%s', (_name, body, expected) => {
    expect(brief(quotesOf(INTRO + body)).filter((q) => q[0] === 'direct')).toEqual(expected);
  });

  it('takes the speaker from the sentence after when it says whose words they were', () => {
    const qs = quotesOf('Talks in Dodoma\n\nThe two presidents met on Monday.\n\n“We promised results, and today we have them.”\n\nThe words were Mwangi’s, speaking at a joint press conference.');
    expect(qs.map((q) => q.speaker)).toEqual([null]);
    const named = quotesOf(INTRO + '“We promised results, and today we have them.”\n\nThe words were Mwangi’s, speaking at a joint press conference.');
    expect(named.map((q) => q.speaker)).toEqual(['Daniel Mwangi']);
  });

  it('joins a quote that runs over paragraphs (an opening mark on each, a closing one on the last)', () => {
    const qs = quotesOf(INTRO + '“The railway is our future. We will find the money.\n\n“We owe it to our children,” Kimaro said.');
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBe('Grace Kimaro');
    expect(qs[0].text).toBe('The railway is our future. We will find the money. We owe it to our children,');
  });

  it('points start and end at the quoted words, and line at their line', () => {
    const text = INTRO + '“We agree on trade,” Mwangi said.';
    const [q] = quotesOf(text);
    expect(text.slice(q.start, q.end)).toBe('We agree on trade,');
    expect(q.line).toBe(3);
    expect(q.cue).toBe('said');
  });
});

describe('not quotes', () => {
  it.each([
    ['a scare quote', 'The leaders discussed the so-called “reset” in relations.'],
    ['a two-word scare quote', 'Mwangi welcomed the "very good" plan and left.'],
    ['a so-called term', 'Both rejected the so-called "nine-dash line" and left.'],
    ['a title in quotation marks', 'They attended the “Free and Open Indo-Pacific” forum.'],
    ['a long title before its noun', 'Mwangi backed the “East Africa and the Horn: Regional Connectivity. Challenges and Opportunities” international conference in Nairobi.'],
    ['a cookie banner', 'By clicking “Accept all cookies” you agree to the storing of cookies on your device.'],
    ['a headline with a colon', 'President: Kenya open to dialogue with Tanzania'],
  ])('%s', (_name, body) => {
    expect(quotesOf(INTRO + body)).toEqual([]);
  });
});

describe('transcripts', () => {
  it('gives each turn to the speaker line above it, up to the next speaker line', () => {
    const text =
      'Talks in Helsinki\n\nFinnish President Matti Korhonen held talks with Estonian Prime Minister Kadri Tamm.\n\n' +
      'Matti Korhonen, President of Finland:\nWelcome to Helsinki. Our countries are bound by history.\n\nWe can discuss energy today.\n\n' +
      'Kadri Tamm:\nThank you, Mr President. Estonia values this partnership.\n';
    expect(brief(quotesOf(text))).toEqual([
      ['transcript', 'Matti Korhonen', 'Welcome to Helsinki. Our'],
      ['transcript', 'Kadri Tamm', 'Thank you, Mr President.'],
    ]);
    expect(quotesOf(text)[0].text).toContain('We can discuss energy today.');
    expect(quotesOf(text)[0].cue).toBe(':');
  });
});

describe('indirect speech', () => {
  it.each([
    ['verb + that', 'Mwangi remarked that the relations had been discussed at the summit in Arusha.', ['Daniel Mwangi', 'the relations had been discussed at the summit in Arusha', 'remarked']],
    ['pronoun + verb + that', 'Mwangi arrived late. He noted that trade between the two countries had doubled.', ['Daniel Mwangi', 'trade between the two countries had doubled', 'noted']],
    ['said + bare clause', 'Kimaro also said they discussed the coordination of efforts at the United Nations.', ['Grace Kimaro', 'they discussed the coordination of efforts at the United Nations', 'said']],
    ['trailing attribution', 'Kenya and Tanzania share similar views on regional security, Mwangi said after the talks.', ['Daniel Mwangi', 'Kenya and Tanzania share similar views on regional security', 'said']],
    ['according to', 'According to Kimaro, at the top of the agenda was maritime security.', ['Grace Kimaro', 'at the top of the agenda was maritime security', 'according to']],
    ['a description as subject', 'The Tanzanian minister stressed that the border would stay open.', ['Grace Kimaro', 'the border would stay open', 'stressed']],
    ['a time word before the clause', 'Mwangi said Thursday that the border would stay open.', ['Daniel Mwangi', 'the border would stay open', 'said']],
    ['adjunct + that', 'Kimaro told reporters in Arusha that the railway would be finished by 2030.', ['Grace Kimaro', 'the railway would be finished by 2030', 'told']],
    ['stance noun + that', 'Mwangi expressed confidence that the railway would be finished soon.', ['Daniel Mwangi', 'the railway would be finished soon', 'expressed confidence']],
    // (a readout's "underscored their conviction that": any verb of stating before a stance noun; "the leaders" are
    // the two the report names, one of them under two names)
    // (not other presidents the text names no one of: "the presidents of the shipping firms")
    ['presidents of others', 'The presidents of the shipping firms met too. The presidents said that fuel costs were hurting exports.', ['presidents', 'fuel costs were hurting exports', 'said']],
    ['stated stance of two', 'Dan Mwangi greeted her. The leaders underscored their conviction that the railway would be finished soon.', ['Daniel Mwangi and Grace Kimaro', 'the railway would be finished soon', 'underscored their conviction']],
    ['a dateline is not speech; an unnamed speaker is described', 'NAIROBI (Wire) - Kenya and Tanzania agreed to build a railway, officials said.', ['officials', 'Kenya and Tanzania agreed to build a railway', 'said']],
    ['a parenthetical between subject and verb', 'Kimaro, who became her country’s top diplomat last year, said truck drivers had waited five days at the border.', ['Grace Kimaro', 'truck drivers had waited five days at the border', 'said']],
    ['told + object + bare clause', 'Mwangi told reporters the two sides would set up a working group.', ['Daniel Mwangi', 'the two sides would set up a working group', 'told']],
  ])('%s', (_name, body, [speaker, text, cue]) => {
    const ind = quotesOf(INTRO + body).filter((q) => q.kind === 'indirect');
    expect(ind.map((q) => [q.speaker, q.text, q.cue])).toEqual([[speaker, text, cue]]);
  });

  it('splits "…, adding that …" into a second report by the same speaker', () => {
    const ind = quotesOf(INTRO + 'Mwangi said the border would stay open, adding that talks would resume in May.').filter((q) => q.kind === 'indirect');
    expect(ind.map((q) => [q.speaker, q.text, q.cue])).toEqual([
      ['Daniel Mwangi', 'the border would stay open', 'said'],
      ['Daniel Mwangi', 'talks would resume in May', 'adding'],
    ]);
  });

  it('reads "Noting that A, X said B" as two reports by X', () => {
    const ind = quotesOf(INTRO + 'Noting that the two countries are old partners, Mwangi said the two sides should deepen cooperation.').filter((q) => q.kind === 'indirect');
    expect(ind.map((q) => [q.speaker, q.text, q.cue])).toEqual([
      ['Daniel Mwangi', 'the two countries are old partners', 'noting'],
      ['Daniel Mwangi', 'the two sides should deepen cooperation', 'said'],
    ]);
  });

  it.each([
    ['a noun phrase, not a clause', 'Mwangi stressed the need to build the railway.'],
    ['the writer\'s framing', 'The two leaders met for three hours, in what officials described as a turning point.'],
    ['a quote attribution', '“We agree on the need to build the railway,” Mwangi said.'],
  ])('none for %s', (_name, body) => {
    expect(quotesOf(INTRO + body).filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});

describe('bodies speak', () => {
  it('gives a statement, "it added" and a standalone quote to the right ministry', () => {
    const text =
      'Ministers meet\n\nThe ministers reviewed the summit plans, the Brazilian Foreign Ministry said in a statement.\n\n' +
      '“The ministers agreed to intensify consultations on trade,” the statement said.\n\n' +
      'Both sides stressed cooperation “in the face of growing external pressure,” it added.\n\n' +
      'Separately, the Argentine Foreign Ministry said the talks covered energy integration and transport.\n\n' +
      '“Both delegations reaffirmed their commitment to a peaceful region.”\n';
    expect(brief(quotesOf(text))).toEqual([
      ['indirect', 'Brazilian Foreign Ministry', 'The ministers reviewed the'],
      ['direct', 'Brazilian Foreign Ministry', 'The ministers agreed to'],
      ['direct', 'Brazilian Foreign Ministry', 'in the face of'],
      ['indirect', 'Argentine Foreign Ministry', 'the talks covered energy'],
      ['direct', 'Argentine Foreign Ministry', 'Both delegations reaffirmed their'],
    ]);
  });
});

describe('uncertain speakers are null, not guessed', () => {
  it.each([
    ['a pronoun with nobody before it', 'Nothing was agreed.\n\n“We will be watching closely,” he said.'],
    ['an unnamed man or woman', '“We will be watching closely,” a man in the crowd said.'],
  ])('%s', (_name, body) => {
    const qs = quotesOf('Talks end without a deal\n\n' + body);
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBeNull();
  });

  it('an unnamed official or source is named as the text describes them', () => {
    const qs = quotesOf('Talks end without a deal\n\n“We will be watching closely,” a senior Greek official said.');
    expect(qs.map((q) => q.speaker)).toEqual(['senior Greek official']);
  });
});

describe('robustness', () => {
  it.each([
    ['only marks', '“”“”""«»‘’'],
    ['unmatched marks', '“ said “ said “ he said ”'.repeat(50)],
    ['a duplicate paragraph is skipped', 'Title\n\n“We agree on trade,” Mwangi said.\n\n“We agree on trade,” Mwangi said.'],
  ])('never throws: %s', (_name, text) => {
    expect(() => quotesOf(text)).not.toThrow();
  });

  it('does not count a duplicate paragraph twice', () => {
    const qs = quotesOf(INTRO + '“We agree on trade and transport,” Mwangi said.\n\n“We agree on trade and transport,” Mwangi said.');
    expect(qs).toHaveLength(1);
  });
});

describe('the invented articles', () => {
  const dir = path.resolve(import.meta.dirname, '../../fixtures/invented');
  const run = (f: string) => analyze(readFileSync(path.join(dir, f), 'utf8')).quotes;

  it('wire copy with straight quotes: hard-wrapped cues, split and multi-paragraph quotes', () => {
    const qs = run('quotes-wire-straight.txt');
    const direct = qs.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker)).toEqual(['Daniel Mwangi', 'Daniel Mwangi', 'Grace Kimaro', 'Grace Kimaro', 'Grace Kimaro']);
    expect(direct[3].text).toMatch(/^The railway .* next generation,$/);
  });

  it('guillemets and descriptions', () => {
    expect(run('quotes-guillemets.txt').map((q) => q.speaker)).toEqual(['Nurlan Abenov', 'Dilshod Karimov', 'Nurlan Abenov', 'Nurlan Abenov']);
  });

  it('a press conference with speakers in capitals; a journalist\'s question ends the turn and is no quote', () => {
    const qs = run('quotes-transcript-caps.txt');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([
      ['transcript', 'Kemal Aydin'],
      ['transcript', 'Elnur Mammadov'],
      ['transcript', 'Kemal Aydin'],
    ]);
  });

  it('wire copy: family name first, "in her words", a spokeswoman, a dateline', () => {
    const qs = run('quotes-reuters.txt');
    expect(qs.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([
      'Wang Jian', 'Wang Jian', 'Siti Rahma', 'Siti Rahma', 'Siti Rahma', 'Li Mei', 'Li Mei',
    ]);
    expect(qs.some((q) => q.text.includes('JAKARTA'))).toBe(false);
  });

  it('inline turns ("Name: speech", "Name (retranslated): speech") run over the paragraphs that follow', () => {
    const qs = run('quotes-transcript-inline.txt');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([
      ['transcript', 'Viktor Orlov'],
      ['transcript', 'Batbold Ganzorig'],
    ]);
    expect(qs[0].text).toMatch(/^Mr President, friends, .* we value it very much\.$/);
  });

  it('a transcript of other leaders ends at "<…>"', () => {
    const qs = run('quotes-transcript.txt');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([
      ['transcript', 'Matti Korhonen'],
      ['transcript', 'Kadri Tamm'],
      ['transcript', 'Matti Korhonen'],
    ]);
    expect(qs[2].text).toBe('Let us begin with energy, then.');
  });

  it('a page with scare quotes, titles and a cookie banner has one real quote', () => {
    expect(run('quotes-furniture.txt').map((q) => [q.speaker, q.text])).toEqual([['Kenji Sato', 'We need more than words, we need projects,']]);
  });
});

describe('the seed articles', () => {
  const dir = path.resolve(import.meta.dirname, '../../fixtures/seeds');
  const run = (f: string) => analyze(readFileSync(path.join(dir, f), 'utf8'));

  it('the transcript sample gives each turn to its speaker line', () => {
    const qs = run('001_285308e321c489c8.txt').quotes;
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([
      ['transcript', 'Alexander Lukashenko', ':'],
      ['transcript', 'Sergei Lavrov', ':'],
    ]);
    expect(qs[0].text.startsWith('Today, I would like us to talk openly')).toBe(true);
  });

  it('the first sample gives the last two quotes to the Russian minister and the rest to the president', () => {
    const qs = run('000_2c13f922edbf3711.txt').quotes.filter((q) => q.kind === 'direct');
    expect(qs).toHaveLength(7);
    expect(qs.slice(0, 5).every((q) => q.speaker === 'Aleksandr Lukashenko')).toBe(true);
    expect(qs.slice(5).every((q) => q.speaker === 'Sergei Lavrov')).toBe(true);
  });

  it('the ministry sample gives quotes to two different ministries and ignores the cookie banner', () => {
    const qs = run('004_dc0927f4facc235e.txt').quotes;
    const speakers = new Set(qs.map((q) => q.speaker));
    expect(speakers).toEqual(new Set(['Belarusian Foreign Ministry', 'Russian Foreign Ministry']));
    expect(qs.some((q) => q.text.includes('Accept'))).toBe(false);
  });

  it('reported speech in the Makei sample all goes to him', () => {
    const qs = run('003_d8569264e67b70a0.txt').quotes;
    expect(qs.filter((q) => q.kind === 'indirect').length).toBeGreaterThanOrEqual(7);
    expect(qs.every((q) => q.speaker === 'Vladimir Makei')).toBe(true);
  });
});
