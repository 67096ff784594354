import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TextSharer } from '../../src/index/sharedText.js';

const PARAGRAPH =
  'Bessent said on Friday: “We are close to a deal with Japan,” adding that autos remain hard.';
const EVIDENCE =
  'Bessent said on Friday: “We are close to a deal with Japan,” adding that autos remain hard.';
const QUOTE = 'We are close to a deal with Japan,';

/** Fresh copies, as JSON.parse gives them: never the same string object as the paragraph's. */
const copy = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const article = (id = 'a1', texts = ['Intro paragraph here.', PARAGRAPH]) => ({
  id,
  paragraphs: texts.map((text) => ({ text })),
});
const span = (articleId = 'a1', paragraph = 1) => ({ articleId, paragraph, start: 0, end: 1 });

function shared(member: string, element: Record<string, unknown>, articles = [article()]) {
  const sharer = new TextSharer();
  sharer.take('articles', copy(articles) as unknown[]);
  const before = copy(element);
  sharer.take(member, [element]);
  return { element, before };
}

describe('TextSharer', () => {
  it.each([
    ['quote text and evidence', 'quotes', { text: QUOTE, evidence: EVIDENCE, span: span() }],
    ['tariff evidence', 'tariffs', { evidence: EVIDENCE, sources: [span()] }],
    [
      "a deadline's evidence found in its second source",
      'deadlines',
      {
        evidence: EVIDENCE,
        sources: [span('a2', 0), span()],
      },
    ],
  ])('%s: every value stays exactly as it was', (_, member, element) => {
    const { element: after, before } = shared(member, copy(element) as Record<string, unknown>, [
      article(),
      article('a2', ['Another sentence entirely.']),
    ]);
    expect(after).toEqual(before);
    expect(after).toEqual(element);
  });

  it.each([
    [
      'a text not in its paragraph',
      { text: 'Words nobody wrote in this article.', evidence: 'x', span: span() },
    ],
    ['an unknown article', { text: QUOTE, evidence: EVIDENCE, span: span('zz') }],
    ['a paragraph out of range', { text: QUOTE, evidence: EVIDENCE, span: span('a1', 9) }],
    ['no span', { text: QUOTE, evidence: EVIDENCE }],
    [
      'a span of the wrong types',
      { text: QUOTE, evidence: EVIDENCE, span: { articleId: 1, paragraph: '1' } },
    ],
    ['values that are not strings', { text: 42, evidence: null, span: span() }],
    ['missing values', { span: span() }],
  ])('leaves %s untouched, adding no member', (_, element) => {
    const { element: after, before } = shared('quotes', copy(element) as Record<string, unknown>);
    expect(after).toEqual(before);
    expect(Object.keys(after)).toEqual(Object.keys(before as object));
  });

  it('ignores elements that are not objects, and members it does not know', () => {
    const sharer = new TextSharer();
    sharer.take('articles', [null, 3, 'x', [], article()]);
    const odd = [null, 7, [QUOTE], { text: QUOTE, span: span() }];
    const before = copy(odd);
    sharer.take('quotes', odd);
    sharer.take('people', odd);
    expect(odd).toEqual(before);
  });

  describe('memory', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfterGc = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };

    /** Heap kept by 200 paragraphs of 50,000 characters and quotes holding each one's second half. */
    function retained(share: boolean): { paragraphs: number; quotes: number } {
      const texts = Array.from({ length: 200 }, (_, i) => `${i}’ ${'tariff talks '.repeat(3850)}`);
      const json = JSON.stringify(texts.map((t, i) => ({ id: `a${i}`, paragraphs: [{ text: t }] })));
      const base = heapAfterGc();
      const articles = JSON.parse(json) as unknown[];
      const paragraphs = heapAfterGc() - base;
      const quotes = JSON.parse(
        JSON.stringify(texts.map((t, i) => ({ text: t.slice(25_000), span: span(`a${i}`, 0) }))),
      ) as unknown[];
      if (share) {
        const sharer = new TextSharer();
        sharer.take('articles', articles);
        sharer.take('quotes', quotes);
      }
      const kept = heapAfterGc() - base - paragraphs;
      expect((quotes[199] as { text: string }).text).toBe(texts[199]!.slice(25_000));
      return { paragraphs, quotes: kept };
    }

    it('quotes hold slices of their paragraphs, not copies of the text', () => {
      const copied = retained(false);
      const sharedHeap = retained(true);
      // Two-byte text: the copies alone take about 200 × 25,000 × 2 bytes = 10 MB.
      expect(copied.quotes).toBeGreaterThan(9_000_000);
      expect(sharedHeap.quotes).toBeLessThan(1_000_000);
    });
  });
});
