/**
 * A worker thread of `dyad extract --jsonl --workers N`: codes the batches of lines the main thread sends
 * (stage by stage, through processLines) and answers with one result per line.
 */
import { parentPort } from 'node:worker_threads';
import { processLines } from './line.js';

export interface WorkItem {
  seq: number;
  line: string;
  lineNumber: number;
}

export interface WorkResult {
  seq: number;
  /**
   * The output line (JSON and its newline) as UTF-8 bytes, transferred rather than copied: the dispatching
   * thread only writes them out, and bytes outside its heap keep its young generation from filling with
   * large strings (which cost 60 MB of RSS with 2 workers).
   */
  output: Uint8Array<ArrayBuffer>;
  error: boolean;
}

const encoder = new TextEncoder();

parentPort?.on('message', (items: WorkItem[]) => {
  const results = processLines(items);
  const replies: WorkResult[] = results.map((result, k) => ({
    seq: (items[k] as WorkItem).seq,
    output: encoder.encode(JSON.stringify(result) + '\n'),
    error: 'error' in result,
  }));
  parentPort?.postMessage(
    replies,
    replies.map((r) => r.output.buffer),
  );
});
