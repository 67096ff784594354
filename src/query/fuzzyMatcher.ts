/**
 * Lookup over a short list (people, subjects), deciding between one match, a near tie that the
 * user must settle, and no match at all. A name typed in full or in part is found in sorted keys
 * (nameKeys.ts); fuse.js only looks for typos, and then only among the keys that start with the
 * same letter, since people rarely mistype the first one: over 600 people, fuse.js across every
 * name and title cost several milliseconds per keystroke.
 */
import Fuse from 'fuse.js';
import { createNameKeys, type NameKey, type NameValue } from './nameKeys.js';
import { clip, fold, substringDistance, words } from './text.js';

export type Resolution<T> =
  { kind: 'found'; item: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none'; closest: T[] };

export interface FuzzyMatcher<T> {
  resolve(text: string): Resolution<T>;
  /** Every item that matches, best first, at most `limit`. */
  rank(text: string, limit: number): T[];
}

/** The strings an item is searched under; `secondary` values (a role, a title) yield to names. */
export interface MatchField {
  key: string;
  values: string[];
  secondary?: boolean;
}

/** Scores closer than this are "about equally close": the answer offers both instead of guessing. */
const TIE = 0.05;
/** Fuse.js score (0 perfect, 1 nothing alike) above which a candidate is not a match. */
const THRESHOLD = 0.35;
/** Autocomplete may be a little looser than a final answer; "closest" suggestions looser still. */
const RANK_THRESHOLD = 0.45;
const CLOSEST_THRESHOLD = 0.75;
/**
 * Added to the score of a match on a title, so that "Treasury" the organisation wins over the
 * "Treasury Secretary" when both are about as close to a typo.
 */
const SECONDARY_PENALTY = 0.1;
/** Names and titles are short; a longer input is cut before it reaches the bitap matcher. */
const MAX_PATTERN = 64;
/** The longest pattern fuse.js's bitap matcher reads in one piece. */
const BITAP_BITS = 32;
const CLOSEST = 3;
const MAX_CANDIDATES = 5;

type Level = 'strict' | 'ranked';
const THRESHOLDS: Record<Level, number> = { strict: THRESHOLD, ranked: RANK_THRESHOLD };

interface Scored {
  item: number;
  score: number;
}

/**
 * Builds a matcher over items, each searched under the strings `fields` gives. Inputs are folded
 * (lower case, no accents, punctuation to spaces) before fuse.js sees them, and extended search
 * stays off, so quotes, `!`, `^`, `=`, `|` or `$` typed by a user are never read as operators.
 * `fallbackOrder` ranks items when nothing tells them apart (most quoted, most reported first).
 */
export function createFuzzyMatcher<T>(
  items: readonly T[],
  fields: (item: T) => MatchField[],
  fallbackOrder: (a: T, b: T) => number,
): FuzzyMatcher<T> {
  const values: NameValue[] = [];
  // A value typed in full ("autos", "Akazawa"), stemmed, wins outright, even where fuse.js would
  // rate a longer value ("auto parts") about as close; a name before a title.
  const exact = [new Map<string, number[]>(), new Map<string, number[]>()] as const;
  items.forEach((item, i) => {
    for (const field of fields(item)) {
      for (const value of field.values) {
        values.push({ item: i, value, secondary: field.secondary ?? false });
        const key = words(value).join(' ');
        const map = exact[field.secondary ? 1 : 0];
        const known = map.get(key) ?? [];
        if (key !== '' && !known.includes(i)) map.set(key, [...known, i]);
      }
    }
  });
  const keys = createNameKeys(values);
  const fallback = items.map((_, i) => i).sort((a, b) => fallbackOrder(items[a]!, items[b]!));
  const byFallback = fallback.map((i) => items[i]!);
  const fallbackRank: number[] = [];
  fallback.forEach((i, rank) => (fallbackRank[i] = rank));
  const positionOf = (i: number) => fallbackRank[i]!;
  const fuzzy = createKeySearch(keys.sorted);
  const closestTo = createClosestSearch(items, fields);

  /** Items named by the keys, best first: exact names, names begun, exact titles, titles begun. */
  const byKeys = (found: readonly NameKey[], typed: string): number[] => {
    const tier = new Map<number, number>();
    for (const k of found) {
      const t = (k.secondary ? 2 : 0) + (k.key === typed ? 0 : 1);
      for (const i of k.items) tier.set(i, Math.min(tier.get(i) ?? t, t));
    }
    return [...tier.keys()].sort((a, b) => tier.get(a)! - tier.get(b)! || positionOf(a) - positionOf(b));
  };
  /** Fuse.js matches, best score per item, title matches a little behind. */
  const scored = (typed: string, level: Level): Scored[] => {
    const best = new Map<number, number>();
    // Autocomplete runs on every keystroke: a mistyped first letter waits for the final answer.
    for (const { key, score } of fuzzy(typed, level, level !== 'ranked')) {
      const s = score + (key.secondary ? SECONDARY_PENALTY : 0);
      for (const i of key.items) if (s < (best.get(i) ?? Infinity)) best.set(i, s);
    }
    // Equal scores keep the items' own order, as fuse.js does.
    return [...best]
      .map(([item, score]) => ({ item, score }))
      .sort((a, b) => a.score - b.score || a.item - b.item);
  };
  const pick = (indices: readonly number[]) => indices.map((i) => items[i]!);

  return {
    resolve(text) {
      const stemmed = words(clip(text, MAX_PATTERN)).join(' ');
      const hits = exact[0].get(stemmed) ?? exact[1].get(stemmed) ?? [];
      if (hits.length === 1) return { kind: 'found', item: items[hits[0]!]! };
      if (hits.length > 1) return { kind: 'ambiguous', candidates: pick(hits.slice(0, MAX_CANDIDATES)) };
      const typed = fold(clip(text, MAX_PATTERN));
      if (typed === '') return { kind: 'none', closest: byFallback.slice(0, CLOSEST) };
      // A surname or the end of a name typed in full ("Ishiba").
      const named = byKeys(
        keys.exact(typed).filter((k) => !k.secondary),
        typed,
      );
      if (named.length === 1) return { kind: 'found', item: items[named[0]!]! };
      if (named.length > 1) return { kind: 'ambiguous', candidates: pick(named.slice(0, MAX_CANDIDATES)) };
      const results = scored(typed, 'strict');
      const best = results[0];
      if (!best) {
        const closest = closestTo(typed);
        return { kind: 'none', closest: closest.length > 0 ? closest : byFallback.slice(0, CLOSEST) };
      }
      const tied = results.filter((r) => r.score - best.score < TIE);
      if (tied.length > 1)
        return { kind: 'ambiguous', candidates: pick(tied.slice(0, MAX_CANDIDATES).map((r) => r.item)) };
      return { kind: 'found', item: items[best.item]! };
    },
    rank(text, limit) {
      const typed = fold(clip(text, MAX_PATTERN));
      if (typed === '') return byFallback.slice(0, limit);
      const begun = byKeys(keys.startingWith(typed), typed);
      if (begun.length > 0) return pick(begun.slice(0, limit));
      return pick(
        scored(typed, 'ranked')
          .slice(0, limit)
          .map((r) => r.item),
      );
    },
  };
}

/**
 * Fuse.js over the keys that start with the same letter; a text of several words is only compared
 * with keys of several words ("takeshi tasen", not every surname that starts with a "t"), which
 * are far fewer. When `wide`, a text whose first letter finds nothing is tried against every key,
 * so a mistyped first letter still finds its name.
 *
 * Fuse.js scores a key by the edits its closest stretch needs per character typed, and leaves out
 * keys past the threshold; over hundreds of keys of one letter its bitap matcher cost several
 * milliseconds a keystroke. So each key's closest stretch is counted first (`substringDistance`),
 * and fuse.js scores only the keys within the threshold's edits: the same matches and scores.
 */
function createKeySearch(
  sorted: readonly NameKey[],
): (typed: string, level: Level, wide: boolean) => { key: NameKey; score: number }[] {
  const bucketOf = (text: string) => (text.includes(' ') ? `${text[0]!} ` : text[0]!);
  const byBucket = new Map<string, NameKey[]>();
  const add = (bucket: string, k: NameKey) => {
    const keys = byBucket.get(bucket);
    if (keys) keys.push(k);
    else byBucket.set(bucket, [k]);
  };
  for (const k of sorted) {
    add(k.key[0]!, k);
    if (k.key.includes(' ')) add(bucketOf(k.key), k);
  }
  const search = (keys: readonly NameKey[], typed: string, level: Level) => {
    const threshold = THRESHOLDS[level];
    // Past 32 characters fuse.js scores a pattern in pieces, which no one count of edits bounds.
    const max = Math.floor(threshold * typed.length + 1e-9);
    const near =
      typed.length > BITAP_BITS ? keys : keys.filter((k) => substringDistance(typed, k.key, max) <= max);
    if (near.length === 0) return [];
    return new Fuse(near, { keys: ['key'], includeScore: true, threshold, ignoreLocation: true }).search(
      typed,
    );
  };

  return (typed, level, wide) => {
    const first = search(byBucket.get(bucketOf(typed)) ?? [], typed, level);
    const results = first.length > 0 || !wide ? first : search(sorted, typed, level);
    return results.map((r) => ({ key: r.item, score: r.score ?? 0 }));
  };
}

/**
 * The closest items to a text that matched nothing: fuse.js over whole records, names weighing
 * twice what titles do. It runs only after a miss, so it may search everything.
 */
function createClosestSearch<T>(
  items: readonly T[],
  fields: (item: T) => MatchField[],
): (typed: string) => T[] {
  const records = items.map((item, i) => {
    const record: Record<string, string[] | number> = { i };
    for (const field of fields(item)) record[field.key] = field.values.map(fold).filter((v) => v !== '');
    return record;
  });
  const keys =
    items.length > 0 ? fields(items[0]!).map((f) => ({ name: f.key, weight: f.secondary ? 1 : 2 })) : [];
  const fuse = new Fuse(records, {
    keys,
    includeScore: true,
    threshold: CLOSEST_THRESHOLD,
    ignoreLocation: true,
  });
  return (typed) =>
    fuse
      .search(typed)
      .slice(0, CLOSEST)
      .map((r) => items[r.item.i as number]!);
}
