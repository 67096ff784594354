/**
 * Text read back from an index through offsets: the words a span covers, and the sentence that
 * holds them. Sources keep offsets only (see `Source` in schema.ts); these give their text.
 */
import type { Paragraph, Span, TariffIndex } from './schema.js';

type Articles = Pick<TariffIndex, 'articles'>;

function paragraphOf(index: Articles, span: Span): Paragraph | undefined {
  return index.articles.find((a) => a.id === span.articleId)?.paragraphs[span.paragraph];
}

/** The text a span covers, read back from the index's paragraphs; '' when it points nowhere. */
export function spanText(index: Articles, span: Span): string {
  const paragraph = paragraphOf(index, span);
  return paragraph ? paragraph.text.slice(span.start - paragraph.start, span.end - paragraph.start) : '';
}

/**
 * The sentence of its paragraph that holds a span (the first that holds it whole), or the span's
 * own text when none does; '' when it points nowhere.
 */
export function sentenceText(index: Articles, span: Span): string {
  const paragraph = paragraphOf(index, span);
  if (!paragraph) return '';
  const [from, to] = paragraph.sentences.find(([s, e]) => s <= span.start && span.end <= e) ?? [
    span.start,
    span.end,
  ];
  return paragraph.text.slice(from - paragraph.start, to - paragraph.start);
}
