import type { Refiner } from '../../pipeline/types.js';
import { articleView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/**
 * "Trump called Japan "spoiled", according to Nikkei": words relayed by someone other than the
 * speaker. The relaying party is recorded as `reportedById`; when it is the speaker ("according
 * to the prime minister" about the prime minister's own words) nothing changes.
 */
export const accordingToRefiner: Refiner<QuoteCandidate> = {
  name: 'according-to',
  refine(candidates, draft, { lexicon }) {
    const lex = lexicon.attribution;
    for (const c of candidates) {
      if (!c.speakerId || c.reportedById || c.attribution === 'continuation') continue;
      const view = articleView(c.article, draft.people, lex)[c.paragraph]!;
      const sentence = view.sentences.find(([s, e]) => c.span.open >= s && c.span.open < e);
      if (!sentence) continue;
      const masked = view.masked
        .slice(sentence[0], Math.max(sentence[1], c.attributionEnd ?? 0))
        .toLowerCase();
      for (const phrase of lex.accordingTo) {
        const at = masked.indexOf(`${phrase} `);
        if (at === -1) continue;
        const nameAt = sentence[0] + at + phrase.length + 1;
        const source = view.mentions.find((m) => m.start === nameAt && m.personId);
        if (source && source.personId !== c.speakerId) c.reportedById = source.personId;
      }
    }
    return candidates;
  },
};
