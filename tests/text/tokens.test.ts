import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { TokenFlag, tokensIn, tokenizeText } from '../../src/text/tokens.js';

const words = (text: string, from = 0, to = text.length, max = 60) => tokensIn(parseDocument(text), from, to, max).map((t) => t.t);

describe('the token layer', () => {
  it.each([
    ['Sergei Lavrov said.', ['Sergei', 'Lavrov', 'said', '.']],
    ['the U.S. and al-Mannai', ['the', 'U.S', '.', 'and', 'al-Mannai']],
    ['Sanders’ plan, “we agree”', ['Sanders’', 'plan', ',', '“', 'we', 'agree', '”']],
    ['30,000 troops', ['30', ',', '000', 'troops']],
  ])('splits %j into words and punctuation', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives the tokens that lie wholly inside a span, with their offsets, up to a maximum', () => {
    const text = 'Lavrov told reporters that talks went well.';
    const doc = parseDocument(text);
    const toks = tokensIn(doc, 7, 21);
    expect(toks.map((t) => t.t)).toEqual(['told', 'reporters']);
    expect(toks.map((t) => text.slice(t.s, t.e))).toEqual(['told', 'reporters']);
    expect(words(text, 0, text.length, 2)).toEqual(['Lavrov', 'told']);
    // a word cut by the end of the span is not a token of it
    expect(words(text, 0, 9)).toEqual(['Lavrov']);
  });

  it('marks shape and word classes once, from the rules', () => {
    const [mr, smith, said, nato, n] = tokensIn(parseDocument('Mr Smith said NATO 42'), 0, 100);
    expect(mr.f & TokenFlag.Honorific).toBeTruthy();
    expect(smith.f & TokenFlag.Capitalised).toBeTruthy();
    expect(smith.f & TokenFlag.SpeechVerb).toBeFalsy();
    expect(said.f & TokenFlag.SpeechVerb).toBeTruthy();
    expect(nato.f & TokenFlag.AllCaps).toBeTruthy();
    expect(n.f & TokenFlag.Number).toBeTruthy();
  });

  it('is linear: a text of a million characters in one word or in many', () => {
    expect(tokenizeText('a'.repeat(1_000_000)).count).toBe(1);
    expect(tokenizeText('ab '.repeat(300_000)).count).toBe(300_000);
  });
});
