/**
 * The names of a short list (people, subjects) cut into lookup keys: every folded value and every
 * tail of it that starts at a word ("scott bessent", "bessent"), so a surname or the last words
 * of a title are found as quickly as a full name. Keys are kept sorted, so the keys that start
 * with what was typed are one binary search away.
 */
import { fold } from './text.js';

/** One key and the items it names; `secondary` when only a role or title gives it. */
export interface NameKey {
  key: string;
  items: number[];
  secondary: boolean;
}

/** A value of one item, as the matcher was given it. */
export interface NameValue {
  item: number;
  value: string;
  secondary: boolean;
}

export interface NameKeys {
  /** Every key, sorted by code unit so that shared prefixes sit together. */
  sorted: readonly NameKey[];
  /** The items whose key is exactly `typed` (folded), names before titles. */
  exact(typed: string): NameKey[];
  /** Every key that starts with `typed` (folded). */
  startingWith(typed: string): NameKey[];
}

/** Builds the keys of `values`; a name and a title that fold to the same key stay apart. */
export function createNameKeys(values: readonly NameValue[]): NameKeys {
  const byKey = new Map<string, NameKey>();
  for (const { item, value, secondary } of values) {
    const parts = fold(value)
      .split(' ')
      .filter((w) => w !== '');
    for (let i = 0; i < parts.length; i++) {
      const key = parts.slice(i).join(' ');
      const id = `${secondary ? 1 : 0}${key}`;
      let entry = byKey.get(id);
      if (!entry) byKey.set(id, (entry = { key, items: [], secondary }));
      if (!entry.items.includes(item)) entry.items.push(item);
    }
  }
  const sorted = [...byKey.values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : Number(a.secondary) - Number(b.secondary),
  );

  const firstAtOrAfter = (typed: string) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]!.key < typed) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const startingWith = (typed: string) => {
    const found: NameKey[] = [];
    for (let i = firstAtOrAfter(typed); i < sorted.length && sorted[i]!.key.startsWith(typed); i++)
      found.push(sorted[i]!);
    return found;
  };
  return {
    sorted,
    startingWith,
    exact: (typed) => startingWith(typed).filter((k) => k.key === typed),
  };
}
