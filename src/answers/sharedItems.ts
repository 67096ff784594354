import type { Citation } from './types.js';

/**
 * An item of a remembered answer list (a speaker's quotes, a subject's tariffs), frozen with its
 * citations. Answers hand these lists out as they are: a fact that thousands of articles report
 * cites them all, and copying every citation for every answer was most of what /tariff cost in a
 * large index. Frozen, a change to an answer throws where it is made instead of reaching every
 * later answer.
 */
export function frozenItem<T extends { citations: Citation[] }>(item: T): Readonly<T> {
  for (const citation of item.citations) Object.freeze(citation);
  Object.freeze(item.citations);
  return Object.freeze(item);
}
