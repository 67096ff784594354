/**
 * What an answer function returns: plain data, no discord.js. Both renderers (Discord, terminal)
 * and `npm run ask -- --json` read exactly this.
 */
import type { QuoteChannel, TariffStatus } from '../index/schema.js';
import type { CommandName } from './catalog.js';

/** One article behind a fact. */
export interface Citation {
  articleId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  /** The article is a machine-paraphrased copy: quoted words may not be exact. */
  paraphrased: boolean;
}

export interface QuoteItem {
  kind: 'quote';
  speaker: string;
  speakerId: string;
  text: string;
  partial: boolean;
  channel: QuoteChannel | null;
  reportedBy: string | null;
  /** First citation's fields, flattened for `--json` users. */
  articleId: string;
  source: string | null;
  published: string | null;
  citations: Citation[];
}

export interface TariffItem {
  kind: 'tariff';
  /** The slug from the subject taxonomy (`autos`). */
  subject: string;
  /** Its label for people to read (`Autos`). */
  subjectLabel: string;
  ratePercent: number | null;
  previousRatePercent: number | null;
  status: TariffStatus;
  effective: string | null;
  imposedBy: string | null;
  imposedOn: string | null;
  evidence: string;
  articleId: string;
  citations: Citation[];
}

export interface DeadlineItem {
  kind: 'deadline';
  date: string;
  range: { start: string; end: string } | null;
  description: string;
  /** Relative to the current date when answered. */
  status: 'upcoming' | 'passed' | 'today';
  evidence: string;
  articleId: string;
  citations: Citation[];
}

export interface SearchItem {
  kind: 'search';
  articleId: string;
  paragraph: number;
  text: string;
  score: number;
  citations: Citation[];
}

export interface PersonItem {
  kind: 'person';
  id: string;
  name: string;
  role: string | null;
  aliases: string[];
  quoteCount: number;
  articleIds: string[];
  citations: Citation[];
}

export interface SourceItem {
  kind: 'source';
  articleId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  paraphrased: boolean;
  counts: { quotes: number; tariffs: number; deadlines: number };
}

export interface HelpItem {
  kind: 'help';
  command: CommandName;
  description: string;
  example: string;
}

export type AnswerItem =
  QuoteItem | TariffItem | DeadlineItem | SearchItem | PersonItem | SourceItem | HelpItem;

export interface Answer {
  command: CommandName;
  /** The options as understood (after trimming), echoed back. */
  options: Record<string, string>;
  /** A heading for the whole answer ("Quotes from Scott Bessent"). */
  title: string;
  items: AnswerItem[];
  /** Said when there is nothing to show, or to explain a choice ("Did you mean ..."). */
  message?: string;
  /** Close matches to offer when the input matched nothing or was ambiguous. */
  suggestions?: string[];
}
