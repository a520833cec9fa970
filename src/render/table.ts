// Tables for people at a terminal. Layout may change; programs should use --format json.

import Table from 'cli-table3';
import type { Style } from './style.js';
import { printable } from './text.js';

export function renderTable(head: string[], rows: string[][], style: Style, widths?: (number | null)[]): string {
  const table = new Table({
    head: head.map((h) => style.bold(h)),
    style: { head: [], border: [] },
    wordWrap: true,
    wrapOnWordBoundary: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const row of rows) table.push(row.map(printable));
  return table.toString() + '\n';
}
