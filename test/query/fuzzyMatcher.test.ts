import { describe, expect, it } from 'vitest';
import { createFuzzyMatcher, type MatchField } from '../../src/query/fuzzyMatcher.js';

interface Entry {
  name: string;
  role: string | null;
  aliases: string[];
  quotes: number;
}

const PEOPLE: Entry[] = [
  { name: 'Treasury', role: null, aliases: ['U.S. Treasury'], quotes: 0 },
  { name: 'Scott Bessent', role: 'U.S. Treasury Secretary', aliases: ['Bessent'], quotes: 9 },
  { name: 'Shigeru Ishiba', role: 'Prime Minister', aliases: [], quotes: 5 },
  { name: 'Kenji Tanaka', role: 'Trade Minister', aliases: [], quotes: 2 },
  { name: 'Mei Tanakawa', role: 'Finance Minister', aliases: [], quotes: 7 },
  { name: 'Aiko Tanaka', role: 'ambassador', aliases: [], quotes: 1 },
];

const fields = (p: Entry): MatchField[] => [
  { key: 'name', values: [p.name] },
  { key: 'aliases', values: p.aliases },
  { key: 'role', values: p.role ? [p.role] : [], secondary: true },
];
const matcher = createFuzzyMatcher(
  PEOPLE,
  fields,
  (a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name),
);
const names = (entries: readonly Entry[]) => entries.map((e) => e.name);

describe('createFuzzyMatcher rank', () => {
  it.each([
    // Begun names, most quoted first; an exact key before keys it begins.
    ['tanaka', ['Kenji Tanaka', 'Aiko Tanaka', 'Mei Tanakawa']],
    ['tan', ['Mei Tanakawa', 'Kenji Tanaka', 'Aiko Tanaka']],
    ['Ishi', ['Shigeru Ishiba']],
    // A name before a title that says the same word.
    ['treasury', ['Treasury', 'Scott Bessent']],
    ['minister', ['Mei Tanakawa', 'Shigeru Ishiba', 'Kenji Tanaka']],
    // No name begins so: typos go to fuse.js, within the first letter.
    ['ishba', ['Shigeru Ishiba']],
    ['besent', ['Scott Bessent']],
    ['zzzz', []],
    ['', ['Scott Bessent', 'Mei Tanakawa', 'Shigeru Ishiba', 'Kenji Tanaka', 'Aiko Tanaka', 'Treasury']],
  ])('"%s"', (text, expected) => {
    expect(names(matcher.rank(text, 25))).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(names(matcher.rank('tan', 2))).toEqual(['Mei Tanakawa', 'Kenji Tanaka']);
  });
});

describe('createFuzzyMatcher resolve', () => {
  const resolved = (text: string) => {
    const r = matcher.resolve(text);
    if (r.kind === 'found') return ['found', r.item.name];
    if (r.kind === 'ambiguous') return ['ambiguous', ...names(r.candidates)];
    return ['none'];
  };

  it.each([
    ['Scott Bessent', ['found', 'Scott Bessent']],
    ['Ishiba', ['found', 'Shigeru Ishiba']],
    ['Tanakawa', ['found', 'Mei Tanakawa']],
    // Two people share the surname: the user chooses.
    ['Tanaka', ['ambiguous', 'Kenji Tanaka', 'Aiko Tanaka']],
    // The organisation's name beats the secretary's title, typed right or with a typo.
    ['Treasury', ['found', 'Treasury']],
    ['Treasyry', ['found', 'Treasury']],
    ['Bessnet', ['found', 'Scott Bessent']],
    ['prime minister', ['found', 'Shigeru Ishiba']],
    ['qqqqqq', ['none']],
  ])('"%s"', (text, expected) => {
    expect(resolved(text)).toEqual(expected);
  });

  it('offers the closest names after a miss', () => {
    const r = matcher.resolve('Tanakx Kenzi');
    expect(r.kind === 'none' ? names(r.closest).length : -1).toBeGreaterThan(0);
  });
});
