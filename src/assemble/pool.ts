// A fixed pool of analysis worker threads (src/assemble/worker.ts).
//
// Each task goes to the worker with the fewest tasks in flight; a worker answers its tasks in
// the order it got them, so the oldest in-flight task is the one it is working on. The caller
// bounds how many tasks are in flight (see analyzeCorpus), so memory does not grow with the
// corpus.
//
// A worker that dies (out of memory, a crash in native code) or goes silent for longer than
// `stallMs` (a runaway regular expression) is terminated and replaced: the task it was on fails
// with an error the caller turns into a warning, and its other tasks go to the replacement.
// Idle workers do not keep the process alive.

import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './worker.js';

/** Marks a Worker as ours, so importing worker.ts elsewhere does not start listening. */
export const WORKER_MARK = 'meetings-analysis-worker';

/**
 * Young-generation size of each worker's heap. V8's default lets every thread keep tens of MB of
 * short-lived garbage; records are small and short-lived, so a small nursery costs no measurable
 * CPU and keeps peak RSS of a two-worker run about 35 MB lower (bench: 145 vs 180 MB at 5,000 files).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * Old-generation limit of each worker's heap. Without one V8 lets a worker's heap creep up for
 * tens of thousands of files before collecting (bench: +50 MB RSS over 30,000 files); with it the
 * run stays flat (about 180 MB for two workers). A file too big for it fails with outOfMemory
 * and the caller analyzes it again in its own thread, so results never depend on the limit.
 */
export const WORKER_OLD_GENERATION_MB = 256;

const MAX_FAILED_STARTS = 4;

export interface PoolOptions {
  /** Old-generation limit per worker in MB (default WORKER_OLD_GENERATION_MB). */
  maxOldGenerationMb?: number;
  /** Milliseconds a worker may spend on one task before it is replaced (default 60 s). */
  stallMs?: number;
}

interface Pending {
  task: Task;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent and not answered, oldest first. */
  inFlight: Pending[];
  /** When the oldest in-flight task started (last answer or send to an idle worker). */
  since: number;
  /** The thread has ended or is being terminated. */
  gone: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly stallMs: number;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Workers lost in a row without a single answer: past MAX_FAILED_STARTS the pool gives up. */
  private failedStarts = 0;
  private broken = false;
  private readonly oldGenerationMb: number;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    options: PoolOptions = {},
  ) {
    this.stallMs = options.stallMs ?? 60_000;
    this.oldGenerationMb = options.maxOldGenerationMb ?? WORKER_OLD_GENERATION_MB;
    for (let i = 0; i < Math.max(1, size); i++) this.slots.push(this.spawn());
  }

  /** Runs a task on the least busy worker. Never rejects: failures come back as `ok: false`. */
  run(task: Task): Promise<TaskResult> {
    if (this.closed) return Promise.resolve({ id: task.id, ok: false, error: 'worker pool closed' });
    if (this.broken) return Promise.resolve({ id: task.id, ok: false, error: 'workers cannot start', outOfMemory: true });
    return new Promise((resolve) => this.send({ task, resolve }));
  }

  /** Lets workers finish their cache writes and exit. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((done) => {
            for (const p of slot.inFlight) p.resolve({ id: p.task.id, ok: false, error: 'worker pool closed' });
            slot.inFlight = [];
            if (slot.gone) return done();
            const force = setTimeout(() => void slot.worker.terminate(), 5_000);
            force.unref();
            slot.worker.once('exit', () => {
              clearTimeout(force);
              done();
            });
            slot.worker.ref();
            slot.worker.postMessage({ close: true });
          }),
      ),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { mark: WORKER_MARK },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.oldGenerationMb },
    });
    const slot: Slot = { worker, inFlight: [], since: Date.now(), gone: false };
    worker.unref();
    worker.on('message', (result: TaskResult) => {
      const head = slot.inFlight[0];
      if (!head || head.task.id !== result.id) return; // an answer for a task already given up on
      slot.inFlight.shift();
      slot.since = Date.now();
      this.failedStarts = 0;
      if (slot.inFlight.length === 0) worker.unref();
      head.resolve(result);
    });
    worker.on('error', (err) =>
      this.replace(slot, `worker failed: ${err.message}`, (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'),
    );
    worker.on('exit', (code) => {
      slot.gone = true;
      if (!this.closed) this.replace(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private send(p: Pending): void {
    // A slot left gone is one the pool gave up on (see replace): never send to its dead thread.
    let best: Slot | null = null;
    for (const s of this.slots) if (!s.gone && (!best || s.inFlight.length < best.inFlight.length)) best = s;
    if (!best) {
      p.resolve({ id: p.task.id, ok: false, error: 'workers cannot start', outOfMemory: true });
      return;
    }
    if (best.inFlight.length === 0) {
      best.since = Date.now();
      best.worker.ref();
    }
    best.inFlight.push(p);
    best.worker.postMessage(p.task);
    this.watch();
  }

  /** Fails the task a broken worker was on and hands its other tasks to a fresh worker. */
  private replace(slot: Slot, reason: string, outOfMemory = false, stalled = false): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    slot.gone = true;
    const [head, ...rest] = slot.inFlight;
    slot.inFlight = [];
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('message');
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
    if (!stalled && ++this.failedStarts > MAX_FAILED_STARTS) {
      // Workers die before answering anything (no memory to load the code, a broken install):
      // hand everything back so the caller runs it in its own thread.
      this.broken = true;
      for (const p of slot.inFlight.concat(head ? [head] : [], rest)) {
        p.resolve({ id: p.task.id, ok: false, error: reason, outOfMemory: true });
      }
      return;
    }
    this.slots[index] = this.spawn();
    head?.resolve({ id: head.task.id, ok: false, error: reason, outOfMemory });
    for (const p of rest) this.send(p);
  }

  private watch(): void {
    if (this.timer || !Number.isFinite(this.stallMs)) return;
    this.timer = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) {
        if (slot.inFlight.length > 0 && now - slot.since > this.stallMs) {
          this.replace(slot, `analysis took longer than ${Math.round(this.stallMs / 1000)} s; skipped`, false, true);
        }
      }
    }, Math.min(1_000, Math.max(10, this.stallMs / 4)));
    this.timer.unref();
  }
}
