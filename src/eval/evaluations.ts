import type { Evaluation } from './evaluation.js';

/** Every evaluation `npm run eval` runs, in order. Each extractor family adds its own. */
export const EVALUATIONS: Evaluation[] = [];
