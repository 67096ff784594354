/**
 * The stemmed words of many texts, worked out on first use. Folding every quote and deadline
 * when an index loads cost more than half a second at 10,000 articles, while a query reads the
 * words of a few hundred at most.
 */
import { words } from './text.js';

export class LazyWords implements ReadonlyMap<string, string[]> {
  private readonly cache = new Map<string, string[]>();

  /** `texts`: the text of each key, e.g. each quote's words by quote id. */
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  get(key: string): string[] | undefined {
    let found = this.cache.get(key);
    if (found === undefined) {
      const text = this.texts.get(key);
      if (text === undefined) return undefined;
      found = words(text);
      this.cache.set(key, found);
    }
    return found;
  }

  has(key: string): boolean {
    return this.texts.has(key);
  }

  get size(): number {
    return this.texts.size;
  }

  *entries(): MapIterator<[string, string[]]> {
    for (const key of this.texts.keys()) yield [key, this.get(key)!];
  }

  keys(): MapIterator<string> {
    return this.texts.keys();
  }

  *values(): MapIterator<string[]> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: string[], key: string, map: ReadonlyMap<string, string[]>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, string[]]> {
    return this.entries();
  }
}
