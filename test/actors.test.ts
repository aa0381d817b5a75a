import { describe, expect, it } from 'vitest';
import { analyze } from '../src/extract.js';
import { actorFromCode, makeActor } from '../src/stages/actors/codes.js';
import { formerAt, indexKb, personBySurname, termAt, type KbFile } from '../src/stages/actors/kb.js';
import { personActor } from '../src/stages/actors/index.js';
import { newDraft } from '../src/stages/entities/drafts.js';

const FIXTURE: KbFile = {
  country: 'USA',
  people: [
    {
      name: 'Ann Example',
      surname: 'Example',
      aliases: [],
      gender: 'female',
      terms: [
        { role: 'Senator', sector: 'LEG', from: '2001-01-03', to: '2009-01-20' },
        { role: 'Secretary of State', sector: 'GOV', from: '2009-01-21', to: '2013-02-01' },
      ],
    },
    {
      name: 'Bob Sample',
      surname: 'Sample',
      aliases: ['Robert Sample'],
      gender: 'male',
      terms: [{ role: 'President', sector: 'GOV', from: '2017', to: null }],
    },
  ],
};
const kb = indexKb([{ file: 'USA.json', data: FIXTURE }]);

describe('actors: knowledge base as of a date', () => {
  it.each([
    ['2005-06-01', 'USALEG'],
    ['2010-06-01', 'USAGOV'],
    ['2015-06-01', 'USAELI'],
  ])('Ann Example on %s is %s', (date, code) => {
    const person = kb.byName.get('Ann Example');
    expect(person).toBeDefined();
    if (!person) return;
    const d = newDraft('person:Ann Example', 'Ann Example', 'person', 'test');
    d.person = person;
    expect(personActor(d, date).actor?.code).toBe(code);
  });

  it('reads partial dates and open terms', () => {
    const bob = kb.byName.get('Robert Sample');
    expect(bob?.name).toBe('Bob Sample');
    if (!bob) return;
    expect(termAt(bob, '2016-12-31')).toBeNull();
    expect(termAt(bob, '2017-01-01')?.role).toBe('President');
    expect(termAt(bob, '2030-01-01')?.role).toBe('President');
    expect(formerAt(bob, '2030-01-01')).toBe(false);
  });

  it('ties a bare surname to an office holder only when something says so', () => {
    expect(personBySurname(kb, 'Sample', '2020-01-01', null, false)?.name).toBe('Bob Sample');
    expect(personBySurname(kb, 'Example', '2020-01-01', null, false)).toBeNull();
    expect(personBySurname(kb, 'Example', '2020-01-01', 'Secretary of State')?.name).toBe('Ann Example');
    expect(personBySurname(kb, 'Example', '2020-01-01', null, true)).toBeNull();
    expect(personBySurname(kb, 'Nobody', '2020-01-01')).toBeNull();
  });

  it('lets the article role win over the knowledge base when it names another sector', () => {
    const person = kb.byName.get('Ann Example');
    if (!person) throw new Error('fixture');
    const d = newDraft('person:Ann Example', 'Ann Example', 'person', 'test');
    d.person = person;
    d.sector = 'EDU';
    d.country = 'USA';
    d.roleReason = 'apposition:title:professor';
    expect(personActor(d, '2010-06-01').actor?.code).toBe('USAEDU');
  });
});

describe('actors: codes', () => {
  it.each([
    [makeActor('USA', 'MIL'), 'USAMIL', 'United States military'],
    [makeActor('CHN', null), 'CHN', 'China'],
    [makeActor(null, 'COP'), 'COP', 'police'],
    [actorFromCode('IGONAT', null, 'NATO'), 'IGONAT', 'NATO'],
    [actorFromCode('PSEREB', 'PSE', 'Hamas'), 'PSEREB', 'Palestine rebels'],
  ])('%j has code %s', (actor, code, name) => {
    expect(actor?.code).toBe(code);
    expect(actor?.name).toBe(name);
  });

  it('has no actor for neither country nor sector', () => {
    expect(makeActor(null, null)).toBeNull();
  });
});

describe('actors: the same person before and after leaving office (dyad knowledge base)', () => {
  it.each([
    ['2012-05-01', 'USAGOV'],
    ['2020-05-01', 'USAELI'],
  ])('Barack Obama on %s is %s', (date, code) => {
    const doc = analyze('Barack Obama spoke to reporters.', { publishedAt: date });
    const e = doc.entities.find((x) => x.name === 'Barack Obama');
    expect(e?.actor?.code).toBe(code);
  });

  it.each([
    ['2023-06-19', 'Mr Xi met Mr Biden.', 'Biden', 'USAGOV'],
    ['2023-06-19', 'Vladimir Putin said the war would go on.', 'Putin', 'RUSGOV'],
    ['2023-06-19', 'NATO and the European Union met.', 'NATO', 'IGONAT'],
    ['2023-06-19', 'The Kremlin said no.', 'Kremlin', 'RUSGOV'],
    ['2023-06-19', 'Ryan Hass, senior fellow at the Brookings Institution, said so.', 'Hass', 'USANGO'],
  ])('%s: %s → %s is %s', (date, text, key, code) => {
    const doc = analyze(text, { publishedAt: date });
    const e = doc.entities.find((x) => x.name.includes(key));
    expect(e?.actor?.code).toBe(code);
  });

  it.each([
    ['President Abdelaziz Bouteflika threatened to institute a curfew in Algiers.', 'Bouteflika', 'DZAGOV'],
    ['President Yoweri Museveni threatened to ban Ugandan opposition candidates.', 'Museveni', 'UGAGOV'],
    ['President Smith met Chinese and Russian officials.', 'Smith', undefined],
  ])('an unknown office holder takes the one country of the sentence: %s', (text, key, code) => {
    const doc = analyze(text, { publishedAt: '2000-01-01' });
    expect(doc.entities.find((e) => e.name.includes(key))?.actor?.code).toBe(code);
  });

  it.each([
    ['Russian President Boris Yeltsin hosted talks.', 'RUSGOV'],
    ['Boris Yeltsin hosted talks.', 'RUSELI'],
    ['Former President Boris Yeltsin hosted talks.', 'RUSELI'],
  ])('the article title wins over the date, a bare name does not: %s', (text, code) => {
    const doc = analyze(text, { publishedAt: '2003-06-01' });
    expect(doc.entities.find((e) => e.name.includes('Yeltsin'))?.actor?.code).toBe(code);
  });

  it('gives a country to every entity with an actor country', () => {
    const doc = analyze('Chinese officials met US lawmakers in Washington.', { publishedAt: '2023-06-19' });
    for (const e of doc.entities) if (e.actor?.country) expect(e.country).toBe(e.actor.country);
  });
});
