import { factStage } from '../../pipeline/factStage.js';
import { accordingToRefiner } from './accordingToRefiner.js';
import { afterAttributionRefiner } from './afterAttributionRefiner.js';
import { beforeAttributionRefiner } from './beforeAttributionRefiner.js';
import { channelRefiner } from './channelRefiner.js';
import { continuationRefiner } from './continuationRefiner.js';
import { modifierQuoteRefiner } from './modifierQuoteRefiner.js';
import { nameQuoteRefiner } from './nameQuoteRefiner.js';
import { namedSpeakerRefiner } from './namedSpeakerRefiner.js';
import { pronounSpeakerRefiner } from './pronounSpeakerRefiner.js';
import type { QuoteCandidate } from './quoteCandidate.js';
import { quoteExtractor } from './quoteExtractor.js';
import { toQuoteDraft } from './toQuoteDraft.js';

/**
 * Quotes with their speakers. Refiner order matters:
 * - names in quote marks go first, so nothing attributes them; scare quotes that a verb caught
 *   go once the verb is known;
 * - attribution after the quote is tried before attribution before it (`"...," Ishiba said`
 *   beats an earlier verb in the sentence);
 * - pronouns resolve after named speakers, then the channel is read from each attribution clause,
 *   and continuations come after all three, since a continuation copies a resolved speaker and
 *   the channel of its first part.
 */
export const quoteStage = factStage<QuoteCandidate>({
  name: 'quotes',
  extractors: [quoteExtractor],
  refiners: [
    nameQuoteRefiner,
    afterAttributionRefiner,
    beforeAttributionRefiner,
    modifierQuoteRefiner,
    namedSpeakerRefiner,
    pronounSpeakerRefiner,
    channelRefiner,
    continuationRefiner,
    accordingToRefiner,
  ],
  commit(candidates, draft) {
    const people = new Map(draft.people.map((p) => [p.id, p]));
    for (const c of candidates) {
      const quote = toQuoteDraft(c, people);
      if (quote) draft.quotes.push(quote);
    }
  },
});
