import { parseArticle } from '../../../src/articles/parseArticle.js';
import type { Person, Warning } from '../../../src/index/schema.js';
import { loadLexicon } from '../../../src/lexicon/lexicon.js';
import { peopleStage } from '../../../src/extract/people/peopleStage.js';
import { quoteStage } from '../../../src/extract/quotes/quoteStage.js';
import { runPipeline } from '../../../src/pipeline/pipeline.js';
import type { QuoteDraft } from '../../../src/pipeline/types.js';

export const lexicon = loadLexicon('data/lexicon');

/** People and quotes of made-up articles, each given as its paragraphs, run through the real stages. */
export function runStages(...articles: string[][]): {
  people: Person[];
  quotes: QuoteDraft[];
  warnings: Warning[];
} {
  const docs = articles.map((paragraphs, i) => {
    const text = `---\npublished: 2025-07-18\n---\n${paragraphs.join('\n\n')}\n`;
    return parseArticle(`a${i}.txt`, `a${i}`, new TextEncoder().encode(text), lexicon.boilerplate).article;
  });
  const draft = runPipeline(docs, lexicon, [peopleStage, quoteStage]);
  return { people: draft.people, quotes: draft.quotes, warnings: draft.warnings };
}

/** A quote as the tables write it: [text, speaker, attribution]. */
export function brief(quotes: QuoteDraft[]): [string, string, string][] {
  return quotes.map((q) => [q.text, q.speaker, q.attribution]);
}
