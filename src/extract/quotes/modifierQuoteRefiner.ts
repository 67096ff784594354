import type { Refiner } from '../../pipeline/types.js';
import { articleView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/**
 * Drops scare quotes that attribution caught: a one- or two-word modifier between a determiner
 * and a noun ("announced its "reciprocal" tariffs", "his country's "national day" event"). Such a
 * word is kept only inside a reported clause ("quoted Bessent as saying ... a "good" deal"),
 * where it is the speaker's word; after any other verb it is the writer's label.
 */
export const modifierQuoteRefiner: Refiner<QuoteCandidate> = {
  name: 'modifier-quote',
  refine(candidates, draft, { lexicon }) {
    const lex = lexicon.attribution;
    return candidates.filter((c) => {
      if (!c.speaker || !c.partial) return true;
      if (c.attribution === 'reported' || (c.verb && lex.clauseVerbs.has(c.verb))) return true;
      const view = articleView(c.article, draft.people, lex)[c.paragraph]!;
      const before = /(\p{L}+)(['’]s)?\s+$/u.exec(view.masked.slice(0, c.span.open));
      const modifies = /^\s+\p{Ll}/u.test(view.masked.slice(c.span.close));
      const determined =
        before !== null && (before[2] !== undefined || lex.determiners.has(before[1]!.toLowerCase()));
      return !(determined && modifies);
    });
  },
};
