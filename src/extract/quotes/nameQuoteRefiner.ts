import type { Refiner } from '../../pipeline/types.js';
import { articleView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/**
 * Drops quote marks around names rather than words: a phrase after "so-called" or "dubbed", and a
 * Title Case phrase with no sentence punctuation ("Liberation Day"). Scare quotes with no speaker
 * ("national day" event) are left to attribution, which finds no one and drops them.
 */
export const nameQuoteRefiner: Refiner<QuoteCandidate> = {
  name: 'name-quote',
  refine(candidates, draft, { lexicon }) {
    const lex = lexicon.attribution;
    const markers = lex.nameMarkers.map((marker) => new RegExp(`(?<![\\p{L}])${marker}\\s*$`, 'u'));
    return candidates.filter((c) => {
      const view = articleView(c.article, draft.people, lex)[c.paragraph]!;
      const before = view.masked.slice(Math.max(0, c.span.open - 40), c.span.open).toLowerCase();
      if (markers.some((marker) => marker.test(before))) return false;
      return !isTitleCase(c.text, (w) => lex.determiners.has(w) || lex.objectMarkers.has(w));
    });
  },
};

/** "Liberation Day", "Project Stargate": every content word capitalised, no sentence punctuation. */
export function isTitleCase(text: string, isFunctionWord: (word: string) => boolean): boolean {
  if (/[.!?…,;:]/u.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => !isFunctionWord(w));
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}
