#!/usr/bin/env node
// npm run bench: throughput and memory of dyad on one core, against wink-nlp's own floor.
//   node scripts/bench.mjs [--corpus FILE.jsonl] [--rounds N] [--warmup W] [--repeat R] [--scale K]
// Default corpus: the texts under ../shared (PolNeAR dev, TimeBank, the seed). --scale repeats it K times for
// the CLI/worker runs, with fresh capitalized words in each copy (peak memory must stay flat as the corpus and
// its vocabulary grow). Prints a table; the last line is one
// JSON object with the headline figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DYAD_SHARED ?? resolve(root, '../shared');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const rounds = Number(opt('--rounds', '7'));
// Rounds run before the measured ones, in every library run alike: V8 keeps optimizing dyad's many functions
// over its first ~500 articles (wink's few hot loops settle within ~200), and a stream coder lives in the
// steady state.
const warmup = Number(opt('--warmup', '5'));
const repeat = Number(opt('--repeat', '3'));
const scale = Number(opt('--scale', '20'));
const scratch = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

if (!existsSync(resolve(root, 'dist/cli/main.js')))
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

function defaultCorpus() {
  const node = (argv) => execFileSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seed = JSON.stringify({
    id: 'blinken-beijing',
    text: readFileSync(join(shared, 'gold/seed/blinken-beijing.txt'), 'utf8'),
    publishedAt: '2023-06-19',
  });
  const polnear = node([
    join(shared, 'eval/polnear.mjs'),
    'input',
    join(shared, 'data/polnear/dev'),
    join(shared, 'data/polnear/metadata.tsv'),
  ]);
  const timex = node([join(shared, 'eval/timex.mjs'), 'input', join(shared, 'data/timex')]);
  const file = join(scratch, 'corpus.jsonl');
  writeFileSync(file, `${polnear.trim()}\n${timex.trim()}\n${seed}\n`);
  return file;
}

const corpus = opt('--corpus', null) ?? defaultCorpus();
const lines = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const bytes = lines.reduce((n, l) => n + Buffer.byteLength(JSON.parse(l).text ?? '', 'utf8'), 0);
// The scaled corpus renames every capitalized word in each copy after the first ("Blinken" → "Blinkenqb"):
// like a real stream, it keeps bringing words nobody has seen, which is what makes an NLP process grow.
const scaled = join(scratch, 'scaled.jsonl');
const copy = (k) =>
  lines
    .map((l) => {
      if (k === 0) return l;
      const r = JSON.parse(l);
      r.id = `${r.id}#${k}`;
      r.text = r.text.replace(/\b([A-Z][a-z]{3,})\b/g, (w) => `${w}q${k.toString(36)}`);
      return JSON.stringify(r);
    })
    .join('\n');
writeFileSync(scaled, Array.from({ length: scale }, (_, k) => copy(k)).join('\n') + '\n');

