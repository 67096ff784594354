import type { ArticleDoc } from '../articles/articleDoc.js';
import { deadlineStage } from '../extract/deadlines/deadlineStage.js';
import { peopleStage } from '../extract/people/peopleStage.js';
import { quoteStage } from '../extract/quotes/quoteStage.js';
import { tariffStage } from '../extract/tariffs/tariffStage.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Draft, Progress, Stage } from './types.js';

/**
 * The index builder's stages, in order. Order matters:
 * - people first: quote attribution resolves names, titles and pronouns against them;
 * - quotes before tariffs and deadlines, which may look at who said a sentence;
 * - each stage runs its own refiners (merging one fact reported by several articles) last.
 */
export const STAGES: readonly Stage[] = [peopleStage, quoteStage, tariffStage, deadlineStage];

export function runPipeline(
  articles: ArticleDoc[],
  lexicon: Lexicon,
  stages: readonly Stage[] = STAGES,
  progress?: Progress,
): Draft {
  const draft: Draft = { articles, people: [], quotes: [], tariffs: [], deadlines: [], warnings: [] };
  for (const stage of stages) stage.run(draft, progress ? { lexicon, progress } : { lexicon });
  return draft;
}
