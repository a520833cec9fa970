// Colour for people, none for pipes: one chalk instance, decided once by the CLI.

import { Chalk, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

/** Colour only when asked for and stdout is a terminal; NO_COLOR always wins. */
export function createStyle(options: { color: boolean; isTTY: boolean; env?: NodeJS.ProcessEnv }): Style {
  const env = options.env ?? process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const level = options.color && options.isTTY && !noColor ? 1 : 0;
  return new Chalk({ level });
}
