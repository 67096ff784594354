/**
 * compromise's post-tagger applies about 570 match rules. For each comma-separated segment its
 * sweep gathers every rule hooked under a word or tag the segment holds (about 330) to keep the
 * few whose needs it meets (about 30). This looks the rules up the other way round, in an index
 * of the rule set built once, and hands compromise the same rules in the same order, so the tags
 * come out the same in a fraction of the time. Each rule is then tried only at the words its
 * first token can take (`anchoredMatch.ts`). It is installed through compromise's plugin
 * interface (`installIndexedSweep`), and a rule set it cannot index is left to compromise.
 */
import nlp from 'compromise';
import { z } from 'zod';
import { matchSegment, type Matcher, type MatchTerm, type MatchTodo, type Pointer } from './anchoredMatch.js';
import { worldFunction } from './worldFunction.js';

/** A match of a compromise net (the post-tagger's 570 rules), as the net holds it once parsed. */
export interface NetMatch extends MatchTodo {
  match: string;
  /** Words and tags ("#Noun") a segment must hold for the match to be tried at all. */
  needs: readonly string[];
  /** Words and tags of which a segment must hold `minWant`, when there are any. */
  wants: readonly string[];
  minWant: number;
  /** Words and tags a segment must not hold. */
  ifNo?: readonly string[];
  minWords: number;
  unTag?: unknown;
}

/** A net: each match under every word and tag it needs or wants; `always` holds the rest. */
export interface Net {
  hooks: Record<string, readonly NetMatch[]>;
  always: readonly NetMatch[];
}

type Document = readonly (readonly MatchTerm[])[];
interface Found extends NetMatch {
  pointer: Pointer;
}
interface Methods {
  one: {
    cacheDoc: (document: Document) => ReadonlySet<string>[];
    match: Matcher;
  };
}
export type BulkMatch = (
  document: Document,
  net: Net,
  methods: Methods,
  opts?: { matchOne?: boolean },
) => Found[];

/** Where a match appears among the hooks: the key's place in the net, then its own under it. */
interface Place {
  key: string;
  rank: number;
  position: number;
}

/** A match of an indexed net with the keys it is hooked under, in the net's order. */
interface Entry {
  m: NetMatch;
  places: Place[];
  /** Anchored under more than one key, so a segment can reach it twice. */
  twice: boolean;
}

/** A net looked up the other way round: the matches to check for each word or tag a segment holds. */
export interface NetIndex {
  /** Each match under keys a segment must hold some of for it to be tried (see `anchorsOf`). */
  anchors: Map<string, Entry[]>;
  /** Every word and tag that the choice of matches reads, numbered: the rest cannot change it. */
  keys: Map<string, number>;
  /** The matches chosen for the keys a segment held, by `keySet` (see `matchesToTry`). */
  chosen: Map<string, readonly NetMatch[]>;
}

/**
 * Key sets remembered with their matches. Segments hold few distinct sets of the keys that
 * choose (about 600 over 20,000 sentences of news copy), but a watched folder can run for long.
 */
const CHOSEN_LIMIT = 10_000;

/**
 * How common a key is in a segment, roughly: nearly every segment holds a "#Noun", few a given
 * word; a "%Noun|Verb%" switch is between.
 */
const commonness = (key: string) => (key.startsWith('#') ? 100 : key.startsWith('%') ? 10 : 1);

/**
 * The keys to look a match up under, as few and as rare as will find it whenever it is tried:
 * one of its needs, all of which a segment must hold, or else each of its wants, of which it must
 * hold at least one (each match is hooked under its wants, and `minWant` is at least one when a
 * match has needs and is looked up by its wants).
 */
function anchorsOf(net: Net, m: NetMatch): string[] {
  const wants = [...new Set(m.wants)];
  if (m.needs.length === 0) return wants;
  const rarer = (a: string, b: string) =>
    commonness(b) < commonness(a) ||
    (commonness(b) === commonness(a) && (net.hooks[b]?.length ?? 0) < (net.hooks[a]?.length ?? 0));
  const need = m.needs.reduce((a, b) => (rarer(a, b) ? b : a));
  const byWants = wants.reduce((sum, key) => sum + commonness(key), 0);
  return wants.length > 0 && m.minWant >= 1 && byWants < commonness(need) ? wants : [need];
}

const indexes = new WeakMap<Net, NetIndex | null>();

/**
 * The index of a net, or null for a net compromise's own sweep must run: one that repeats a match
 * text, which compromise tries once, under the first key, where this index would try each.
 */
