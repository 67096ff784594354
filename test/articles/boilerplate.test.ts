import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../src/articles/boilerplate.js';
import { splitLines } from '../../src/articles/lines.js';
import { loadBoilerplateLexicon } from '../../src/lexicon/boilerplateLexicon.js';

const lexicon = loadBoilerplateLexicon('data/lexicon');
const STORY =
  'Japan and the United States held a third round of talks in Washington on Friday, officials said.';

/** Classifies `line` placed in the middle of a story, so only its own content decides. */
function kindInside(line: string): string | null {
  const body = [STORY, '', line, '', STORY].join('\n');
  const { removed } = removeBoilerplate(splitLines(body), lexicon, null);
  return removed.find((r) => r.line === 3)?.kind ?? null;
}

describe('boilerplate lines that must go', () => {
  it.each([
    [
      'Japanese Prime Minister Shigeru Ishiba shakes hands with a visitor in Tokyo on Friday. Image:AP/Shuji Kajiyama/pool',
      'caption',
    ],
    ['Trade ministers pose for a photo in Ottawa (AP Photo/Sean Kilpatrick)', 'caption'],
    ['©2025 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC.', 'copyright'],
    ['© KYODO', 'copyright'],
    ['Copyright 2025 The Associated Press. All rights reserved.', 'copyright'],
    ['blog comments powered by Disqus', 'comments'],
    ['Comments', 'comments'],
    ['Unlock the White Home Watch e-newsletter without spending a dime', 'newsletter'],
    ['Sign up for our Asia trade newsletter', 'newsletter'],
    ['Related: Japan weighs retaliation as talks stall', 'related-links'],
    ['Recommended', 'related-links'],
    ['Published in News & Features', 'site-chrome'],
    ['/', 'site-chrome'],
    ['· Japan Today', 'site-chrome'],
    ['By Alastair Gale', 'byline'],
    ['Alastair Gale, Bloomberg News on', 'byline'],
  ])('%s → %s', (line, kind) => {
    expect(kindInside(line)).toBe(kind);
  });
});

describe('story lines that must stay', () => {
  it.each([
    ['"I fully agree with you...Let\'s get it done."'],
    ['Readers who subscribe to the idea of a quick deal were disappointed, analysts said.'],
    ['Related talks on currency will be held separately, he said.'],
    ['The comments came after a meeting in Tokyo.'],
    [
      'Trump’s tariffs, including a 25% tariff on imported cars, are already weighing heavily on the Japanese economy.',
    ],
    [
      'A photographer captured the two leaders shaking hands before their meeting, a moment widely shared online.',
    ],
    ['Copyright disputes were not on the agenda, officials said.'],
    ['Talks stall'],
  ])('%s', (line) => {
    expect(kindInside(line)).toBeNull();
  });
});

describe('leading and trailing site chrome', () => {
  it('takes the short lines before the story and after it, and keeps the headline as title', () => {
    const body = [
      'Current News',
      '',
      'ArcaMax',
      '',
      'Japan aims for trade deal before August deadline',
      '',
      STORY,
      STORY,
      '',
      'Share',
      'More',
    ].join('\n');
    const result = removeBoilerplate(splitLines(body), lexicon, null);
    expect(result.headline).toBe('Japan aims for trade deal before August deadline');
    expect(result.removed.map((r) => [r.line, r.kind])).toEqual([
      [1, 'site-chrome'],
      [3, 'site-chrome'],
      [5, 'headline'],
      [10, 'site-chrome'],
      [11, 'site-chrome'],
    ]);
  });

  it('matches a front-matter title anywhere and does not guess another headline', () => {
    const body = ['Latest News', 'Japan’s Akazawa aims to visit US', STORY].join('\n');
    const result = removeBoilerplate(splitLines(body), lexicon, "Japan's Akazawa aims to visit US");
    expect(result.headline).toBe('Japan’s Akazawa aims to visit US');
    expect(result.removed.map((r) => r.kind)).toEqual(['site-chrome', 'headline']);
  });

  it('takes a promo tagline with its newsletter line, not as a headline', () => {
    const body = [
      'Unlock the Trade Watch newsletter for free',
      'Your guide to what the election means for the world',
      STORY,
    ].join('\n');
    const result = removeBoilerplate(splitLines(body), lexicon, null);
    expect(result.headline).toBeNull();
    expect(result.removed.map((r) => r.kind)).toEqual(['newsletter', 'newsletter']);
  });

  it('keeps everything when no line reads as a sentence', () => {
    const body = ['Tariff notes', 'autos 25', 'steel 25'].join('\n');
    const result = removeBoilerplate(splitLines(body), lexicon, null);
    expect(result.removed).toEqual([]);
    expect(result.kept).toHaveLength(3);
  });
});
