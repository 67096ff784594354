import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import type { Refiner } from '../../pipeline/types.js';
import type { Mention } from '../people/mentionFinder.js';
import { articleView, MASK, type ParagraphView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';

const MAX_TITLE_WORDS = 6;

/**
 * Attribution written after the quote: `"...," Ishiba said`, `"...," he warned`, `"...," said
 * Akazawa`, `"...," Richard Katz, an economist at ..., said`. A trailing `according to Nikkei` is
 * weaker than a verb before the quote, so the before refiner falls back to it.
 */
export const afterAttributionRefiner: Refiner<QuoteCandidate> = {
  name: 'after-attribution',
  refine(candidates, draft, { lexicon }) {
    for (const c of candidates) {
      if (c.speaker || c.span.unclosed) continue;
      const view = articleView(c.article, draft.people, lexicon.attribution)[c.paragraph]!;
      const found = attributionAfter(view, c.span.close, lexicon.attribution);
      if (!found || found.weak) continue;
      c.speaker = found.speaker;
      c.verb = found.verb;
      c.attribution = 'after';
      c.attributionEnd = found.end;
    }
    return candidates;
  },
};

export interface AfterClause {
  speaker: Mention;
  verb: string;
  verbStart: number;
  end: number;
  /** "according to ...": only a fallback when no verb before the quote names a speaker. */
  weak: boolean;
}

/** The speaker and verb right after a closing quote mark at `close`, or null. */
export function attributionAfter(
  view: ParagraphView,
  close: number,
  lex: AttributionLexicon,
): AfterClause | null {
  const found = clauseAfter(view, close, lex);
  if (!found) return null;
  // A quote that ends its own sentence ("...intertwined." He said economic ...) is followed by a new
  // sentence, not by its attribution, unless the clause ends there ("...!" Trump said on Friday.).
  const closesSentence = /[.!?…]$/u.test(view.text.slice(0, close - 1).trimEnd());
  if (
    closesSentence &&
    !/^\s*(?:[,.;]|$|(?:on|in|at|to|during|after|before|while|when|from|with)(?![\p{L}]))/u.test(
      view.masked.slice(found.end),
    )
  )
    return null;
  return found;
}

function clauseAfter(view: ParagraphView, close: number, lex: AttributionLexicon): AfterClause | null {
  const lead = /^\s*[,;:]?\s*/u.exec(view.masked.slice(close))![0].length;
  const at = close + lead;
  const mentions = view.mentions.filter((m) => m.start >= at && !m.inQuote);
  const first = mentions[0];
  const verbs = view.verbs.filter((v) => v.start >= at);

  // Speaker then verb: "Ishiba said", "Richard Katz, a former fellow at ..., said".
  if (first && first.start === at && !first.possessive) {
    const verb = verbs.find((v) => v.start >= first.end);
    if (verb) {
      const gap = view.masked.slice(first.end, verb.start);
      const aside = /^\s*,[^,]*,\s*$/u.test(gap);
      if (!gap.includes(MASK) && !/[;:.!?]\s/u.test(gap) && (lex.subjectVerbGap.test(gap) || aside)) {
        return { speaker: first, verb: verb.text, verbStart: verb.start, end: verb.end, weak: false };
      }
    }
  }
  // Verb then speaker: "said Akazawa", "said Japan's top negotiator Ryosei Akazawa".
  const verb = verbs[0];
  if (verb && verb.start === at) {
    const named = mentions.find((m) => m.start >= verb.end && m.form !== 'pronoun');
    if (named && !named.possessive) {
      const between = view.masked.slice(verb.end, named.start);
      const plain = between.replace(/(?:\p{L}\.)+/gu, 'X');
      if (
        !between.includes(MASK) &&
        !/[,;:.!?]/u.test(plain) &&
        plain.trim().split(/\s+/).filter(Boolean).length <= MAX_TITLE_WORDS
      ) {
        return { speaker: named, verb: verb.text, verbStart: verb.start, end: named.end, weak: false };
      }
    }
  }
  // "..., according to Nikkei".
  for (const phrase of lex.accordingTo) {
    if (!view.masked.slice(at).toLowerCase().startsWith(phrase)) continue;
    const named = mentions.find((m) => m.start >= at + phrase.length);
    if (named && /^\s+$/u.test(view.masked.slice(at + phrase.length, named.start)))
      return { speaker: named, verb: phrase, verbStart: at, end: named.end, weak: true };
  }
  return null;
}
