// meetings text FILE: the text the extractors read for a file, so a quote's offsets and file:line can
// be checked against it: a saved page's article (corpus/html.ts), a Markdown text's rendered words
// (corpus/markdown.ts), or a text file as decoded.

import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { escapeControls } from '../corpus/files.js';
import { articleText } from '../corpus/article.js';
import { DEFAULT_MAX_FILE_SIZE, readText } from '../corpus/read.js';
import { RunError, UsageError, parseSize, write, type Io } from './context.js';

interface TextOptions {
  number?: boolean;
  maxFileSize: number;
}

export function textCommand(program: Command, io: Io): void {
  program
    .command('text')
    .description("the text the extractors read for one file: a saved page's article, a text file as decoded (offsets and lines refer to it)")
    .argument('<file>', 'an article: .txt, .md, .html or .htm')
    .option('-n, --number', 'number the lines, as file:line references count them')
    .addOption(new Option('--max-file-size <size>', 'refuse larger files (e.g. 500KB, 10MB)').argParser(parseSize).default(DEFAULT_MAX_FILE_SIZE, '10MB'))
    .action(async (file: string, options: TextOptions) => {
      try {
        if (!(await stat(file)).isFile()) throw new UsageError(`not a file: ${escapeControls(file)}`);
      } catch (err) {
        if (err instanceof UsageError) throw err;
        throw new UsageError(`no such file: ${escapeControls(file)}`);
      }
      const read = await readText(file, { maxFileSize: options.maxFileSize });
      if (!read.ok) throw new RunError(`${escapeControls(file)}: ${read.warning}`);
      const text = articleText(file, read.text);
      if (!options.number) return write(io, text.endsWith('\n') || !text ? text : text + '\n');
      const lines = text.split(/\r\n|\r|\n/);
      if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
      const width = String(lines.length).length;
      await write(io, lines.map((l, i) => `${String(i + 1).padStart(width)}  ${l}`).join('\n') + '\n');
    });
}
