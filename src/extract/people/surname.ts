import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';

/**
 * The word of a full name that stands for the person alone: the last word, or the first when the
 * last is a given name by the lexicon's pattern ("Lee" in "Lee Jae-myung").
 */
export function surnameOf(name: string, lex: AttributionLexicon): string {
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  return words.length > 1 && lex.givenNamePattern.test(last) ? words[0]! : last;
}
