import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { checkDocument } from '../src/schema.js';
import { dyad, HAS_SHARED, node, ROOT, SEED_TEXT, SHARED } from './helpers.js';

describe('output contract', () => {
  it('the example article gives a document that passes the schema', () => {
    const text = readFileSync(resolve(ROOT, 'examples/summit.txt'), 'utf8');
    const doc = extract(text, { id: 'summit', publishedAt: '2024-05-15' });
    expect(checkDocument(text, doc)).toEqual([]);
  });

  it('the schema catches a span whose text is not the article', () => {
    const text = 'Officials met on Monday.';
    const doc = extract(text, { publishedAt: '2024-05-15' });
    doc.times.push({ span: { start: 0, end: 3, text: 'xyz' }, value: '2024-05-13', kind: 'date' });
    expect(checkDocument(text, doc).join('\n')).toMatch(/span text differs/);
  });

  it.runIf(HAS_SHARED)('the seed article passes ../shared/eval/contract.mjs end to end', () => {
    const r = dyad(['extract', SEED_TEXT, '--published', '2023-06-19']);
    expect(r.status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'dyad-contract-'));
    const out = join(dir, 'seed.json');
    writeFileSync(out, r.stdout);
    const verdict = node([resolve(SHARED, 'eval/contract.mjs'), SEED_TEXT, out]);
    expect(verdict.stdout).toMatch(/1 documents, 0 violations/);
    expect(verdict.status).toBe(0);
    expect(checkDocument(readFileSync(SEED_TEXT, 'utf8'), JSON.parse(r.stdout))).toEqual([]);
  });
});
