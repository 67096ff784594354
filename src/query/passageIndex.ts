/**
 * A compact inverted index over the article paragraphs, built with the index and stored in it
 * (`TariffIndex.search`), so a bot loading 10,000 articles does not tokenise 100,000 paragraphs
 * before it can answer. Postings live in typed arrays that load from base64 in milliseconds;
 * a general-purpose engine's object-per-posting layout took longer to load from JSON than to
 * build (see BENCHMARKS.md).
 *
 * Terms are the query layer's words: folded, stemmed, stop words dropped. Documents are the
 * paragraphs in index order (article by article). Scores are BM25 over exact, typo and prefix
 * matches of each query term, typo and prefix matches weighted down.
 */
import { endianness } from 'node:os';
import type { Article, PassageIndexData } from '../index/schema.js';
import { editDistance, fold, stem, typoAllowance } from './text.js';

/** Bumped whenever tokenising or the stored layout changes: older stored indexes are rebuilt at load. */
const FORMAT = 'passages-1';
const K1 = 1.2;
const B = 0.7;
const TYPO_WEIGHT = 0.45;
const PREFIX_WEIGHT = 0.375;
/** Words of a query past this many are dropped: no phrase needs more, and each costs a pass. */
const MAX_QUERY_TERMS = 32;
/** A short prefix would expand to much of the vocabulary; past this many, the rarest expansions are dropped. */
const MAX_EXPANSIONS = 64;

export interface Tokenizer {
  /** Identifies the stop words, so a stored index made with other ones is not used. */
  readonly id: string;
  terms(text: string): string[];
}

export function createTokenizer(stopwords: readonly string[]): Tokenizer {
  const stop = new Set(stopwords.map((w) => stem(fold(w))));
  return {
    id: `${FORMAT} ${endianness()} ${[...stop].sort().join(',')}`,
    terms(text) {
      const folded = fold(text);
      if (folded === '') return [];
      const out: string[] = [];
      for (const token of folded.split(' ')) {
        const term = stem(token);
        if (!stop.has(term)) out.push(term);
      }
      return out;
    },
  };
}

export interface PassageMatch {
  /** The paragraph's position among all paragraphs, article by article. */
  doc: number;
  score: number;
}

export interface PassageIndex {
  readonly docCount: number;
  /**
   * Paragraphs that hold every query term (allowing typos, and a prefix for the last term), best
   * first; with `any`, paragraphs that hold at least one.
   */
  search(
    terms: readonly string[],
    limit: number,
    options: { any: boolean; prefixLast: boolean },
  ): PassageMatch[];
}

/** Builds the stored form from the paragraphs of the articles, in order. */
export function buildPassageIndex(articles: readonly Article[], tokenizer: Tokenizer): PassageIndexData {
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  let doc = 0;
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const terms = tokenizer.terms(paragraph.text);
      lengths.push(Math.min(terms.length, 0xffff));
      // Postings are (doc, count) pairs: a term seen again in this paragraph counts up its last pair.
      for (const t of terms) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        if (list.length > 0 && list[list.length - 2] === doc) list[list.length - 1]!++;
        else list.push(doc, 1);
      }
      doc++;
    }
  }
  const terms = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets = new Uint32Array(terms.length + 1);
  const total = terms.reduce((n, t) => n + postings.get(t)!.length / 2, 0);
  const docs = new Uint32Array(total);
  const freqs = new Uint8Array(total);
  let at = 0;
  terms.forEach((t, i) => {
    offsets[i] = at;
    const list = postings.get(t)!;
    for (let j = 0; j < list.length; j += 2) {
      docs[at] = list[j]!;
      freqs[at++] = Math.min(list[j + 1]!, 0xff);
    }
  });
  offsets[terms.length] = at;
  return {
    tokenizer: tokenizer.id,
    docCount: doc,
    terms: terms.join(' '),
    offsets: base64(offsets),
    docs: base64(docs),
    freqs: base64(freqs),
    lengths: base64(Uint16Array.from(lengths)),
  };
}

/**
 * The searchable form of a stored index, or null when it cannot be used as is: made by another
 * tokenizer, or inconsistent with itself or with the number of paragraphs (then build it anew).
 */
