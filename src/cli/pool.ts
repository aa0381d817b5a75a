/**
 * Spreads JSONL lines over worker threads and writes results in input order. At most `window` lines are in
 * flight, so memory stays flat whatever the corpus size.
 */
import { Worker } from 'node:worker_threads';
import type { WorkRequest, WorkResult } from './worker.js';

export class OrderedPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, WorkResult>();
  private readonly idle: Worker[] = [];
  private readonly queue: WorkRequest[] = [];
  private nextSeq = 0;
  private nextOut = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;

  constructor(
    size: number,
    private readonly emit: (result: WorkResult) => Promise<void> | void,
    private readonly window = size * 8,
  ) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: 192 } });
      w.on('message', (r: WorkResult) => this.done(w, r));
      w.on('error', (err) => {
        this.failure = err;
        this.wake();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Queues one line; waits while the window is full. */
  async submit(line: string, lineNumber: number): Promise<void> {
    while (this.inFlight >= this.window && !this.failure) await this.wait();
    if (this.failure) throw this.failure;
    this.inFlight++;
    this.queue.push({ seq: this.nextSeq++, line, lineNumber });
    this.dispatch();
  }

  /** Waits until every submitted line has been written, then stops the workers. */
  async close(): Promise<void> {
    while (this.inFlight > 0 && !this.failure) await this.wait();
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop() as Worker;
      w.postMessage(this.queue.shift() as WorkRequest);
    }
  }

  private done(w: Worker, r: WorkResult): void {
    this.idle.push(w);
    this.pending.set(r.seq, r);
    this.dispatch();
    void this.flush();
  }

  private flushing = false;

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    for (let r = this.pending.get(this.nextOut); r; r = this.pending.get(this.nextOut)) {
      this.pending.delete(this.nextOut);
      this.nextOut++;
      await this.emit(r);
      this.inFlight--;
      this.wake();
    }
    this.flushing = false;
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
