// Tables for people at a terminal. Layout may change; programs should use --format json.

import Table from 'cli-table3';
import type { Style } from './style.js';
import { printable } from './text.js';

const MIN_COLUMN = 8;
const MAX_WORD = 30;

/**
 * A table of plain text cells; with `maxWidth` (the terminal's columns) the widest columns shrink
 * and wrap to fit. Cells are cleaned of control characters first, then `columnStyles` colour
 * whole columns, so only the renderer ever adds escape codes.
 */
export function renderTable(
  head: string[],
  rows: string[][],
  style: Style,
  maxWidth?: number,
  columnStyles: ((s: string) => string)[] = [],
): string {
  const plain = rows.map((row) => row.map(printable));
  const widths = maxWidth ? fitColumns([head, ...plain], maxWidth) : undefined;
  const cells = plain.map((row) => row.map((cell, i) => (columnStyles[i] ? columnStyles[i](cell) : cell)));
  const table = new Table({
    head: head.map((h) => style.bold(h)),
    style: { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const row of cells) table.push(row);
  return table.toString() + '\n';
}

/** Column widths (content + padding) that fit `maxWidth`, taking from the widest column first. */
function fitColumns(rows: string[][], maxWidth: number): number[] {
  const n = rows[0]?.length ?? 0;
  const widths = new Array<number>(n).fill(MIN_COLUMN);
  // A column may wrap between words but never cut one (up to MAX_WORD), so ids stay whole.
  const floors = new Array<number>(n).fill(MIN_COLUMN);
  for (const row of rows) {
    row.forEach((cell, i) => {
      for (const line of cell.split('\n')) {
        widths[i] = Math.max(widths[i], line.length + 2);
        for (const word of line.split(' ')) floors[i] = Math.max(floors[i], Math.min(word.length, MAX_WORD) + 2);
      }
    });
  }
  const budget = maxWidth - (n + 1); // the borders
  let total = widths.reduce((a, b) => a + b, 0);
  // First wrap between words; only if that is not enough, cut words too.
  // The first column is the key a user types next (`meetings show ID`): it is never cut.
  const cut = floors.map((f, i) => (i === 0 ? f : MIN_COLUMN));
  for (const floor of [floors, cut]) {
    while (total > budget) {
      let widest = -1;
      for (let i = 0; i < n; i++) if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
      if (widest < 0) break;
      widths[widest]--;
      total--;
    }
  }
  return widths;
}
