import type { Refiner } from '../../pipeline/types.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/** A speaker named by name or title is who the mention resolved to; pronouns wait for their refiner. */
export const namedSpeakerRefiner: Refiner<QuoteCandidate> = {
  name: 'named-speaker',
  refine(candidates) {
    for (const c of candidates) if (c.speaker && !c.speaker.pronoun) c.speakerId = c.speaker.personId;
    return candidates;
  },
};
