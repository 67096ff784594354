import type { ParagraphInput } from '../../pipeline/types.js';

/** One sentence of a paragraph with its offsets into the article body. */
export interface SentenceInput {
  text: string;
  start: number;
  end: number;
  /** The sentence's position in its paragraph. */
  index: number;
}

/** The sentences of the paragraph an extractor is looking at. */
export function sentencesOf({ article, paragraph }: ParagraphInput): SentenceInput[] {
  return paragraph.sentences.map(([start, end], index) => ({
    text: article.body.slice(start, end),
    start,
    end,
    index,
  }));
}
