import { z } from 'zod';
import { readLexiconFile } from './readLexiconFile.js';

const Phrases = z.array(z.string().min(1));
const Day = z.number().int().min(1).max(31);

const DateFile = z.object({
  _comment: z.string().optional(),
  /** Month names and abbreviations, lower case, for phrases chrono does not read ("mid-May"). */
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  /** "mid-May" is days 11 to 20; `to` beyond a month's length means its last day. */
  partsOfMonth: z.array(z.object({ words: Phrases.min(1), from: Day, to: Day })),
  /** "next week": the word before "week" and how many weeks it moves from the publication week. */
  weekWords: z.record(z.string(), z.number().int()),
  /** "earlier this week": the part of the week before the publication date. */
  earlierWords: Phrases,
  /** Words before a date that make it a deadline ("by July", "before Aug. 1"). */
  deadlineWords: Phrases,
  /** Last words of an offset counted from another event ("two weeks before"). */
  anchoredOffsets: Phrases,
  /** Phrases chrono reads as a date that name no date worth keeping ("now"). */
  ignoredPhrases: Phrases,
  /** Units of a span shorter than a day: "for three hours" is a duration, not a date. */
  durationUnits: Phrases,
  /** Words for the month of publication after a part of a month ("the end of the month"). */
  thisMonth: Phrases,
  /** Words before a bare year that make it a date ("in 2024"), not a quantity. */
  yearPrepositions: Phrases,
  /** Wording near a date that places its event in the past or the future. */
  pastCues: Phrases,
  futureCues: Phrases,
  /** Nouns that name an event right next to its date ("Sunday's election", "the Aug. 1 deadline"). */
  eventNouns: Phrases,
  /** Words that start a clause (subordinators and relative pronouns); descriptions stay inside one. */
  clauseBreaks: Phrases,
  /** "and", "but": they start a clause only before a verb ("... and attend"), not in "Japan and the US". */
  coordinators: Phrases,
  /** A clause that opens with one of these takes the noun before it as its subject. */
  relativePronouns: Phrases,
  /** Prepositions: a noun phrase ends at one, and a description may lose the phrase one opens. */
  prepositions: Phrases,
  /** Prepositions that make the noun after them the event ("during his last visit in June"). */
  eventPrepositions: Phrases,
  /** Words in a verb group that put its event ahead ("will meet", "hoped to meet"). */
  futureMarkers: Phrases,
  /** Subjects that stand for the two parties of the article's tariffs ("the two sides"). */
  pairSubjects: Phrases,
  /** "his last visit": possessives that stand for a person, resolved like "he". */
  personPossessives: Phrases,
  /** The verb that describes words said when the description cannot carry them ("Akazawa speaks"). */
  statementVerb: z.string().min(1),
  /** Words the part-of-speech tagger misreads in news copy, with the tag they always have here. */
  wordTags: z.record(z.string(), z.enum(['Noun', 'PastTense', 'PresentTense', 'Infinitive'])),
  /** Words too common in descriptions to show that two of them speak of one event. */
  mergeStopwords: Phrases,
});

/** The date vocabulary: phrases chrono misses and the cues the date refiners read. */
export type DateLexicon = z.infer<typeof DateFile>;

export const DATE_FILE = 'dates.json';

/** Reads and validates `dates.json`. */
export function loadDateLexicon(dir: string): DateLexicon {
  return readLexiconFile(dir, DATE_FILE, DateFile);
}
