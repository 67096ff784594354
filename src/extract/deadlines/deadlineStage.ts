import type { Stage } from '../../pipeline/types.js';

/** Placeholder until the deadlines extractors land: adds nothing. */
export const deadlineStage: Stage = {
  name: 'deadlines',
  run() {},
};
