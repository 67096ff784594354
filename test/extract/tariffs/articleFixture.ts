import type { ArticleDoc } from '../../../src/articles/articleDoc.js';
import { parseArticle } from '../../../src/articles/parseArticle.js';
import { loadLexicon, type Lexicon } from '../../../src/lexicon/lexicon.js';

export const lexicon: Lexicon = loadLexicon();

/** A one-paragraph article with the given publication date (none when null). */
export function articleOf(text: string, published: string | null, paraphrased = false): ArticleDoc {
  const front = [
    '---',
    'title: Test',
    ...(published ? [`published: ${published}`] : []),
    ...(paraphrased ? ['paraphrased: true'] : []),
    '---',
  ];
  return parseArticle(
    'test.txt',
    'test',
    new TextEncoder().encode(`${front.join('\n')}\n${text}\n`),
    lexicon.boilerplate,
  ).article;
}
