import type { Stage } from '../../pipeline/types.js';

/** Placeholder until the tariffs extractors land: adds nothing. */
export const tariffStage: Stage = {
  name: 'tariffs',
  run() {},
};
