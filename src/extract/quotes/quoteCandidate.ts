import type { ArticleDoc } from '../../articles/articleDoc.js';
import type { Quote, QuoteChannel } from '../../index/schema.js';
import type { Mention } from '../people/mentionFinder.js';
import type { QuotedSpan } from './quoteMarks.js';

/** A quoted span on its way to becoming a Quote; offsets are into the paragraph text. */
export interface QuoteCandidate {
  article: ArticleDoc;
  paragraph: number;
  span: QuotedSpan;
  /** The quoted words without marks, white space or a trailing comma. */
  start: number;
  end: number;
  text: string;
  partial: boolean;
  /** The words that name the speaker: a name, a title or a pronoun still to resolve. */
  speaker: Mention | null;
  speakerId: string | null;
  reportedById: string | null;
  attribution: Quote['attribution'] | null;
  verb: string | null;
  /** Where the attribution ends, when it follows the quote ("..., Ishiba said in a statement"). */
  attributionEnd: number | null;
  channel: QuoteChannel | null;
}
