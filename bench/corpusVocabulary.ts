/** The substitution vocabulary of the benchmark corpus (corpusVocabulary.json), parsed with zod. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Country = z.object({
  name: z.string().min(1),
  adjective: z.string().min(1),
  capital: z.string().min(1),
});
export type Country = z.infer<typeof Country>;

const CorpusVocabulary = z.object({
  firstNames: z.array(z.string().min(1)).min(1),
  surnameSyllables: z.array(z.string().min(1)).min(2),
  roles: z.array(z.string().min(1)).min(1),
  countries: z.array(Country).min(1),
  outlets: z.array(z.string().min(1)).min(1),
  swapSubjects: z.array(z.string().min(1)),
  ratesPercent: z.array(z.number().positive()).min(1),
  publishedRange: z.object({ from: z.iso.date(), to: z.iso.date() }),
});
export type CorpusVocabulary = z.infer<typeof CorpusVocabulary>;

export const VOCABULARY_FILE = new URL('./corpusVocabulary.json', import.meta.url);

export function loadCorpusVocabulary(file: URL | string = VOCABULARY_FILE): CorpusVocabulary {
  const parsed = CorpusVocabulary.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${String(file)}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
