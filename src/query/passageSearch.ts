/** Typo-tolerant full-text search over the article paragraphs. */
import type { TariffIndex } from '../index/schema.js';
import { buildPassageIndex, createTokenizer, openPassageIndex, type PassageIndex } from './passageIndex.js';
import { clip, fold } from './text.js';

export interface PassageHit {
  articleId: string;
  paragraph: number;
  text: string;
  score: number;
}

export interface PassageSearch {
  search(query: string, limit: number): PassageHit[];
}

/** Queries are cut to this many characters: enough for any phrase, short enough to stay fast. */
const MAX_QUERY = 200;
/** The last word of a query may be unfinished when it is at least this long. */
const MIN_PREFIX = 4;

/**
 * Searches every paragraph of every article, with the index the builder stored when it fits
 * these stop words, else with one built now. A query first needs all its words (stop words
 * aside); when that finds nothing, any word will do, so a long or half-wrong query still answers.
 */
export function createPassageSearch(index: TariffIndex, stopwords: readonly string[]): PassageSearch {
  const tokenizer = createTokenizer(stopwords);
  // What answers read; the search never holds the index itself, nor the stored data it was opened from.
  const articles = index.articles;
  const where: { article: number; paragraph: number }[] = [];
  index.articles.forEach((a, article) =>
    a.paragraphs.forEach((_, paragraph) => where.push({ article, paragraph })),
  );
  const stored = index.search ? openPassageIndex(index.search, tokenizer, where.length) : null;
  const passages: PassageIndex =
    stored ?? openPassageIndex(buildPassageIndex(index.articles, tokenizer), tokenizer, where.length)!;

  return {
    search(query, limit) {
      const text = clip(query, MAX_QUERY);
      const terms = tokenizer.terms(text);
      if (terms.length === 0) return [];
      // Whether the last word may be unfinished is decided on what was typed, before stemming.
      const last = fold(text).split(' ').at(-1) ?? '';
      const options = { prefixLast: last.length >= MIN_PREFIX, any: false };
      let matches = passages.search(terms, limit, options);
      if (matches.length === 0) matches = passages.search(terms, limit, { ...options, any: true });
      return matches.map(({ doc, score }) => {
        const { article, paragraph } = where[doc]!;
        const a = articles[article]!;
        return {
          articleId: a.id,
          paragraph,
          text: a.paragraphs[paragraph]!.text,
          score: Math.round(score * 100) / 100,
        };
      });
    },
  };
}
