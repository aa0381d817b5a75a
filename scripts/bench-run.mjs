#!/usr/bin/env node
// One measured run for scripts/bench.mjs, in its own process so that its peak RSS is its own.
//   node scripts/bench-run.mjs MODE CORPUS.jsonl ROUNDS RESULT.json [WARMUP]
// MODE: dyad (analyze, one document at a time) | dyad-batch (analyzeMany, the corpus path) | wink-full (wink-nlp's whole pipeline) | wink-tokenize (tokenizer
// only) | cli-N (the CLI's --jsonl path with N workers, output discarded).
import { readFileSync, writeFileSync } from 'node:fs';

const [mode, corpusPath, roundsArg, resultPath, warmupArg = '1'] = process.argv.slice(2);
const rounds = Number(roundsArg);
// Rounds run and not counted, before the measured ones (the JIT warms up).
const warmup = Number(warmupArg);
// The CLI runs read the corpus themselves, streaming: it is not held here, so their peak RSS is the CLI's.
const docs = mode.startsWith('cli-')
  ? []
  : readFileSync(corpusPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));

const roundTimes = [];
const result = { mode, articles: docs.length, rounds };

if (mode === 'dyad' || mode === 'dyad-batch') {
  const { analyze, analyzeMany, BATCH_SIZE } = await import('../dist/index.js');
  const inputs = docs.map((d) => ({
    text: d.text,
    options: { id: d.id, publishedAt: d.publishedAt ?? null },
  }));
  // dyad: one document at a time (analyze); dyad-batch: the corpus path (analyzeMany: stage by stage over
  // batches of BATCH_SIZE). Either way each analysis is dropped once counted, as a stream would.
  const code = (each) => {
    if (mode === 'dyad') for (const i of inputs) each(analyze(i.text, i.options));
    else
      for (let k = 0; k < inputs.length; k += BATCH_SIZE)
        for (const a of analyzeMany(inputs.slice(k, k + BATCH_SIZE))) each(a);
  };
  const stageMs = {};
  let sentences = 0;
  let tokens = 0;
  for (let r = 1 - warmup; r <= rounds; r++) {
    const t0 = performance.now();
    code((a) => {
      if (a instanceof Error) throw a;
      if (r <= 0) return;
      if (r === 1) {
        sentences += a.sentences.length;
        tokens += a.tokens.length;
      }
      for (const [k, v] of Object.entries(a.timings)) stageMs[k] = (stageMs[k] ?? 0) + v;
    });
    if (r > 0) roundTimes.push(performance.now() - t0);
  }
  Object.assign(result, { sentences, tokens, stageMs });
} else if (mode === 'wink-full' || mode === 'wink-tokenize') {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = mode === 'wink-full' ? winkNLP(model) : winkNLP(model, []);
  for (let r = 1 - warmup; r <= rounds; r++) {
    const t0 = performance.now();
    for (const d of docs) nlp.readDoc(d.text).tokens().length();
    if (r > 0) roundTimes.push(performance.now() - t0);
  }
} else if (mode.startsWith('cli-')) {
  const workers = mode.slice(4);
  const { run } = await import('../dist/cli/main.js');
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const code = await run(['extract', '--jsonl', corpusPath, '--workers', workers]);
    if (code !== 0) throw new Error(`dyad extract exited ${code}`);
    roundTimes.push(performance.now() - t0);
  }
} else {
  throw new Error(`unknown mode ${mode}`);
}

roundTimes.sort((a, b) => a - b);
result.medianRoundMs = roundTimes[Math.floor(roundTimes.length / 2)];
result.bestRoundMs = roundTimes[0];
result.peakRssMB = process.resourceUsage().maxRSS / 1024;
writeFileSync(resultPath, JSON.stringify(result));