export function indexNet(net: Net): NetIndex | null {
  const known = indexes.get(net);
  if (known !== undefined) return known;
  const entries = new Map<NetMatch, Entry>();
  for (const [rank, key] of Object.keys(net.hooks).entries())
    for (const [position, m] of net.hooks[key]!.entries()) {
      const entry = entries.get(m) ?? { m, places: [], twice: false };
      entry.places.push({ key, rank, position });
      entries.set(m, entry);
    }
  const texts = [...entries.keys(), ...net.always].map((m) => m.match);
  const distinct = new Set(texts).size === texts.length && !texts.includes('__proto__');
  const anchors = new Map<string, Entry[]>();
  for (const entry of entries.values()) {
    const keys = anchorsOf(net, entry.m);
    entry.twice = keys.length > 1;
    for (const key of keys) anchors.set(key, [...(anchors.get(key) ?? []), entry]);
  }
  const keys = new Map<string, number>();
  for (const [key, anchored] of anchors) {
    keys.set(key, keys.get(key) ?? keys.size);
    for (const { m, places } of anchored)
      for (const k of [...m.needs, ...m.wants, ...(m.ifNo ?? []), ...places.map((p) => p.key)])
        keys.set(k, keys.get(k) ?? keys.size);
  }
  const index = distinct ? { anchors, keys, chosen: new Map() } : null;
  indexes.set(net, index);
  return index;
}

/** Compromise's test of a match against the words and tags of a segment, before it is tried. */
function qualifies(m: NetMatch, haves: ReadonlySet<string>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (m.wants.length === 0) return true;
  let wanted = 0;
  for (const want of m.wants) if (haves.has(want) && ++wanted >= m.minWant) return true;
  return wanted >= m.minWant;
}

/**
 * The keys of the index a segment holds, as a string: one bit for each, sixteen to a character.
 * Two segments with the same key set are given the same matches.
 */
function keySet(index: NetIndex, haves: ReadonlySet<string>): string {
  const bits = new Uint16Array(Math.ceil(index.keys.size / 16));
  for (const item of haves) {
    const id = index.keys.get(item);
    if (id !== undefined) bits[id >>> 4] = bits[id >>> 4]! | (1 << (id & 15));
  }
  return String.fromCharCode(...bits);
}

/**
 * The matches compromise's sweep tries on a segment of `termCount` words, in the order it tries
 * them, which is the order their tags are applied in: those whose needs and wants the segment
 * holds (`haves`, its words and "#Tags"), by where each first appears among the hooks of what it
 * holds, then `always`; none longer than the segment. Compromise gathers every hook of everything
 * held, about 330 matches a segment, to keep about 30; this looks up the matches anchored under
 * what is held, once for each set of the keys that choose them a segment can hold.
 */
export function matchesToTry(
  net: Net,
  index: NetIndex,
  haves: ReadonlySet<string>,
  termCount: number,
): NetMatch[] {
  const held = keySet(index, haves);
  let chosen = index.chosen.get(held);
  if (chosen === undefined) {
    chosen = choose(net, index, haves);
    if (index.chosen.size >= CHOSEN_LIMIT) index.chosen.clear();
    index.chosen.set(held, chosen);
  }
  return chosen.filter((m) => termCount >= m.minWords);
}

/** The matches `matchesToTry` tries on a segment holding `haves`, of any length. */
function choose(net: Net, index: NetIndex, haves: ReadonlySet<string>): NetMatch[] {
  let seen: Set<Entry> | undefined;
  const kept: { first: Place; m: NetMatch }[] = [];
  for (const item of haves) {
    const anchored = index.anchors.get(item);
    if (anchored === undefined) continue;
    for (const entry of anchored) {
      if (entry.twice) {
        seen ??= new Set();
        if (seen.has(entry)) continue;
        seen.add(entry);
      }
      if (!qualifies(entry.m, haves)) continue;
      const first = entry.places.find((p) => haves.has(p.key));
      if (first) kept.push({ first, m: entry.m });
    }
  }
  kept.sort((a, b) => a.first.rank - b.first.rank || a.first.position - b.first.position);
  return [...kept.map(({ m }) => m), ...net.always];
}

/**
 * Compromise's sweep, with the matches of each segment looked up in the net's index and tried at
 * the words they can start at.
 */
function indexedBulkMatch(original: BulkMatch): BulkMatch {
  return (document, net, methods, opts = {}) => {
    const index = indexNet(net);
    if (!index) return original(document, net, methods, opts);
    const docCache = methods.one.cacheDoc(document);
    const results: Found[] = [];
    for (const [n, terms] of document.entries()) {
      for (const m of matchesToTry(net, index, docCache[n]!, terms.length)) {
        const pointers = matchSegment(terms, m, methods.one.match);
        for (const pointer of pointers) {
          pointer[0] = n;
          results.push({ ...m, pointer });
        }
        if (pointers.length > 0 && opts.matchOne === true) return [results[0]!];
      }
    }
    return results;
  };
}

const World = z.object({
  methods: z.object({ one: z.object({ bulkMatch: worldFunction<BulkMatch>() }) }),
});
let replaced: BulkMatch | null = null;

/**
 * Has compromise's post-tagger find its matches through an index of its net, and returns the
 * sweep it replaced (compromise's own). That sweep spends as long choosing the matches to try on
 * each segment as trying them; the tags come out the same.
 */
export function installIndexedSweep(): BulkMatch {
  if (replaced) return replaced;
  const original = World.parse(nlp.world()).methods.one.bulkMatch;
  nlp.plugin({ methods: { one: { bulkMatch: indexedBulkMatch(original) } } });
  replaced = original;
  return original;
}