export function openPassageIndex(
  data: PassageIndexData,
  tokenizer: Tokenizer,
  docCount: number,
): PassageIndex | null {
  if (data.tokenizer !== tokenizer.id || data.docCount !== docCount) return null;
  const terms = data.terms === '' ? [] : data.terms.split(' ');
  const offsets = typed(data.offsets, Uint32Array);
  const docs = typed(data.docs, Uint32Array);
  const freqs = typed(data.freqs, Uint8Array);
  const lengths = typed(data.lengths, Uint16Array);
  if (
    offsets.length !== terms.length + 1 ||
    offsets[terms.length] !== docs.length ||
    freqs.length !== docs.length ||
    lengths.length !== docCount
  )
    return null;
  for (let i = 0; i < terms.length; i++) if (offsets[i]! > offsets[i + 1]!) return null;
  for (let i = 0; i < docs.length; i++) if (docs[i]! >= docCount) return null;
  return createSearcher(terms, offsets, docs, freqs, lengths);
}

function createSearcher(
  terms: string[],
  offsets: Uint32Array,
  docs: Uint32Array,
  freqs: Uint8Array,
  lengths: Uint16Array,
): PassageIndex {
  const docCount = lengths.length;
  const termIds = new Map(terms.map((t, i) => [t, i]));
  const byLength = new Map<number, number[]>();
  terms.forEach((t, i) => {
    const list = byLength.get(t.length);
    if (list) list.push(i);
    else byLength.set(t.length, [i]);
  });
  const averageLength = lengths.reduce((n, l) => n + l, 0) / Math.max(docCount, 1);
  // Scratch space reused by every query; a query touches only the paragraphs its terms occur in.
  const scores = new Float64Array(docCount);
  const masks = new Uint32Array(docCount);
  const touched: number[] = [];

  /** The vocabulary terms a query term stands for, with their weights. */
  const expand = (term: string, prefix: boolean): Map<number, number> => {
    const found = new Map<number, number>();
    const exact = termIds.get(term);
    if (exact !== undefined) found.set(exact, 1);
    const allowance = typoAllowance(term);
    for (let length = term.length - allowance; length <= term.length + allowance; length++) {
      for (const id of byLength.get(length) ?? []) {
        if (found.has(id)) continue;
        const distance = editDistance(term, terms[id]!, allowance);
        if (distance <= allowance) found.set(id, (TYPO_WEIGHT * term.length) / (term.length + distance));
      }
    }
    if (prefix) {
      const prefixed: [number, number][] = [];
      for (let id = lowerBound(terms, term); id < terms.length && terms[id]!.startsWith(term); id++) {
        if (!found.has(id))
          prefixed.push([
            id,
            (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (terms[id]!.length - term.length)),
          ]);
      }
      prefixed.sort((a, b) => offsets[b[0] + 1]! - offsets[b[0]]! - (offsets[a[0] + 1]! - offsets[a[0]]!));
      for (const [id, weight] of prefixed.slice(0, MAX_EXPANSIONS)) found.set(id, weight);
    }
    return found;
  };

  return {
    docCount,
    search(queryTerms, limit, options) {
      const unique = [...new Set(queryTerms)].slice(0, MAX_QUERY_TERMS);
      if (unique.length === 0 || limit <= 0) return [];
      const lists = unique.map((term, q) =>
        [...expand(term, options.prefixLast && q === unique.length - 1)].map(([id, weight]) => {
          const from = offsets[id]!;
          const to = offsets[id + 1]!;
          const idf = Math.log(1 + (docCount - (to - from) + 0.5) / (to - from + 0.5));
          return { from, to, weight: weight * idf };
        }),
      );
      const contribution = (weight: number, p: number) => {
        const tf = freqs[p]!;
        return (weight * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * lengths[docs[p]!]!) / averageLength));
      };
      const top = new TopK(limit);
      if (options.any) {
        for (const list of lists) {
          for (const { from, to, weight } of list) {
            for (let p = from; p < to; p++) {
              const doc = docs[p]!;
              if (masks[doc] === 0) touched.push(doc);
              masks[doc] = 1;
              scores[doc]! += contribution(weight, p);
            }
          }
        }
        for (const doc of touched) top.offer(doc, scores[doc]!);
      } else if (lists.every((list) => list.length > 0)) {
        const candidates = everyTerm(lists);
        // Scored term by term in query order, as the `any` pass adds them, so that both give a
        // paragraph the same score to the last bit.
        for (const list of lists) {
          for (const { from, to, weight } of list) {
            if (candidates.length * Math.log2(to - from + 1) < to - from) {
              for (const doc of candidates) {
                const p = find(docs, from, to, doc);
                if (p >= 0) scores[doc]! += contribution(weight, p);
              }
            } else {
              for (let p = from; p < to; p++) {
                const doc = docs[p]!;
                if (masks[doc] !== 0) scores[doc]! += contribution(weight, p);
              }
            }
          }
        }
        for (const doc of candidates) {
          top.offer(doc, scores[doc]!);
          touched.push(doc);
        }
      }
      for (const doc of touched) {
        scores[doc] = 0;
        masks[doc] = 0;
      }
      touched.length = 0;
      return top.sorted();
    },
  };

  /**
   * The paragraphs holding every query term (any of its expansions), each marked in `masks`.
   * Found from the rarest term up: a later, common term is checked by looking up each remaining
   * paragraph in its postings, not by reading them all, when that is cheaper.
   */
  function everyTerm(lists: PostingRange[][]): number[] {
    const size = (list: PostingRange[]) => list.reduce((n, r) => n + r.to - r.from, 0);
    const order = lists.map((list, q) => ({ list, size: size(list), q })).sort((a, b) => a.size - b.size);
    let candidates: number[] = [];
    for (const [n, { list }] of order.entries()) {
      if (n === 0) {
        for (const { from, to } of list)
          for (let p = from; p < to; p++) {
            const doc = docs[p]!;
            if (masks[doc] === 0) candidates.push(doc);
            masks[doc] = 1;
          }
        continue;
      }
      const lookups = candidates.length * list.reduce((c, r) => c + Math.log2(r.to - r.from + 1), 0);
      if (lookups < size(list)) {
        for (const doc of candidates)
          if (list.some(({ from, to }) => find(docs, from, to, doc) >= 0)) masks[doc] = n + 1;
      } else {
        for (const { from, to } of list)
          for (let p = from; p < to; p++) if (masks[docs[p]!] === n) masks[docs[p]!] = n + 1;
      }
      const kept: number[] = [];
      for (const doc of candidates) {
        if (masks[doc] === n + 1) kept.push(doc);
        else masks[doc] = 0;
      }
      candidates = kept;
      if (candidates.length === 0) break;
    }
    return candidates;
  }
}

