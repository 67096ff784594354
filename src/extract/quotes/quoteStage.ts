import type { Stage } from '../../pipeline/types.js';

/** Placeholder until the quotes extractors land: adds nothing. */
export const quoteStage: Stage = {
  name: 'quotes',
  run() {},
};
