import type { Refiner } from '../../pipeline/types.js';
import { articleView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/**
 * How the words were delivered, when the sentence says it ("told reporters", "in a statement",
 * "wrote on X", "in an interview with ..."). Read outside quote marks only; the lexicon's first
 * matching phrase wins. Continuations already carry their first part's channel.
 */
export const channelRefiner: Refiner<QuoteCandidate> = {
  name: 'channel',
  refine(candidates, draft, { lexicon }) {
    const lex = lexicon.attribution;
    // Quotes sharing a sentence share its channel: read each stretch once, however long it is.
    const read = new Map<string, QuoteCandidate['channel']>();
    for (const c of candidates) {
      if (!c.speakerId || c.attribution === 'continuation') continue;
      const view = articleView(c.article, draft.people, lex)[c.paragraph]!;
      const first = view.sentences.find(([s, e]) => c.span.open >= s && c.span.open < e);
      const end = Math.max(c.span.close, c.attributionEnd ?? 0);
      const last = view.sentences.find(([s, e]) => end > s && end <= e);
      if (!first) continue;
      const to = last ? last[1] : view.masked.length;
      const key = `${c.article.id} ${c.paragraph} ${first[0]} ${to}`;
      if (!read.has(key)) {
        const text = view.masked.slice(first[0], to);
        read.set(key, lex.channels.find((ch) => ch.pattern.test(text))?.channel ?? null);
      }
      c.channel = read.get(key) ?? null;
    }
    return candidates;
  },
};
