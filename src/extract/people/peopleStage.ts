import type { Stage } from '../../pipeline/types.js';

/** Placeholder until the people extractors land: adds nothing. */
export const peopleStage: Stage = {
  name: 'people',
  run() {},
};
