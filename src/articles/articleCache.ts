import type { ArticleDoc } from './articleDoc.js';

/** Every cache made by `articleCache`, so that an article can be dropped from all of them at once. */
const caches: WeakMap<ArticleDoc, unknown>[] = [];

/**
 * A cache of what the extractors work out about one article (its paragraphs as attribution reads
 * them, the topic of each sentence, the dates of each sentence), kept while the article is alive
 * or until `releaseArticle`. A build holds every article to the end; releasing an article once no
 * stage will read it again keeps these out of the heap for the rest of the build.
 */
export function articleCache<V>(): WeakMap<ArticleDoc, V> {
  const cache = new WeakMap<ArticleDoc, V>();
  caches.push(cache);
  return cache;
}

/** Drops an article from every article cache; anything asked for again is worked out afresh. */
export function releaseArticle(article: ArticleDoc): void {
  for (const cache of caches) cache.delete(article);
}
