/**
 * The index format: the single source of truth for what the builder writes and what every front
 * end reads. Types are inferred from these schemas; loaded JSON is parsed with them, never cast.
 */
import { z } from 'zod';

/**
 * Bumped whenever a change to this file makes older index files unreadable, or leaves out what
 * they held: an index of another version is rebuilt, not read (version 2: sources hold no copy
 * of their sentence).
 */
export const SCHEMA_VERSION = 2;

/** A date as precise as the text allows: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialIsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialIsoDate = z.infer<typeof PartialIsoDate>;

export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * Where a fact comes from. Offsets are UTF-16 code unit positions in the article's normalised
 * body (front matter split off, NFC, `\n` line endings, no BOM). The index keeps paragraphs, not
 * the body: `paragraphs[p].text.slice(start - paragraphs[p].start, end - paragraphs[p].start)`.
 */
export const Span = z.object({
  articleId: z.string().min(1),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/**
 * One article that reports a fact: where it says it. The sentence that says it is the one of the
 * paragraph's `sentences` that holds the span (`sentenceText`); the file does not write it out a
 * second time, for a fact many articles report would repeat it once per article.
 */
export const Source = Span;
export type Source = z.infer<typeof Source>;

export const MetadataOrigin = z.enum(['front-matter', 'inferred', 'unknown']);

export const Paragraph = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Sentence boundaries as [start, end) offsets into the body. */
  sentences: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const BOILERPLATE_KINDS = [
  'caption',
  'site-chrome',
  'byline',
  'comments',
  'copyright',
  'newsletter',
  'related-links',
  'headline',
] as const;
export const BoilerplateKind = z.enum(BOILERPLATE_KINDS);
export type BoilerplateKind = z.infer<typeof BoilerplateKind>;

export const RemovedLine = z.object({
  line: z.number().int().positive(),
  kind: BoilerplateKind,
  text: z.string(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

export const Article = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().nullable(),
  source: z.string().nullable(),
  author: z.string().nullable(),
  via: z.string().nullable(),
  published: IsoDay.nullable(),
  url: z.string().nullable(),
  /** A machine-paraphrased copy: its quotes are not the speakers' exact words. */
  paraphrased: z.boolean(),
  /** Where title, source and published came from. */
  metadata: z.object({ title: MetadataOrigin, source: MetadataOrigin, published: MetadataOrigin }),
  /** sha256 of the file's bytes. */
  hash: z.string(),
  /** Story paragraphs; their offsets (and every span) point into the normalised body. */
  paragraphs: z.array(Paragraph),
  removed: z.array(RemovedLine),
});
export type Article = z.infer<typeof Article>;

export const PersonKind = z.enum(['person', 'organisation']);

export const Person = z.object({
  /** A stable slug of the canonical name, e.g. `scott-bessent`. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: PersonKind,
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  articleIds: z.array(z.string()),
});
export type Person = z.infer<typeof Person>;

export const QuoteChannel = z.enum(['reporters', 'interview', 'statement', 'social-media', 'speech']);
export type QuoteChannel = z.infer<typeof QuoteChannel>;

/** How the speaker was found, for ranking and for auditing mistakes. */
export const Attribution = z.enum(['before', 'after', 'inside', 'pronoun', 'continuation', 'reported']);

export const Quote = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  speaker: z.string().min(1),
  speakerId: z.string().min(1),
  /** Who relayed the words ("Ishiba quoted Bessent as saying"), when not the speaker. */
  reportedById: z.string().nullable(),
  /** Exactly as in the article, without the quote marks. */
  text: z.string().min(1),
  /** One- and two-word fragments ("good", "vigorously"). */
  partial: z.boolean(),
  channel: QuoteChannel.nullable(),
  attribution: Attribution,
  /** The attribution verb as written ("said", "warned", "wrote"). */
  verb: z.string().nullable(),
  paragraph: z.number().int().nonnegative(),
  span: Span,
  evidence: z.string(),
});
export type Quote = z.infer<typeof Quote>;

export const TariffStatus = z.enum(['in-effect', 'scheduled', 'threatened', 'agreed', 'unknown']);
export type TariffStatus = z.infer<typeof TariffStatus>;

export const Tariff = z.object({
  id: z.string().min(1),
  /** The first article that reports it; `sources` lists them all. */
  articleId: z.string().min(1),
  subject: z.string().min(1),
  ratePercent: z.number().nullable(),
  previousRatePercent: z.number().nullable(),
  status: TariffStatus,
  effective: PartialIsoDate.nullable(),
  imposedBy: z.string().nullable(),
  imposedOn: z.string().nullable(),
  /** The sentence that states it, from the first source. */
  evidence: z.string(),
  sources: z.array(Source).min(1),
});
export type Tariff = z.infer<typeof Tariff>;

export const DatePart = z.enum(['year', 'month', 'day']);

export const Deadline = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  date: PartialIsoDate,
  /** For spans of time ("next week", "mid-May"): the first and last day. */
  range: z.object({ start: IsoDay, end: IsoDay }).nullable(),
  /** Which parts of the date were not written but taken from the publication date. */
  inferred: z.array(DatePart),
  /** The date phrase as written ("Aug. 1", "next week"). */
  phrase: z.string(),
  description: z.string().min(1),
  /** Relative to the publication date of the first source. */
  relation: z.enum(['ahead', 'behind', 'same-day', 'unknown']),
  evidence: z.string(),
  sources: z.array(Source).min(1),
});
export type Deadline = z.infer<typeof Deadline>;

export const Warning = z.object({
  file: z.string(),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

/**
 * The paragraphs' full-text index, prebuilt by the index builder so that loading needs no
 * tokenising (src/query/passageIndex.ts reads and writes it). Optional: an index without it, or
 * with one made by another tokenizer, is searched after building one at load. The arrays are
 * little-endian typed arrays in base64.
 */
export const PassageIndexData = z.object({
  /** Which tokenizer (format, byte order, stop words) made it. */
  tokenizer: z.string(),
  /** How many paragraphs it covers, all articles in order. */
  docCount: z.number().int().nonnegative(),
  /** The distinct terms, sorted, separated by single spaces. */
  terms: z.string(),
  /** Uint32: where each term's postings start in `docs`; one more entry than there are terms. */
  offsets: z.string(),
  /** Uint32: paragraph numbers, ascending within each term. */
  docs: z.string(),
  /** Uint8: how often the term occurs in that paragraph (at most 255), parallel to `docs`. */
  freqs: z.string(),
  /** Uint16: how many terms each paragraph has. */
  lengths: z.string(),
  /**
   * Uint8: for each term, the largest BM25 term-frequency factor of its postings, in 255ths of
   * K1 + 1, rounded up (src/query/scoreBounds.ts). With `docBounds`, lets a search pass over
   * paragraphs that cannot reach its top results. Indexes from before it lack both; their search
   * data is then built anew at load.
   */
  termBounds: z.string().optional(),
  /** Uint8: for each paragraph, likewise the largest factor of any of its terms. */
  docBounds: z.string().optional(),
});
export type PassageIndexData = z.infer<typeof PassageIndexData>;

export const TariffIndex = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** sha256 over the input files' names and bytes and the lexicon. */
  inputHash: z.string(),
  articles: z.array(Article),
  people: z.array(Person),
  quotes: z.array(Quote),
  tariffs: z.array(Tariff),
  deadlines: z.array(Deadline),
  warnings: z.array(Warning),
  /** Added in schema version 1 without a bump: older files simply lack it. */
  search: PassageIndexData.optional(),
});
export type TariffIndex = z.infer<typeof TariffIndex>;
