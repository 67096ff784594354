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

// compromise types its JSON as `any`: the fields read here are checked, never assumed.
const Terms = z.array(
  z.object({
    terms: z.array(
      z.object({
        text: z.string(),
        pre: z.string(),
        post: z.string(),
        tags: z.array(z.string()),
        offset: z.object({ start: z.number(), length: z.number() }),
      }),
    ),
  }),
);
const Conjugation = z.object({ Infinitive: z.string(), PresentTense: z.string().optional() }).partial();
const VerbOffsets = z.array(z.object({ offset: z.object({ start: z.number(), length: z.number() }) }));

const CACHE_LIMIT = 20_000;
const caches = new WeakMap<Record<string, string>, Map<string, TaggedSentence>>();

/**
 * Tags a sentence once per set of corrections; the same text always gets the same tokens.
 * `corrections` force a tag on words the tagger misreads in news copy ("rose" is a verb there).
 */
export function tagSentence(text: string, corrections: Record<string, string>): TaggedSentence {
  let cache = caches.get(corrections);
  if (!cache) {
    cache = new Map();
    caches.set(corrections, cache);
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const doc = nlp(text);
  for (const [word, tag] of Object.entries(corrections))
    doc
      .match(word)
      .unTag(tag === 'Noun' ? 'Verb' : 'Noun')
      .tag(tag);
  const tokens: Token[] = [];
  for (const sentence of Terms.parse(doc.json({ offset: true }))) {
    for (const t of sentence.terms) {
      // Contractions give an empty term ("he’s" → "he’s" + an unwritten "is"); it has no place.
      if (t.text === '') continue;
      const start = t.offset.start;
      tokens.push({
        text: t.text,
        lower: t.text.toLowerCase().replace(/['’]s$/u, ''),
        start,
        end: start + t.text.length,
        tags: new Set(t.tags),
        pre: t.pre,
        post: t.post,
      });
    }
  }
  const verbForms = new Map<number, VerbForms>();
  const verbs = doc.verbs();
  const offsets = VerbOffsets.parse(verbs.json({ offset: true }));
  const conjugations = z.array(Conjugation).parse(verbs.conjugate());
  offsets.forEach((v, i) => {
    const c = conjugations[i];
    if (!c?.Infinitive) return;
    const forms = { infinitive: c.Infinitive, present: c.PresentTense ?? c.Infinitive };
    for (const t of tokens)
      if (t.start >= v.offset.start && t.end <= v.offset.start + v.offset.length)
        verbForms.set(t.start, forms);
  });
  const tagged = { text, tokens, verbForms };
  // A watched folder rebuilds for as long as it runs: keep the cache to about one corpus.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, tagged);
  return tagged;
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
