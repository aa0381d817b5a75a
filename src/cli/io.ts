/** Reading inputs and writing outputs for the CLI, with errors that name the input. */
import { readFile } from 'node:fs/promises';
import { dyadError } from '../errors.js';

export function describe(file: string): string {
  return file === '-' ? 'standard input' : file;
}

export async function readInput(file: string): Promise<Buffer> {
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const detail =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    throw dyadError('READ_FAILED', describe(file), detail);
  }
}

/** UTF-8 text of a buffer; binary content is refused here, before any NLP runs. */
export function decode(input: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw dyadError('BINARY_TEXT', input);
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Writes to stdout, waiting when the pipe is full so memory stays flat. */
export function write(line: string | Uint8Array): Promise<void> | void {
  if (!process.stdout.write(line)) return new Promise((resolve) => process.stdout.once('drain', resolve));
}
