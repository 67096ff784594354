import { K1 } from './scoreBounds.js';

/** The arrays a cursor reads, shared by every cursor of one index. */
export interface PostingArrays {
  /** Paragraph numbers, ascending within each term. */
  docs: Uint32Array;
  /** How often the term occurs in that paragraph, parallel to `docs`. */
  freqs: Uint8Array;
  /** How many terms each paragraph has. */
  lengths: Uint16Array;
  /** BM25's length part for each paragraph length: `K1 * (1 - B + B * length / average)`. */
  norms: Float64Array;
  /** Each paragraph's stored score bound (scoreBounds.ts). */
  docBounds: Uint8Array;
}

/**
 * A place in one vocabulary term's postings (ascending paragraph numbers) that only moves
 * forward. Moving to a paragraph gallops: a step, then steps twice as long, then a binary search
 * in the last one, so a cursor costs little whether it moves to the next posting or past
 * thousands of them.
 */
export class Cursor {
  /** The current posting: `docs[at]`, or none once `at` reaches `to`. */
  at: number;
  /** What the current posting adds to its paragraph's score, once `score` has worked it out. */
  part = 0;

  constructor(
    private readonly arrays: PostingArrays,
    from: number,
    readonly to: number,
    /** The term's weight for the query term it stands for (its idf included). */
    readonly weight: number,
    /** The most any of its postings adds to a paragraph's score. */
    readonly most: number,
  ) {
    this.at = from;
  }

  /** The paragraph of the current posting, or -1 past the last. */
  doc(): number {
    return this.at < this.to ? this.arrays.docs[this.at]! : -1;
  }

  /**
   * What the current posting adds to its paragraph's score: BM25 for the term's count there and
   * the paragraph's length, the same operations in the same order as the search has always used,
   * so the same bits. Kept in `part`.
   */
  score(): number {
    const { docs, freqs, lengths, norms } = this.arrays;
    const tf = freqs[this.at]!;
    return (this.part = (this.weight * (tf * (K1 + 1))) / (tf + norms[lengths[docs[this.at]!]!]!));
  }

  /**
   * Moves to the first posting of `doc` or of a later paragraph, skipping paragraphs whose
   * stored bound is below `least`, and returns its paragraph, or -1.
   */
  seek(doc: number, least = 0): number {
    const docs = this.arrays.docs;
    const to = this.to;
    let lo = this.at;
    if (lo >= to) return -1;
    if (docs[lo]! >= doc) return least === 0 ? docs[lo]! : this.skip(least);
    // docs[lo] < doc, and hi is `to` or a posting at or past `doc`.
    let step = 1;
    let hi = lo + 1;
    while (hi < to && docs[hi]! < doc) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    if (hi > to) hi = to;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < doc) lo = mid;
      else hi = mid;
    }
    this.at = hi;
    if (least > 0) return this.skip(least);
    return hi < to ? docs[hi]! : -1;
  }

  /** Moves past the paragraphs whose stored bound is below `least`; returns the paragraph it stops at, or -1. */
  private skip(least: number): number {
    const { docs, docBounds } = this.arrays;
    let at = this.at;
    while (at < this.to && docBounds[docs[at]!]! < least) at++;
    this.at = at;
    return at < this.to ? docs[at]! : -1;
  }
}

/**
 * The first paragraph from `doc` on that any of the lists holds, or -1, leaving out paragraphs
 * whose stored bound is below `least`; every cursor is moved to its first such posting.
 */
export function nextDoc(cursors: readonly Cursor[], doc: number, least = 0): number {
  let next = -1;
  for (const cursor of cursors) {
    const d = cursor.seek(doc, least);
    if (d >= 0 && (next < 0 || d < next)) next = d;
  }
  return next;
}
