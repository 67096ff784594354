import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  indexNet,
  installIndexedSweep,
  matchesToTry,
  type Net,
  type NetMatch,
} from '../../../src/extract/deadlines/indexedSweep.js';
import { tagSentence, type TaggedSentence } from '../../../src/extract/deadlines/taggedSentence.js';
import { lexicon } from '../tariffs/articleFixture.js';

const match = (text: string, fields: Partial<NetMatch> = {}): NetMatch => ({
  match: text,
  needs: [],
  wants: [],
  minWant: 0,
  minWords: 1,
  ...fields,
});

/** A net as compromise builds one: each match under each of its needs, then each of its wants. */
function netOf(matches: NetMatch[]): Net {
  const hooks: Record<string, NetMatch[]> = {};
  for (const m of matches) for (const key of [...m.needs, ...m.wants]) (hooks[key] ??= []).push(m);
  return { hooks, always: matches.filter((m) => m.needs.length === 0 && m.wants.length === 0) };
}

const MATCHES = [
  match('A', { needs: ['#Noun'] }),
  match('B', { needs: ['#Verb', 'meet'] }),
  match('C', { wants: ['talks', 'deal'], minWant: 1 }),
  match('D', { needs: ['#Noun'], ifNo: ['not'] }),
  match('E', { needs: ['#Value'], minWords: 3 }),
  // Anchored under "meet", its only need, but hooked first under "#Noun", a want.
  match('H', { needs: ['meet'], wants: ['#Noun', '#Adjective'], minWant: 1 }),
  // Anchored under its wants, rarer than "#Verb".
  match('W', { needs: ['#Verb'], wants: ['soon', 'later'], minWant: 1 }),
  match('F'),
];
const NET = netOf(MATCHES);

describe('matchesToTry', () => {
  const index = indexNet(NET)!;

  it.each([
    // Ordered by the first key held, in the net's order: "#Noun" (A, D, H), then "#Verb" (B).
    [['#Noun', '#Verb', 'meet'], 5, ['A', 'D', 'H', 'B', 'F']],
    [['#Noun', '#Verb'], 5, ['A', 'D', 'F']],
    [['#Noun'], 5, ['A', 'D', 'F']],
    [['#Noun', 'not'], 5, ['A', 'F']],
    [['meet', '#Adjective'], 5, ['H', 'F']],
    [['meet'], 5, ['F']],
    [['deal'], 5, ['C', 'F']],
    [['trade'], 5, ['F']],
    [['#Verb', 'meet', 'later'], 5, ['B', 'W', 'F']],
    [['#Verb', 'soon'], 5, ['W', 'F']],
    [['#Verb'], 5, ['F']],
    [['soon'], 5, ['F']],
    [['#Value'], 3, ['E', 'F']],
    [['#Value'], 2, ['F']],
    // Words and tags no match reads leave the choice as it was.
    [['#Noun', 'trade', '#Adverb'], 5, ['A', 'D', 'F']],
    [['#Noun', 'trade', 'not'], 5, ['A', 'F']],
  ])('tries a segment holding %j, of %i words, with %j', (haves, words, expected) => {
    const tried = matchesToTry(NET, index, new Set(haves), words).map((m) => m.match);
    expect(tried).toEqual(expected);
  });

  it('remembers each set of keys a segment holds, however its words are ordered', () => {
    const net = netOf(MATCHES);
    const first = matchesToTry(net, indexNet(net)!, new Set(['meet', '#Noun', 'tokyo']), 5);
    expect(indexNet(net)!.chosen.size).toBe(1);
    const again = matchesToTry(net, indexNet(net)!, new Set(['osaka', '#Noun', 'meet']), 5);
    expect(again).toEqual(first);
    expect(indexNet(net)!.chosen.size).toBe(1);
    matchesToTry(net, indexNet(net)!, new Set(['meet', '#Noun', 'not']), 5);
    expect(indexNet(net)!.chosen.size).toBe(2);
  });

  it.each([
    { net: 'distinct match texts', matches: MATCHES, indexed: true },
    { net: 'a match text twice', matches: [...MATCHES, match('A', { needs: ['#Verb'] })], indexed: false },
  ])('indexes a net with $net: $indexed', ({ matches, indexed }) => {
    expect(indexNet(netOf(matches)) !== null).toBe(indexed);
  });

  it('indexes a net once, and another net on its own', () => {
    expect(indexNet(NET)).toBe(index);
    expect(indexNet(netOf(MATCHES))).not.toBe(index);
  });
});

const SENTENCES = [
  'Tariffs rose to 25% on Aug. 1, the U.S. said.',
  'Japan’s negotiator Ryosei Akazawa said on Tuesday he’s aiming to visit Washington next week.',
  '“We will not rush,” Ishiba told reporters in Tokyo on July 20.',
  'The farm ministry’s point man will meet Bessent by mid-August — before the deadline.',
  'Kawasaki Heavy Industries gains 50 per cent and Mitsubishi Heavy Industries up 30 per cent',
  'Rudendor suggests reaching an agreement with Germany before the August 17 deadline would be difficult',
  'Talks resume Monday',
];

const plain = (t: TaggedSentence) =>
  t.tokens.map((k) => [k.text, [...k.tags].sort(), t.verbForms.get(k.start)]);

describe('installIndexedSweep', () => {
  const one = (nlp.world() as { methods: { one: { bulkMatch: unknown } } }).methods.one;
  const compromiseSweep = installIndexedSweep();

  it('replaces compromise’s sweep once', () => {
    expect(one.bulkMatch).not.toBe(compromiseSweep);
    expect(installIndexedSweep()).toBe(compromiseSweep);
  });

  it.each(SENTENCES)('tags %j as compromise’s own sweep does', (text) => {
    // A set of corrections of its own tags the sentence afresh.
    const indexed = plain(tagSentence(text, { ...lexicon.dates.wordTags }));
    const sweep = one.bulkMatch;
    one.bulkMatch = compromiseSweep;
    try {
      expect(indexed).toEqual(plain(tagSentence(text, { ...lexicon.dates.wordTags })));
    } finally {
      one.bulkMatch = sweep;
    }
  });
});
