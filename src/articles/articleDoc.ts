import type { Article } from '../index/schema.js';

/** An article as the extractors see it: the indexed fields plus the normalised body. */
export interface ArticleDoc extends Article {
  body: string;
}
