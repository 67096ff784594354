import nlp from 'compromise';
import { z } from 'zod';
import type { MatchTerm } from './anchoredMatch.js';
import { correctionSpans } from './correctionSpans.js';
import { installIndexedSweep } from './indexedSweep.js';
import { TOKENIZE_STEPS, tokenizedDocument } from './tokenizedDocument.js';
import { PassCache } from './passCache.js';
import { verbGroupForms, type TaggedWord, type VerbForms } from './verbForms.js';

export type { VerbForms } from './verbForms.js';

/** One word of a sentence with its part of speech, as compromise's tagger reads it in context. */
export interface Token {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** Lower case, without a possessive ending. */
  lower: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation written right after the word (a comma, a closing quote, a dash). */
  post: string;
  pre: string;
}

export interface TaggedSentence {
  text: string;
  tokens: Token[];
  /** The forms of the verb group that holds a token, by the token's start offset. */
  verbForms: Map<number, VerbForms>;
}

/**
 * The steps of compromise's tagger that run: all but the chunker, a fair share of the cost whose
 * phrases nothing reads (verb groups are read from the tags, in verbForms.ts).
 */
const STEPS = nlp.hooks().filter((step) => step !== 'chunks');
const TOKENIZED = new Set<string>(TOKENIZE_STEPS);
/** Every step: the tokenizer's first, in the order `nlp.tokenize` runs them, then the tagger's. */
const ALL_STEPS = [...TOKENIZE_STEPS, ...STEPS.filter((step) => !TOKENIZED.has(step))];

installIndexedSweep();

type Term = ReturnType<typeof nlp.tokenize>['docs'][number][number];

/** A word of a tagged document; compromise declares its tags optional and leaves out `machine`. */
function wordOf(term: Term): TaggedWord & { pre: string } {
  const { text, pre, post, normal, tags } = term;
  if (!tags) throw new TypeError(`compromise gave the word ${JSON.stringify(text)} no tags`);
  const machine = 'machine' in term && typeof term.machine === 'string' ? term.machine : undefined;
  return machine ? { text, pre, post, normal, tags, machine } : { text, pre, post, normal, tags };
}

/** A correction that names words only, as opposed to one written in compromise's match syntax. */
const PLAIN = /^[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+)*$/u;

/** Every form a plain word of a match pattern can meet a word in: as written, normalised, expanded, aliased. */
function wordsOf(document: readonly (readonly Term[])[]): Set<string> {
  const words = new Set<string>();
  for (const terms of document)
    for (const term of terms) {
      words.add(term.text.toLowerCase());
      words.add(term.normal);
      if ('machine' in term && typeof term.machine === 'string') words.add(term.machine);
      if ('alias' in term && Array.isArray(term.alias))
        for (const alias of term.alias) if (typeof alias === 'string') words.add(alias);
    }
  return words;
}

/** Sentences kept tagged: about one corpus. A caller tags fewer at a time. */
export const CACHE_LIMIT = 20_000;
const caches = new WeakMap<Record<string, string>, PassCache<TaggedSentence>>();

/** The cache of one set of corrections. */
function cacheOf(corrections: Record<string, string>): PassCache<TaggedSentence> {
  let cache = caches.get(corrections);
  if (!cache) {
    cache = new PassCache(CACHE_LIMIT);
    caches.set(corrections, cache);
  }
  return cache;
}

/**
 * Tags a sentence once per set of corrections; the same text always gets the same tokens.
 * `corrections` force a tag on words the tagger misreads in news copy ("rose" is a verb there).
 */
export function tagSentence(text: string, corrections: Record<string, string>): TaggedSentence {
  const cache = cacheOf(corrections);
  const hit = cache.get(text);
  if (hit) return hit;
  const tagged = tagJoined([text], '', corrections)[0]!;
  cache.addAlone(text, tagged);
  return tagged;
}

/** Sentences per pass: past a few hundred the passes cost no less, and the document only grows. */
const BATCH = 256;
/** Between sentences tagged together: a line break ends a sentence for the tagger. */
const SEPARATOR = '\n\n';

/** A sentence that can be tagged among others: on one line, with no space at either end to lose. */
const joinable = (text: string) => !/[\r\n]/u.test(text) && text.trim() === text && text !== '';

