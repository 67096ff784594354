/**
 * The best paragraphs for a query's posting lists, found document at a time: a few lists are
 * walked in paragraph order and the others are followed by cursors that only move forward,
 * leaping over what cannot match. Reading postings in order is far cheaper than marking
 * paragraphs in tables the size of the corpus, and it lets a paragraph be weighed before it is
 * looked up: once the top is full, a paragraph whose score cannot beat the worst kept, by the
 * stored bounds (scoreBounds.ts), is passed over.
 *
 * Passing over is exact: a paragraph is passed over only when a bound on its score (never below
 * it; SLACK covers rounding) is below the worst score kept, which only rises, so it could never
 * have entered. A paragraph that is scored gets its parts summed in query order, whatever order
 * its lists were read in, so its score is the same to the last bit as when every paragraph was
 * scored list by list.
 */
import { type Cursor, nextDoc } from './postingCursor.js';
import { boundValue } from './scoreBounds.js';
import type { TopK } from './topK.js';

/**
 * Bounds on a score are widened by this much before a paragraph is passed over for them, so that
 * the rounding of the few dozen sums and products that make its score cannot take it past them.
 */
const SLACK = 1 + 1e-9;
/**
 * Which lists are walked is worked out again only once the top's worst score has risen by this
 * factor since it last was: it rises with most paragraphs that enter the top, and a choice made
 * for a lower worst score stays right, if less sharp.
 */
const REPLAN = 1.02;

/**
 * Offers `top` every paragraph that at least one of the lists holds and that could make the top,
 * scored; `all` in query order. MaxScore: once the top's worst score is more than some lists can
 * add together, a paragraph that none of the other lists holds cannot enter, so only the other
 * lists are walked, and these are looked up for the paragraphs found.
 */
export function topOfAny(all: Cursor[], top: TopK): void {
  const allCaps = capsOf(all);
  const bySize = [...all].sort((a, b) => remaining([b]) - remaining([a]));
  let walked = all;
  /** The lists looked up, the strongest first, and the most they can add from each one on. */
  let looked: Cursor[] = [];
  let lookedMost = [0];
  let worst = -Infinity;
  let planned = -Infinity;
  let least = 0;
  for (let doc = nextDoc(walked, 0); doc >= 0; doc = nextDoc(walked, doc + 1, least)) {
    let known = partOf(walked, doc);
    let i = 0;
    for (; i < looked.length && (known + lookedMost[i]!) * SLACK >= worst; i++) {
      const cursor = looked[i]!;
      if (cursor.seek(doc) === doc) known += cursor.score();
    }
    if (i < looked.length) continue;
    top.offer(doc, scoreOf(all, doc));
    if (top.worst() === worst) continue;
    worst = top.worst();
    least = leastBound(allCaps, worst, least);
    if (least === 256) return;
    if (worst < planned * REPLAN) continue;
    planned = worst;
    looked = weakest(bySize, worst);
    if (looked.length === all.length) return;
    walked = all.filter((cursor) => !looked.includes(cursor));
    looked.sort((a, b) => b.most - a.most);
    lookedMost = mostFrom(looked);
  }
}

/**
 * Offers `top` every paragraph that holds a list of every group (each query term's lists) and
 * that could make the top, scored; `groups` in query order. The lists of the rarest query term
 * are walked; each paragraph they give is weighed with what they add to it, then looked up in
 * the other terms' lists, the rarest term first and each term's strongest list first, and passed
 * over as soon as even the most the lists not yet looked up could add would not make the top. A
 * term missing from a paragraph sends the walk on to that term's next paragraph.
 */
