import { articleCache } from '../../articles/articleCache.js';
import type { ArticleDoc } from '../../articles/articleDoc.js';
import type { Person } from '../../index/schema.js';
import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import { articleView } from './paragraphView.js';
import { sentenceSubject } from './subjectFinder.js';

interface Topic {
  id: string;
  /** The last paragraph that named or referred to it. */
  paragraph: number;
}

/** Who the passage is about when a sentence starts: the last person and organisation subjects. */
export interface TopicState {
  person: Topic | null;
  organisation: Topic | null;
}

/** How far back, in paragraphs, "he" or "it" may reach for the one it stands for. */
export const TOPIC_REACH = 1;

const cache = articleCache<{ people: Person[]; states: TopicState[][] }>();

/**
 * The topic before every sentence of an article. A sentence whose subject is a named person
 * makes that person the topic ("Bessent highlighted ..." — not "Trump's criticism" after it);
 * a sentence whose subject is "he" keeps the topic alive, so a chain of "he said" paragraphs
 * stays with one person; a topic named more than TOPIC_REACH paragraphs back has lapsed.
 */
export function topicsOf(article: ArticleDoc, people: Person[], lex: AttributionLexicon): TopicState[][] {
  const hit = cache.get(article);
  if (hit && hit.people === people) return hit.states;
  const kinds = new Map(people.map((p) => [p.id, p.kind]));
  let state: TopicState = { person: null, organisation: null };
  const states = articleView(article, people, lex).map((view, p) => {
    // A paragraph of quoted words only continues the passage: it neither names nor loses the topic.
    if (!/\p{L}/u.test(view.masked)) {
      for (const kind of ['person', 'organisation'] as const) {
        const current = state[kind];
        if (current && p - current.paragraph <= TOPIC_REACH)
          state = { ...state, [kind]: { ...current, paragraph: p } };
      }
    }
    return view.sentences.map(([start, end]) => {
      const before = state;
      const subject = sentenceSubject(view, start, end, lex);
      if (subject?.personId) {
        const kind = kinds.get(subject.personId) ?? 'person';
        state = { ...state, [kind]: { id: subject.personId, paragraph: p } };
      } else if (subject?.pronoun) {
        const current = state[subject.pronoun];
        if (current && p - current.paragraph <= TOPIC_REACH)
          state = { ...state, [subject.pronoun]: { ...current, paragraph: p } };
      }
      return before;
    });
  });
  cache.set(article, { people, states });
  return states;
}
