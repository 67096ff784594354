/**
 * Spelling correction against the words a set of texts actually uses. The typo allowance of
 * sameWord is judged on the typed word, and the texts are stemmed: "vist" (four letters, no
 * allowance) never meets "visit", nor "meetign" the stem "meet" of "meeting". Compared with the
 * unstemmed words of the texts, with the allowance of the longer word, both are found.
 */
import { editDistance, fold, stem, typoAllowance } from './text.js';

/** The stems of the words in the texts that a word the texts never use was probably meant to be. */
export type WordCorrector = (surface: string) => string[];

/**
 * A corrector over `texts`, read on the first correction asked for (an index loads without
 * folding every text). A word the texts use, stemmed or not, needs no correction.
 */
export function createWordCorrector(texts: () => Iterable<string>): WordCorrector {
  let vocabulary: { byLetter: Map<string, string[]>; stems: Set<string> } | undefined;
  const load = () => {
    const byLetter = new Map<string, string[]>();
    const seen = new Set<string>();
    const stems = new Set<string>();
    for (const text of texts()) {
      for (const word of fold(text).split(' ')) {
        if (word === '' || seen.has(word)) continue;
        seen.add(word);
        stems.add(stem(word));
        // Grouped by first letter: people rarely mistype the first one, and it bounds the scan.
        const bucket = byLetter.get(word[0]!) ?? [];
        if (bucket.length === 0) byLetter.set(word[0]!, bucket);
        bucket.push(word);
      }
    }
    return { byLetter, stems };
  };
  return (surface) => {
    vocabulary ??= load();
    const stemmed = stem(surface);
    if (surface === '' || vocabulary.stems.has(stemmed) || vocabulary.stems.has(surface)) return [];
    const found = new Set<string>();
    for (const word of vocabulary.byLetter.get(surface[0]!) ?? []) {
      const allowance = typoAllowance(word.length > surface.length ? word : surface);
      if (allowance > 0 && editDistance(surface, word, allowance) <= allowance) found.add(stem(word));
    }
    return [...found];
  };
}
