import { articleCache } from '../../articles/articleCache.js';
import type { ArticleDoc } from '../../articles/articleDoc.js';
import type { DateLexicon } from '../../lexicon/dateLexicon.js';
import { findDates, type DateMention } from '../deadlines/dateFinder.js';
import type { SentenceInput } from './sentences.js';

const found = articleCache<{ lexicon: DateLexicon; bySentence: Map<number, DateMention[]> }>();

/**
 * The dates written in one sentence of an article, found once however many rates (or stages)
 * ask: a sentence's dates serve every rate in it and the rates of the sentence before. A
 * sentence is known by its start offset in the article body. The list is shared: callers must
 * not change it.
 */
export function datesOfSentence(
  article: ArticleDoc,
  sentence: SentenceInput,
  lexicon: DateLexicon,
): readonly DateMention[] {
  let cache = found.get(article);
  if (!cache || cache.lexicon !== lexicon) found.set(article, (cache = { lexicon, bySentence: new Map() }));
  let dates = cache.bySentence.get(sentence.start);
  if (!dates) {
    dates = findDates(sentence.text, article.published, lexicon);
    cache.bySentence.set(sentence.start, dates);
  }
  return dates;
}
