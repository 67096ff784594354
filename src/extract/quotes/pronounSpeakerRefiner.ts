import type { Refiner } from '../../pipeline/types.js';
import { articleView, sentenceAt } from './paragraphView.js';
import type { QuoteCandidate } from './quoteCandidate.js';
import { sentenceSubject } from './subjectFinder.js';
import { TOPIC_REACH, topicsOf } from './topicTracker.js';

/**
 * "he said", "he warned", "it said": the pronoun stands for the person (or organisation) the
 * passage is about — a named subject earlier in the same sentence, else the topic carried from
 * the sentences before, if it was named in this paragraph or the previous one.
 */
export const pronounSpeakerRefiner: Refiner<QuoteCandidate> = {
  name: 'pronoun-speaker',
  refine(candidates, draft, { lexicon }) {
    const lex = lexicon.attribution;
    const kinds = new Map(draft.people.map((p) => [p.id, p.kind]));
    for (const c of candidates) {
      const pronoun = c.speaker?.pronoun;
      if (!c.speaker || !pronoun) continue;
      const view = articleView(c.article, draft.people, lex)[c.paragraph]!;
      const s = sentenceAt(view, c.speaker.start);
      const [sentenceStart] = view.sentences[s]!;
      const subject = sentenceSubject(view, sentenceStart, c.speaker.start, lex);
      const kind = subject?.personId ? kinds.get(subject.personId) : undefined;
      let id: string | null = null;
      if (subject?.personId && kind === pronoun) id = subject.personId;
      else {
        const topic = topicsOf(c.article, draft.people, lex)[c.paragraph]![s]![pronoun];
        if (topic && c.paragraph - topic.paragraph <= TOPIC_REACH) id = topic.id;
      }
      c.speakerId = id;
      if (c.attribution === 'before' || c.attribution === 'after') c.attribution = 'pronoun';
    }
    return candidates;
  },
};
