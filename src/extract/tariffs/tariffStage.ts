import { factStage } from '../../pipeline/factStage.js';
import type { TariffDraft } from '../../pipeline/types.js';
import { tariffExtractor } from './tariffExtractor.js';
import { tariffMergeRefiner } from './tariffMergeRefiner.js';

/**
 * Tariff facts: rates with their subjects, statuses and parties. Merging runs last so that every
 * article's report of one tariff has been found before they are joined.
 */
export const tariffStage = factStage<TariffDraft>({
  name: 'tariffs',
  extractors: [tariffExtractor],
  refiners: [tariffMergeRefiner],
  commit(candidates, draft) {
    draft.tariffs.push(...candidates);
  },
});
