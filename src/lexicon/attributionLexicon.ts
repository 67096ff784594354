import { z } from 'zod';
import { QuoteChannel } from '../index/schema.js';
import { compilePattern, readLexiconFile } from './readLexiconFile.js';

const Words = z.array(z.string().min(1));

/** The vocabulary of quotes and the people who speak them. */
const AttributionFile = z.object({
  /** Pairs of quotation marks. Single marks count only outside double ones and at word edges. */
  quoteMarks: z.array(
    z.object({ open: z.string().length(1), close: z.string().length(1), single: z.boolean().default(false) }),
  ),
  /** Quotes of at most this many words are fragments ("good", "very grateful"). */
  partialMaxWords: z.number().int().positive(),
  /** Verbs that introduce or follow words someone said, in every form used ("said", "stated", "writing"). */
  speechVerbs: Words,
  /** Nouns that carry someone's words: "scorn from Trump of Japan as 'spoiled'". */
  speechNouns: Words,
  /** "Ishiba quoted Bessent as saying": the words are Bessent's, relayed by Ishiba. */
  reportVerbs: Words,
  accordingTo: Words,
  /** Words before a quoted phrase that make it a name, not someone's words ("so-called"). */
  nameMarkers: Words,
  /** What may stand between a speaker and the verb ("later", "on Friday"); regular expressions. */
  subjectVerbGap: Words,
  /** A name right after one of these words is an object, not the subject of the sentence. */
  objectMarkers: Words,
  /** "X met Y and stated ...": the verb after these belongs to the sentence's subject. */
  coordinators: Words,
  /** Phrases that say how the words were delivered; regular expressions, first match wins. */
  channels: z.array(z.object({ channel: QuoteChannel, pattern: z.string() })),
  /** Words that stand for the person or organisation a passage is about ("he", "it", "the statement"). */
  pronouns: z.object({ person: Words, organisation: Words }),
  /** Words before a quoted modifier that make it a scare quote: its "reciprocal" tariffs. */
  determiners: Words,
  /** Verbs that report a whole clause: a quoted modifier inside it may be the speaker's word. */
  clauseVerbs: Words,
  /** A last word shaped like this is a given name, so the surname comes first ("Lee Jae-myung"). */
  givenNamePattern: z.string(),
  /** Titles written before a name ("Treasury Secretary Scott Bessent"), and other ways to say them. */
  titles: z.array(z.object({ title: z.string().min(1), aliases: Words.default([]) })),
  /** Lower-case words that may precede a title and belong to it ("top trade negotiator"). */
  titleModifiers: Words,
  /** Words that make an appositive a role: "Richard Katz, a former senior fellow at ...". */
  roleHeads: Words,
  /** A capitalised name holding one of these is an organisation ("White House", "Treasury"). */
  organisationHeads: Words,
  /** "The Nikkei newspaper": the name before one of these is an organisation. */
  organisationDescriptors: Words,
  /** "the Japanese government": a capitalised word before one of these is an organisation. */
  collectiveOrganisations: Words,
  /** Lower-case words allowed inside an organisation's name ("House of Councillors"). */
  nameConnectors: Words,
  /** Words naming one country each ("U.S.", "US", "American"): they qualify titles. */
  nationalities: z.array(Words),
  /** Capitalised words that never start or form a name (sentence openers, days, months). */
  notNames: Words,
  /** Misspellings and machine paraphrases of names ("White Home" for "White House"). */
  nameVariants: z.array(z.object({ variant: z.string().min(1), canonical: z.string().min(1) })),
  /** Paragraphs that are links or teasers, whose quote marks hold headlines (case-insensitive). */
  skipParagraphs: Words,
});

export interface TitleEntry {
  /** Lower-case words of the title, e.g. ["treasury", "secretary"]. */
  words: string[];
  aliases: string[];
}

export interface AttributionLexicon {
  quoteMarks: { open: string; close: string; single: boolean }[];
  partialMaxWords: number;
  speechVerbs: Set<string>;
  speechNouns: string[];
  reportVerbs: Set<string>;
  accordingTo: string[];
  nameMarkers: string[];
  /** Matches a whole gap between a speaker and a verb that may be ignored. */
  subjectVerbGap: RegExp;
  objectMarkers: Set<string>;
  coordinators: Set<string>;
  channels: { channel: QuoteChannel; pattern: RegExp }[];
  personPronouns: Set<string>;
  organisationPronouns: Set<string>;
  determiners: Set<string>;
  clauseVerbs: Set<string>;
  givenNamePattern: RegExp;
  /** Longest first, so "treasury secretary" wins over "secretary". */
  titles: TitleEntry[];
  titleModifiers: Set<string>;
  roleHeads: Set<string>;
  organisationHeads: Set<string>;
  organisationDescriptors: string[];
  collectiveOrganisations: string[];
  nameConnectors: Set<string>;
  /** Country word to a key shared by every word for the same country. */
  nationalities: Map<string, number>;
  notNames: Set<string>;
  nameVariants: { variant: string; canonical: string }[];
  skipParagraphs: RegExp[];
}

export const ATTRIBUTION_FILE = 'attribution.json';

export function loadAttributionLexicon(dir: string): AttributionLexicon {
  const data = readLexiconFile(dir, ATTRIBUTION_FILE, AttributionFile);
  const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  const gapWord = data.subjectVerbGap.map((g) => `(?:${g})`).join('|');
  return {
    quoteMarks: data.quoteMarks,
    partialMaxWords: data.partialMaxWords,
    speechVerbs: new Set(data.speechVerbs),
    speechNouns: data.speechNouns,
    reportVerbs: new Set(data.reportVerbs),
    accordingTo: data.accordingTo,
    nameMarkers: data.nameMarkers,
    subjectVerbGap: compilePattern(ATTRIBUTION_FILE, `^(?:\\s+|(?:${gapWord})(?![\\p{L}]))*$`, 'u'),
    objectMarkers: lower(data.objectMarkers),
    coordinators: lower(data.coordinators),
    channels: data.channels.map((c) => ({
      channel: c.channel,
      pattern: compilePattern(ATTRIBUTION_FILE, c.pattern, 'iu'),
    })),
    personPronouns: lower(data.pronouns.person),
    organisationPronouns: lower(data.pronouns.organisation),
    determiners: lower(data.determiners),
    clauseVerbs: new Set(data.clauseVerbs),
    givenNamePattern: compilePattern(ATTRIBUTION_FILE, data.givenNamePattern, 'u'),
    titles: data.titles
      .map((t) => ({ words: t.title.toLowerCase().split(/\s+/), aliases: t.aliases }))
      .sort((a, b) => b.words.length - a.words.length),
    titleModifiers: lower(data.titleModifiers),
    roleHeads: lower(data.roleHeads),
    organisationHeads: new Set(data.organisationHeads),
    organisationDescriptors: data.organisationDescriptors,
    collectiveOrganisations: data.collectiveOrganisations,
    nameConnectors: new Set(data.nameConnectors),
    nationalities: new Map(
      data.nationalities.flatMap((group, i) => group.map((w): [string, number] => [w, i])),
    ),
    notNames: new Set(data.notNames),
    nameVariants: data.nameVariants,
    skipParagraphs: data.skipParagraphs.map((p) => compilePattern(ATTRIBUTION_FILE, p, 'iu')),
  };
}
