#!/usr/bin/env node
// PLOVER gold sentences: per-sentence event type accuracy and source/target country accuracy.
//   node scripts/plover-eval.mjs [--json] [--verbose] [--file PLOVER_GSR_dev.json]
// Reads ../shared/data/plover/PLOVER_GSR_dev.json (old category names mapped: DEMAND→REQUEST,
// DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT), runs `bin/dyad extract --jsonl` on its sentences and
// compares each sentence's coded events with its one gold event:
//   type (first)  the first coded event's type equals the gold type
//   type (any)    some coded event has the gold type
//   source/target the event chosen (first with the gold type, else the first) has a gold country
// Country codes compare on their first three letters (IGO, old codes such as JAP are kept as given).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DYAD_SHARED ?? resolve(root, '../shared');
const args = process.argv.slice(2);
const json = args.includes('--json');
const verbose = args.includes('--verbose');
const fileAt = args.indexOf('--file');
const file = fileAt >= 0 ? args[fileAt + 1] : resolve(shared, 'data/plover/PLOVER_GSR_dev.json');

// Old CAMEO country codes in the gold, read as ISO 3166 alpha-3.
const OLD_CODES = { JAP: 'JPN', ITL: 'ITA' };
const RENAME = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
const records = JSON.parse(readFileSync(file, 'utf8')).filter((r) => r.text && r.event !== 'DOCUMENT');
const gold = records.map((r, i) => ({
  id: r.id ?? `plover-${i}`,
  text: r.text.replace(/^\s*\{|\}\s*$/g, (m) => ' '.repeat(m.length)),
  type: RENAME[r.event] ?? r.event,
  sources: codes(r.source),
  targets: codes(r.target),
}));

function codes(list) {
  if (!Array.isArray(list)) return [];
  return list
    .map((a) =>
      String(a.code ?? '')
        .slice(0, 3)
        .toUpperCase(),
    )
    .map((c) => OLD_CODES[c] ?? c)
    .filter(Boolean);
}

const input = gold
  .map((g) => JSON.stringify({ id: g.id, text: g.text, publishedAt: '2000-01-01' }))
  .join('\n');
const run = spawnSync(resolve(root, 'bin/dyad'), ['extract', '--jsonl', '-'], {
  input,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const outputs = new Map();
for (const line of run.stdout.split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  outputs.set(doc.document.id, doc.events ?? []);
}

function country(p) {
  if (!p) return null;
  const a = p.actor;
  if (a.country) return a.country;
  return a.code ? a.code.slice(0, 3) : null;
}

const n = gold.length;
let coded = 0;
let first = 0;
let any = 0;
let srcRight = 0;
let tgtRight = 0;
let tgtGold = 0;
const byType = {};
const misses = [];
const wrongTargets = [];
for (const g of gold) {
  const events = (outputs.get(g.id) ?? []).filter((e) => e.mode !== 'negated');
  const t = (byType[g.type] ??= { n: 0, any: 0 });
  t.n++;
  if (events.length) coded++;
  const firstOk = events[0]?.type === g.type;
  const match = events.find((e) => e.type === g.type);
  if (firstOk) first++;
  if (match) {
    any++;
    t.any++;
  }
  const chosen = match ?? events[0];
  const src = country(chosen?.source);
  const tgt = country(chosen?.target);
  if (src && g.sources.includes(src)) srcRight++;
  if (g.targets.length) {
    tgtGold++;
    if (tgt && g.targets.includes(tgt)) tgtRight++;
    else if (match)
      wrongTargets.push(`${g.type} gold ${g.targets.join('/')} got ${tgt ?? '-'} | ${g.text.trim()}`);
  }
  if (!match)
    misses.push(
      `${g.type.padEnd(9)} got ${events.map((e) => `${e.type}(${e.trigger.text})`).join(',') || '-'} | ${g.text.trim()}`,
    );
}
const r = (x, d) => (d ? Math.round((x / d) * 1000) / 1000 : 0);
const results = {
  sentences: n,
  coded: r(coded, n),
  typeFirst: r(first, n),
  typeAny: r(any, n),
  sourceCountry: r(srcRight, n),
  targetCountry: r(tgtRight, tgtGold),
  byType: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, r(v.any, v.n)])),
};
if (json) {
  console.log(JSON.stringify(results));
} else {
  console.log(`PLOVER dev sentences: ${n}`);
  console.log(`  with an event      ${results.coded.toFixed(2)}`);
  console.log(`  type (first event) ${results.typeFirst.toFixed(2)}`);
  console.log(`  type (any event)   ${results.typeAny.toFixed(2)}`);
  console.log(`  source country     ${results.sourceCountry.toFixed(2)}`);
  console.log(`  target country     ${results.targetCountry.toFixed(2)}  (of ${tgtGold} with a gold target)`);
  console.log(
    `  by type (any): ${Object.entries(results.byType)
      .map(([k, v]) => `${k} ${v.toFixed(2)}`)
      .join(', ')}`,
  );
  if (verbose) for (const m of misses) console.log(`  miss: ${m}`);
  if (args.includes('--targets')) for (const w of wrongTargets) console.log(`  target: ${w}`);
}
