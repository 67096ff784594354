import nlp from 'compromise';
import { z } from 'zod';

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

/** The forms of a verb the descriptions need, read from the verb in its sentence. */
export interface VerbForms {
  infinitive: string;
  /** Third person singular ("meets"). */
  present: string;
}

export interface TaggedSentence {
  text: string;
  tokens: Token[];
  /** The forms of the verb phrase that holds a token, by the token's start offset. */
  verbForms: Map<number, VerbForms>;
}

// compromise types its documents as `any`: the fields read here are checked, never assumed.
// The terms are read from the document itself: its JSON output also renders every sentence's text
// and copies every term, which cost more than the tagging it reports.
const Terms = z.array(
  z.array(
    z.object({
      text: z.string(),
      pre: z.string(),
      post: z.string(),
      tags: z.set(z.string()),
      offset: z.object({ start: z.number(), length: z.number() }),
    }),
  ),
);
const Conjugation = z.object({ Infinitive: z.string(), PresentTense: z.string().optional() }).partial();
const VerbOffsets = z.array(z.object({ offset: z.object({ start: z.number(), length: z.number() }) }));
const VerbTerms = z.array(
  z.array(
    z.object({
      text: z.string(),
      normal: z.string().optional(),
      implicit: z.string().optional(),
      machine: z.string().optional(),
      tags: z.set(z.string()),
    }),
  ),
);

const CACHE_LIMIT = 20_000;
const caches = new WeakMap<Record<string, string>, Map<string, TaggedSentence>>();

/** The cache of one set of corrections. */
function cacheOf(corrections: Record<string, string>): Map<string, TaggedSentence> {
  let cache = caches.get(corrections);
  if (!cache) {
    cache = new Map();
    caches.set(corrections, cache);
  }
  return cache;
}

function remember(cache: Map<string, TaggedSentence>, tagged: TaggedSentence): void {
  // A watched folder rebuilds for as long as it runs: keep the cache to about one corpus.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(tagged.text, tagged);
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
  remember(cache, tagged);
  return tagged;
}

/** Sentences per pass: past a few hundred the passes cost no less, and the document only grows. */
const BATCH = 256;
/** Between sentences tagged together: a line break ends a sentence for the tagger. */
const SEPARATOR = '\n\n';

/**
 * Tags several sentences in one pass of the tagger, for `tagSentence` to find later. Each call
 * of the tagger costs about as much again as the tagging itself, and it reads every sentence on
 * its own, so the tokens are the ones a sentence gets alone; a sentence whose words do not come
 * back exactly as written is left to be tagged alone.
 */
export function tagSentences(texts: readonly string[], corrections: Record<string, string>): void {
  const cache = cacheOf(corrections);
  const todo = [...new Set(texts)].filter(
    (t) => !cache.has(t) && !/[\r\n]/u.test(t) && t.trim() === t && t !== '',
  );
  for (let from = 0; from + 1 < todo.length; from += BATCH) {
    const batch = todo.slice(from, from + BATCH);
    for (const tagged of tagJoined(batch, SEPARATOR, corrections)) if (tagged) remember(cache, tagged);
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
  const doc = nlp(texts.join(separator));
  for (const [word, tag] of Object.entries(corrections))
    doc
      .match(word)
      .unTag(tag === 'Noun' ? 'Verb' : 'Noun')
      .tag(tag);
  doc.compute('offset');
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
  for (const sentence of Terms.parse(doc.docs)) {
    for (const t of sentence) {
      const [i, start] = locate(t.offset.start);
      spelled[i] += t.pre + t.text + unseparated(t.post);
      const result = results[i];
      // Contractions give an empty term ("he’s" → "he’s" + an unwritten "is"); it has no place.
      if (!result || t.text === '') continue;
      result.tokens.push({
        text: t.text,
        lower: t.text.toLowerCase().replace(/['’]s$/u, ''),
        start,
        end: start + t.text.length,
        tags: new Set(t.tags),
        pre: t.pre,
        // The separator is not the sentence's punctuation.
        post: unseparated(t.post),
      });
    }
  }
  if (separator) for (const [i, text] of texts.entries()) if (spelled[i] !== text) results[i] = null;
  const verbs = doc.verbs();
  // The plain view's JSON: the verb view's own JSON also parses each verb's grammar, unused here.
  const offsets = VerbOffsets.parse(verbs.toView(null).json({ offset: true, text: false }));
  const phrases = VerbTerms.parse(verbs.docs);
  offsets.forEach((v, n) => {
    const [i, start] = locate(v.offset.start);
    const result = results[i];
    if (!result) return;
    const c = conjugationOf(verbs, n, phrases[n] ?? []);
    if (!c?.Infinitive) return;
    const forms = { infinitive: c.Infinitive, present: c.PresentTense ?? c.Infinitive };
    for (const t of result.tokens)
      if (t.start >= start && t.end <= start + v.offset.length) result.verbForms.set(t.start, forms);
  });
  return results;
}

type Conjugated = z.infer<typeof Conjugation>;
const conjugations = new Map<string, Conjugated | undefined>();

/**
 * The conjugation of the i-th verb phrase. compromise reads it from the phrase's own words and
 * tags alone (copying the whole document to do so), and news copy repeats its verb phrases ("said",
 * "will meet"), so it is worked out once per distinct phrase.
 */
function conjugationOf(
  verbs: ReturnType<ReturnType<typeof nlp>['verbs']>,
  i: number,
  terms: z.infer<typeof VerbTerms>[number],
): Conjugated | undefined {
  const key = JSON.stringify(terms.map((t) => [t.text, t.normal, t.implicit, t.machine, [...t.tags].sort()]));
  if (conjugations.has(key)) return conjugations.get(key);
  // compromise's types leave out the index `conjugate` takes to work on one verb only.
  const conjugateOne = verbs.conjugate as (n: number) => unknown;
  const c = z.array(Conjugation).parse(conjugateOne.call(verbs, i))[0];
  if (conjugations.size >= CACHE_LIMIT) conjugations.clear();
  conjugations.set(key, c);
  return c;
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
