/** Shared test helpers: paths to the repo and to ../shared, and running the CLI. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SHARED = process.env.DYAD_SHARED ?? resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(resolve(SHARED, 'gold/seed/blinken-beijing.txt'));
export const SEED_TEXT = resolve(SHARED, 'gold/seed/blinken-beijing.txt');
export const SEED_GOLD = resolve(SHARED, 'gold/seed/blinken-beijing.gold.json');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function dyad(args: string[], input?: string): CliResult {
  const r = spawnSync(resolve(ROOT, 'bin/dyad'), args, { input, encoding: 'utf8', cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function node(args: string[]): CliResult {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
