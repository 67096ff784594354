import type { AttributionLexicon, TitleEntry } from '../../lexicon/attributionLexicon.js';
import { adjacent, isCapitalised, type Word } from './words.js';

export interface TitleMatch {
  title: TitleEntry;
  /** The title as written with its qualifiers, e.g. "U.S. Treasury Secretary", "Japan’s top trade negotiator". */
  display: string;
  /** Index of the first word of `display`. */
  first: number;
}

/**
 * The title written right before `words[at]` ("Prime Minister" before "Shigeru"), widened to the
 * capitalised, possessive and modifier words in front of it ("Japanese Prime Minister"); null if
 * the word has no title in front. The longest lexicon title wins.
 */
export function titleBefore(
  text: string,
  words: readonly Word[],
  at: number,
  lexicon: AttributionLexicon,
): TitleMatch | null {
  const next = words[at];
  const previous = words[at - 1];
  if (!next || !previous) return null;
  // Only titles ending in the word before the name can match; they keep the lexicon's order.
  for (const title of titlesByLastWord(lexicon).get(previous.text.toLowerCase()) ?? []) {
    const k = title.words.length;
    const begin = at - k;
    if (begin < 0) continue;
    let ok = true;
    for (let j = 0; j < k && ok; j++) {
      const w = words[begin + j]!;
      const following = words[begin + j + 1] ?? next;
      ok =
        !w.possessive &&
        w.text.toLowerCase() === title.words[j] &&
        adjacent(text, w.outerEnd, following.start);
    }
    if (!ok) continue;
    let first = begin;
    while (first > 0) {
      const prev = words[first - 1]!;
      if (!adjacent(text, prev.outerEnd, words[first]!.start) || !isTitleQualifier(prev, lexicon)) break;
      first--;
    }
    return { title, display: text.slice(words[first]!.start, words[at - 1]!.end), first };
  }
  return null;
}

const byLastWord = new WeakMap<AttributionLexicon, Map<string, TitleEntry[]>>();

/** The lexicon's titles grouped by their last word, each group in the lexicon's order. */
function titlesByLastWord(lexicon: AttributionLexicon): Map<string, TitleEntry[]> {
  let index = byLastWord.get(lexicon);
  if (!index) {
    index = new Map();
    for (const title of lexicon.titles) {
      const last = title.words[title.words.length - 1]!;
      const group = index.get(last);
      if (group) group.push(title);
      else index.set(last, [title]);
    }
    byLastWord.set(lexicon, index);
  }
  return index;
}

/** The lexicon title a role phrase ends with ("former senior fellow" has none; "finance minister" has one). */
export function titleAtEnd(phrase: string, lexicon: AttributionLexicon): TitleEntry | null {
  const lower = phrase.toLowerCase().split(/\s+/);
  for (const title of lexicon.titles) {
    const tail = lower.slice(-title.words.length);
    if (tail.length === title.words.length && tail.every((w, i) => w === title.words[i])) return title;
  }
  return null;
}

/**
 * Whether the qualifiers of a `the ...` reference ("the US president") fit a title as written for
 * someone ("U.S. President"): every country they name must be named there too.
 */
export function nationalitiesAgree(
  qualifiers: string[],
  display: string,
  lexicon: AttributionLexicon,
): boolean {
  const countries = (words: string[]) =>
    words.map((w) => lexicon.nationalities.get(w)).filter((c) => c !== undefined);
  const wanted = countries(qualifiers);
  if (wanted.length === 0) return true;
  const have = new Set(countries(display.split(/\s+/)));
  return wanted.every((c) => have.has(c));
}

function isTitleQualifier(word: Word, lexicon: AttributionLexicon): boolean {
  if (lexicon.notNames.has(word.text)) return false;
  return lexicon.titleModifiers.has(word.text.toLowerCase()) || isCapitalised(word.text);
}
