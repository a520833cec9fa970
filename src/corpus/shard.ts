// Shares of a run: `--shard K/N` (which files this process reads) and `--partition K/N` (which
// meetings this merge task writes), given outright or, with `auto`, read from the index a cluster
// scheduler gives each task of an array job:
//
//   Slurm job array       SLURM_ARRAY_TASK_ID (from SLURM_ARRAY_TASK_MIN, usually 0 or 1) and
//                         SLURM_ARRAY_TASK_COUNT
//   Kubernetes Indexed Job JOB_COMPLETION_INDEX (0 to completions - 1); the count is not in the
//                         environment, so give it: `auto/N`
//   AWS Batch array job   AWS_BATCH_JOB_ARRAY_INDEX (0 to size - 1); likewise `auto/N`
//
// A file's shard is a stable hash of its path relative to DIR (FNV-1a, 32 bits, over its UTF-8
// bytes) modulo N: the same on every machine, whatever the order in which folders are listed, so
// N processes started with 0/N … N-1/N read every file exactly once.

import { InvalidArgumentError } from 'commander';

/** Task `index` of `count` (0 <= index < count). */
export interface Share {
  index: number;
  count: number;
}

/** What the user asked for: a share given outright, or `auto` (from the environment), with a count or not. */
export type ShareSpec = Share | { auto: true; count: number | null };

const MAX_COUNT = 1_000_000;

/** Parses "K/N", "auto" or "auto/N" (commander argument parser). */
export function parseShareSpec(value: string): ShareSpec {
  const v = value.trim();
  const auto = /^auto(?:\/(\d+))?$/.exec(v);
  if (auto) {
    const count = auto[1] === undefined ? null : Number(auto[1]);
    if (count !== null && (count < 1 || count > MAX_COUNT)) throw new InvalidArgumentError(`expected a count from 1 to ${MAX_COUNT}.`);
    return { auto: true, count };
  }
  const m = /^(\d+)\/(\d+)$/.exec(v);
  if (!m) throw new InvalidArgumentError('expected K/N (K from 0 to N-1), auto or auto/N.');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_COUNT) throw new InvalidArgumentError(`expected N from 1 to ${MAX_COUNT}.`);
  if (index >= count) throw new InvalidArgumentError(`K must be less than N (K counts from 0): ${index}/${count}.`);
  return { index, count };
}

/** The share a spec stands for here; throws an Error that says what is missing when `auto` finds no index. */
export function resolveShare(spec: ShareSpec, env: NodeJS.ProcessEnv, option: string): Share {
  if (!('auto' in spec)) return spec;
  const whole = (name: string): number | null => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return null;
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${option} auto: ${name}=${raw} is not a whole number`);
    return n;
  };
  let index: number | null = null;
  let count: number | null = spec.count;
  let source = '';
  const slurm = whole('SLURM_ARRAY_TASK_ID');
  if (slurm !== null) {
    index = slurm - (whole('SLURM_ARRAY_TASK_MIN') ?? 0);
    count ??= whole('SLURM_ARRAY_TASK_COUNT');
    source = 'SLURM_ARRAY_TASK_ID';
  } else if (whole('JOB_COMPLETION_INDEX') !== null) {
    index = whole('JOB_COMPLETION_INDEX');
    source = 'JOB_COMPLETION_INDEX';
  } else if (whole('AWS_BATCH_JOB_ARRAY_INDEX') !== null) {
    index = whole('AWS_BATCH_JOB_ARRAY_INDEX');
    source = 'AWS_BATCH_JOB_ARRAY_INDEX';
  }
  if (index === null) {
    throw new Error(`${option} auto: no task index in the environment (SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX); give ${option} K/N`);
  }
  if (count === null) throw new Error(`${option} auto: ${source} gives the index but not the count; give it as ${option} auto/N`);
  if (count < 1 || index < 0 || index >= count) throw new Error(`${option} auto: task ${index} is outside 0 to ${count - 1} (${source})`);
  return { index, count };
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** True when the file at this path (relative to DIR, forward slashes) is in the share. */
export function inShare(relative: string, share: Share): boolean {
  return share.count === 1 || fnv1a(relative) % share.count === share.index;
}

/** The files and folder warnings of a scan that fall in the share (all of them without one). */
export function scanShare<T extends { files: Array<{ relative: string }>; warnings: Array<{ relative: string }> }>(scan: T, share: Share | undefined): T {
  if (!share || share.count === 1) return scan;
  return { ...scan, files: scan.files.filter((f) => inShare(f.relative, share)), warnings: scan.warnings.filter((w) => inShare(w.relative, share)) };
}
