/**
 * The vocabulary the query layer reads: tariff subjects with their aliases (from the tariff
 * lexicon) and topic words with the stop words to ignore (data/lexicon/topics.json).
 */
import { z } from 'zod';
import { DEFAULT_LEXICON_DIR } from '../lexicon/lexicon.js';
import { readLexiconFile } from '../lexicon/readLexiconFile.js';
import { loadTariffLexicon } from '../lexicon/tariffLexicon.js';

const SubjectEntry = z.object({
  slug: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string()),
});
export type SubjectEntry = z.infer<typeof SubjectEntry>;

const TopicEntry = z.object({ name: z.string().min(1), terms: z.array(z.string().min(1)) });
export type TopicEntry = z.infer<typeof TopicEntry>;

const TopicFile = z.object({ topics: z.array(TopicEntry), stopwords: z.array(z.string()) });

/** Only the part of the tariff lexicon the query layer needs; the rest is the extractors' business. */
const SubjectPart = z.object({ subjects: z.array(SubjectEntry) });

export const TOPIC_FILE = 'topics.json';

/** The whole query vocabulary in one object, for callers (and test fixtures) that keep it in one file. */
export const QueryLexicon = z.object({
  subjects: z.array(SubjectEntry),
  topics: z.array(TopicEntry),
  stopwords: z.array(z.string()),
});
export type QueryLexicon = z.infer<typeof QueryLexicon>;

export const EMPTY_QUERY_LEXICON: QueryLexicon = { subjects: [], topics: [], stopwords: [] };

/**
 * Reads the query vocabulary from a lexicon folder. A tariff lexicon without a `subjects` list
 * gives no subjects (the query layer then knows only the subjects present in the index); a broken
 * topics file is a LexiconError, as for every other vocabulary file.
 */
export function loadQueryLexicon(dir: string = DEFAULT_LEXICON_DIR): QueryLexicon {
  const tariffs: unknown = loadTariffLexicon(dir);
  const subjects = SubjectPart.safeParse(tariffs);
  const topics = readLexiconFile(dir, TOPIC_FILE, TopicFile);
  return {
    subjects: subjects.success ? subjects.data.subjects : [],
    topics: topics.topics,
    stopwords: topics.stopwords,
  };
}
