import type { Extractor } from '../../pipeline/types.js';
import { articleView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/**
 * Far more quoted stretches than a reported paragraph holds: stray marks in a damaged or machine-made
 * file, not speech. Attribution reads a quote's whole sentence, so thousands of quotes in one long
 * sentence would cost minutes; such a paragraph is skipped with a warning instead.
 */
const MAX_QUOTES_PER_PARAGRAPH = 50;

/**
 * Every quoted span of a story paragraph. Paragraphs that do not end like a sentence are
 * headlines or link lines, and so are the lexicon's teaser lines: their quote marks hold titles.
 */
export const quoteExtractor: Extractor<QuoteCandidate> = {
  name: 'quote',
  extract({ article, paragraph, index }, draft, { lexicon }) {
    const lex = lexicon.attribution;
    if (!/[.!?…]["”’')\]]*$/u.test(paragraph.text.trimEnd())) return [];
    if (lex.skipParagraphs.some((p) => p.test(paragraph.text))) return [];
    const view = articleView(article, draft.people, lex)[index]!;
    if (view.spans.length > MAX_QUOTES_PER_PARAGRAPH) {
      draft.warnings.push({
        file: article.file,
        message: `paragraph ${index + 1} has ${view.spans.length} quoted stretches, more than the ${MAX_QUOTES_PER_PARAGRAPH} a news paragraph holds; its quotes were not extracted. Check the file's quotation marks.`,
      });
      return [];
    }
    const found: QuoteCandidate[] = [];
    for (const span of view.spans) {
      let start = span.innerStart;
      let end = span.innerEnd;
      while (start < end && /\s/u.test(view.text[start]!)) start++;
      while (end > start && /[\s,]/u.test(view.text[end - 1]!)) end--;
      if (end <= start) continue;
      const text = view.text.slice(start, end);
      const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
      if (words.length === 0) continue;
      found.push({
        article,
        paragraph: index,
        span,
        start,
        end,
        text,
        partial: words.length <= lex.partialMaxWords,
        speaker: null,
        speakerId: null,
        reportedById: null,
        attribution: null,
        verb: null,
        attributionEnd: null,
        channel: null,
      });
    }
    return found;
  },
};
