/**
 * Events stage: sentence → events, table-driven, with fixed publication dates. Actors here are countries,
 * demonyms and capitals, so the expectations do not depend on the finer work of the entities stage.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Event } from '../src/types.js';

interface Expect {
  type: string;
  source: string;
  target?: string | null;
  mode?: string;
  location?: string;
  trigger?: string;
}

const PUBLISHED = '2023-06-19';

function events(text: string): Event[] {
  return extract(text, { publishedAt: PUBLISHED }).events;
}

function country(e: Event, side: 'source' | 'target'): string | null {
  const p = side === 'source' ? e.source : e.target;
  return p ? (p.actor.country ?? p.actor.code) : null;
}

const POSITIVE: [string, Expect[]][] = [
  [
    'China has repeatedly blamed the United States for the crisis.',
    [{ type: 'ACCUSE', source: 'CHN', target: 'USA', mode: 'asserted' }],
  ],
  [
    'Israeli troops attacked Palestinian protesters in Gaza on Friday.',
    [{ type: 'ASSAULT', source: 'ISR', target: 'PSE', location: 'Gaza' }],
  ],
  ['Russian forces were attacked by Ukrainian troops.', [{ type: 'ASSAULT', source: 'UKR', target: 'RUS' }]],
  [
    'Australia imposed sanctions on Iran, Syria and North Korea.',
    [
      { type: 'SANCTION', source: 'AUS', target: 'IRN' },
      { type: 'SANCTION', source: 'AUS', target: 'SYR' },
      { type: 'SANCTION', source: 'AUS', target: 'PRK' },
    ],
  ],
  [
    'South Korea and Japan held talks in Seoul.',
    [{ type: 'CONSULT', source: 'KOR', target: 'JPN', location: 'Seoul' }],
  ],
  [
    'Japan will send aid to the Philippines next week.',
    [{ type: 'AID', source: 'JPN', target: 'PHL', mode: 'planned' }],
  ],
  ['Russia will not invade Ukraine.', [{ type: 'ASSAULT', source: 'RUS', target: 'UKR', mode: 'negated' }]],
  ['Iran could attack Israel.', [{ type: 'ASSAULT', source: 'IRN', target: 'ISR', mode: 'hypothetical' }]],
  [
    'Germany denied that it had attacked Poland.',
    [{ type: 'ASSAULT', source: 'DEU', target: 'POL', mode: 'negated' }],
  ],
  [
    'The minister said after talks in Tokyo that Seoul would lift the tariffs.',
    [{ type: 'RETREAT', source: 'KOR', mode: 'planned', trigger: 'lift' }],
  ],
  [
    'North Korea warned South Korea against holding military drills.',
    [{ type: 'THREATEN', source: 'PRK', target: 'KOR' }],
  ],
  [
    'Egypt called on Israel to halt its offensive.',
    [{ type: 'REQUEST', source: 'EGY', target: 'ISR', trigger: 'called on' }],
  ],
  [
    'Indian and Pakistani troops clashed along the border.',
    [{ type: 'ASSAULT', source: 'IND', target: 'PAK' }],
  ],
  ['Britain expelled four Russian diplomats.', [{ type: 'SANCTION', source: 'GBR', target: 'RUS' }]],
  [
    'Turkish police arrested dozens of protesters in Istanbul.',
    [{ type: 'COERCE', source: 'TUR', location: 'Istanbul' }],
  ],
  ['Beijing escalated its anti-American rhetoric.', [{ type: 'ACCUSE', source: 'CHN', target: 'USA' }]],
  [
    "Beijing has sought to resist Washington's efforts to limit its access to chips.",
    [
      { type: 'REJECT', source: 'CHN', target: 'USA', trigger: 'resist' },
      { type: 'SANCTION', source: 'USA', target: 'CHN', trigger: 'limit' },
    ],
  ],
  [
    'The United States imposed sanctions on China. China responded by freezing diplomatic contacts.',
    [
      { type: 'SANCTION', source: 'USA', target: 'CHN' },
      { type: 'SANCTION', source: 'CHN', target: 'USA', trigger: 'freezing' },
    ],
  ],
  [
    'Chinese officials and their American counterparts agreed to expand flights.',
    [{ type: 'AGREE', source: 'CHN', target: 'USA' }],
  ],
  [
    'Pakistani officials said the Pentagon had ordered American warplanes to shoot down an Iranian drone.',
    [{ type: 'ASSAULT', source: 'USA', target: 'IRN', trigger: 'shoot down' }],
  ],
  [
    'France canceled a planned visit to Moscow.',
    [{ type: 'SANCTION', source: 'FRA', target: 'RUS', trigger: 'canceled' }],
  ],
  [
    'Israeli soldiers beat up Palestinian detainees.',
    [{ type: 'ASSAULT', source: 'ISR', target: 'PSE', trigger: 'beat up' }],
  ],
  [
    'Libya has offered to hand over to Great Britain two of its nationals.',
    [{ type: 'AGREE', source: 'LBY', target: 'GBR' }],
  ],
  [
    'Russia threatened to break relations with Georgia.',
    [{ type: 'THREATEN', source: 'RUS', target: 'GEO' }],
  ],
  [
    "Poland's parliament demanded an apology from Russia.",
    [{ type: 'REQUEST', source: 'POL', target: 'RUS' }],
  ],
  [
    'The Palestinians reject proposed Israeli changes to the deal.',
    [{ type: 'REJECT', source: 'PSE', target: 'ISR' }],
  ],
  ["Britain condemned Russia's invasion of Ukraine.", [{ type: 'ACCUSE', source: 'GBR', target: 'RUS' }]],
  [
    'The United States had moved troops into the Gulf and said it would strike Iraq.',
    [{ type: 'ASSAULT', source: 'USA', target: 'IRQ', mode: 'planned' }],
  ],
  [
    'Turkish authorities imposed a curfew in southeastern Turkey.',
    [{ type: 'COERCE', source: 'TUR', target: 'TUR' }],
  ],
  [
    'Israeli jets struck targets in southern Lebanon. Lebanon condemned the strikes.',
    [
      { type: 'ASSAULT', source: 'ISR', target: 'LBN', location: 'Lebanon' },
      { type: 'ACCUSE', source: 'LBN', target: 'ISR', trigger: 'condemned' },
    ],
  ],
  [
    'Moscow and Tehran signed a defense cooperation agreement.',
    [{ type: 'SUPPORT', source: 'RUS', target: 'IRN' }],
  ],
  ['Russia denied using drones against civilians.', [{ type: 'REJECT', source: 'RUS', target: null }]],
  ['Hungary had blocked an earlier version of the package.', [{ type: 'REJECT', source: 'HUN' }]],
  [
    'Georgian protesters marched through central Tbilisi.',
    [{ type: 'PROTEST', source: 'GEO', target: 'GEO', location: 'Tbilisi' }],
  ],
  [
    'French diplomats are expected to travel to Beirut next week, officials in Paris said.',
    [{ type: 'CONSULT', source: 'FRA', target: 'LBN', mode: 'planned', location: 'Beirut' }],
  ],
  [
    'North Korea fired two ballistic missiles into the sea. The launch was condemned by the United States and Japan.',
    [
      { type: 'MOBILIZE', source: 'PRK', target: null, trigger: 'fired' },
      { type: 'ACCUSE', source: 'USA', target: 'PRK' },
      { type: 'ACCUSE', source: 'JPN', target: 'PRK' },
    ],
  ],
  [
    "Pakistan's military said Indian forces had shelled three villages.",
    [{ type: 'ASSAULT', source: 'IND', target: 'PAK' }],
  ],
  ['Kenya vowed to retaliate.', [{ type: 'THREATEN', source: 'KEN' }]],
  ['Pyongyang accused Seoul of staging war rehearsals.', [{ type: 'ACCUSE', source: 'PRK', target: 'KOR' }]],
  [
    'Kosovo police arrested a Serbian official, accusing him of inciting hatred.',
    [{ type: 'ACCUSE', source: 'XKX' }],
  ],
  [
    'Azerbaijan released five Armenian soldiers captured in a border clash.',
    [{ type: 'RETREAT', source: 'AZE', target: 'ARM' }],
  ],
  ['France withdrew its troops from Mali.', [{ type: 'RETREAT', source: 'FRA', target: 'MLI' }]],
  [
    'Hundreds of people rallied in Nairobi on Tuesday.',
    [{ type: 'PROTEST', source: 'KEN', target: 'KEN', location: 'Nairobi' }],
  ],
  // A reported obligation is a demand on the must-clause's subject, whose own verb is no event.
  [
    'Russia said on Tuesday that Sudan must return the helicopter.',
    [{ type: 'REQUEST', source: 'RUS', target: 'SDN' }],
  ],
  ['Japan insisted China must release the fishermen.', [{ type: 'REQUEST', source: 'JPN', target: 'CHN' }]],
  ['Germany said it must act quickly.', []],
  // A sector noun's country is in its of-phrase.
  [
    'France held talks with leaders of Romania on Tuesday.',
    [{ type: 'CONSULT', source: 'FRA', target: 'ROU' }],
  ],
  // A threat without its own target aims where the same source's earlier act in the sentence did.
  [
    'Pyongyang accused Seoul of staging war rehearsals and vowed that the North would retaliate.',
    [
      { type: 'ACCUSE', source: 'PRK', target: 'KOR' },
      { type: 'THREATEN', source: 'PRK', target: 'KOR' },
    ],
  ],
  // A refusal answers the latest demand of another country.
  [
    'The United States demanded the release of the ship. Tehran refused.',
    [
      { type: 'REQUEST', source: 'USA' },
      { type: 'REJECT', source: 'IRN', target: 'USA' },
    ],
  ],
  // A place after the subject modifies it: the actor is the subject.
  ['Militants in Iraq attacked a police station.', [{ type: 'ASSAULT', source: 'IRQ' }]],
  // A target phrase naming a deed names its doer ("crimes committed by …").
  [
    'French police launched an investigation into crimes committed by Russian troops.',
    [{ type: 'ACCUSE', source: 'FRA', target: 'RUS' }],
  ],
  // A complement's object of another sector of the source's own country is a target.
  [
    'Kenyan police threatened to arrest Kenyan opposition leaders.',
    [{ type: 'THREATEN', source: 'KEN', target: 'KEN' }],
  ],
  // An announced hostile act on a condition is a threat; a conditional concession is not.
  [
    'Nigeria said it will withdraw its troops from Chad unless a ceasefire is arranged.',
    [{ type: 'THREATEN', source: 'NGA', target: 'TCD', mode: 'asserted' }],
  ],
  [
    'Iran will attack Israel if it strikes its nuclear sites.',
    [
      { type: 'THREATEN', source: 'IRN', target: 'ISR' },
      { type: 'ASSAULT', source: 'ISR', target: 'IRN', mode: 'hypothetical' },
    ],
  ],
  [
    'The United States will lift sanctions on Iran if it complies.',
    [{ type: 'RETREAT', source: 'USA', target: 'IRN', mode: 'planned' }],
  ],
  // A companion phrase between subject and verb.
  [
    'Washington along with its allies demanded that Iran halt enrichment.',
    [{ type: 'REQUEST', source: 'USA', target: 'IRN' }],
  ],
  // A launch aimed at something that is no actor is still an attack; a participle wink tags as a noun.
  ['Israeli tanks fired four shells at targets in the city.', [{ type: 'ASSAULT', source: 'ISR' }]],
  [
    'Syrian forces have retaken the town from Turkish troops.',
    [{ type: 'ASSAULT', source: 'SYR', target: 'TUR' }],
  ],
  // A protest without a target is directed at the government where it happens, else the protesters' own.
  [
    'Ethnic Albanians demonstrated in Serbia on Tuesday.',
    [{ type: 'PROTEST', target: 'SRB', source: 'ALB' }],
  ],
  ['Young Algerians blocked roads on Sunday.', [{ type: 'PROTEST', source: 'DZA', target: 'DZA' }]],
  [
    'Palestinians protested against Israel in Amman on Friday.',
    [{ type: 'PROTEST', source: 'PSE', target: 'ISR' }],
  ],
  ['Petro and Maduro agreed on Thursday to set up a joint command, after talks in Caracas.', []],
  [
    'Oman hosted talks between Iranian and Saudi officials, and both sides agreed to reopen a trade committee.',
    [{ type: 'AGREE', source: 'IRN', target: 'SAU' }],
  ],
];

// What a coded verb demands, threatens or refuses is its content, not a second event.
const ONLY: [string, string[]][] = [
  ['Syria demanded that Israel withdraw from the Golan Heights.', ['REQUEST']],
  ['Iran threatened to attack Israel.', ['THREATEN']],
  ['North Korea refused to meet South Korean officials.', ['REJECT']],
  ['Iran threatened to reduce its cooperation with the agency.', ['THREATEN']],
  ['Egypt called on the United Nations to press Israel to stop its attacks.', ['REQUEST']],
];

const NEGATIVE: string[] = [
  'The coach said the team attacked the problem with fresh energy.',
  'Brazil beat Argentina 2-1 in the World Cup final.',
  'Spain attacked relentlessly and scored twice in the second half of the match.',
  'The two countries are locked in a war of words.',
  'The trade war between China and the United States deepened.',
  'The senator attacked the proposal in a speech.',
  'Prices rose sharply in March.',
  'The company will meet its targets this year.',
  'Italy struck a deal with its creditors.',
  'Clinton beats Trump by 46 percent to 42 percent, according to the poll.',
  'Hillary Clinton is seizing upon a report about the tax returns.',
  'He offered no proof that China had a role.',
  'The Obama administration has been met with opposition.',
  'Through a spokesman, the French minister declined to comment.',
  'Sixty-two percent of Germans agreed.',
  'The Spanish prime minister made a big deal of the numbers.',
  'Clinton will continue her march toward Election Day.',
  'Armenia asked the Russian-led alliance for observers.',
];

describe('events: sentence → events', () => {
  it.each(POSITIVE)('%s', (text, expected) => {
    const got = events(text);
    for (const x of expected) {
      const hit = got.find(
        (e) =>
          e.type === x.type &&
          country(e, 'source') === x.source &&
          (x.target === undefined || country(e, 'target') === x.target) &&
          (x.trigger === undefined || e.trigger.text === x.trigger),
      );
      expect(
        hit,
        `${x.type} ${x.source}→${x.target ?? '?'} in ${JSON.stringify(got.map((e) => e.explanation))}`,
      ).toBeDefined();
      if (!hit) continue;
      if (x.mode) expect(hit.mode).toBe(x.mode);
      if (x.location) expect(hit.location?.name).toContain(x.location);
      expect(hit.explanation).toMatch(/^lex:(verb|noun):/);
      expect(hit.trigger.text).toBe(text.slice(hit.trigger.start, hit.trigger.end));
    }
  });

  it.each(NEGATIVE)('codes nothing in: %s', (text) => {
    expect(events(text).map((e) => e.explanation)).toEqual([]);
  });

  it.each(ONLY)('codes only the governing event in: %s', (text, types) => {
    expect(events(text).map((e) => e.type)).toEqual(types);
  });

  it('reads attacks in words as accusations', () => {
    const got = events('Britain attacked France in a speech on Monday.');
    expect(got.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(got[0]?.explanation).toContain('(verbal)');
  });

  it('avoids and denials negate what they govern', () => {
    expect(events('Germany avoided condemning Russia.')[0]?.mode).toBe('negated');
  });

  it('codes CAMEO, quad class and Goldstein from the entry', () => {
    const [e] = events('Israeli troops attacked Palestinian protesters.');
    expect(e).toMatchObject({ cameo: '190', quadClass: 4, intensity: -10 });
    const [m] = events('South Korea and Japan held talks.');
    expect(m).toMatchObject({ type: 'CONSULT', cameo: '040', quadClass: 1, intensity: 1 });
  });

  it('falls back to the publication date when the text gives none', () => {
    const [e] = events('Britain expelled four Russian diplomats.');
    expect(e?.date).toEqual({ value: PUBLISHED, span: null, basis: 'publication' });
    expect(e?.explanation).toContain('date: publication date');
  });

  it('keeps a place as location, never as a participant', () => {
    const [e] = events('South Korea and Japan held talks in Geneva.');
    expect(country(e as Event, 'target')).toBe('JPN');
    expect(e?.location?.name).toBe('Geneva');
  });
});
