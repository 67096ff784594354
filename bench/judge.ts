/** Whether the first five results of a query hold its known answer. */
import type { Choice } from '../src/answers/complete.js';
import type { Answer } from '../src/answers/types.js';
import type { QueryLexicon } from '../src/query/queryLexicon.js';
import { words } from '../src/query/text.js';
import { matchesTopic, parseTopicQuery } from '../src/query/topicQuery.js';
import type { Expectation } from './queries.js';

export const TOP = 5;

/** True when a text holds every expected stemmed word. */
export function holdsWords(text: string, expected: readonly string[]): boolean {
  const present = new Set(words(text));
  return expected.every((w) => present.has(w));
}

/** Autocomplete: one of the first five choices is the expected speaker or subject. */
export function choicesHit(choices: readonly Choice[], expect: Expectation): boolean {
  return choices.slice(0, TOP).some((c) => {
    if (expect.type === 'speaker')
      return c.value === expect.id || c.value === expect.name || c.name.includes(expect.name);
    if (expect.type === 'subject')
      return c.value === expect.slug || c.value === expect.label || c.name.includes(expect.label);
    return false;
  });
}

/**
 * A command: one of the first five items answers it, or, when the input was ambiguous, one of the
 * first five suggestions names the expected speaker or subject.
 */
export function answerHit(answer: Answer, expect: Expectation, lexicon: QueryLexicon): boolean {
  const topic = expect.type === 'topic' ? parseTopicQuery(expect.topic, lexicon) : null;
  const suggested = (answer.suggestions ?? []).slice(0, TOP);
  return (
    answer.items.slice(0, TOP).some((item) => {
      if (expect.type === 'speaker')
        return (
          (item.kind === 'quote' || item.kind === 'person') &&
          (item.kind === 'quote' ? item.speakerId : item.id) === expect.id
        );
      if (expect.type === 'subject')
        return item.kind === 'tariff' && (item.subject === expect.slug || item.subject === expect.label);
      if (expect.type === 'topic')
        return item.kind === 'deadline' && topic !== null && matchesTopic(topic, words(item.description));
      return item.kind === 'search' && holdsWords(item.text, expect.words);
    }) ||
    suggested.some((s) =>
      expect.type === 'speaker'
        ? s.includes(expect.name)
        : expect.type === 'subject'
          ? s.includes(expect.label)
          : false,
    )
  );
}
