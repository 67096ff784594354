/** Typing mistakes for the benchmark's queries: one edit of the kinds people make on a keyboard. */
import type { Random } from './prng.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Words shorter than this get no typo: the query layer only forgives typos in words this long. */
export const MIN_TYPO_LENGTH = 5;

/**
 * One substitution, deletion, insertion or swap of neighbours, never on the first letter (people
 * rarely mistype it, and prefix search depends on it). Returns the word unchanged when it is too
 * short to carry a typo.
 */
export function addTypo(rng: Random, word: string): string {
  if (word.length < MIN_TYPO_LENGTH) return word;
  for (;;) {
    const at = rng.int(1, word.length - 1);
    const letter = rng.pick([...LETTERS]);
    let typo: string;
    switch (rng.int(0, 3)) {
      case 0:
        typo = word.slice(0, at) + letter + word.slice(at + 1);
        break;
      case 1:
        typo = word.slice(0, at) + word.slice(at + 1);
        break;
      case 2:
        typo = word.slice(0, at) + letter + word.slice(at);
        break;
      default:
        typo = at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
    }
    if (typo.toLowerCase() !== word.toLowerCase()) return typo;
  }
}

/** The text with a typo in its longest word (the first of equals), and whether one was made. */
export function addTypoToText(rng: Random, text: string): { text: string; typo: boolean } {
  const parts = text.split(' ');
  let longest = 0;
  parts.forEach((p, i) => {
    if (p.length > parts[longest]!.length) longest = i;
  });
  const changed = addTypo(rng, parts[longest]!);
  if (changed === parts[longest]) return { text, typo: false };
  parts[longest] = changed;
  return { text: parts.join(' '), typo: true };
}
