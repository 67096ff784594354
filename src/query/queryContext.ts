/**
 * Everything the answer functions need, built once per loaded index: fuzzy matchers over the
 * short lists of people and subjects, the words of every quote and deadline for topic filters,
 * and a full-text index over the paragraphs.
 */
import type { Article, TariffIndex } from '../index/schema.js';
import { createPassageSearch, type PassageSearch } from './passageSearch.js';
import { loadQueryLexicon, type QueryLexicon } from './queryLexicon.js';
import { createSpeakerDirectory, type SpeakerDirectory } from './speakers.js';
import { createSubjectDirectory, type SubjectDirectory } from './subjects.js';
import { LazyWords } from './lazyWords.js';

export interface QueryContext {
  index: TariffIndex;
  lexicon: QueryLexicon;
  articles: ReadonlyMap<string, Article>;
  speakers: SpeakerDirectory;
  subjects: SubjectDirectory;
  passages: PassageSearch;
  /** Stemmed words of each quote's text, by quote id, for `/quote about:`. */
  quoteWords: ReadonlyMap<string, string[]>;
  /**
   * Stemmed words of each deadline's description and date phrase, by deadline id, for
   * `/deadline topic:`. Not the evidence: a sentence often names several events.
   */
  deadlineWords: ReadonlyMap<string, string[]>;
}

/**
 * Prebuilds the lookup structures for one index; build a new context after the index is rebuilt.
 * Without a lexicon the default lexicon folder is read; pass one (or parts of one) to choose.
 */
export function createQueryContext(index: TariffIndex, lexicon?: Partial<QueryLexicon>): QueryContext {
  const loaded = lexicon ?? loadQueryLexicon();
  const vocabulary: QueryLexicon = { subjects: loaded.subjects ?? [], topics: loaded.topics ?? [], stopwords: loaded.stopwords ?? [] };
  return {
    index,
    lexicon: vocabulary,
    articles: new Map(index.articles.map((a) => [a.id, a])),
    speakers: createSpeakerDirectory(index),
    subjects: createSubjectDirectory(index, vocabulary.subjects),
    passages: createPassageSearch(index, vocabulary.stopwords),
    quoteWords: new LazyWords(new Map(index.quotes.map((q) => [q.id, q.text]))),
    deadlineWords: new LazyWords(new Map(index.deadlines.map((d) => [d.id, `${d.description} ${d.phrase}`]))),
  };
}
