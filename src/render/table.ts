// Tables for people at a terminal. Layout may change; programs should use --format json.
//
// Drawn here rather than by cli-table3, which took 2-3 ms a row (measuring widths and escape
// codes again for every cell): a 3,000-meeting list took 6 s as a table against 0.4 s as CSV.
// Here each cell is measured and wrapped once, on plain text, and colour is added to the
// finished lines, so the cost is linear in the size of the table.
//
// Fitting a width: columns keep their natural width when the table fits; otherwise the widest
// columns give up a column at a time, first down to their longest word (cells wrap between
// words), then down to their longest piece between hyphens ("2016-05-16-" / "lavrov"). If even
// that is too wide, the columns marked `optional` are left out, the least important first, and
// the caller is told which. Only a terminal too narrow for that gets words cut.

import type { Style } from './style.js';
import { displayWidth, printable, widestUnbreakable, wrapText } from './text.js';

export interface Column {
  head: string;
  /** 'right' for numbers. */
  align?: 'left' | 'right';
  /** Colour for the column's cells. */
  style?: (s: string) => string;
  /** May be left out when the table cannot fit otherwise; higher numbers go first. */
  optional?: number;
}

export interface RenderedTable {
  text: string;
  /** Heads of the columns left out to fit the width. */
  hidden: string[];
}

const MIN_COLUMN = 1;

/**
 * A table of plain-text cells (a cell may hold several lines); with `maxWidth` (the terminal's
 * columns) it fits that width. Cells are cleaned of control characters first, so only the
 * renderer ever adds escape codes.
 */
export function renderTable(columns: Column[], rows: string[][], style: Style, maxWidth?: number): RenderedTable {
  const cells = rows.map((row) => row.map((c) => printable(c ?? '')));
  let shown = columns.map((_, i) => i);
  let widths: number[] | null = null;
  if (maxWidth) {
    // Least important optional columns first.
    const droppable = columns
      .map((c, i) => ({ i, rank: c.optional }))
      .filter((c): c is { i: number; rank: number } => c.rank !== undefined)
      .sort((a, b) => b.rank - a.rank || b.i - a.i)
      .map((c) => c.i);
    for (;;) {
      widths = fitWidths(columns, cells, shown, maxWidth, false);
      if (widths || droppable.length === 0) break;
      const drop = droppable.shift()!;
      shown = shown.filter((i) => i !== drop);
    }
    widths ??= fitWidths(columns, cells, shown, maxWidth, true)!;
  } else {
    widths = shown.map((i) => naturalWidth(columns[i].head, cells, i));
  }
  const hidden = columns.filter((_, i) => !shown.includes(i)).map((c) => c.head);
  return { text: draw(columns, cells, shown, widths, style), hidden };
}

function naturalWidth(head: string, cells: string[][], col: number): number {
  let w = displayWidth(head);
  for (const row of cells) for (const line of (row[col] ?? '').split('\n')) w = Math.max(w, displayWidth(line));
  return Math.max(MIN_COLUMN, w);
}

/**
 * Content widths of the shown columns that fit `maxWidth` with borders and padding, or null
 * when they cannot without cutting words (unless `cut`, which allows it down to MIN_COLUMN).
 */
function fitWidths(columns: Column[], cells: string[][], shown: number[], maxWidth: number, cut: boolean): number[] | null {
  const budget = maxWidth - (3 * shown.length + 1); // "│ " before each cell, " │" after the last
  const widths = shown.map((i) => naturalWidth(columns[i].head, cells, i));
  let total = widths.reduce((a, b) => a + b, 0);
  const floorsOf = (hyphens: boolean) =>
    shown.map((i) => {
      let f = widestUnbreakable(columns[i].head, hyphens);
      for (const row of cells) f = Math.max(f, widestUnbreakable(row[i] ?? '', hyphens));
      return Math.max(MIN_COLUMN, f);
    });
  const stages = [() => floorsOf(false), () => floorsOf(true)];
  if (cut) stages.push(() => shown.map(() => MIN_COLUMN));
  for (const stage of stages) {
    if (total <= budget) break;
    const floors = stage();
    // The widest column above its floor gives up one column, until the table fits.
    while (total > budget) {
      let widest = -1;
      for (let k = 0; k < widths.length; k++) if (widths[k] > floors[k] && (widest < 0 || widths[k] > widths[widest])) widest = k;
      if (widest < 0) break;
      widths[widest]--;
      total--;
    }
  }
  return total <= budget ? widths : null;
}

function draw(columns: Column[], cells: string[][], shown: number[], widths: number[], style: Style): string {
  const rule = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const line = (parts: string[]) => `│ ${parts.join(' │ ')} │`;
  const block = (texts: string[], styles: (((s: string) => string) | undefined)[]) => {
    const wrapped = texts.map((t, k) => wrapText(t, widths[k]));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let r = 0; r < height; r++) {
      out.push(
        line(
          wrapped.map((lines, k) => {
            const text = lines[r] ?? '';
            const pad = ' '.repeat(Math.max(0, widths[k] - displayWidth(text)));
            const styled = text && styles[k] ? styles[k]!(text) : text;
            return columns[shown[k]].align === 'right' ? pad + styled : styled + pad;
          }),
        ),
      );
    }
    return out.join('\n');
  };
  const out = [rule('┌', '┬', '┐'), block(shown.map((i) => columns[i].head), shown.map(() => style.bold)), rule('├', '┼', '┤')];
  const between = rule('├', '┼', '┤');
  const styles = shown.map((i) => columns[i].style);
  cells.forEach((row, r) => {
    if (r > 0) out.push(between);
    out.push(block(shown.map((i) => row[i] ?? ''), styles));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n') + '\n';
}