export function topOfEvery(groups: Cursor[][], top: TopK, docBounds: Uint8Array): void {
  const all = groups.flat();
  const [lead, ...others] = [...groups].sort((a, b) => remaining(a) - remaining(b)) as [
    Cursor[],
    ...Cursor[][],
  ];
  const strongest = others.map((group) => [...group].sort((a, b) => b.most - a.most));
  const looked = strongest.flat();
  /** Where each other term's lists end in `looked`. */
  const groupEnd: number[] = [];
  for (const group of strongest) groupEnd.push((groupEnd.at(-1) ?? 0) + group.length);
  const lookedMost = mostFrom(looked);
  const lookedCaps = capsOf(looked);
  const allCaps = capsOf(all);
  let worst = -Infinity;
  let least = 0;
  for (let doc = nextDoc(lead, 0); doc >= 0;) {
    let known = partOf(lead, doc);
    if ((known + lookedCaps[docBounds[doc]!]!) * SLACK < worst) {
      doc = nextDoc(lead, doc + 1, least);
      continue;
    }
    let passed = false;
    let missing: Cursor[] | undefined;
    for (let i = 0, g = 0, found = false; i < looked.length; i++) {
      if ((known + lookedMost[i]!) * SLACK < worst) {
        passed = true;
        break;
      }
      const cursor = looked[i]!;
      if (cursor.seek(doc) === doc) {
        found = true;
        known += cursor.score();
      }
      if (i + 1 === groupEnd[g]) {
        if (!found) {
          missing = strongest[g];
          break;
        }
        found = false;
        g++;
      }
    }
    if (missing) {
      // No paragraph before the missing term's next one can hold every term.
      const next = nextDoc(missing, doc, least);
      doc = next < 0 ? -1 : nextDoc(lead, next, least);
      continue;
    }
    if (!passed) {
      top.offer(doc, scoreOf(all, doc));
      if (top.worst() !== worst) least = leastBound(allCaps, (worst = top.worst()), least);
      if (least === 256) return;
    }
    doc = nextDoc(lead, doc + 1, least);
  }
}

/**
 * Lists that cannot lift a paragraph to `worst` even all together, as many postings of them as
 * fit: taken from the longest of `bySize` down.
 */
function weakest(bySize: readonly Cursor[], worst: number): Cursor[] {
  const weak: Cursor[] = [];
  let most = 0;
  for (const cursor of bySize)
    if ((most + cursor.most) * SLACK < worst) {
      most += cursor.most;
      weak.push(cursor);
    }
  return weak;
}

/** How many postings the lists have left. */
function remaining(cursors: readonly Cursor[]): number {
  return cursors.reduce((n, cursor) => n + cursor.to - cursor.at, 0);
}

/** What the lists whose cursor is at `doc` add to its score (each list's part kept in its cursor). */
function partOf(cursors: readonly Cursor[], doc: number): number {
  let part = 0;
  for (const cursor of cursors) if (cursor.doc() === doc) part += cursor.score();
  return part;
}

/**
 * The score of `doc`: what every list at it adds, summed in query order (the order of `all`),
 * so that it is the same to the last bit however the paragraph was found. Every list at `doc`
 * has its part worked out already.
 */
function scoreOf(all: readonly Cursor[], doc: number): number {
  let score = 0;
  for (const cursor of all) if (cursor.doc() === doc) score += cursor.part;
  return score;
}

/**
 * For each stored paragraph bound, the most the lists can add to the score of a paragraph with
 * that bound: each adds at most its weight times the paragraph's bound, and at most the most it
 * adds anywhere. Made once per query, so that a paragraph is weighed by one lookup.
 */
function capsOf(cursors: readonly Cursor[]): Float64Array {
  return new Float64Array(256).map((_, bound) => {
    let cap = 0;
    for (const cursor of cursors) cap += Math.min(cursor.most, cursor.weight * boundValue(bound));
    return cap;
  });
}

/**
 * The least stored bound a paragraph needs to reach `worst`, given what the lists can add to a
 * paragraph of each bound (capsOf); 256 when none can. Paragraphs below it are skipped as the
 * lists are walked, on one comparison each. The worst score only rises, so the search goes on
 * from the last one, `from`.
 */
function leastBound(caps: Float64Array, worst: number, from: number): number {
  let least = from;
  while (least < 256 && caps[least]! * SLACK < worst) least++;
  return least;
}

/** For each position, the most the lists from there on can add together. */
function mostFrom(cursors: readonly Cursor[]): number[] {
  const sums = new Array<number>(cursors.length + 1).fill(0);
  for (let i = cursors.length - 1; i >= 0; i--) sums[i] = sums[i + 1]! + cursors[i]!.most;
  return sums;
}
