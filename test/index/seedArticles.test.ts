import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedIndex } from '../helpers/buildFixture.js';

/** What must be removed from each seed article, as [line number in the body, kind]. */
const REMOVED: Record<string, [number, string][]> = {
  '000_9fd08886dfbf61b1': [
    [1, 'caption'],
    [3, 'headline'],
    [5, 'site-chrome'],
    [43, 'copyright'],
  ],
  '001_a1740e9eaf4d6ccd': [[17, 'byline']],
  '002_6eb624e9fa7845c1': [
    [1, 'site-chrome'],
    [3, 'site-chrome'],
    [5, 'site-chrome'],
    [7, 'headline'],
    [9, 'byline'],
    [11, 'site-chrome'],
    [44, 'copyright'],
    [48, 'comments'],
    [50, 'comments'],
  ],
  '003_d7b23198233fba71': [],
  '004_a5f3b33fa1e51906': [
    [1, 'newsletter'],
    [2, 'newsletter'],
  ],
};

const META: [string, string, string, string | null][] = [
  [
    '000_9fd08886dfbf61b1',
    "U.S. Treasury chief sure of 'good' tariff deal with Japan: Ishiba",
    'Japan Today (Kyodo)',
    '2025-07-18',
  ],
  [
    '001_a1740e9eaf4d6ccd',
    'Ishiba says Bessent told him the US and Japan will reach a good trade deal',
    'Bloomberg',
    '2025-07-18',
  ],
  [
    '002_6eb624e9fa7845c1',
    "Japan's Akazawa aims to visit US next week for more trade talks",
    'Bloomberg News',
    '2025-07-19',
  ],
  [
    '003_d7b23198233fba71',
    'Mixed reactions from US, Japanese officials on trade talks',
    'Free Malaysia Today',
    '2025-05-03',
  ],
  [
    '004_a5f3b33fa1e51906',
    'Trump weighs in on Japan trade talks but Tokyo team leaves without deal',
    'Financial Times',
    '2025-04-17',
  ],
];

const BOILERPLATE = [
  'ArcaMax',
  'Disqus',
  'Image:AP',
  'Unlock the White Home Watch',
  '©2025 Bloomberg',
  '© KYODO',
  'Published in',
  '(Bloomberg)',
  'Current News',
];

function originalLines(id: string): string[] {
  return readFileSync(`../shared/seed-articles/${id}.txt`, 'utf8').split('\n');
}

describe('the seed index', () => {
  const index = seedIndex();

  it('has the five articles in file order with metadata from front matter', () => {
    expect(index.articles.map((a) => [a.id, a.title, a.source, a.published])).toEqual(META);
    expect(index.articles.map((a) => a.paraphrased)).toEqual([false, false, false, false, true]);
    expect(index.articles[2]!.author).toBe('Alastair Gale');
  });

  it.each(Object.entries(REMOVED))('removes exactly the boilerplate of %s', (id, removed) => {
    const article = index.articles.find((a) => a.id === id)!;
    expect(article.removed.map((r) => [r.line, r.kind])).toEqual(removed);
  });

  it.each(BOILERPLATE)('leaves no %j in any paragraph', (text) => {
    const hits = index.articles.flatMap((a) =>
      a.paragraphs.filter((p) => p.text.includes(text)).map(() => a.id),
    );
    expect(hits).toEqual([]);
  });

  it.each(Object.keys(REMOVED))('keeps every story line of %s as a paragraph', (id) => {
    const article = index.articles.find((a) => a.id === id)!;
    const removedLines = new Set(
      REMOVED[id]!.filter(([, kind]) => kind !== 'byline' || id !== '001_a1740e9eaf4d6ccd').map(([n]) => n),
    );
    const story = originalLines(id)
      .map((text, i) => ({ text: text.trim(), number: i + 1 }))
      .filter((l) => l.text !== '' && !removedLines.has(l.number))
      .map((l) => l.text.replace(/\s*\(Bloomberg\)$/, ''));
    expect(article.paragraphs.map((p) => p.text)).toEqual(story);
  });
});
