import { factStage } from '../../pipeline/factStage.js';
import type { DeadlineDraft } from '../../pipeline/types.js';
import { deadlineExtractor } from './deadlineExtractor.js';
import { deadlineMergeRefiner } from './deadlineMergeRefiner.js';

/**
 * Deadlines and dated events. Runs after the tariff stage: a date that a tariff fact in the same
 * sentence takes effect on is described by that change. Merging runs last.
 */
export const deadlineStage = factStage<DeadlineDraft>({
  name: 'deadlines',
  extractors: [deadlineExtractor],
  refiners: [deadlineMergeRefiner],
  commit(candidates, draft) {
    draft.deadlines.push(...candidates);
  },
});
