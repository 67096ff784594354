/**
 * Quotation marks that do not pair up: a quote that never closes, a stray or doubled mark, a
 * paragraph full of marks. Extraction must end each damaged quote where the evidence says, keep
 * every other quote of the article, and take time in proportion to the text, never more.
 */
import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../src/extract/quotes/quoteMarks.js';
import { brief, lexicon, runStages } from './runStages.js';

const quoted = (text: string) =>
  findQuotedSpans(text, lexicon.attribution).map((s) => [text.slice(s.innerStart, s.innerEnd), s.unclosed]);

describe('unbalanced marks in one paragraph', () => {
  it.each<[string, string, [string, boolean][]]>([
    [
      'a quote that never closes runs to the paragraph end, not beyond',
      '"We will not rush into a deal, Akazawa said.',
      [['We will not rush into a deal, Akazawa said.', true]],
    ],
    [
      'a second curly opener ends the unclosed first quote',
      '“We will win, she said. “Or not.”',
      [
        ['We will win, she said. ', true],
        ['Or not.', false],
      ],
    ],
    [
      'a closed quote, then one left open',
      '"A," he said. "B',
      [
        ['A,', false],
        ['B', true],
      ],
    ],
    [
      'a mark glued to a word is a stray closer, not an opener',
      'He said "no and "yes" to the plan.',
      [['no and ', false]],
    ],
    [
      'reversed curly marks open at the last opener',
      'The deal is “close” and ”done“ now.',
      [
        ['close', false],
        [' now.', true],
      ],
    ],
    // Negative cases: a single mark with no closer is an apostrophe as far as anyone can tell.
    ['an unclosed single mark gives nothing', "'We buy more, Tanabe said.", []],
    ['only stray closers', 'Rates fell” and rose” again.', []],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('the rest of the article survives', () => {
  it('a quote left open in one paragraph does not swallow the next paragraphs', () => {
    const { quotes } = runStages([
      'Trade minister Ryosei Akazawa said on Friday: "We will not rush into a deal.',
      'Japan exported more cars in July, the ministry said.',
      '"The talks went well," Akazawa told reporters.',
      'Akazawa later said the "clock is ticking" for both sides.',
    ]);
    expect(brief(quotes)).toEqual([
      ['We will not rush into a deal.', 'Ryosei Akazawa', 'before'],
      ['The talks went well', 'Ryosei Akazawa', 'after'],
      ['clock is ticking', 'Ryosei Akazawa', 'before'],
    ]);
  });

  it('a paragraph of stray marks is skipped with a warning; the other quotes come out', () => {
    const { quotes, warnings } = runStages([
      'Trade minister Ryosei Akazawa arrived in Washington on Monday.',
      // Straight marks pair by alternation: 120 marks, 60 quoted stretches.
      `Stray marks: ${' "x'.repeat(120)}.`,
      '"The talks went well," Akazawa told reporters.',
    ]);
    expect(brief(quotes)).toEqual([['The talks went well', 'Ryosei Akazawa', 'after']]);
    expect(warnings).toEqual([
      {
        file: 'a0.txt',
        message:
          "paragraph 2 has 60 quoted stretches, more than the 50 a news paragraph holds; its quotes were not extracted. Check the file's quotation marks.",
      },
    ]);
  });

  it('fifty quotes in a paragraph are still read', () => {
    const { quotes, warnings } = runStages([
      'Trade minister Ryosei Akazawa arrived in Washington on Monday.',
      `Akazawa said the talks were ${Array.from({ length: 50 }, (_, i) => `"calm number ${i}"`).join(', ')}.`,
    ]);
    expect(warnings).toEqual([]);
    expect(quotes).toHaveLength(50);
    expect(brief(quotes)[49]).toEqual(['calm number 49', 'Ryosei Akazawa', 'before']);
  });
});

describe('cost in proportion to the text', () => {
  // Catastrophic bounds, not speed measurements: before the marks were paired in one pass, each of
  // these took minutes (an opener scanned to the paragraph's end, once per opener).
  it.each([
    ['openers after brackets', "('a".repeat(50_000)],
    ['openers after dashes', "—'a".repeat(50_000)],
    ['mixed marks', ` 'x "y ‘z “w`.repeat(40_000)],
  ])('%s: a 150 KB paragraph is paired at once', { timeout: 10_000 }, (_name, text) => {
    const spans = findQuotedSpans(text, lexicon.attribution);
    expect(spans.every((s) => s.open < s.close && s.close <= text.length)).toBe(true);
  });

  it('an article whose one paragraph is 100 KB of marks is built at once', { timeout: 10_000 }, () => {
    const { quotes, warnings } = runStages([
      'Trade minister Ryosei Akazawa arrived in Washington on Monday.',
      `Akazawa said ${' "a'.repeat(33_000)}.`,
      '"Fine," Akazawa said.',
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['Fine']);
    expect(warnings.map((w) => w.message.slice(0, 40))).toEqual(['paragraph 2 has 16500 quoted stretches, ']);
  });
});
