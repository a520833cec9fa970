import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress } from '../../src/render/progress.js';

function fakeStream(columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { columns, write: (s: string) => (writes.push(s), true) } };
}

describe('createProgress', () => {
  it('draws nothing when disabled', () => {
    const { writes, stream } = fakeStream();
    const p = createProgress(stream, { enabled: false, delayMs: 0, intervalMs: 0 });
    p.update(1, 10);
    p.done();
    expect(writes).toEqual([]);
  });

  it('stays silent during the delay, then draws count, percent and time left', () => {
    let t = 0;
    const { writes, stream } = fakeStream();
    const p = createProgress(stream, { delayMs: 500, intervalMs: 100, now: () => t });
    t = 100;
    p.update(10, 1000);
    expect(writes).toEqual([]);
    t = 1000;
    p.update(250, 1000);
    expect(writes.join('')).toContain('250/1,000');
    expect(writes.join('')).toContain('25%');
    expect(writes.join('')).toContain('0:03 left');
  });

  it('redraws at most once per interval, but always for the last file', () => {
    let t = 1000;
    const { writes, stream } = fakeStream();
    const p = createProgress(stream, { delayMs: 0, intervalMs: 100, now: () => t });
    p.update(1, 3);
    t += 10;
    p.update(2, 3);
    expect(writes.length).toBe(1);
    t += 10;
    p.update(3, 3);
    expect(writes.length).toBe(2);
    expect(writes[1]).toContain('3/3');
  });

  it('erases its line when done, and only if it drew one', () => {
    let t = 1000;
    const quiet = fakeStream();
    createProgress(quiet.stream, { delayMs: 500, now: () => t }).done();
    expect(quiet.writes).toEqual([]);

    const shown = fakeStream();
    const p = createProgress(shown.stream, { delayMs: 0, now: () => t });
    p.update(1, 2);
    p.done();
    expect(shown.writes.at(-1)).toBe('\r\x1b[2K');
    t += 1000;
    p.update(2, 2);
    expect(shown.writes.length).toBe(2);
  });
});

describe('formatProgress', () => {
  it.each([
    [0, 100, 0, 80, /^\[-+\]  0\/100  0%  0 files\/s$/],
    [50, 100, 5, 80, /^\[#+-+\]  50\/100  50%  10 files\/s  0:05 left$/],
    [100, 100, 10, 80, /^\[#+\]  100\/100  100%  10 files\/s  0:00 left$/],
    [1, 10_000, 1, 80, /2:46:39 left$/],
  ])('%d of %d after %ds', (done, total, seconds, width, expected) => {
    expect(formatProgress(done, total, seconds, width)).toMatch(expected);
  });

  it.each([20, 40, 80, 200])('fits a terminal %d columns wide', (width) => {
    const line = formatProgress(1234, 100_000, 7, width);
    expect(line.length).toBeLessThan(width);
    expect(line).toContain('1,234');
  });
});
