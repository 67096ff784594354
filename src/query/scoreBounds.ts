/**
 * Upper bounds of BM25's term-frequency factor, stored with the passage index so that a search
 * can pass over paragraphs that cannot reach its top results without scoring them: one byte per
 * term (`PassageIndexData.termBounds`, the most the term gives any paragraph) and one per
 * paragraph (`docBounds`, the most any of its terms gives it).
 *
 * The factor of a term said `tf` times in a paragraph of `length` terms is
 * `tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average))`, below K1 + 1; a score adds it,
 * times the term's weight, for every query term the paragraph holds. A bound is kept in 255ths of
 * K1 + 1, rounded up, so it is never below the factor it stands for.
 */

/** BM25's term-frequency saturation. */
export const K1 = 1.2;
/** BM25's length normalisation. */
export const B = 0.7;
/** Stored bounds are multiples of this. */
const STEP = (K1 + 1) / 255;
/** Room left before rounding up, so that the division's rounding cannot put a bound below its factor. */
const HEADROOM = 1 + 1e-12;

/** The mean paragraph length BM25 divides by; the build and the search must compute it alike. */
export function averageLength(lengths: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < lengths.length; i++) total += lengths[i]!;
  return total / Math.max(lengths.length, 1);
}

/** The factor a stored bound stands for. */
export function boundValue(stored: number): number {
  return stored * STEP;
}

/** For each term, the largest factor among its postings, from `offsets[t]` to `offsets[t + 1]`. */
export function buildTermBounds(
  offsets: Uint32Array,
  docs: Uint32Array,
  freqs: Uint8Array,
  lengths: Uint16Array,
): Uint8Array {
  const average = averageLength(lengths);
  const bounds = new Uint8Array(Math.max(offsets.length - 1, 0));
  for (let t = 0; t < bounds.length; t++) {
    let most = 0;
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++)
      most = Math.max(most, factor(freqs[p]!, lengths[docs[p]!]!, average));
    bounds[t] = rounded(most);
  }
  return bounds;
}

/**
 * For each paragraph, a bound on the factor of any of its terms: that of its most repeated term,
 * for a term's factor grows with how often it is said and all of them share the length.
 */
export function buildDocBounds(docs: Uint32Array, freqs: Uint8Array, lengths: Uint16Array): Uint8Array {
  const repeats = new Uint8Array(lengths.length);
  for (let p = 0; p < docs.length; p++) repeats[docs[p]!] = Math.max(repeats[docs[p]!]!, freqs[p]!);
  const average = averageLength(lengths);
  return repeats.map((tf, doc) => (tf === 0 ? 0 : rounded(factor(tf, lengths[doc]!, average))));
}

/** BM25's length part for a paragraph of `length` terms; the search keeps one per length. */
export function lengthNorm(length: number, average: number): number {
  return K1 * (1 - B + (B * length) / average);
}

function factor(tf: number, length: number, average: number): number {
  return (tf * (K1 + 1)) / (tf + lengthNorm(length, average));
}

/** The stored form of a factor: rounded up, and at most 255 (K1 + 1), which no factor reaches. */
function rounded(value: number): number {
  return Math.min(255, Math.ceil((value / STEP) * HEADROOM));
}
