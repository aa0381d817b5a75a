/**
 * Loads lexicon data files from `lexicons/` (beside src/ and dist/), once per process.
 * Lexicons are data, not code: see lexicons/README.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../lexicons/', import.meta.url);
const cache = new Map<string, unknown>();

/** Absolute path of a file under lexicons/. */
export function lexiconPath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}

/** Parsed JSON of `lexicons/<relative>`, read once. The caller states the shape it expects. */
export function loadJson<T>(relative: string): T {
  let value = cache.get(relative);
  if (value === undefined) {
    value = JSON.parse(readFileSync(lexiconPath(relative), 'utf8')) as unknown;
    cache.set(relative, value);
  }
  return value as T;
}

/** Names of the files in a lexicon folder ending in `ext`, sorted. */
export function listLexicon(folder: string, ext = '.json'): string[] {
  return readdirSync(lexiconPath(folder.endsWith('/') ? folder : `${folder}/`))
    .filter((f) => f.endsWith(ext))
    .sort();
}
