import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import type { MatchTerm } from '../../../src/extract/deadlines/anchoredMatch.js';
import { correctionSpans } from '../../../src/extract/deadlines/correctionSpans.js';

const TEXT = [
  'Tariffs on cars rose to 25%, the point man said.',
  'Rose Kim said tariffs rose again; he’s the point man now.',
  'No levies were raised.',
].join(' ');

describe('correctionSpans', () => {
  it.each([
    { pattern: 'rose', found: ['rose', 'Rose', 'rose'] },
    { pattern: 'point man', found: ['point man', 'point man'] },
    { pattern: 'tariffs', found: ['Tariffs', 'tariffs'] },
    // Written in compromise's match syntax, a correction is read the same way.
    { pattern: 'on #Plural', found: ['on cars'] },
    { pattern: '^tariffs', found: ['Tariffs'] },
    { pattern: 'man now$', found: ['man now'] },
    // A contraction's unwritten half ("is" of "he’s") is a word of its own.
    { pattern: 'is the', found: ['the'] },
    { pattern: 'wheat', found: [] },
  ])('finds $found for $pattern, as compromise’s match does', ({ pattern, found }) => {
    const doc = nlp(TEXT);
    const spans = correctionSpans(doc.docs as unknown as MatchTerm[][], pattern);
    expect(spans).toEqual(doc.match(pattern).fullPointer);
    expect(spans.map(([n, start, end]) => doc.update([[n, start, end]] as never).text())).toEqual(found);
  });
});
