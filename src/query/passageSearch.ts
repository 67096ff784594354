/** Typo-tolerant full-text search over the article paragraphs, with MiniSearch. */
import MiniSearch from 'minisearch';
import type { TariffIndex } from '../index/schema.js';
import { clip, fold, stem, typoAllowance } from './text.js';

export interface PassageHit {
  articleId: string;
  paragraph: number;
  text: string;
  score: number;
}

export interface PassageSearch {
  search(query: string, limit: number): PassageHit[];
}

interface PassageDoc {
  id: string;
  articleId: string;
  paragraph: number;
  text: string;
}

/** Queries are cut to this many characters: enough for any phrase, short enough to stay fast. */
const MAX_QUERY = 200;

/**
 * Indexes every paragraph of every article. A query first needs all its words (stop words
 * aside); when that finds nothing, any word will do, so a long or half-wrong query still answers.
 */
export function createPassageSearch(index: TariffIndex, stopwords: readonly string[]): PassageSearch {
  const stop = new Set(stopwords.map((w) => stem(fold(w))));
  const processTerm = (term: string): string | null => {
    const stemmed = stem(term);
    return term === '' || stop.has(stemmed) ? null : stemmed;
  };
  const mini = new MiniSearch<PassageDoc>({
    fields: ['text'],
    storeFields: ['articleId', 'paragraph', 'text'],
    // Split on anything that is not a letter or digit, as fold() does, so "U.S.-bound" and "25%" index as words.
    tokenize: (text) => fold(text).split(' '),
    processTerm,
  });
  mini.addAll(
    index.articles.flatMap((a) => a.paragraphs.map((p, i) => ({ id: `${a.id}#${i}`, articleId: a.id, paragraph: i, text: p.text }))),
  );

  return {
    search(query, limit) {
      const text = clip(query, MAX_QUERY);
      if (fold(text) === '') return [];
      const options = {
        fuzzy: (term: string) => typoAllowance(term),
        prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 4,
        tokenize: (t: string) => fold(t).split(' '),
      };
      let results = mini.search(text, { ...options, combineWith: 'AND' });
      if (results.length === 0) results = mini.search(text, { ...options, combineWith: 'OR' });
      return results.slice(0, limit).map((r) => ({
        articleId: r.articleId as string,
        paragraph: r.paragraph as number,
        text: r.text as string,
        score: Math.round(r.score * 100) / 100,
      }));
    },
  };
}
