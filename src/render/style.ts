// Colour for people, none for pipes: one chalk instance, decided once by the CLI.
//
// Who decides, strongest first: --color always|never (and --no-color); FORCE_COLOR (1, 2, 3 or
// true: colour even on a pipe, for `| less -R`; 0 or false: none); NO_COLOR (any value: none);
// else colour only when stdout is a terminal.

import { Chalk, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;
export type ColorMode = 'auto' | 'always' | 'never';

/** `color`: the --color mode, or false for --no-color (true means auto, as before --color took a value). */
export function createStyle(options: { color: ColorMode | boolean; isTTY: boolean; env?: NodeJS.ProcessEnv }): Style {
  const env = options.env ?? process.env;
  const mode: ColorMode = options.color === false ? 'never' : options.color === true ? 'auto' : options.color;
  return new Chalk({ level: colorOn(mode, options.isTTY, env) ? 1 : 0 });
}

function colorOn(mode: ColorMode, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (mode !== 'auto') return mode === 'always';
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !/^(?:0|false)$/i.test(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
