// The documents `meetings export --format json` gives for a folder, as the page and Markdown tests read them.
import { expect } from 'vitest';
import { meetings } from '../cli/run.js';

export interface Doc {
  id: string;
  title: string;
  date: { text: string; iso: string | null } | null;
  location: string | null;
  participants: { name: string }[];
  agenda: { text: string }[];
  quotes: { kind: string; speaker: string | null; text: string; start: number; end: number; line: number }[];
}

/** The export's documents for `dir` (no cache, quiet); the run must succeed. */
export function exportDocs(dir: string, args: string[] = []): Doc[] {
  const r = meetings(['export', dir, '--format', 'json', '--no-cache', '-q', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout).documents as Doc[];
}
