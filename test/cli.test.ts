import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dyad } from './helpers.js';

const ARTICLE = 'Canada and Mexico agreed on Tuesday to expand border cooperation, officials said in Ottawa.';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'dyad-cli-'));
}

describe('dyad extract', () => {
  it('reads a file and prints one dyad/1 document', () => {
    const dir = scratch();
    const file = join(dir, 'story.txt');
    writeFileSync(file, ARTICLE);
    const r = dyad(['extract', file, '--published', '2024-05-15']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('dyad/1');
    expect(doc.document).toMatchObject({ id: 'story', publishedAt: '2024-05-15', language: 'en' });
  });

  it('reads standard input with --id and --title', () => {
    const r = dyad(['extract', '-', '--id', 'a1', '--title', 'Trade'], ARTICLE);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document).toMatchObject({ id: 'a1', title: 'Trade', publishedAt: null });
  });

  it('indents with --pretty', () => {
    const r = dyad(['extract', '-', '--pretty'], ARTICLE);
    expect(r.stdout.split('\n').length).toBeGreaterThan(5);
  });

  it.each([
    [['extract', '/no/such/file.txt'], 2, /\/no\/such\/file\.txt: cannot be read \(no such file\)/],
    [['extract', '-', '--published', '2023-02-30'], 1, /standard input: publication date "2023-02-30"/],
    [['extract'], 2, /give exactly one FILE/],
    [['extract', '-', '--bogus'], 2, /Unknown option/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
  ])('fails clearly for %j', (args, status, message) => {
    const r = dyad(args, ARTICLE);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an empty article and a binary file, naming the file', () => {
    const dir = scratch();
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.png');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(dyad(['extract', empty]).stderr).toMatch(/empty\.txt: the text is empty/);
    expect(dyad(['extract', binary]).stderr).toMatch(/image\.png: the text looks binary/);
  });

  it.each([['--help'], ['extract', '--help']])('prints help for %j', (...args) => {
    const r = dyad(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage:/);
  });
});

describe('dyad extract --jsonl', () => {
  const lines = [
    JSON.stringify({ id: 'good-1', text: ARTICLE, publishedAt: '2024-05-15' }),
    'this is not json',
    JSON.stringify({ id: 'empty', text: '' }),
    JSON.stringify({ id: 'bad-date', text: ARTICLE, publishedAt: 'last Tuesday' }),
    '',
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'binary', text: '\u0000\u0001\u0002\u0003'.repeat(10) }),
    JSON.stringify({ id: 'good-2', text: ARTICLE, title: 'T', source: 'S' }),
  ];

  it('prints one line per input line, in order, and goes on after bad lines', () => {
    const dir = scratch();
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const r = dyad(['extract', '--jsonl', file]);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => o.document.id)).toEqual([
      'good-1',
      'line 2',
      'empty',
      'bad-date',
      'line 5',
      'no-text',
      'binary',
      'good-2',
    ]);
    expect(out.map((o) => ('error' in o ? 'error' : 'ok'))).toEqual([
      'ok',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'ok',
    ]);
    expect(out[1].error).toMatch(/line 2: not a JSON object/);
    expect(out[3].error).toMatch(/"bad-date": publication date "last Tuesday"/);
    expect(out[5].error).toMatch(/missing "text"/);
    expect(out[7].document).toMatchObject({ title: 'T', source: 'S' });
  });

  it('reads JSONL from standard input', () => {
    const r = dyad(['extract', '--jsonl', '-'], lines[0] + '\n' + lines[7]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('gives the same lines in the same order with --workers 2', () => {
    const dir = scratch();
    const file = join(dir, 'corpus.jsonl');
    // "Okonkwo's." teaches wink a whole word "Okonkwo's": the documents after it must not read differently.
    const history = [
      {
        id: 'h1',
        text: "The Senate vote was a win. The credit was Governor Okonkwo's.",
        publishedAt: '2024-05-01',
      },
      {
        id: 'h2',
        text: "Governor Okonkwo's aides met the French envoy in Lagos.",
        publishedAt: '2024-05-01',
      },
    ].map((r) => JSON.stringify(r));
    const many = Array.from({ length: 6 }, () => [...lines, ...history]).flat();
    writeFileSync(file, many.join('\n') + '\n');
    const one = dyad(['extract', '--jsonl', file]);
    const two = dyad(['extract', '--jsonl', file, '--workers', '2']);
    expect(two.status).toBe(0);
    expect(two.stdout.trim().split('\n')).toHaveLength(many.length);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each(['0', 'two', '1.5'])('refuses --workers %s', (n) => {
    const r = dyad(['extract', '--jsonl', '-', '--workers', n], lines[0]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers must be a whole number/);
  });

  it('exits non-zero only when the input itself cannot be read', () => {
    const r = dyad(['extract', '--jsonl', '/no/such/corpus.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/corpus\.jsonl: cannot be read/);
  });
});
