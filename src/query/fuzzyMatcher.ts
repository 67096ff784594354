/**
 * Fuzzy lookup over a short list (people, subjects) with fuse.js, deciding between one match,
 * a near tie that the user must settle, and no match at all.
 */
import Fuse from 'fuse.js';
import { clip, fold, words } from './text.js';

export type Resolution<T> =
  | { kind: 'found'; item: T }
  | { kind: 'ambiguous'; candidates: T[] }
  | { kind: 'none'; closest: T[] };

export interface FuzzyMatcher<T> {
  resolve(text: string): Resolution<T>;
  /** Every item that matches, best first, at most `limit`. */
  rank(text: string, limit: number): T[];
}

/** Scores closer than this are "about equally close": the answer offers both instead of guessing. */
const TIE = 0.05;
/** Fuse.js score (0 perfect, 1 nothing alike) above which a candidate is not a match. */
const THRESHOLD = 0.35;
/** Names and titles are short; a longer input is cut before it reaches the bitap matcher. */
const MAX_PATTERN = 64;
const CLOSEST = 3;

/**
 * Builds a matcher over items, each searched under the strings `fields` gives. Inputs are folded
 * (lower case, no accents, punctuation to spaces) before fuse.js sees them, and extended search
 * stays off, so quotes, `!`, `^`, `=`, `|` or `$` typed by a user are never read as operators.
 */
export function createFuzzyMatcher<T>(items: readonly T[], fields: (item: T) => { key: string; weight: number; values: string[] }[], fallbackOrder: (a: T, b: T) => number): FuzzyMatcher<T> {
  const records = items.map((item, i) => {
    const record: Record<string, string[] | number> = { i };
    for (const field of fields(item)) record[field.key] = field.values.map(fold).filter((v) => v !== '');
    return record;
  });
  const keys = items.length > 0 ? fields(items[0]!).map((f) => ({ name: f.key, weight: f.weight })) : [];
  const strict = new Fuse(records, { keys, includeScore: true, threshold: THRESHOLD, ignoreLocation: true });
  // Autocomplete may be a little looser than a final answer; "closest" suggestions looser still.
  const ranked = new Fuse(records, { keys, includeScore: true, threshold: 0.45, ignoreLocation: true });
  const loose = new Fuse(records, { keys, includeScore: true, threshold: 0.75, ignoreLocation: true });
  // A name typed in full ("autos", "Akazawa") wins outright, even where fuse.js would rate a
  // longer value ("auto parts") about as close.
  const exact = new Map<string, Set<number>>();
  items.forEach((item, i) => {
    for (const field of fields(item)) {
      for (const value of field.values) {
        const key = words(value).join(' ');
        if (key !== '') exact.set(key, (exact.get(key) ?? new Set()).add(i));
      }
    }
  });
  const itemOf = (record: Record<string, string[] | number>) => items[record.i as number]!;
  const byFallback = [...items].sort(fallbackOrder);

  const search = (fuse: Fuse<Record<string, string[] | number>>, text: string) => {
    const pattern = clip(fold(text), MAX_PATTERN);
    return pattern === '' ? [] : fuse.search(pattern);
  };

  return {
    resolve(text) {
      const hits = [...(exact.get(words(clip(text, MAX_PATTERN)).join(' ')) ?? [])];
      if (hits.length === 1) return { kind: 'found', item: items[hits[0]!]! };
      if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.slice(0, 5).map((i) => items[i]!) };
      const results = search(strict, text);
      const best = results[0];
      if (!best) {
        const closest = search(loose, text).slice(0, CLOSEST).map((r) => itemOf(r.item));
        return { kind: 'none', closest: closest.length > 0 ? closest : byFallback.slice(0, CLOSEST) };
      }
      const tied = results.filter((r) => (r.score ?? 0) - (best.score ?? 0) < TIE);
      if (tied.length > 1) return { kind: 'ambiguous', candidates: tied.slice(0, 5).map((r) => itemOf(r.item)) };
      return { kind: 'found', item: itemOf(best.item) };
    },
    rank(text, limit) {
      if (fold(text) === '') return byFallback.slice(0, limit);
      return search(ranked, text)
        .slice(0, limit)
        .map((r) => itemOf(r.item));
    },
  };
}
