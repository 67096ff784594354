import { describe, expect, it } from 'vitest';
import {
  tagSentence,
  tagSentences,
  type TaggedSentence,
} from '../../../src/extract/deadlines/taggedSentence.js';
import { lexicon } from '../tariffs/articleFixture.js';

const SENTENCES = [
  'Tariffs rose to 25% on Aug. 1, the U.S. said.',
  'Japan’s negotiator Ryosei Akazawa said on Tuesday he’s aiming to visit Washington next week.',
  '“We will not rush,” Ishiba told reporters in Tokyo on July 20.',
  'The farm ministry’s point man will meet Bessent by mid-August — before the deadline.',
  'Talks resume Monday',
];

/** What a tagged sentence says, in a form `toEqual` compares. */
const plain = (t: TaggedSentence) => ({
  text: t.text,
  tokens: t.tokens.map((k) => ({ ...k, tags: [...k.tags].sort() })),
  verbForms: [...t.verbForms],
});

describe('tagSentences', () => {
  // Each set of corrections has its own cache: a copy tags every sentence alone, afresh.
  const together = { ...lexicon.dates.wordTags };
  const alone = { ...lexicon.dates.wordTags };
  tagSentences(SENTENCES, together);

  it.each(SENTENCES)('tags %j together exactly as alone', (text) => {
    expect(plain(tagSentence(text, together))).toEqual(plain(tagSentence(text, alone)));
  });

  it.each([
    ['rose', ['PastTense', 'Verb'], { infinitive: 'rise', present: 'rises' }],
    ['Aug', ['Date', 'Month'], undefined],
    ['1', ['Cardinal', 'Date', 'NumericValue', 'Value'], undefined],
  ])('reads %j in the first sentence with its tags and verb forms', (word, tags, forms) => {
    const tagged = tagSentence(SENTENCES[0]!, together);
    const token = tagged.tokens.find((t) => t.text === word)!;
    expect(tags.every((tag) => token.tags.has(tag))).toBe(true);
    expect(tagged.verbForms.get(token.start)).toEqual(forms);
  });

  it('gives offsets into each sentence, not into the sentences joined', () => {
    const tagged = tagSentence(SENTENCES[2]!, together);
    expect(tagged.tokens.map((t) => [t.text, t.start, t.end, t.pre, t.post]).slice(0, 2)).toEqual([
      ['We', 1, 3, '“', ' '],
      ['will', 4, 8, '', ' '],
    ]);
    expect(tagged.tokens.at(-1)).toMatchObject({ text: '20', start: 59, end: 61, post: '.' });
  });
});

describe('tagSentence', () => {
  const corrections = { ...lexicon.dates.wordTags };
  const tagged = tagSentence(SENTENCES[4]!, corrections);

  it.each([
    ['the same text', SENTENCES[4]!, true],
    ['another text', SENTENCES[3]!, false],
  ])('answers %s with the sentence it tagged before: %s', (_, text, same) => {
    expect(tagSentence(text, corrections) === tagged).toBe(same);
  });
});
