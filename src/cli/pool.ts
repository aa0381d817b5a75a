/**
 * Spreads JSONL lines over worker threads and writes results in input order. At most `window` lines are in
 * flight, so memory stays flat whatever the corpus size. A worker that dies (out of memory on a huge article,
 * a crash) costs only the line it held: that line gets an error record and a fresh worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import type { WorkRequest, WorkResult } from './worker.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Old-generation heap limit of each worker; DYAD_WORKER_HEAP_MB overrides it. */
const HEAP_MB = Number(process.env.DYAD_WORKER_HEAP_MB) || 192;
/**
 * Young-generation limit of each worker (DYAD_WORKER_YOUNG_MB overrides it). V8's default young generation
 * is sized for a lone process; with one per worker it is what pushes 2 workers past 300 MB of RSS.
 */
const YOUNG_MB = Number(process.env.DYAD_WORKER_YOUNG_MB) || 8;

export class OrderedPool {
  private readonly busy = new Map<Worker, WorkRequest>();
  private readonly pending = new Map<number, WorkResult>();
  private readonly idle: Worker[] = [];
  private readonly queue: WorkRequest[] = [];
  private nextSeq = 0;
  private nextOut = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private flushing = false;
  private closing = false;

  constructor(
    size: number,
    private readonly emit: (result: WorkResult) => Promise<void> | void,
    private readonly window = size * 8,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Queues one line; waits while the window is full. */
  async submit(line: string, lineNumber: number): Promise<void> {
    while (this.inFlight >= this.window) await this.wait();
    this.inFlight++;
    this.queue.push({ seq: this.nextSeq++, line, lineNumber });
    this.dispatch();
  }

  /** Waits until every submitted line has been written, then stops the workers. */
  async close(): Promise<void> {
    while (this.inFlight > 0) await this.wait();
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): void {
    const w = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: YOUNG_MB },
    });
    w.on('message', (r: WorkResult) => {
      this.busy.delete(w);
      this.idle.push(w);
      this.settle(r);
    });
    w.on('error', (err) => this.lost(w, err.message));
    w.on('exit', (code) => {
      if (!this.closing) this.lost(w, `exited with code ${code}`);
    });
    this.idle.push(w);
    this.dispatch();
  }

  /** A worker died: its line gets an error record, and a new worker replaces it. */
  private lost(w: Worker, why: string): void {
    const req = this.busy.get(w);
    const wasIdle = this.idle.indexOf(w);
    if (!req && wasIdle < 0) return; // already handled (error then exit)
    this.busy.delete(w);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    void w.terminate();
    this.spawn();
    if (req) {
      const id = `line ${req.lineNumber}`;
      const output = new TextEncoder().encode(
        JSON.stringify({ document: { id }, error: `${id}: the worker processing it failed (${why})` }) + '\n',
      );
      this.settle({ seq: req.seq, output, error: true });
    }
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop() as Worker;
      const req = this.queue.shift() as WorkRequest;
      this.busy.set(w, req);
      w.postMessage(req);
    }
  }

  private settle(r: WorkResult): void {
    this.pending.set(r.seq, r);
    this.dispatch();
    void this.flush();
  }

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
