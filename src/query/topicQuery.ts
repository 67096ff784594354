/**
 * A topic as the user types it ("deal", "cars", "upper house election"), expanded with the topic
 * and subject vocabulary, and tested against the words of a quote or a deadline.
 */
import type { QueryLexicon } from './queryLexicon.js';
import { clip, fold, sameWord, stem, words } from './text.js';
import type { WordCorrector } from './wordCorrector.js';

/** Each user word becomes a group of phrases; a text matches when every group has a phrase in it. */
export interface TopicQuery {
  groups: string[][][];
}

const MAX_WORDS = 12;

/**
 * The topic query for a text, or null when it holds no word worth matching (empty, emoji, stop
 * words). With a corrector, a word the texts never use also stands for the words it is a typo of.
 */
export function parseTopicQuery(
  text: string,
  lexicon: QueryLexicon,
  correct?: WordCorrector,
): TopicQuery | null {
  const stop = new Set(lexicon.stopwords.flatMap(words));
  const typed = new Map<string, string>();
  for (const surface of fold(clip(text, 200)).split(' ')) {
    const w = stem(surface);
    if (surface !== '' && !stop.has(w) && !typed.has(w)) typed.set(w, surface);
  }
  const userWords = [...typed].slice(0, MAX_WORDS);
  if (userWords.length === 0) return null;
  return {
    groups: userWords.map(([w, surface]) => {
      const group = expand(w, lexicon);
      for (const meant of correct?.(surface) ?? [])
        if (!group.some((p) => p.length === 1 && p[0] === meant)) group.push([meant]);
      return group;
    }),
  };
}

function expand(word: string, lexicon: QueryLexicon): string[][] {
  const phrases = new Map<string, string[]>([[word, [word]]]);
  const add = (values: string[]) => {
    for (const value of values) {
      const phrase = words(value);
      if (phrase.length > 0) phrases.set(phrase.join(' '), phrase);
    }
  };
  const names = (values: string[]) =>
    values.some((v) => {
      const phrase = words(v);
      return phrase.length === 1 && sameWord(word, phrase[0]!);
    });
  for (const topic of lexicon.topics)
    if (names([topic.name, ...topic.terms])) add([topic.name, ...topic.terms]);
  for (const subject of lexicon.subjects) {
    const all = [subject.label, subject.slug.replace(/-/g, ' '), ...subject.aliases];
    if (names(all)) add(all);
  }
  return [...phrases.values()];
}

/** True when every group of the query has one of its phrases somewhere in `text` (stemmed words). */
export function matchesTopic(query: TopicQuery, text: readonly string[]): boolean {
  const same = sameWordFor(query);
  return query.groups.every((group) => group.some((phrase) => containsPhrase(text, phrase, same)));
}

function containsPhrase(
  text: readonly string[],
  phrase: readonly string[],
  same: (w: string, word: string) => boolean,
): boolean {
  for (let i = 0; i + phrase.length <= text.length; i++) {
    if (phrase.every((w, j) => same(w, text[i + j]!))) return true;
  }
  return false;
}

const verdicts = new WeakMap<TopicQuery, Map<string, Map<string, boolean>>>();

/**
 * sameWord, remembered for one query: filtering thousands of deadlines compares the same few
 * words again and again, and the edit distance was most of the time a /deadline answer took.
 */
function sameWordFor(query: TopicQuery): (w: string, word: string) => boolean {
  let byWord = verdicts.get(query);
  if (!byWord) verdicts.set(query, (byWord = new Map()));
  const memo = byWord;
  return (w, word) => {
    let known = memo.get(w);
    if (!known) memo.set(w, (known = new Map()));
    let verdict = known.get(word);
    if (verdict === undefined) known.set(word, (verdict = sameWord(w, word)));
    return verdict;
  };
}