/**
 * Tags several sentences in one pass of the tagger, for `tagSentence` to find later, until the
 * next pass. Each call of the tagger has a cost of its own, and it reads every sentence on its
 * own, so the tokens are the ones a sentence gets alone; a sentence whose words do not come back
 * exactly as written is left to be tagged alone.
 */
export function tagSentences(texts: readonly string[], corrections: Record<string, string>): void {
  const cache = cacheOf(corrections);
  const todo = cache.startPass([...new Set(texts)].filter(joinable));
  for (let from = 0; from + 1 < todo.length; from += BATCH) {
    const batch = todo.slice(from, from + BATCH);
    for (const tagged of tagJoined(batch, SEPARATOR, corrections))
      if (tagged) cache.addFromPass(tagged.text, tagged);
  }
}

/**
 * Tags sentences joined by a separator, and splits the tokens and verb forms back per sentence,
 * with offsets into each sentence. Null for a sentence whose words, with the punctuation and
 * spaces around them, do not spell it back: the tagger's sentences did not fit it.
 */
function tagJoined(
  texts: readonly string[],
  separator: string,
  corrections: Record<string, string>,
): (TaggedSentence | null)[] {
  const doc = tokenizedDocument(texts.join(separator)).compute(ALL_STEPS);
  const present = wordsOf(doc.docs);
  for (const [pattern, tag] of Object.entries(corrections)) {
    // Most corrections name words a pass does not hold, and each match walks the whole document.
    if (
      PLAIN.test(pattern) &&
      !pattern
        .toLowerCase()
        .split(' ')
        .every((w) => present.has(w))
    )
      continue;
    // Tagged after the tagger ran, every word has its tags: the terms are match terms.
    const spans = correctionSpans(doc.docs as unknown as MatchTerm[][], pattern);
    if (spans.length === 0) continue;
    // compromise's types give a view one pointer; it takes a list of them, as `match` makes.
    doc
      .update(spans as unknown as Parameters<typeof doc.update>[0])
      .unTag(tag === 'Noun' ? 'Verb' : 'Noun')
      .tag(tag);
  }
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + separator.length;
  }
  /** The sentence holding an offset of the joined text, and the offset within it. */
  const locate = (offset: number): [number, number] => {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo, offset - starts[lo]!];
  };
  const results = texts.map((text): TaggedSentence | null => ({ text, tokens: [], verbForms: new Map() }));
  const spelled = texts.map(() => '');
  const unseparated = (punctuation: string) =>
    separator && punctuation.endsWith(separator) ? punctuation.slice(0, -separator.length) : punctuation;
  // Offsets count every character of the joined text, as the words spell it out in order.
  let offset = 0;
  for (const terms of doc.docs) {
    const words = terms.map(wordOf);
    const forms = verbGroupForms(words);
    words.forEach((word, n) => {
      const [i, start] = locate(offset + word.pre.length);
      offset += word.pre.length + word.text.length + word.post.length;
      spelled[i] += word.pre + word.text + unseparated(word.post);
      const result = results[i];
      // Contractions give an empty term ("he’s" → "he’s" + an unwritten "is"); it has no place.
      if (!result || word.text === '') return;
      result.tokens.push({
        text: word.text,
        lower: word.text.toLowerCase().replace(/['’]s$/u, ''),
        start,
        end: start + word.text.length,
        // The document is dropped after this pass: its tag sets are not shared with anything.
        tags: word.tags,
        pre: word.pre,
        // The separator is not the sentence's punctuation.
        post: unseparated(word.post),
      });
      const verbForms = forms.get(n);
      if (verbForms) result.verbForms.set(start, verbForms);
    });
  }
  if (separator) for (const [i, text] of texts.entries()) if (spelled[i] !== text) results[i] = null;
  return results;
}

const World = z.object({
  model: z.object({ one: z.object({ lexicon: z.record(z.string(), z.unknown()) }) }),
});
let dictionary: Set<string> | null = null;

/** Whether the tagger knows a word as ordinary English ("finance", "meeting"), not a name. */
export function isDictionaryWord(word: string): boolean {
  dictionary ??= new Set(Object.keys(World.parse(nlp.world()).model.one.lexicon));
  const lower = word.toLowerCase();
  return dictionary.has(lower) || (lower.endsWith('s') && dictionary.has(lower.slice(0, -1)));
}

export const isVerb = (t: Token) => t.tags.has('Verb');
export const isNoun = (t: Token) => t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Pronoun');
