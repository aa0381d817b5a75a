import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/stages/times/parsers/match.js';

const shape = (ms: Iterable<RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${m.join('|')}`);

describe('matchesOf gives what String.prototype.matchAll gives', () => {
  it.each([
    [/\b(last|next)\s+(week|year)\b/gi, 'Last week and next year, not last night.'],
    [/\d+/g, 'In 1989 and 2023, 3 times.'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{Lu}\w+/gu, 'Érik met Ana in Paris.'],
    [/z+/g, 'no match here'],
  ])('%s on %j', (re, text) => {
    expect(shape(matchesOf(re, text))).toEqual(shape(text.matchAll(new RegExp(re))));
  });

  it('leaves the pattern reusable: lastIndex is 0 after, even when used inside the loop', () => {
    const re = /a/g;
    const seen: number[] = [];
    for (const m of matchesOf(re, 'banana')) {
      seen.push(m.index);
      expect(matchesOf(re, 'aa')).toHaveLength(2);
    }
    expect(seen).toEqual([1, 3, 5]);
    expect(re.lastIndex).toBe(0);
  });
});
