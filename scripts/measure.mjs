// Runs a node process to completion and measures it, for the benches (scripts/bench.mjs,
// scripts/bench-merge.mjs): wall time, and peak RSS from /usr/bin/time -v when present, else from
// polling /proc/PID/status (VmHWM).

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';

export const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-v', 'true']).status === 0);

/**
 * `node ...nodeArgs` in `cwd`, with `env` added, stdout counted (lines, last 4 KB) or written to
 * `stdoutFile`. Resolves { ms, rssMb (null when unknown), lines, tail, stderr }; rejects on a
 * non-zero exit with the end of stderr.
 */
export function measureNode(nodeArgs, { cwd, env = {}, stdoutFile = null } = {}) {
  return new Promise((resolve, reject) => {
    const cmd = TIME ?? process.execPath;
    const argv = TIME ? ['-v', process.execPath, ...nodeArgs] : nodeArgs;
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = stdoutFile ? createWriteStream(stdoutFile) : null;
    let lines = 0;
    let tail = '';
    let stderr = '';
    let hwm = null;
    if (out) child.stdout.pipe(out);
    else
      child.stdout.on('data', (chunk) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        tail = (tail + chunk.toString('utf8')).slice(-4096);
      });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-16384);
    });
    const poll = TIME
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm ?? 0, Number(m[1]));
          } catch {
            /* gone */
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (poll) clearInterval(poll);
      const done = () => {
        if (code !== 0) return reject(new Error(`${nodeArgs.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        const kb = m ? Number(m[1]) : hwm;
        resolve({ ms, rssMb: kb === null ? null : kb / 1024, lines, tail, stderr });
      };
      if (out) out.end(done);
      else done();
    });
  });
}
