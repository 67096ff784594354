import type { Lexicon } from '../../lexicon/lexicon.js';
import { insideNounPhrase } from './clauses.js';
import { isVerb, tagSentence } from './taggedSentence.js';

const speechSets = new WeakMap<Lexicon, Set<string>>();

function speechWords(lexicon: Lexicon): Set<string> {
  let words = speechSets.get(lexicon);
  if (!words) {
    const { speechVerbs, reportVerbs } = lexicon.attribution;
    words = new Set(
      [...speechVerbs, ...reportVerbs, lexicon.dates.statementVerb].map((w) => w.toLowerCase()),
    );
    speechSets.set(lexicon, words);
  }
  return words;
}

/**
 * How much a description says, to choose among the descriptions of one event: a rate change
 * says most, then something done (a verb other than saying), then a named subject; among equals,
 * the longer. "reciprocal tariffs on Japan rise to 25% from 10%" beats "deadline for higher
 * levies"; "Ishiba meets Bessent in Tokyo" beats "meeting" and "Ishiba quotes Bessent".
 */
export function informativeness(description: string, lexicon: Lexicon): number {
  const { tokens, verbForms } = tagSentence(description, lexicon.dates.wordTags);
  const speech = speechWords(lexicon);
  const spoken = (form: string) => speech.has(form) || speech.has(`${form}d`) || speech.has(`${form}ed`);
  let score = /\d%/u.test(description) ? 4 : 0;
  // The first verb is what the subject does; later ones belong to what was said or to a clause.
  const verb = tokens.find((t, i) => i > 0 && isVerb(t) && !insideNounPhrase(tokens, i));
  if (verb) {
    const forms = verbForms.get(verb.start);
    const saying =
      spoken(verb.lower) || (forms !== undefined && (spoken(forms.infinitive) || spoken(forms.present)));
    score += saying ? 1 : 2;
  }
  if (/^\p{Lu}/u.test(description)) score += 1;
  if (tokens[0]?.tags.has('Pronoun')) score -= 1;
  return score + Math.min(description.length, 60) / 100;
}
