import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/text/matches.js';

// matchesOf must give exactly what [...text.matchAll(re)] gives: the extractors switched to it for speed.
const same = (re: RegExp, text: string) => {
  const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  const got = matchesOf(re, text).map((m) => [m.index, ...m]);
  expect(got).toEqual(want);
  expect(re.lastIndex).toBe(0);
};

describe('matchesOf', () => {
  it.each([
    [/\b(?:met|talks with)\s+(\p{Lu}\p{Ll}+)/gu, 'Lavrov met Wang on Monday and held talks with Blinken.'],
    [/\d*/g, 'a1b22c'], // empty matches step one character on
    [/(?:)/gu, 'a😀b'], // and one code point under the u flag
    [/x/g, ''],
    [/and/gi, 'AND and And'],
  ])('matches %s like matchAll', (re, text) => same(re, text));

  it('starts from the beginning whatever lastIndex a pattern was left at', () => {
    const re = /o/g;
    re.lastIndex = 5;
    expect(matchesOf(re, 'foo boo').map((m) => m.index)).toEqual([1, 2, 5, 6]);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/o/, 'foo')).toThrow(TypeError);
  });
});
