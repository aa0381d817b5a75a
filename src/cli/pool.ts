/**
 * Spreads JSONL lines over worker threads, in batches of BATCH_SIZE lines (each worker codes a batch stage by
 * stage), and writes results in input order. At most `window` lines are in flight, so memory stays flat
 * whatever the corpus size. A worker that dies (out of memory on a huge article, a crash) is replaced; the
 * lines of its batch are sent again one by one, so only the line that kills a worker gets an error record.
 */
import { Worker } from 'node:worker_threads';
import type { WorkItem, WorkResult } from './worker.js';

/** Lines per message to a worker (the library's batch size: extract.ts BATCH_SIZE). */
const BATCH = 8;

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Old-generation heap limit of each worker; DYAD_WORKER_HEAP_MB overrides it. */
const HEAP_MB = Number(process.env.DYAD_WORKER_HEAP_MB) || 192;
/**
 * Young-generation limit of each worker (DYAD_WORKER_YOUNG_MB overrides it). V8's default young generation
 * is sized for a lone process; with one per worker it is what pushes 2 workers past 300 MB of RSS.
 */
const YOUNG_MB = Number(process.env.DYAD_WORKER_YOUNG_MB) || 8;

export class OrderedPool {
  private readonly busy = new Map<Worker, WorkItem[]>();
  private readonly pending = new Map<number, WorkResult>();
  private readonly idle: Worker[] = [];
  private readonly queue: WorkItem[] = [];
  /** Lines of a batch whose worker died: sent again one per message. */
  private readonly solo: WorkItem[] = [];
  private nextSeq = 0;
  private nextOut = 0;
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private flushing = false;
  private ending = false;
  private closing = false;

  constructor(
    size: number,
    private readonly emit: (result: WorkResult) => Promise<void> | void,
    private readonly window = size * BATCH * 2,
    /** The worker script (tests give their own). */
    private readonly workerUrl: URL = WORKER_URL,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Queues one line; waits while the window is full. */
  async submit(line: string, lineNumber: number): Promise<void> {
    while (this.inFlight >= this.window) {
      this.dispatch(true); // a part batch rather than a stall
      await this.wait();
    }
    this.inFlight++;
    this.queue.push({ seq: this.nextSeq++, line, lineNumber });
    this.dispatch(false);
  }

  /** Waits until every submitted line has been written, then stops the workers. */
  async close(): Promise<void> {
    this.ending = true;
    this.dispatch(true);
    while (this.inFlight > 0) await this.wait();
    this.closing = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): void {
    const w = new Worker(this.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: YOUNG_MB },
    });
    w.on('message', (results: WorkResult[]) => {
      this.busy.delete(w);
      this.idle.push(w);
      for (const r of results) this.pending.set(r.seq, r);
      this.dispatch(this.ending);
      void this.flush();
    });
    w.on('error', (err) => this.lost(w, err.message));
    w.on('exit', (code) => {
      if (!this.closing) this.lost(w, `exited with code ${code}`);
    });
    this.idle.push(w);
    this.dispatch(this.ending);
  }

  /**
   * A worker died: a new one replaces it. The lines of a batch go back one by one; a line that was alone
   * gets an error record.
   */
  private lost(w: Worker, why: string): void {
    const items = this.busy.get(w);
    const wasIdle = this.idle.indexOf(w);
    if (!items && wasIdle < 0) return; // already handled (error then exit)
    this.busy.delete(w);
    if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
    void w.terminate();
    if (items && items.length > 1) this.solo.push(...items);
    else if (items?.[0]) {
      const item = items[0];
      const id = `line ${item.lineNumber}`;
      const output = new TextEncoder().encode(
        JSON.stringify({ document: { id }, error: `${id}: the worker processing it failed (${why})` }) + '\n',
      );
      this.pending.set(item.seq, { seq: item.seq, output, error: true });
      void this.flush();
    }
    this.spawn();
  }

  /** Sends work to idle workers: full batches, or what there is when `partial` (input ended, window full). */
  private dispatch(partial: boolean): void {
    while (this.idle.length) {
      let items: WorkItem[];
      if (this.solo.length) items = [this.solo.shift() as WorkItem];
      else if (this.queue.length >= BATCH || (partial && this.queue.length))
        items = this.queue.splice(0, BATCH);
      else return;
      const w = this.idle.pop() as Worker;
      this.busy.set(w, items);
      w.postMessage(items);
    }
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
