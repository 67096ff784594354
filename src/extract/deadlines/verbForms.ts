import nlp from 'compromise';
import { z } from 'zod';
import { worldFunction } from './worldFunction.js';

/** The forms of a verb the descriptions need, read from the verb in its sentence. */
export interface VerbForms {
  infinitive: string;
  /** Third person singular ("meets"). */
  present: string;
}

/** What the forms are read from: a word as the tagger left it. */
export interface TaggedWord {
  text: string;
  normal: string;
  /** The word a contraction stands for ("wasn’t" → "was"), when it is one. */
  machine?: string;
  post: string;
  tags: ReadonlySet<string>;
}

type ToInfinitive = (word: string, model: unknown, tense?: string) => string;
type Conjugate = (infinitive: string, model: unknown) => Record<string, string | undefined>;

// compromise types its world as `object`: the conjugation functions read here are checked, never assumed.
const World = z.object({
  model: z.unknown(),
  methods: z.object({
    two: z.object({
      transform: z.object({
        verb: z.object({
          toInfinitive: worldFunction<ToInfinitive>(),
          conjugate: worldFunction<Conjugate>(),
        }),
      }),
    }),
  }),
});
let world: z.infer<typeof World> | null = null;

/** The tense tags compromise's conjugation reads, in the order it weighs them. */
const TENSES = ['Infinitive', 'Participle', 'PastTense', 'Gerund', 'PresentTense'];
/** Words of a verb group that carry no meaning of their own ("will", "has", "not"). */
const HELPERS = ['Auxiliary', 'Modal', 'Negative'];

const CACHE_LIMIT = 5_000;
const conjugations = new Map<string, VerbForms | null>();

/**
 * The forms of a verb written as `head` and the words after it: "glossed over" → "gloss over" /
 * "glosses over", "continue working" → "continues working". News copy repeats its verbs ("said",
 * "will meet"), so each spelling is worked out once.
 */
function formsOf(head: TaggedWord, rest: readonly TaggedWord[]): VerbForms | null {
  const tense = TENSES.find((t) => head.tags.has(t));
  const word = head.machine ?? head.normal;
  const tail = rest.map((w) => ` ${w.machine ?? w.normal}`).join('');
  const key = `${word}|${tense ?? ''}|${tail}`;
  if (conjugations.has(key)) return conjugations.get(key) ?? null;
  world ??= World.parse(nlp.world());
  const { toInfinitive, conjugate } = world.methods.two.transform.verb;
  const infinitive = tense === 'Infinitive' ? word : toInfinitive(word, world.model, tense) || word;
  const c = conjugate(infinitive + tail, world.model);
  const forms = c['Infinitive']
    ? { infinitive: c['Infinitive'], present: c['PresentTense'] ?? c['Infinitive'] }
    : null;
  if (conjugations.size >= CACHE_LIMIT) conjugations.clear();
  conjugations.set(key, forms);
  return forms;
}

const isHelper = (w: TaggedWord) => HELPERS.some((t) => w.tags.has(t));

/**
 * The forms of every verb group of a sentence, by the index of each of its words: a group is
 * verbs with the adverbs and negations between them ("will not meet", "met again"), up to a
 * comma, and every word of it gets the forms of its main verb, the last one that is not a helper,
 * with a particle or a verb it governs ("glossed over", "suggests reaching").
 */
export function verbGroupForms(words: readonly TaggedWord[]): Map<number, VerbForms> {
  const forms = new Map<number, VerbForms>();
  const verb = (w: TaggedWord | undefined) => w !== undefined && w.tags.has('Verb');
  let i = 0;
  while (i < words.length) {
    if (!verb(words[i])) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i; j < words.length; j++) {
      const w = words[j]!;
      if (!verb(w) && !w.tags.has('Adverb') && !w.tags.has('Negative')) break;
      if (verb(w)) last = j;
      if (/[,;:]/u.test(w.post)) break;
    }
    let head = last;
    while (head > i && joined(words[head - 1]!, words[head]!)) head--;
    while (head < last && isHelper(words[head]!)) head++;
    const groupForms = formsOf(words[head]!, words.slice(head + 1, last + 1));
    if (groupForms) for (let j = i; j <= last; j++) forms.set(j, groupForms);
    i = last + 1;
  }
  return forms;
}

/** "glossed over", "continue working": a particle or a verb it governs right after a verb. */
function joined(before: TaggedWord, word: TaggedWord): boolean {
  return (
    before.tags.has('Verb') &&
    !isHelper(before) &&
    before.post.trim() === '' &&
    ['Particle', 'Gerund', 'Infinitive'].some((t) => word.tags.has(t))
  );
}