/** A vocabulary term's postings, `docs[from..to)`, with its weight for the query term it stands for. */
interface PostingRange {
  from: number;
  to: number;
  weight: number;
}

/** Where `doc` is in the ascending `docs[from..to)`, or -1. */
function find(docs: Uint32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid]!;
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The best `k` by score (ties: earlier paragraph first), kept in a small min-heap. */
class TopK {
  private readonly heap: PassageMatch[] = [];
  constructor(private readonly k: number) {}

  private static worse(a: PassageMatch, b: PassageMatch): boolean {
    return a.score < b.score || (a.score === b.score && a.doc > b.doc);
  }

  offer(doc: number, score: number): void {
    const heap = this.heap;
    if (heap.length === this.k) {
      // Most offers lose to the worst kept: they are turned away before anything is allocated.
      const least = heap[0]!;
      if (!(least.score < score || (least.score === score && least.doc > doc))) return;
      heap[0] = { doc, score };
      this.down(0);
      return;
    }
    heap.push({ doc, score });
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!TopK.worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && TopK.worse(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && TopK.worse(heap[r]!, heap[least]!)) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }

  sorted(): PassageMatch[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function base64(array: Uint8Array | Uint16Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** A typed array over decoded base64, copied when the bytes are not aligned for it. */
function typed<T extends Uint8Array | Uint16Array | Uint32Array>(
  text: string,
  Kind: {
    new (buffer: ArrayBufferLike, offset: number, length: number): T;
    new (length: number): T;
    BYTES_PER_ELEMENT: number;
  },
): T {
  const bytes = Buffer.from(text, 'base64');
  const length = Math.floor(bytes.length / Kind.BYTES_PER_ELEMENT);
  if (bytes.byteOffset % Kind.BYTES_PER_ELEMENT === 0)
    return new Kind(bytes.buffer, bytes.byteOffset, length);
  const copy = new Kind(length);
  new Uint8Array(copy.buffer).set(bytes.subarray(0, length * Kind.BYTES_PER_ELEMENT));
  return copy;
}
