#!/usr/bin/env node
// npm run eval: every score in one report. Runs dyad on ../shared's gold sets and prints each scorer's table.
//   node scripts/eval.mjs [--json] [--only seed,dev,timex,polnear,plover]
// With --json the last line is one JSON object with every figure (the tests read it for their floors).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DYAD_SHARED ?? resolve(root, '../shared');
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : null;
const scratch = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
const dyad = resolve(root, 'bin/dyad');
const say = (s) => {
  if (!json) console.log(s);
};
const results = {};

if (!existsSync(resolve(root, 'dist/cli/main.js')))
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (!existsSync(shared)) {
  console.error(`eval: ${shared} not found; set DYAD_SHARED to the shared folder`);
  process.exit(2);
}

/**
 * Runs dyad over a JSONL corpus; documents it could not code (error lines) or coded only in part (a *_FAILED
 * diagnostic) are listed under `failures` in the results, so a score that drops says why.
 */
function code(input, out, section) {
  const stdout = run(dyad, ['extract', '--jsonl', input]).stdout;
  writeFileSync(out, stdout);
  const failures = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    if (doc.error) failures.push(doc.error);
    for (const d of doc.diagnostics ?? [])
      if (/_FAILED$/.test(d.code)) failures.push(`${doc.document?.id}: ${d.code} ${d.message}`);
  }
  if (failures.length)
    console.error(`eval ${section}: ${failures.length} failures\n  ${failures.join('\n  ')}`);
  return failures;
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  if (r.status !== 0 && !opts.allowFail) {
    console.error(r.stderr || r.stdout);
    throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}`);
  }
  return r;
}

const sections = {
  seed() {
    const text = join(shared, 'gold/seed/blinken-beijing.txt');
    const gold = join(shared, 'gold/seed/blinken-beijing.gold.json');
    const out = join(scratch, 'seed.json');
    writeFileSync(out, run(dyad, ['extract', text, '--published', '2023-06-19']).stdout);
    say('## Seed article (../shared/gold/seed, score.mjs)');
    say(run('node', [join(shared, 'eval/score.mjs'), gold, out]).stdout.trimEnd());
    const contract = run('node', [join(shared, 'eval/contract.mjs'), text, out], { allowFail: true });
    say(`contract.mjs: ${contract.stdout.trim().split('\n').pop()}`);
    results.seed = JSON.parse(run('node', [join(shared, 'eval/score.mjs'), gold, out, '--json']).stdout);
    results.seed.contractViolations =
      contract.status === 0 ? 0 : Number(/(\d+) violations/.exec(contract.stdout)?.[1] ?? -1);
  },
  dev() {
    // dyad's own articles (test/fixtures/dev, written and annotated by the team, events invented): text no
    // rule was written for, scored by the same score.mjs.
    const dir = join(root, 'test/fixtures/dev');
    const outDir = join(scratch, 'dev');
    mkdirSync(outDir, { recursive: true });
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const name = f.replace(/\.gold\.json$/, '');
      const out = run(dyad, ['extract', join(dir, gold.text), '--published', gold.publishedAt]).stdout;
      writeFileSync(join(outDir, `${name}.json`), out);
    }
    const score = join(shared, 'eval/score.mjs');
    say('\n## dyad dev articles (test/fixtures/dev, score.mjs)');
    say(run('node', [score, '--gold-dir', dir, '--out-dir', outDir]).stdout.trimEnd());
    results.dev = JSON.parse(run('node', [score, '--gold-dir', dir, '--out-dir', outDir, '--json']).stdout);
  },
  timex() {
    const dir = join(shared, 'data/timex');
    const input = join(scratch, 'timex.in.jsonl');
    const out = join(scratch, 'timex.out.jsonl');
    // timex.mjs's input texts start with a "DCT: …" metadata line (the date is also given as publishedAt),
    // while gold.tsv's offsets count from the TimeML TEXT element, which that header (less its last newline)
    // precedes: dyad reads the article text without it, so its offsets are the gold's.
    const lines = run('node', [join(shared, 'eval/timex.mjs'), 'input', dir])
      .stdout.split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const doc = JSON.parse(l);
        return JSON.stringify({ ...doc, text: doc.text.replace(/^DCT:[^\n]*\n\n/, '') });
      });
    writeFileSync(input, lines.join('\n') + '\n');
    const failures = code(input, out, 'timex');
    say('\n## TimeBank temporal expressions (../shared/data/timex, timex.mjs)');
    say(run('node', [join(shared, 'eval/timex.mjs'), 'score', dir, out]).stdout.trimEnd());
    results.timex = {
      ...JSON.parse(run('node', [join(shared, 'eval/timex.mjs'), 'score', dir, out, '--json']).stdout),
      failures,
    };
  },
  polnear() {
    const dir = join(shared, 'data/polnear/dev');
    const input = join(scratch, 'polnear.in.jsonl');
    const out = join(scratch, 'polnear.out.jsonl');
    writeFileSync(
      input,
      run('node', [join(shared, 'eval/polnear.mjs'), 'input', dir, join(shared, 'data/polnear/metadata.tsv')])
        .stdout,
    );
    const failures = code(input, out, 'polnear');
    say('\n## PolNeAR dev quotations (../shared/data/polnear/dev, polnear.mjs)');
    say(run('node', [join(shared, 'eval/polnear.mjs'), 'score', dir, out]).stdout.trimEnd());
    results.polnear = {
      ...JSON.parse(run('node', [join(shared, 'eval/polnear.mjs'), 'score', dir, out, '--json']).stdout),
      failures,
    };
  },
  plover() {
    const script = join(root, 'scripts/plover-eval.mjs');
    say('\n## PLOVER dev sentences (../shared/data/plover, scripts/plover-eval.mjs)');
    say(run('node', [script]).stdout.trimEnd());
    results.plover = JSON.parse(run('node', [script, '--json']).stdout);
  },
};

for (const [name, fn] of Object.entries(sections)) {
  if (only && !only.has(name)) continue;
  fn();
}

// One table of every figure the issues ask for, with its target.
const SUMMARY = [
  ['seed events F1', (r) => r.seed?.events?.f1, '≥ 0.80'],
  ['seed events precision', (r) => r.seed?.events?.precision, '≥ 0.75'],
  ['seed events recall', (r) => r.seed?.events?.recall, ''],
  ['seed event date', (r) => r.seed?.attributes?.date, '≥ 0.85'],
  ['seed event mode', (r) => r.seed?.attributes?.mode, '≥ 0.85'],
  ['seed event actor code', (r) => r.seed?.attributes?.['actor code'], '≥ 0.85'],
  ['seed event person', (r) => r.seed?.attributes?.person, ''],
  ['seed event location', (r) => r.seed?.attributes?.location, ''],
  ['seed quotes F1', (r) => r.seed?.quotes?.f1, '1.00'],
  ['seed quote speaker', (r) => r.seed?.quotes?.speaker, '1.00'],
  ['seed times value', (r) => r.seed?.times?.value, '≥ 0.90'],
  ['seed entities found', (r) => r.seed?.entities?.found, '≥ 0.95'],
  ['seed entity actor code', (r) => r.seed?.entities?.code, '≥ 0.90'],
  ['dev articles events F1', (r) => r.dev?.events?.f1, '(report)'],
  ['dev articles events precision', (r) => r.dev?.events?.precision, '(report)'],
  ['dev articles quotes F1', (r) => r.dev?.quotes?.f1, '(report)'],
  ['dev articles times value', (r) => r.dev?.times?.value, '(report)'],
  ['dev articles entity actor code', (r) => r.dev?.entities?.code, '(report)'],
  ['TimeBank value', (r) => r.timex?.value, '≥ 0.85'],
  ['TimeBank precision', (r) => r.timex?.precision, '≥ 0.85'],
  ['PolNeAR direct recall', (r) => r.polnear?.directRecall, '≥ 0.90'],
  ['PolNeAR precision', (r) => r.polnear?.precision, '≥ 0.85'],
  ['PolNeAR speaker', (r) => r.polnear?.speaker, '≥ 0.90'],
  ['PolNeAR all-attribution recall', (r) => r.polnear?.allRecall, '(report)'],
  ['PLOVER dev type accuracy (first event)', (r) => r.plover?.typeFirst, '(report)'],
  ['PLOVER dev type accuracy (any event)', (r) => r.plover?.typeAny, '(report)'],
  ['PLOVER dev source country', (r) => r.plover?.sourceCountry, '(report)'],
  ['PLOVER dev target country', (r) => r.plover?.targetCountry, '(report)'],
];
say('\n## Summary\n\n| figure | dyad | target |\n| --- | ---: | --- |');
for (const [name, get, target] of SUMMARY) {
  const v = get(results);
  if (v === undefined) continue;
  say(`| ${name} | ${v === null ? 'n/a' : v.toFixed(2)} | ${target} |`);
}
if (json) console.log(JSON.stringify(results));
