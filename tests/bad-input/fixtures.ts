// The bad-input fixture folder, made once per test file by the repo's script.
import path from 'node:path';
// @ts-expect-error -- a plain .mjs script without type declarations
import * as script from '../../scripts/make-bad-fixtures.mjs';

export interface BadFixtures {
  makeBadFixtures(dir?: string): string;
  canReadUnreadable(dir?: string): boolean;
  encodeSingleByte(text: string, encoding: string): Uint8Array;
  ARTICLE: string;
  ARTICLE_LINES: string[];
  RUSSIAN: string;
  FRENCH: string;
  GERMAN: string;
  HUGE_SIZE: number;
  BINARY_KINDS: Record<string, string>;
  hostileTexts(n: number): Record<string, string>;
}

export const fixtures = script as BadFixtures;
export const BAD = path.resolve(import.meta.dirname, '../../fixtures/bad');
