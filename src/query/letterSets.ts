/**
 * The letters a word holds, as the bits of a number, for a lower bound on the edit distance
 * between two words that costs a few operations: the passage search tries each query word
 * against every vocabulary term of about its length, and most of them differ in more letters
 * than a typo allows, which this tells without running editDistance.
 *
 * A letter sets bit `code % 32` (a to z each their own); letters that share a bit only make the
 * bound lower, never wrong.
 */

export function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) & 31);
  return set;
}

/**
 * At most the edit distance (editDistance in text.ts) between the words with these letter sets.
 * An edit (a letter added, dropped or replaced, or two swapped) takes at most one letter out of a
 * word's set and puts at most one in, so it brings each set at most one letter closer to the other.
 */
export function lettersApart(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
