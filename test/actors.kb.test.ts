import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../src/stages/actors/codes.js';
import { getKb, type KbFile } from '../src/stages/actors/kb.js';
import { getPlaces } from '../src/stages/entities/places.js';
import { ROOT } from './helpers.js';

const DIR = resolve(ROOT, 'lexicons/actors/people');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

describe('knowledge base files (lexicons/actors/people)', () => {
  it('has files', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  it.each(FILES)('%s follows the format', (file) => {
    const data = JSON.parse(readFileSync(resolve(DIR, file), 'utf8')) as KbFile;
    const countries = getPlaces().countries;
    expect(file).toBe(`${data.country}.json`);
    if (data.country !== 'IGO') expect(countries.has(data.country), data.country).toBe(true);
    const names = new Set<string>();
    for (const p of data.people) {
      const where = `${file}: ${p.name}`;
      expect(p.name, where).toMatch(/\S/);
      expect(names.has(p.name), `${where} appears twice`).toBe(false);
      names.add(p.name);
      expect(
        p.name.includes(p.surname) || p.aliases.some((a) => a.includes(p.surname)),
        `${where} surname`,
      ).toBe(true);
      expect(p.aliases, where).not.toContain(p.surname);
      expect(['male', 'female'], where).toContain(p.gender);
      if (data.country === 'IGO') expect(countries.has(p.country ?? ''), `${where} country`).toBe(true);
      for (const t of p.terms) {
        expect(SECTORS.has(t.sector), `${where} sector ${t.sector}`).toBe(true);
        expect(t.from, where).toMatch(DATE);
        if (t.to !== null) {
          expect(t.to, where).toMatch(DATE);
          expect(t.to >= t.from.slice(0, t.to.length), `${where} ${t.role} ends before it starts`).toBe(true);
        }
        if (data.country === 'IGO') expect(t.org, `${where} org`).toMatch(/^IGO[A-Z0-9]+$/);
      }
    }
  });

  it('loads into one index', () => {
    const kb = getKb();
    expect(kb.people.length).toBeGreaterThan(FILES.length);
    expect(kb.byName.size).toBeGreaterThanOrEqual(kb.people.length);
  });
});
