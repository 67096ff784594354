import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { TOKENIZE_STEPS, tokenizedDocument } from '../../../src/extract/deadlines/tokenizedDocument.js';

type Doc = ReturnType<typeof nlp.tokenize>;

/** What the tokenizer gives each word: its text, forms, contraction half and punctuation. */
const words = (doc: Pick<Doc, 'docs'>) =>
  doc.docs.map((terms) =>
    terms.map((t) => {
      const { text, normal, pre, post } = t;
      const { machine, alias, implicit } = t as typeof t & {
        machine?: string;
        alias?: string[];
        implicit?: string;
      };
      return { text, normal, pre, post, machine, alias, implicit };
    }),
  );

describe('tokenizedDocument', () => {
  it.each([
    ['He’s aiming to visit Washington next week. Talks resume Monday!', 2],
    ['Levies on cars and/or trucks rose 25 per cent; the U.S. said so.', 1],
    ['“We will not rush,” Ishiba told reporters…', 1],
    ['Björk’s café, São Paulo: 1,000 cars — gone.', 1],
  ])('splits %j as nlp.tokenize does, in %i sentences', (text, sentences) => {
    const doc = tokenizedDocument(text).compute([...TOKENIZE_STEPS]);
    expect(doc.docs.length).toBe(sentences);
    expect(words(doc)).toEqual(words(nlp.tokenize(text)));
  });

  it.each([
    ['', 0],
    ['   ', 0],
  ])('gives no sentences for %j', (text, sentences) => {
    expect(tokenizedDocument(text).docs.length).toBe(sentences);
  });
});
