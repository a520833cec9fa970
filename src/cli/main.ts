// The commander program: parses arguments, runs one command, turns failures into one line and an exit code.
// Exit codes: 0 success (warnings allowed), 1 a run that could not complete, 2 bad usage.

import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { removeOwnTemporaryFiles } from '../corpus/cache.js';
import { removeScratchFolders } from '../corpus/scratch.js';
import { CorpusError, escapeControls } from '../corpus/files.js';
import { agendaCommand } from './agenda.js';
import { completionCommand } from './completion.js';
import { UsageError, oneLine, type Io } from './context.js';
import { exportCommand } from './export.js';
import { listCommand } from './list.js';
import { mergeCommand } from './merge.js';
import { quotesCommand } from './quotes.js';
import { showCommand } from './show.js';
import { speakersCommand } from './speakers.js';
import { textCommand } from './text.js';

const EXAMPLES = `
Examples:
  $ meetings list fixtures/seeds                who met whom, when and where
  $ meetings list DIR --participant Lavrov      his meetings, in date order
  $ meetings list DIR --country Turkey --sort quotes
  $ meetings quotes DIR --speaker Lavrov        what he said, with file:line
  $ meetings quotes DIR --country Turkey        what Turkey's people said
  $ meetings show 000_2c13f922edbf3711 DIR      one meeting in full
  $ meetings speakers DIR                       who spoke, by every name
  $ meetings agenda DIR --place Minsk           topics, most frequent first
  $ meetings list archive/ --since 2022-01 --until 2022-12 --glob '**/*.text'
  $ meetings export DIR --format json | jq '.meetings[].participants'
  $ meetings text saved/page.html -n            the text file:line counts in

Exit codes: 0 success (skipped files are warned about on stderr), 1 run failed,
2 bad usage.`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildProgram(io: Io): Command {
  const program = new Command('meetings')
    .description('Who met whom, when and where, who said what: diplomatic meetings and quotes from a folder of news articles.')
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line, like every other error, with commander's suggestion kept:
      // "meetings: error: unknown command 'lis' (Did you mean list?)".
      outputError: (s, write) => write(`meetings: ${oneLine(s.trim().replace(/\n+\s*/g, ' '))}\n`),
    })
    .exitOverride();
  for (const add of [listCommand, showCommand, quotesCommand, speakersCommand, agendaCommand, exportCommand, mergeCommand, textCommand, completionCommand]) add(program, io);
  for (const cmd of program.commands) cmd.exitOverride().addHelpText('after', EXAMPLES);
  return program;
}

/** Runs the CLI and resolves to the exit code; never throws. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  quietOnClosedPipe(io);
  cleanUpOnSignals();
  const program = buildProgram(io);
  try {
    if (argv.length <= 2) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are exits with code 0; commander has already printed the message.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError || err instanceof CorpusError) {
      io.stderr.write(`meetings: error: ${escapeControls(oneLine(err.message))}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`meetings: error: ${escapeControls(oneLine(message))}\n`);
    if (io.env.MEETINGS_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

/** `meetings export | head -1`, or `2>&1 | head -1`: a reader that goes away is not an error. */
function quietOnClosedPipe(io: Io): void {
  if (io.stdout !== process.stdout) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`meetings: error: cannot write output: ${err.message}\n`);
    process.exit(1);
  });
  // Nothing can be said about a failing stderr: stop quietly rather than throw into it.
  process.stderr.on('error', () => process.exit(process.exitCode ?? 0));
}

let signalsHandled = false;

/**
 * Ctrl-C or a kill: remove the cache's temporary files, then die of the same signal, so a shell
 * loop around us stops as it would for any program. (On a closed pipe, process.exit runs the
 * cache's exit handler, which does the same.)
 */
function cleanUpOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removeOwnTemporaryFiles();
      removeScratchFolders();
      process.kill(process.pid, signal);
    });
  }
}
