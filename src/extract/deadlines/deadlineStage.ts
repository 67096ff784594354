import { releaseArticle } from '../../articles/articleCache.js';
import { factStage } from '../../pipeline/factStage.js';
import type { DeadlineDraft } from '../../pipeline/types.js';
import { deadlineExtractor } from './deadlineExtractor.js';
import { deadlineMergeRefiner } from './deadlineMergeRefiner.js';

/**
 * Deadlines and dated events. Runs after the tariff stage: a date that a tariff fact in the same
 * sentence takes effect on is described by that change. Merging runs last.
 *
 * It is the last stage to read an article's paragraphs, so once it has described an article's
 * dates it drops what the earlier stages worked out about the article (`releaseArticle`): a large
 * build then shrinks as this stage goes, instead of holding every article's views to the end.
 */
export const deadlineStage = factStage<DeadlineDraft>({
  name: 'deadlines',
  extractors: [deadlineExtractor],
  refiners: [deadlineMergeRefiner],
  afterArticle: releaseArticle,
  commit(candidates, draft) {
    draft.deadlines.push(...candidates);
  },
});
