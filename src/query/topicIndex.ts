/**
 * Which texts a topic query can possibly match, from the words each text uses, so that a
 * `/deadline topic:` answer tests a few dozen deadlines instead of every one. Testing each
 * deadline's words against the query was most of the time a /deadline answer took.
 */
import type { TopicQuery } from './topicQuery.js';
import { sameWord } from './text.js';

/** How many query words' similar words are remembered before the memory starts again. */
const MAX_REMEMBERED_WORDS = 5_000;

export interface TopicCandidates {
  keys: Set<string>;
  /** Every phrase of the query is one word: the candidates are exactly the matches. */
  exact: boolean;
}

export interface TopicIndex {
  /** The keys whose words hold, for every group of the query, the first word of one of its phrases. */
  candidates(query: TopicQuery): TopicCandidates;
}

/**
 * An index over the stemmed words of each key (e.g. each deadline's words by id), built on the
 * first query: an index loads without reading every text.
 */
export function createTopicIndex(texts: ReadonlyMap<string, string[]>): TopicIndex {
  let postings: Map<string, string[]> | undefined;
  /** For each query word seen, the indexed words it stands for (itself, or it within its typos). */
  const similar = new Map<string, string[]>();
  const similarTo = (w: string): string[] => {
    let found = similar.get(w);
    if (found) return found;
    found = [];
    for (const word of postings!.keys()) if (sameWord(w, word)) found.push(word);
    // Bounded: the words people type are few, but a public bot is sent anything.
    if (similar.size >= MAX_REMEMBERED_WORDS) similar.clear();
    similar.set(w, found);
    return found;
  };
  const load = () => {
    const built = new Map<string, string[]>();
    for (const [key, words] of texts) {
      for (const word of new Set(words)) {
        const keys = built.get(word);
        if (keys) keys.push(key);
        else built.set(word, [key]);
      }
    }
    return built;
  };
  return {
    candidates(query) {
      postings ??= load();
      let result: Set<string> | null = null;
      for (const group of query.groups) {
        const firstWords = new Set(group.flatMap((phrase) => phrase.slice(0, 1)));
        const words = new Set([...firstWords].flatMap(similarTo));
        const found = new Set<string>();
        for (const word of words)
          for (const key of postings.get(word)!) if (!result || result.has(key)) found.add(key);
        result = found;
        if (result.size === 0) break;
      }
      return {
        keys: result ?? new Set(),
        exact: query.groups.every((group) => group.every((phrase) => phrase.length === 1)),
      };
    },
  };
}
