import { describe, expect, it } from 'vitest';
import { articleCache, releaseArticle } from '../../src/articles/articleCache.js';
import { articleOf } from '../extract/tariffs/articleFixture.js';

describe('articleCache', () => {
  const views = articleCache<string>();
  const dates = articleCache<number>();
  const first = articleOf('Talks resume on Monday.', '2025-07-08');
  const second = articleOf('Tariffs rose to 25% on Aug. 1.', '2025-07-08');

  it('drops a released article from every cache, and keeps the others', () => {
    views.set(first, 'first views').set(second, 'second views');
    dates.set(first, 1).set(second, 2);
    releaseArticle(first);
    expect([views.has(first), dates.has(first)]).toEqual([false, false]);
    expect([views.get(second), dates.get(second)]).toEqual(['second views', 2]);
  });

  it('leaves a cache of its own making alone', () => {
    const own = new WeakMap([[second, 'kept']]);
    releaseArticle(second);
    expect([views.has(second), dates.has(second), own.get(second)]).toEqual([false, false, 'kept']);
  });
});
