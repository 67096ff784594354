import type { Citation } from './types.js';

/**
 * Folds items that state the same fact into one, keeping the first item's fields and every
 * article that reports it. `key` names the fact; items with the same key are the same fact.
 */
export function mergeByKey<T extends { citations: Citation[] }>(items: readonly T[], key: (item: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const first = merged.get(k);
    if (!first) {
      merged.set(k, { ...item, citations: [...item.citations] });
      continue;
    }
    for (const c of item.citations) if (!first.citations.some((f) => f.articleId === c.articleId)) first.citations.push(c);
  }
  return [...merged.values()];
}
