/** A worker thread of `dyad extract --jsonl --workers N`: processes lines sent by the main thread. */
import { parentPort } from 'node:worker_threads';
import { processLine } from './line.js';

export interface WorkRequest {
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
  output: Uint8Array;
  error: boolean;
}

const encoder = new TextEncoder();

parentPort?.on('message', (req: WorkRequest) => {
  const result = processLine(req.line, req.lineNumber);
  const output = encoder.encode(JSON.stringify(result) + '\n');
  const reply: WorkResult = { seq: req.seq, output, error: 'error' in result };
  parentPort?.postMessage(reply, [output.buffer]);
});
