import nlp from 'compromise';
import { z } from 'zod';
import { worldFunction } from './worldFunction.js';

type Document = ReturnType<typeof nlp.tokenize>;

type FromString = (text: string, world: unknown) => unknown;
const World = z.object({
  methods: z.object({
    one: z.object({ tokenize: z.object({ fromString: worldFunction<FromString>() }) }),
  }),
});

type ViewClass = new (document: unknown) => Document;
let compromise: { View: ViewClass; fromString: FromString } | null = null;

/** compromise's document class, as its plugin interface hands it to a plugin's `api`, and splitter. */
function parts(): { View: ViewClass; fromString: FromString } {
  if (compromise) return compromise;
  let View: ViewClass | null = null;
  nlp.plugin({
    api: (view: unknown) => {
      View = view as ViewClass;
    },
  });
  if (!View) throw new TypeError('compromise handed its plugin no document class');
  compromise = { View, fromString: World.parse(nlp.world()).methods.one.tokenize.fromString };
  return compromise;
}

/** What `nlp.tokenize` runs on the words it split, in its order, less the normalisation. */
export const TOKENIZE_STEPS = ['alias', 'machine', 'contractions'] as const;

/**
 * A text split into sentences and words, as `nlp.tokenize` gives it, with the tokenizer's steps
 * left for the caller to run (`TOKENIZE_STEPS`, then the tagger's). `nlp.tokenize` normalises
 * every word twice: once as it splits the text, and again before `machine`. A word's normal form
 * is read from its text alone, which nothing changes in between, so the second time gives the
 * same forms; it was about a fifth of the tokenizer's time.
 */
export function tokenizedDocument(text: string): Document {
  const { View, fromString } = parts();
  return new View(fromString(text, nlp.world()));
}
