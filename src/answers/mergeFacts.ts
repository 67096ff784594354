import type { Citation } from './types.js';

/**
 * Folds items that state the same fact into one, keeping the first item's fields and every
 * article that reports it. `key` names the fact; items with the same key are the same fact.
 */
export function mergeByKey<T extends { citations: Citation[] }>(
  items: readonly T[],
  key: (item: T) => string,
): T[] {
  // With the articles each merged item cites: a fact reported by thousands of articles made
  // checking each new citation against the list quadratic.
  const merged = new Map<string, { item: T; cited: Set<string> }>();
  for (const item of items) {
    const k = key(item);
    const first = merged.get(k);
    if (!first) {
      merged.set(k, {
        item: { ...item, citations: [...item.citations] },
        cited: new Set(item.citations.map((c) => c.articleId)),
      });
      continue;
    }
    for (const c of item.citations) {
      if (first.cited.has(c.articleId)) continue;
      first.cited.add(c.articleId);
      first.item.citations.push(c);
    }
  }
  return [...merged.values()].map((m) => m.item);
}
