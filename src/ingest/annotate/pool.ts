/**
 * A fixed pool of worker threads running the engine. Tasks go to whichever worker is free;
 * callers get one promise per task, so the merge never depends on completion order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnnotatedArticle } from '../../core/schema';

export interface AnnotateTask {
  seq: number;
  id: string;
  extension: string;
  bytes: Uint8Array;
  cacheFile: string;
}

export type AnnotateResult =
  | { seq: number; ok: true; article: AnnotatedArticle }
  /** `engine`: the input was read, the engine failed on it. */
  | { seq: number; ok: false; reason: string; engine?: boolean };

interface PoolWorker {
  worker: Worker;
  busy: boolean;
}

export class AnnotatePool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: AnnotateTask[] = [];
  private readonly pending = new Map<number, (result: AnnotateResult) => void>();
  private failure: Error | undefined;

  constructor(size = Math.max(1, availableParallelism())) {
    const entry = new URL('./worker.ts', import.meta.url).href;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry } });
      const slot: PoolWorker = { worker, busy: false };
      worker.on('message', (result: AnnotateResult) => {
        slot.busy = false;
        this.pending.get(result.seq)?.(result);
        this.pending.delete(result.seq);
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(task: AnnotateTask): Promise<AnnotateResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve) => {
      this.pending.set(task.seq, resolve);
      this.queue.push(task);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      if (slot.busy) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.busy = true;
      slot.worker.postMessage(task, [task.bytes.buffer as ArrayBuffer]);
    }
  }

  /** A crashed worker fails every waiting task rather than hanging the run. */
  private fail(error: Error): void {
    this.failure = error;
    for (const [seq, resolve] of this.pending) {
      resolve({ seq, ok: false, reason: `worker crashed: ${error.message}` });
    }
    this.pending.clear();
    this.queue.length = 0;
  }
}
