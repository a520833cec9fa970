// Saved web pages as a user brings them: invented pages in the styles of real sites (fixtures/pages),
// the sample articles wrapped in a news site's furniture, and broken or hostile pages. Each runs
// through the built CLI, as a user would.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, meetings, tempDir } from '../cli/run.js';
import { exportDocs, type Doc } from './docs.js';

const PAGES = path.join(ROOT, 'fixtures', 'pages');

describe('saved web pages', () => {
  const docs = new Map(exportDocs(PAGES).map((d) => [d.id, d]));

  it('reads .html and .htm by default, every page of the folder', () => {
    expect([...docs.keys()].sort()).toEqual(readdirSync(PAGES).map((f) => f.replace(/\.html?$/, '')).sort());
  });

  it.each([
    // [page, title, meeting date, place, quotes: [kind, speaker, first words]]
    ['news-site', 'Norway and Portugal agree to deepen offshore wind ties', '2024-03-12', 'Oslo', [
      ['direct', 'Ingrid Dahl', 'We agreed to'],
      ['indirect', 'Rui Costa', 'the two countries'],
      ['indirect', 'Rui Costa', 'Lisbon wanted Norwegian'],
      ['direct', 'Rui Costa', 'Portugal and Norway'],
    ]],
    ['ministry-readout', 'Meeting of Foreign Minister Ana Reyes with the Foreign Minister of Vietnam', '2023-11-21', 'Manila', [
      ['indirect', 'Ana Reyes', 'the Philippines and'],
      ['indirect', 'Le Van Binh', 'Vietnam valued the'],
    ]],
    ['transcript', 'Secretary John Smith and Foreign Minister Anna Berg Before Their Meeting', '2023-10-26', 'Washington', [
      ['transcript', 'John Smith', 'Good evening, everyone.'],
      ['transcript', 'Anna Berg', 'Thank you, John.'],
      ['transcript', 'John Smith', 'We will discuss'],
    ]],
  ])('%s: title, date from the page, place and quotes', (id, title, iso, place, quotes) => {
    const d = docs.get(id)!;
    expect(d.title).toBe(title);
    expect(d.date?.iso).toBe(iso);
    expect(d.location).toBe(place);
    expect(d.quotes.map((q) => [q.kind, q.speaker, q.text.split(' ').slice(0, 3).join(' ')])).toEqual(quotes);
  });

  it('keeps navigation, scripts, cookie banners, related stories and comments out of the text', () => {
    const r = meetings(['text', path.join(PAGES, 'news-site.html')]);
    expect(r.code).toBe(0);
    for (const furniture of ['dataLayer', 'Accept all', 'Politics', 'Related stories', 'Oil prices fall', 'Comments', 'Never trust politicians', 'All rights reserved', '{"@context"']) {
      expect(r.stdout, furniture).not.toContain(furniture);
    }
    expect(r.stdout).toMatch(/^Norway and Portugal agree to deepen offshore wind ties\n\n/);
  });

  it('honours the page\'s charset: a Windows-1251 page reads as Cyrillic', () => {
    expect(docs.get('cyrillic-1251')!.title).toBe('Министр иностранных дел встретился с коллегой из Казахстана');
  });

  it('a page with no article gives its title alone and reports no meeting', () => {
    const d = docs.get('no-article')!;
    expect(d.quotes).toEqual([]);
    expect(d.participants).toEqual([]);
    const list = meetings(['list', PAGES, '--format', 'csv', '--no-cache', '-q']);
    expect(list.stdout).not.toContain('no-article');
  });

  it('`meetings text FILE -n` shows the lines that a quote\'s file:line points to', () => {
    const d = docs.get('news-site')!;
    const numbered = meetings(['text', path.join(PAGES, 'news-site.html'), '-n']).stdout.split('\n');
    const q = d.quotes[0];
    expect(numbered[q.line - 1]).toMatch(new RegExp(`^\\s*${q.line}  `));
    expect(numbered[q.line - 1]).toContain(q.text.slice(0, 30));
    // Offsets point into the same text.
    const text = meetings(['text', path.join(PAGES, 'news-site.html')]).stdout;
    expect(text.slice(q.start, q.end)).toContain(q.text.slice(0, 30));
  });

  it('the page\'s date is the reference for "on Tuesday"; a --reference-date given by the user wins over it', () => {
    const dir = tempDir('meetings-page-date-');
    writeFileSync(
      path.join(dir, 'call.html'),
      '<html><head><title>Ministers hold call</title><meta property="article:published_time" content="2024-03-13T09:00:00Z"></head><body><article><h1>Ministers hold call</h1><p>Foreign Minister Anna Berg held a phone call with her Danish counterpart Lars Holm on Tuesday to discuss Arctic security and fisheries.</p></article></body></html>',
    );
    expect(exportDocs(dir)[0].date?.iso).toBe('2024-03-12');
    expect(exportDocs(dir, ['--reference-date', '2024-04-05'])[0].date?.iso).toBe('2024-04-02');
  });
});

describe('a sample article wrapped in a news page', () => {
  const wrap = (text: string) => {
    const [title, ...rest] = text.split(/\r?\n/);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const paragraphs = rest.join('\n').split(/\n\s*\n|\n(?=\S)/).map((p) => p.trim()).filter(Boolean);
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)} | World Desk</title><script>var ads=[];</script></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav></header>
<div class="cookie">We use cookies. <button>Accept</button></div><main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><aside><h3>Related</h3><ul><li><a href="/x">Markets close higher</a></li></ul></aside></main><footer>© World Desk</footer></body></html>`;
  };

  it('gives the same quotes and speakers as the plain-text article', () => {
    const dir = tempDir('meetings-wrapped-');
    for (const f of readdirSync(SEEDS)) writeFileSync(path.join(dir, f.replace(/\.txt$/, '.html')), wrap(readFileSync(path.join(SEEDS, f), 'utf8')));
    const quotes = (docs: Doc[]) => Object.fromEntries(docs.map((d) => [d.id, d.quotes.map((q) => [q.kind, q.speaker, q.text])]));
    expect(quotes(exportDocs(dir))).toEqual(quotes(exportDocs(SEEDS)));
  });
});

describe('hostile pages', () => {
  it('a broken page, a binary named .html and a 9 MB page: read, skipped with a warning, and read in bounded time', () => {
    const dir = tempDir('meetings-bad-pages-');
    writeFileSync(path.join(dir, 'broken.html'), '<html><head><title>Ministers meet</title><body><div><p>Foreign Minister Anna Berg met her counterpart in Oslo on Monday. <b>“We agreed,” Berg said.<p><table><tr><td>unclosed');
    writeFileSync(path.join(dir, 'image.html'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 9)]));
    const para = '<p>Foreign Minister Anna Berg met her counterpart in Oslo on Monday and said the talks were useful.</p>\n';
    writeFileSync(path.join(dir, 'huge.html'), `<html><head><title>Huge</title></head><body><article>${para.repeat(Math.floor(9e6 / para.length))}</article></body></html>`);
    mkdirSync(path.join(dir, 'sub'));
    const r = spawnSync(process.execPath, ['bin/meetings.js', 'export', dir, '--format', 'ndjson', '--no-cache', '-q'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^meetings: warning: skipped image\.html: binary file \(PNG image\)$/m);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Doc);
    expect(ids.map((d) => d.id).sort()).toEqual(['broken', 'huge']);
    expect(ids.find((d) => d.id === 'broken')!.quotes.map((q) => q.speaker)).toEqual(['Anna Berg']);
  }, 150_000);
});
