/** Builds dist/ (and its gazetteer) once so that the CLI tests run the code under test, never a stale build. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './helpers.js';

export default function setup(): void {
  execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-gazetteer.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
