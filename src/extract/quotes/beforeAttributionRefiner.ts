import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import type { Refiner } from '../../pipeline/types.js';
import type { Mention } from '../people/mentionFinder.js';
import { attributionAfter } from './afterAttributionRefiner.js';
import { articleView, type ParagraphView } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';
import { reportedSpeaker } from './reportedSpeech.js';
import { subjectOfVerb } from './subjectFinder.js';

/**
 * Attribution written before the quote, in the same sentence: `Ishiba said: "..."`, `Richard
 * Katz ... said the refusal was "..."`, `He described the tariffs as "..."`, `led Ishiba to
 * declare a "..."`, reported words (`Ishiba quoted Bessent as saying ... "good"`), and speech
 * nouns (`scorn from Trump of Japan as "spoiled"`). The nearest verb whose subject can be found
 * wins. A verb standing between an earlier quote and this one makes it `inside` that quote.
 * With no verb before, a trailing "according to X" names the speaker.
 */
export const beforeAttributionRefiner: Refiner<QuoteCandidate> = {
  name: 'before-attribution',
  refine(candidates, draft, { lexicon }) {
    const lex = lexicon.attribution;
    for (const c of candidates) {
      if (c.speaker) continue;
      const view = articleView(c.article, draft.people, lex)[c.paragraph]!;
      const sentenceStart = startOfSentence(view, c.span.open);
      const found = attributionBefore(view, c.span.open, sentenceStart, lex);
      if (!found) {
        const fallback = c.span.unclosed ? null : attributionAfter(view, c.span.close, lex);
        if (fallback?.weak)
          Object.assign(c, {
            speaker: fallback.speaker,
            verb: fallback.verb,
            attribution: 'after',
            attributionEnd: fallback.end,
          });
        continue;
      }
      c.speaker = found.speaker;
      c.verb = found.verb;
      c.attribution = found.reporter ? 'reported' : 'before';
      if (found.reporter) c.reportedById = found.reporter.personId;
      // `"A," he said, "B."`: the clause after the first part is the one that attributes this part.
      const previous = view.spans.filter((s) => s.close <= found.verbStart && s.close > sentenceStart).at(-1);
      if (
        !found.reporter &&
        previous &&
        attributionAfter(view, previous.close, lex)?.verbStart === found.verbStart
      )
        c.attribution = 'inside';
    }
    return candidates;
  },
};

interface Found {
  speaker: Mention;
  verb: string;
  verbStart: number;
  reporter: Mention | null;
}

/** The speaker named before a quote opening at `open`, within its sentence, or null. */
export function attributionBefore(
  view: ParagraphView,
  open: number,
  sentenceStart: number,
  lex: AttributionLexicon,
): Found | null {
  const verbs = view.verbs.filter((v) => v.start >= sentenceStart && v.end <= open).reverse();
  for (const verb of verbs) {
    const reported = reportedSpeaker(view, verb, sentenceStart, lex);
    if (reported) return { ...reported, verb: verb.text, verbStart: verb.start };
    const speaker = subjectOfVerb(view, verb.start, verb.text, sentenceStart, lex);
    if (speaker) return { speaker, verb: verb.text, verbStart: verb.start, reporter: null };
  }
  const lead = view.masked.slice(sentenceStart, open).toLowerCase();
  for (const noun of lex.speechNouns) {
    const at = lead.lastIndexOf(`${noun} from `);
    if (at === -1) continue;
    const nameAt = sentenceStart + at + noun.length + ' from '.length;
    const speaker = view.mentions.find((m) => m.start === nameAt && m.form !== 'pronoun');
    if (speaker) return { speaker, verb: noun, verbStart: sentenceStart + at, reporter: null };
  }
  return null;
}

/** The start of the sentence holding an offset. */
export function startOfSentence(view: ParagraphView, offset: number): number {
  const sentence = view.sentences.find(([s, e]) => offset >= s && offset < e);
  return sentence ? sentence[0] : 0;
}
