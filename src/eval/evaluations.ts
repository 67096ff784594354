import { deadlineEvaluations } from './deadlineEval.js';
import type { Evaluation } from './evaluation.js';
import { quoteEvaluation } from './quoteEval.js';
import { tariffEvaluations } from './tariffEval.js';

/** Every evaluation `npm run eval` runs, in order. Each extractor family adds its own. */
export const EVALUATIONS: Evaluation[] = [...tariffEvaluations, ...deadlineEvaluations, quoteEvaluation];
