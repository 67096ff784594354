import type { Refiner } from '../../pipeline/types.js';
import { articleView, MASK, type ParagraphView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/**
 * Quoted sentences with no attribution of their own take the speaker of the quote before them:
 * `"...," Ishiba said. "Second sentence."` in one paragraph; and, across paragraphs, a quote
 * left open at a paragraph's end (the news style for a quote that runs on) and the quote that
 * opens the next paragraph share one speaker, whichever of the two is attributed.
 */
export const continuationRefiner: Refiner<QuoteCandidate> = {
  name: 'continuation',
  refine(candidates, draft, { lexicon }) {
    const speakerOf = (c: QuoteCandidate) => (c.speaker && c.speakerId ? c : null);
    const inherit = (c: QuoteCandidate, from: QuoteCandidate) => {
      c.speaker = from.speaker;
      c.speakerId = from.speakerId;
      c.reportedById = from.reportedById;
      c.attribution = 'continuation';
      c.channel = from.channel;
    };
    for (const [i, c] of candidates.entries()) {
      if (speakerOf(c)) continue;
      const previous = candidates[i - 1];
      if (!previous || previous.article !== c.article) continue;
      const view = articleView(c.article, draft.people, lexicon.attribution)[c.paragraph]!;
      const samePara = previous.paragraph === c.paragraph && standsAlone(view, c);
      const runOn = previous.paragraph === c.paragraph - 1 && previous.span.unclosed && c.span.open === 0;
      if ((samePara || runOn) && speakerOf(previous)) inherit(c, previous);
    }
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i]!;
      const next = candidates[i + 1];
      if (speakerOf(c) || !next || next.article !== c.article || !c.span.unclosed) continue;
      if (next.paragraph === c.paragraph + 1 && next.span.open === 0 && speakerOf(next)) inherit(c, next);
    }
    return candidates;
  },
};

/** Whether the quote fills its sentences: nothing outside the marks but punctuation. */
function standsAlone(view: ParagraphView, c: QuoteCandidate): boolean {
  const first = view.sentences.find(([s, e]) => c.span.open >= s && c.span.open < e);
  const last =
    view.sentences.find(([s, e]) => c.span.close > s && c.span.close <= e) ?? view.sentences.at(-1);
  if (!first || !last) return false;
  const outside = view.masked.slice(first[0], last[1]).split(MASK).join('');
  return /^[\s.,!?…;:—–-]*$/u.test(outside) && view.masked.slice(first[0], c.span.open).trim() === '';
}
