/**
 * A compact inverted index over the article paragraphs, built with the index and stored in it
 * (`TariffIndex.search`), so a bot loading 10,000 articles does not tokenise 100,000 paragraphs
 * before it can answer. Postings live in typed arrays that load from base64 in milliseconds;
 * a general-purpose engine's object-per-posting layout took longer to load from JSON than to
 * build (see BENCHMARKS.md).
 *
 * Terms are the query layer's words: folded, stemmed, stop words dropped. Documents are the
 * paragraphs in index order (article by article). Scores are BM25 over exact, typo and prefix
 * matches of each query term, typo and prefix matches weighted down. The index also stores
 * bounds on what a term or a paragraph can score (scoreBounds.ts), so that a search finds its
 * top paragraphs without scoring every paragraph that matches (topMatches.ts).
 */
import { endianness } from 'node:os';
import type { Article, PassageIndexData } from '../index/schema.js';
import { letterSet, lettersApart } from './letterSets.js';
import { Cursor, type PostingArrays } from './postingCursor.js';
import { averageLength, boundValue, buildDocBounds, buildTermBounds, lengthNorm } from './scoreBounds.js';
import { editDistance, fold, stem, typoAllowance } from './text.js';
import { TopK } from './topK.js';
import { topOfAny, topOfEvery } from './topMatches.js';

/** Bumped whenever tokenising or the stored layout changes: older stored indexes are rebuilt at load. */
const FORMAT = 'passages-2';
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
  const lengthArray = Uint16Array.from(lengths);
  return {
    tokenizer: tokenizer.id,
    docCount: doc,
    terms: terms.join(' '),
    offsets: base64(offsets),
    docs: base64(docs),
    freqs: base64(freqs),
    lengths: base64(lengthArray),
    termBounds: base64(buildTermBounds(offsets, docs, freqs, lengthArray)),
    docBounds: base64(buildDocBounds(docs, freqs, lengthArray)),
  };
}

/**
 * The searchable form of a stored index, or null when it cannot be used as is: made by another
 * tokenizer or an older format, or inconsistent with itself or with the number of paragraphs
 * (then build it anew).
 */
export function openPassageIndex(
  data: PassageIndexData,
  tokenizer: Tokenizer,
  docCount: number,
): PassageIndex | null {
  if (data.tokenizer !== tokenizer.id || data.docCount !== docCount) return null;
  if (data.termBounds === undefined || data.docBounds === undefined) return null;
  const terms = data.terms === '' ? [] : data.terms.split(' ');
  const stored: Postings = {
    terms,
    offsets: typed(data.offsets, Uint32Array),
    docs: typed(data.docs, Uint32Array),
    freqs: typed(data.freqs, Uint8Array),
    lengths: typed(data.lengths, Uint16Array),
    termBounds: typed(data.termBounds, Uint8Array),
    docBounds: typed(data.docBounds, Uint8Array),
  };
  const { offsets, docs, freqs, lengths, termBounds, docBounds } = stored;
  if (
    offsets.length !== terms.length + 1 ||
    offsets[terms.length] !== docs.length ||
    freqs.length !== docs.length ||
    lengths.length !== docCount ||
    termBounds.length !== terms.length ||
    docBounds.length !== docCount
  )
    return null;
  for (let i = 0; i < terms.length; i++) if (offsets[i]! > offsets[i + 1]!) return null;
  for (let i = 0; i < docs.length; i++) if (docs[i]! >= docCount) return null;
  return createSearcher(stored);
}

/** The stored arrays, decoded. */
interface Postings {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint8Array;
  lengths: Uint16Array;
  termBounds: Uint8Array;
  docBounds: Uint8Array;
}

function createSearcher({
  terms,
  offsets,
  docs,
  freqs,
  lengths,
  termBounds,
  docBounds,
}: Postings): PassageIndex {
  const docCount = lengths.length;
  const termIds = new Map(terms.map((t, i) => [t, i]));
  const byLength = new Map<number, number[]>();
  terms.forEach((t, i) => {
    const list = byLength.get(t.length);
    if (list) list.push(i);
    else byLength.set(t.length, [i]);
  });
  const letterSets = Uint32Array.from(terms, letterSet);
  // BM25's length part of each paragraph length, computed once: the same operations as in the
  // formula, so the same bits.
  const average = averageLength(lengths);
  const norms = new Float64Array(lengths.reduce((most, l) => Math.max(most, l), 0) + 1).map((_, length) =>
    lengthNorm(length, average),
  );

  /** The vocabulary terms a query term stands for, with their weights. */
  const expand = (term: string, prefix: boolean): Map<number, number> => {
    const found = new Map<number, number>();
    const exact = termIds.get(term);
    if (exact !== undefined) found.set(exact, 1);
    const allowance = typoAllowance(term);
    const letters = letterSet(term);
    for (let length = term.length - allowance; length <= term.length + allowance; length++) {
      for (const id of byLength.get(length) ?? []) {
        // Most terms differ in too many letters to be a typo, which their letters alone show.
        if (found.has(id) || lettersApart(letters, letterSets[id]!) > allowance) continue;
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

  const arrays: PostingArrays = { docs, freqs, lengths, norms, docBounds };
  /** A cursor over a vocabulary term's postings, weighted for the query, knowing the most any adds. */
  const cursorOf = (id: number, weight: number) =>
    new Cursor(arrays, offsets[id]!, offsets[id + 1]!, weight, weight * boundValue(termBounds[id]!));

  return {
    docCount,
    search(queryTerms, limit, options) {
      const unique = [...new Set(queryTerms)].slice(0, MAX_QUERY_TERMS);
      if (unique.length === 0 || limit <= 0) return [];
      const lists = unique.map((term, q) =>
        [...expand(term, options.prefixLast && q === unique.length - 1)].map(([id, weight]) => {
          const postings = offsets[id + 1]! - offsets[id]!;
          const idf = Math.log(1 + (docCount - postings + 0.5) / (postings + 0.5));
          return cursorOf(id, weight * idf);
        }),
      );
      const top = new TopK(limit);
      if (options.any) topOfAny(lists.flat(), top);
      else if (lists.every((list) => list.length > 0)) topOfEvery(lists, top, docBounds);
      return top.sorted();
    },
  };
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
