// meetings completion bash|zsh|fish: the scripts complete commands, options and their choices.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetings, tempDir } from './run.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;

describe('meetings completion', () => {
  it.skipIf(!has('bash'))('bash completes commands, options and option values, as bash would ask', () => {
    const script = path.join(tempDir('meetings-completion-'), 'meetings.bash');
    const r = meetings(['completion', 'bash']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    writeFileSync(script, r.stdout);
    const complete = (...words: string[]) => {
      const body = `source "${script}"; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _meetings; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const out = spawnSync('bash', ['-c', body], { encoding: 'utf8' });
      expect(out.stderr).toBe('');
      return out.stdout.trim().split('\n').filter(Boolean);
    };
    expect(complete('meetings', 'li')).toEqual(['list']);
    expect(complete('meetings', 'sp')).toEqual(['speakers']);
    expect(complete('meetings', 'list', '--so')).toEqual(['--sort']);
    expect(complete('meetings', 'list', '--format', '')).toEqual(['table', 'json', 'ndjson', 'csv']);
    expect(complete('meetings', 'show', '-f', '')).toEqual(['table', 'json']);
    expect(complete('meetings', 'quotes', '--kind', 'in')).toEqual(['indirect']);
    expect(complete('meetings', 'list', '--color', '')).toEqual(['auto', 'always', 'never']);
    expect(complete('meetings', 'completion', '--h')).toEqual(['--help']);
  });

  it('zsh and fish scripts name every command and the choices of --format', () => {
    for (const shell of ['zsh', 'fish']) {
      const r = meetings(['completion', shell]);
      expect(r.code).toBe(0);
      for (const c of ['list', 'show', 'quotes', 'speakers', 'agenda', 'export', 'text']) expect(r.stdout).toContain(c);
      expect(r.stdout).toMatch(/table json ndjson csv/);
      if (has(shell)) {
        const file = path.join(tempDir('meetings-completion-'), `meetings.${shell}`);
        writeFileSync(file, r.stdout);
        expect(spawnSync(shell, ['-n', file], { encoding: 'utf8' }).status).toBe(0);
      }
    }
    expect(meetings(['completion', 'zsh']).stdout.split('\n')[0]).toBe('#compdef meetings');
  });

  it('refuses a shell it does not know', () => {
    const r = meetings(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Allowed choices are bash, zsh, fish/);
    expect(r.stdout).toBe('');
  });
});
