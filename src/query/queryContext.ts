/**
 * Everything the answer functions need, built once per loaded index: matchers over the short
 * lists of people and subjects, each speaker's quotes and each subject's tariffs, the deadlines
 * merged and sorted, the words of every quote and deadline for topic filters, and a full-text
 * index over the paragraphs.
 */
import type { Article, Quote, Tariff, TariffIndex } from '../index/schema.js';
import { createDeadlineTimeline, type DeadlineTimeline } from './deadlineTimeline.js';
import { createPassageSearch, type PassageSearch } from './passageSearch.js';
import { loadQueryLexicon, type QueryLexicon } from './queryLexicon.js';
import { createSpeakerDirectory, type SpeakerDirectory } from './speakers.js';
import { createSubjectDirectory, type SubjectDirectory } from './subjects.js';
import { LazyWords } from './lazyWords.js';
import { createTopicIndex, type TopicIndex } from './topicIndex.js';
import { createWordCorrector, type WordCorrector } from './wordCorrector.js';

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
  /** The deadlines a `/deadline topic:` can match, by id, from the words they use. */
  deadlineTopics: TopicIndex;
  /** Typo correction of `/deadline topic:` words against the words the deadlines use. */
  deadlineCorrector: WordCorrector;
  /** Each speaker's quotes in index order, by speaker id. */
  quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  /** Each subject's tariffs in index order, by subject slug. */
  tariffsBySubject: ReadonlyMap<string, readonly Tariff[]>;
  /** The deadlines merged into dated events and sorted, for `/deadline`. */
  deadlines: DeadlineTimeline;
}

/**
 * Prebuilds the lookup structures for one index; build a new context after the index is rebuilt.
 * Without a lexicon the default lexicon folder is read; pass one (or parts of one) to choose.
 */
export function createQueryContext(index: TariffIndex, lexicon?: Partial<QueryLexicon>): QueryContext {
  const loaded = lexicon ?? loadQueryLexicon();
  const vocabulary: QueryLexicon = {
    subjects: loaded.subjects ?? [],
    topics: loaded.topics ?? [],
    stopwords: loaded.stopwords ?? [],
  };
  // The stored search data is read once, into `passages`. The context keeps the index without it
  // (its base64 text is a fifth of the index file), so that the text is freed.
  const held: TariffIndex = { ...index };
  delete held.search;
  const deadlineWords = new LazyWords(
    new Map(held.deadlines.map((d) => [d.id, `${d.description} ${d.phrase}`])),
  );
  return {
    index: held,
    lexicon: vocabulary,
    articles: new Map(held.articles.map((a) => [a.id, a])),
    speakers: createSpeakerDirectory(held),
    subjects: createSubjectDirectory(held, vocabulary.subjects),
    passages: createPassageSearch(index, vocabulary.stopwords),
    quoteWords: new LazyWords(new Map(held.quotes.map((q) => [q.id, q.text]))),
    deadlineWords,
    deadlineTopics: createTopicIndex(deadlineWords),
    deadlineCorrector: createWordCorrector(() => held.deadlines.map((d) => `${d.description} ${d.phrase}`)),
    quotesBySpeaker: groupBy(held.quotes, (q) => q.speakerId),
    tariffsBySubject: groupBy(held.tariffs, (t) => t.subject),
    deadlines: createDeadlineTimeline(held.deadlines),
  };
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}
