import { describe, expect, it } from 'vitest';
import type { Article, Span } from '../../src/index/schema.js';
import { sentenceText, spanText } from '../../src/index/spanText.js';

// One article whose second paragraph starts at body offset 40 and holds two sentences.
const FIRST = 'Talks resumed in Tokyo on Monday.';
const SECOND = 'Akazawa said autos remain hard. A deal may come by Aug. 1.';
const index = {
  articles: [
    {
      id: 'a1',
      paragraphs: [
        { text: FIRST, start: 0, end: 33, sentences: [[0, 33]] },
        {
          text: SECOND,
          start: 40,
          end: 98,
          sentences: [
            [40, 71],
            [72, 98],
          ],
        },
      ],
    } as unknown as Article,
  ],
};
const span = (paragraph: number, start: number, end: number, articleId = 'a1'): Span => ({
  articleId,
  paragraph,
  start,
  end,
});

describe('spanText and sentenceText', () => {
  it.each([
    ['a span in the first paragraph', span(0, 17, 22), 'Tokyo', FIRST],
    [
      'a span in the second sentence of an offset paragraph',
      span(1, 91, 97),
      'Aug. 1',
      'A deal may come by Aug. 1.',
    ],
    ['a span in the first sentence', span(1, 40, 47), 'Akazawa', 'Akazawa said autos remain hard.'],
    // No one sentence holds it whole: the span itself stands for its sentence.
    ['a span across two sentences', span(1, 66, 76), 'hard. A de', 'hard. A de'],
    ['an unknown article', span(0, 0, 5, 'zz'), '', ''],
    ['a paragraph out of range', span(7, 0, 5), '', ''],
  ])('%s', (_, where, words, sentence) => {
    expect(spanText(index, where)).toBe(words);
    expect(sentenceText(index, where)).toBe(sentence);
  });
});
