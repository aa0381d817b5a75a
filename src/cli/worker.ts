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
  output: string;
  error: boolean;
}

parentPort?.on('message', (req: WorkRequest) => {
  const result = processLine(req.line, req.lineNumber);
  const reply: WorkResult = { seq: req.seq, output: JSON.stringify(result), error: 'error' in result };
  parentPort?.postMessage(reply);
});
