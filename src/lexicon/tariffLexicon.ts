import { z } from 'zod';
import { readLexiconFile } from './readLexiconFile.js';

const Phrases = z.array(z.string().min(1));

const TariffSubject = z.object({
  /** Stable id used in the index and by `/tariff` ("autos"). */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug such as "auto-parts"'),
  label: z.string().min(1),
  /** Words that name the subject in text and in a user's query ("cars", "automobiles"). */
  aliases: Phrases.min(1),
  /**
   * Words trusted only in machine-paraphrased copies, where spinning swaps a subject for a vaguer
   * word ("steel" became "metal"); in an ordinary article they would be too loose.
   */
  paraphrasedAliases: Phrases.default([]),
  /**
   * A rate that differs by country ("reciprocal"): two reports merge only when they name the
   * same country, since "a 15% rate" in one article and another need not be the same tariff.
   */
  perCountry: z.boolean().default(false),
});
export type TariffSubject = z.infer<typeof TariffSubject>;

const TariffFile = z.object({
  _comment: z.string().optional(),
  subjects: z.array(TariffSubject).min(1),
  /** Words or signs after a number that make it a percentage ("per cent", "%", "pct"). */
  units: Phrases.min(1),
  /** Spelled-out numbers; tens and ones combine ("twenty-five"). */
  numberWords: z.record(z.string(), z.number().int().positive()),
  /** A percentage counts only when one of these is in its sentence. */
  tariffCues: Phrases.min(1),
  /** A percentage right after or before one of these measures something else ("rising 5 per cent"). */
  notTariffCues: Phrases,
  /** Words before a second rate that make it the rate being replaced ("to 25% from 10%"). */
  previousMarkers: Phrases,
  /** Wording that tells a rate's status; the cue nearest the rate wins. */
  status: z.object({
    'in-effect': Phrases,
    scheduled: Phrases,
    threatened: Phrases,
    agreed: Phrases,
  }),
  /** Words right before a status cue that deny it ("no deal", "not imposed"). */
  negations: Phrases,
  /** A date right after one of these ("said on Thursday") dates the report, not the tariff. */
  reportingVerbs: Phrases,
  /** Countries and blocs that impose tariffs or face them; aliases match case-sensitively. */
  parties: z.array(z.object({ name: z.string().min(1), aliases: Phrases.min(1) })),
});

/** The tariff vocabulary: the subject taxonomy and the cues the tariff extractors read. */
export type TariffLexicon = z.infer<typeof TariffFile>;

export const TARIFF_FILE = 'tariffs.json';

/** Reads and validates `tariffs.json`; slugs must be unique so a query resolves to one subject. */
export function loadTariffLexicon(dir: string): TariffLexicon {
  const schema = TariffFile.superRefine((data, ctx) => {
    const seen = new Set<string>();
    for (const [i, subject] of data.subjects.entries()) {
      if (seen.has(subject.slug)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subjects', i, 'slug'],
          message: `duplicate slug "${subject.slug}"`,
        });
      }
      seen.add(subject.slug);
    }
  });
  return readLexiconFile(dir, TARIFF_FILE, schema);
}
