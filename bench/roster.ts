/** The made-up people of the benchmark corpus: unique surnames, so every name query has one right answer. */
import type { Country, CorpusVocabulary } from './corpusVocabulary.js';
import type { Random } from './prng.js';

export interface RosterPerson {
  name: string;
  surname: string;
  role: string;
  country: Country;
}

/**
 * `count` people with distinct surnames made of two or three syllables. Throws when the syllables
 * cannot make that many distinct names, rather than looping for ever.
 */
export function generateRoster(rng: Random, vocabulary: CorpusVocabulary, count: number): RosterPerson[] {
  const surnames = new Set<string>();
  const people: RosterPerson[] = [];
  for (let attempts = 0; people.length < count; attempts++) {
    if (attempts > count * 50)
      throw new Error(
        `Cannot make ${count} distinct surnames from ${vocabulary.surnameSyllables.length} syllables.`,
      );
    const syllables = Array.from({ length: rng.int(2, 3) }, () => rng.pick(vocabulary.surnameSyllables));
    const joined = syllables.join('');
    const surname = joined.charAt(0).toUpperCase() + joined.slice(1);
    if (surnames.has(surname) || vocabulary.firstNames.includes(surname)) continue;
    surnames.add(surname);
    people.push({
      name: `${rng.pick(vocabulary.firstNames)} ${surname}`,
      surname,
      role: rng.pick(vocabulary.roles),
      country: rng.pick(vocabulary.countries),
    });
  }
  return people;
}
