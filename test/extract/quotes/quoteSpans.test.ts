import { describe, expect, it } from 'vitest';
import { EXTRA_DIR, indexOf, SEED_DIR } from '../../helpers/buildFixture.js';

describe.each([SEED_DIR, EXTRA_DIR])('quotes of %s', (dir) => {
  const index = indexOf(dir);

  it('point at their exact words and carry them in their evidence', () => {
    const off = index.quotes.filter((q) => {
      const article = index.articles.find((a) => a.id === q.articleId)!;
      const p = article.paragraphs[q.paragraph]!;
      const words = p.text.slice(q.span.start - p.start, q.span.end - p.start);
      return (
        words !== q.text ||
        !q.evidence.includes(q.text) ||
        !p.text.includes(q.evidence) ||
        q.span.paragraph !== q.paragraph
      );
    });
    expect(off).toEqual([]);
  });

  it('name speakers and relaying parties that are entries of people[]', () => {
    const ids = new Set(index.people.map((p) => p.id));
    const names = new Map(index.people.map((p) => [p.id, p.name]));
    const dangling = index.quotes.filter(
      (q) =>
        !ids.has(q.speakerId) ||
        names.get(q.speakerId) !== q.speaker ||
        (q.reportedById !== null && !ids.has(q.reportedById)),
    );
    expect(dangling).toEqual([]);
  });
});