function measure(mode, file, n) {
  const out = join(scratch, `${mode}.json`);
  const r = spawnSync(
    process.execPath,
    [
      // The flags bin/dyad runs with.
      '--max-old-space-size=192',
      '--expose-gc',
      join(root, 'scripts/bench-run.mjs'),
      mode,
      file,
      String(n),
      out,
      String(mode.startsWith('cli-') ? 0 : warmup),
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error(`bench run ${mode} failed (${r.status})`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

// The library runs are repeated in turn (dyad, dyad one at a time, wink, wink's tokenizer; `--repeat` times) and
// each takes the run with the median time: a machine whose speed drifts then slows dyad and wink alike.
function medianRun(mode) {
  const runs = byMode[mode].sort((a, b) => a.medianRoundMs - b.medianRoundMs);
  const m = runs[Math.floor(runs.length / 2)];
  return { ...m, peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)) };
}
const byMode = { dyad: [], 'dyad-batch': [], 'wink-full': [], 'wink-tokenize': [] };
for (let k = 0; k < repeat; k++)
  for (const mode of Object.keys(byMode)) byMode[mode].push(measure(mode, corpus, rounds));
const single = medianRun('dyad');
const dyad = medianRun('dyad-batch');
const full = medianRun('wink-full');
const tok = medianRun('wink-tokenize');
const cli1 = measure('cli-1', scaled, 1);
const cli2 = measure('cli-2', scaled, 1);

const perSecond = (count, ms) => (count * 1000) / ms;
const articlesPerSecond = perSecond(lines.length, dyad.medianRoundMs);
const singleArticlesPerSecond = perSecond(lines.length, single.medianRoundMs);
const winkFull = perSecond(lines.length, full.medianRoundMs);
const winkTok = perSecond(lines.length, tok.medianRoundMs);
const fmt = (x, d = 1) => x.toFixed(d);

console.log(
  `corpus: ${corpus} — ${lines.length} articles, ${dyad.sentences} sentences, ${dyad.tokens} tokens, ${fmt(bytes / 1e6, 2)} MB`,
);
console.log(
  `rounds: ${rounds} (+${warmup} warm-up), median round reported; library runs repeated ${repeat}× in turn, median run; one core\n`,
);
console.log('| run | articles/s | sentences/s | tokens/s | MB/s | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const row = (name, r, n = lines.length, factor = 1) =>
  console.log(
    `| ${name} | ${fmt(perSecond(n, r.medianRoundMs))} | ${fmt(perSecond(dyad.sentences * factor, r.medianRoundMs), 0)} | ${fmt(perSecond(dyad.tokens * factor, r.medianRoundMs), 0)} | ${fmt(perSecond(bytes * factor, r.medianRoundMs) / 1e6, 2)} | ${fmt(r.peakRssMB, 0)} |`,
  );
row('dyad analyzeMany (library, 1 thread: batches, stage by stage)', dyad);
row('dyad analyze (library, 1 thread: one document at a time)', single);
row('wink-nlp full pipeline', full);
row('wink-nlp tokenizer only', tok);
row(`dyad CLI --jsonl, 1 worker (corpus ×${scale})`, cli1, lines.length * scale, scale);
row(`dyad CLI --jsonl, 2 workers (corpus ×${scale})`, cli2, lines.length * scale, scale);
console.log(
  `\nratio to wink's full pipeline: ${fmt(articlesPerSecond / winkFull, 2)} (one document at a time: ${fmt(singleArticlesPerSecond / winkFull, 2)}); to its tokenizer: ${fmt(articlesPerSecond / winkTok, 2)}`,
);
const total = Object.values(dyad.stageMs).reduce((a, b) => a + b, 0);
console.log('\n| stage | share of time | ms per article |');
console.log('| --- | ---: | ---: |');
for (const [stage, ms] of Object.entries(dyad.stageMs))
  console.log(`| ${stage} | ${fmt((100 * ms) / total)}% | ${fmt(ms / rounds / lines.length, 3)} |`);
console.log(
  `\ncorpus file size: ${fmt(statSync(corpus).size / 1e6, 2)} MB; scaled: ${fmt(statSync(scaled).size / 1e6, 2)} MB`,
);
console.log(
  JSON.stringify({
    articlesPerSecond: Number(fmt(articlesPerSecond)),
    sentencesPerSecond: Number(fmt(perSecond(dyad.sentences, dyad.medianRoundMs), 0)),
    winkPipelineArticlesPerSecond: Number(fmt(winkFull)),
    ratioToWinkPipeline: Number(fmt(articlesPerSecond / winkFull, 2)),
    oneAtATimeArticlesPerSecond: Number(fmt(singleArticlesPerSecond)),
    ratioToWinkTokenizer: Number(fmt(articlesPerSecond / winkTok, 2)),
    workers1ArticlesPerSecond: Number(fmt(perSecond(lines.length * scale, cli1.medianRoundMs))),
    workers2ArticlesPerSecond: Number(fmt(perSecond(lines.length * scale, cli2.medianRoundMs))),
    peakRssMB: Math.round(Math.max(dyad.peakRssMB, single.peakRssMB, cli1.peakRssMB, cli2.peakRssMB)),
  }),
);
