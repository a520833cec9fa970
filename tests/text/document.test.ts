import { describe, expect, it } from 'vitest';
import { lineAt, parseDocument } from '../../src/text/document.js';

const texts = (s: string) => parseDocument(s).sentences.map((x) => x.text);

describe('parseDocument: sentences', () => {
  it.each([
    ['He met Mr. Smith in Paris. They talked.', ['He met Mr. Smith in Paris.', 'They talked.']],
    ['The U.S. envoy arrived. Talks began.', ['The U.S. envoy arrived.', 'Talks began.']],
    ['“We agree,” he said. “Fully.”', ['“We agree,” he said.', '“Fully.”']],
    ['Talks ended at 5 p.m. on Monday. Both left.', ['Talks ended at 5 p.m. on Monday.', 'Both left.']],
    ['It was J. Smith. Then 2016 came.', ['It was J. Smith.', 'Then 2016 came.']],
    ['Really? Yes! "Fine." Done.', ['Really?', 'Yes!', '"Fine."', 'Done.']],
    // A full stop inside short brackets ends no sentence; one after them does.
    ['Talks in Kuksaroy (transl. Blue Palace) residence ended. Both left.', ['Talks in Kuksaroy (transl. Blue Palace) residence ended.', 'Both left.']],
    ['He said no (AP). Talks ended.', ['He said no (AP).', 'Talks ended.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('parseDocument: paragraphs', () => {
  it('joins hard-wrapped lines and breaks on blank lines and complete lines', () => {
    const text =
      'Title of the story\n\nThe foreign ministers of the two countries met on Monday in the capital\nto discuss trade and security issues.\nA second paragraph starts here.\n';
    const doc = parseDocument(text);
    const paras = doc.paragraphs.map((p) => text.slice(p.start, p.end));
    expect(paras).toEqual([
      'Title of the story',
      'The foreign ministers of the two countries met on Monday in the capital\nto discuss trade and security issues.',
      'A second paragraph starts here.',
    ]);
    expect(doc.title).toBe('Title of the story');
  });

  it('a tight list run into one line opens a paragraph at each bullet (a hyphen and two spaces), not at a dash', () => {
    const text = 'Reactions\n\nLeaders spoke at the ceremony. -   Minister Ana Ruiz: “A great day.” -   Minister Tomas Berg: “We are ready.”\n\nTalks - the second round - begin today.\n';
    const doc = parseDocument(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Reactions',
      'Leaders spoke at the ceremony.',
      '-   Minister Ana Ruiz: “A great day.”',
      '-   Minister Tomas Berg: “We are ready.”',
      'Talks - the second round - begin today.',
    ]);
  });

  // Narrow columns (a text folded at 40 or 50 characters, a PDF's column): every line is short, and a
  // line is a soft wrap when the next line's first word would not have fit after it.
  it.each([
    [
      'Talks in Paris\n\nFrench President Emmanuel Macron met\nGerman Chancellor Olaf Scholz on Tuesday\nto discuss energy prices.\n',
      ['Talks in Paris', 'French President Emmanuel Macron met\nGerman Chancellor Olaf Scholz on Tuesday\nto discuss energy prices.'],
    ],
    // Short lines whose next word would have fit stay paragraphs of their own: a list, a signature.
    [
      'Talks in Paris\n\nThe ministers agreed on three points after their meeting on Tuesday:\nenergy prices\ngas purchases\nthe grid\n',
      ['Talks in Paris', 'The ministers agreed on three points after their meeting on Tuesday:', 'energy prices', 'gas purchases', 'the grid'],
    ],
  ])('narrow wrap: %j', (text, expected) => {
    const doc = parseDocument(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });

  it('marks a repeated title and lead as duplicates and keeps their sentences out', () => {
    const text = 'Leaders meet\n\nLeaders meet\n\nThe leaders met today.\nThe leaders met today.\n';
    const doc = parseDocument(text);
    expect(doc.paragraphs.map((p) => p.ignored)).toEqual([false, true, false, true]);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Leaders meet', 'The leaders met today.']);
  });

  it('counts lines for LF, CRLF and CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['one', 'two', 'three'].join(eol);
      const doc = parseDocument(text);
      expect(lineAt(doc, text.indexOf('three'))).toBe(3);
      expect(lineAt(doc, 0)).toBe(1);
    }
  });

  it('splits a long run of full stops in linear time', () => {
    const started = performance.now();
    parseDocument('.'.repeat(200_000) + ' A.');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseDocument: wrapped quotes', () => {
  it('keeps a hard-wrapped line that ends in ,” inside its paragraph', () => {
    const text =
      '“We will keep talking until every remaining question has an answer,”\nthe minister told reporters after the meeting.\n';
    expect(parseDocument(text).paragraphs).toHaveLength(1);
  });

  it('ends a sentence before a straight single quote', () => {
    expect(texts("He agreed. 'We are ready,' he said.")).toEqual(['He agreed.', "'We are ready,' he said."]);
  });
});

describe('parseDocument: review cases', () => {
  it.each([
    ['The answer was no. Talks then ended.', ['The answer was no.', 'Talks then ended.']],
    ['The delegates sat. Talks began at noon.', ['The delegates sat.', 'Talks began at noon.']],
    ['He lives at No. 10 Downing Street. It rained.', ['He lives at No. 10 Downing Street.', 'It rained.']],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps a short line said twice later in a transcript', () => {
    const lines = ['Talks in the capital', '', 'A long opening paragraph of the report on the talks in the capital today.', ''];
    for (let i = 0; i < 10; i++) lines.push(`Paragraph ${i} of the talks.`, '');
    lines.push('Thank you.', '', 'More words.', '', 'Thank you.');
    const doc = parseDocument(lines.join('\n'));
    expect(doc.sentences.filter((s) => s.text === 'Thank you.')).toHaveLength(2);
  });
});

describe('a trailing block of links to other stories', () => {
  const body = 'Talks in Minsk\n\n14 March 2025\n\nThe presidents held talks in Minsk today.\n\nThey signed a joint statement.\n\n';
  it('is ignored from a "See also" heading on, when every line under it is short', () => {
    const doc = parseDocument(body + 'See also\n\nMeeting with Prime Minister Ruslan Golovach (12 March 2025)\n\nMessage of condolences (11 March 2025)');
    expect(doc.sentences.map((s) => s.text)).not.toContainEqual(expect.stringContaining('Golovach'));
    expect(doc.paragraphs.filter((p) => p.ignored)).toHaveLength(3);
  });
  it('ends at the first paragraph of prose (an inline "Related" box), which is kept', () => {
    const doc = parseDocument(body + 'Related\n\nBelarus, Russia sign trade deal\n\n“We agreed on the road map,” the president said.\n\nThe presidents also discussed trade.');
    expect(doc.paragraphs.filter((p) => p.ignored).map((p) => doc.text.slice(p.start, p.end))).toEqual(['Related', 'Belarus, Russia sign trade deal']);
    expect(doc.sentences.map((s) => s.text)).toContainEqual(expect.stringContaining('We agreed on the road map'));
  });
});

describe('parseDocument: the headline and a page store\'s stamp', () => {
  it.each([
    ['a headline first', 'Ministers meet in Oslo\n\nThe ministers met on Monday.', 0, 'Ministers meet in Oslo'],
    ['a site\'s name above the headline', 'UrduPoint.com\n\nTop Iranian Diplomat Says Talks In Moscow Excellent\n\nThe ministers met on Monday.', 1, 'Top Iranian Diplomat Says Talks In Moscow Excellent'],
    ['a first paragraph of prose: no headline', 'The ministers met in Oslo on Monday.\n\nThey discussed trade.', -1, 'The ministers met in Oslo on Monday.'],
    ['a quote given to a name before a colon, with a full stop', "Reid: 'Never underestimate the man.'\n\nHarry Reid has advice.", 0, "Reid: 'Never underestimate the man.'"],
    ['a dateline lead with an apostrophe is no headline', "MANILA: President Marcos met Indonesia's President on Wednesday.\n\nThey discussed the sea.", -1, "MANILA: President Marcos met Indonesia's President on Wednesday."],
    ['a stamp glued to the first line is set apart', ' date 2021-10-07 UrduPoint.com\n\nTop Iranian Diplomat Says Talks In Moscow Excellent\n\nThe ministers met.', 1, 'Top Iranian Diplomat Says Talks In Moscow Excellent'],
  ])('%s', (_what, text, headline, title) => {
    const doc = parseDocument(text);
    expect(doc.headline).toBe(headline);
    expect(doc.title).toBe(title);
  });

  it('keeps the stamp out of the paragraphs, for the dates extractor', () => {
    const doc = parseDocument(' date 2024-04-29 RIYADH, April 29 — The prime minister held talks.');
    expect(doc.stamp?.text).toBe('date 2024-04-29');
    expect(doc.text.slice(doc.paragraphs[0].start, doc.paragraphs[0].start + 6)).toBe('RIYADH');
  });
});

// A caption's credit at its end, in the forms wire photos carry. [paragraph, is it a caption]
describe('photo captions by their credit', () => {
  it.each([
    ["US President and Singapore's Prime Minister shake hands during a meeting at the Istana in Singapore June 11, 2018. — Reuters pic", true],
    ["The foreign minister leaves after attending the council of foreign ministers' meeting, in Goa, India, Friday, May 5, 2023. / Photo: AP Archive", true],
    ['The minister met his counterpart in Goa on Friday, May 5, 2023, and discussed trade.', false],
    ['The two sides agreed to expand trade — a long-standing goal of both.', false],
  ])('%s', (para, caption) => {
    const doc = parseDocument('Headline\n\n' + para + '\n\nThe two leaders held talks on Sunday.');
    expect(doc.paragraphs[1].ignored ?? false).toBe(caption);
  });
});

describe('prose that ends in a photo is no caption', () => {
  it.each([
    ['President Tran met Prime Minister Lee in Hanoi on Sunday and the two posed for a long-awaited photo'],
    ['The leaders shook hands in Hanoi on Wednesday — a striking photo'],
  ])('%s', (para) => {
    const doc = parseDocument('Headline\n\n' + para + '\n\nThe two leaders held talks.');
    expect(doc.paragraphs[1].ignored ?? false).toBe(false);
  });
});
