// Markdown articles as a user's archive holds them (fixtures/markdown: invented pages in the form of a scraped
// site's Markdown: YAML front matter, lines wrapped at 72 columns, links, emphasis, raw HTML for a figure), and a
// plain-text file that carries Markdown links. Each runs through the built CLI, as a user would.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, meetings, tempDir } from '../cli/run.js';
import { exportDocs, type Doc } from './docs.js';

const MARKDOWN = path.join(ROOT, 'fixtures', 'markdown');

describe('Markdown articles', () => {
  const docs = new Map(exportDocs(MARKDOWN).map((d) => [d.id, d]));

  it('the front matter gives the headline and the day that dates "yesterday"; links, emphasis and the figure are read as their words', () => {
    const d = docs.get('reactions')!;
    expect(d.title).toBe('Leaders Welcome the Harbour Accord’s Signing in Valletta');
    expect(d.date?.iso).toBe('2024-05-14');
    expect(d.location).toBe('Valletta');
    expect(d.participants.map((p) => p.name)).toEqual(['Elena Varga', 'Tomas Lindqvist']);
    expect(d.agenda.map((a) => a.text)).toEqual(['port security', 'shipping lanes']);
    // (each line of the round-up is its labelled speaker's; a link around a name or a verb hides neither)
    expect(d.quotes.map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['direct', 'Karl Borg', 'Malta was proud'],
      ['direct', 'Anna Keller', 'The accord sets'],
      ['indirect', 'Elena Varga', 'the accord was'],
      ['direct', 'Elena Varga', 'We will meet'],
    ]);
  });

  it('`meetings text` shows the text the offsets point into: no addresses, no markup, no front matter', () => {
    const text = meetings(['text', path.join(MARKDOWN, 'reactions.md')]).stdout;
    for (const markup of ['https://', '**', '](', '<figure', 'alt=', 'source_url', '---']) expect(text, markup).not.toContain(markup);
    expect(text).toMatch(/^Leaders Welcome the Harbour Accord’s Signing in Valletta\n\n/);
    for (const q of docs.get('reactions')!.quotes) expect(text.slice(q.start, q.end)).toContain(q.text.slice(0, 25));
  });

  it('a .txt file with Markdown links is read as Markdown: the linked name is a participant, no address is left in the text', () => {
    const d = docs.get('readout-links')!;
    expect(d.participants.map((p) => p.name)).toEqual(['Sara Lind', 'Diego Rojas']);
    expect(meetings(['text', path.join(MARKDOWN, 'readout-links.txt')]).stdout).not.toContain('example.org');
  });

  it('plain text without links is read as it is: the sample articles give the same quotes named .md', () => {
    const dir = tempDir('meetings-md-seeds-');
    for (const f of readdirSync(SEEDS)) writeFileSync(path.join(dir, f.replace(/\.txt$/, '.md')), readFileSync(path.join(SEEDS, f), 'utf8'));
    const quotes = (docs: Doc[]) => Object.fromEntries(docs.map((d) => [d.id, d.quotes.map((q) => [q.kind, q.speaker, q.text])]));
    expect(quotes(exportDocs(dir))).toEqual(quotes(exportDocs(SEEDS)));
  });

  it('a .txt file with a link keeps its lines: one-line transcript turns stay turns (its lines are rendered one by one)', () => {
    const dir = tempDir('meetings-md-lines-');
    writeFileSync(path.join(dir, 'remarks.txt'), 'Remarks by President Alvarez and Prime Minister Tanabe Before Bilateral Meeting\n\nOval Office. [Watch the video](https://example.org/video/123)\n\nPRESIDENT ALVAREZ: Well, thank you very much. It is a great honor to have the Prime Minister with us.\nPRIME MINISTER TANABE: Thank you, Mr. President. Japan values this alliance.\nPRESIDENT ALVAREZ: We will talk about trade and about Taiwan.\n');
    const d = exportDocs(dir)[0];
    expect(d.quotes.map((q) => [q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['Alvarez', 'Well, thank you'],
      ['Tanabe', 'Thank you, Mr.'],
      ['Alvarez', 'We will talk'],
    ]);
  });

  it('a front matter date written out ("March 14, 2025") dates the article', () => {
    const dir = tempDir('meetings-md-date-');
    writeFileSync(path.join(dir, 'talks.md'), '---\ntitle: "Holt and Vidal hold talks in Geneva"\ndate: "March 14, 2025"\n---\n\nGENEVA — Foreign Minister Lena Holt of Norway met Spanish envoy Tomas Vidal in Geneva on Thursday.\n');
    expect(exportDocs(dir)[0].date?.iso).toBe('2025-03-13');
  });

  it('broken Markdown (an unclosed link, unbalanced emphasis, an unclosed tag) is still read, with no warning', () => {
    const dir = tempDir('meetings-md-broken-');
    writeFileSync(path.join(dir, 'broken.md'), '---\ntitle: "Ministers meet\n---\n\nForeign Minister Anna Berg met [her counterpart (https://x in Oslo **on Monday. <div><b>“We agreed on a great deal today,” Berg said.\n');
    const r = meetings(['export', dir, '--format', 'json', '--no-cache']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).documents[0].quotes.map((q: Doc['quotes'][number]) => q.speaker)).toEqual(['Anna Berg']);
  });
});
