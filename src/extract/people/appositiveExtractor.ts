import type { Extractor } from '../../pipeline/types.js';
import type { PersonCandidate } from './personCandidate.js';
import { nameRun } from './titledNameExtractor.js';
import { adjacent, isCapitalised, wordsOfParagraph } from './words.js';

const MAX_ROLE_WORDS = 16;

/**
 * People named with a role in an appositive: "Richard Katz, a former senior fellow at ...,";
 * "Akazawa, Japan's minister for economic revitalization,". A one-word name only lends its role
 * to a full name found elsewhere; it never makes a person on its own.
 */
export const appositiveExtractor: Extractor<PersonCandidate> = {
  name: 'appositive',
  extract({ article, paragraph }, _draft, { lexicon }) {
    const lex = lexicon.attribution;
    const text = paragraph.text;
    const words = wordsOfParagraph(paragraph);
    const found: PersonCandidate[] = [];
    for (let i = 0; i < words.length; i++) {
      const prev = words[i - 1];
      // Only the start of a name run: "Howard Lutnick" after "Commerce Secretary" is the titled extractor's.
      if (prev && isCapitalised(prev.text) && adjacent(text, prev.outerEnd, words[i]!.start)) continue;
      const run = nameRun(text, words, i, lex.notNames, lex.organisationHeads);
      if (run.length === 0) continue;
      const last = run[run.length - 1]!;
      i += run.length - 1;
      if (last.possessive) continue;
      const role = appositiveRole(text.slice(last.end), lex.roleHeads);
      if (!role) continue;
      found.push({
        articleId: article.id,
        kind: 'person',
        name: text.slice(run[0]!.start, last.end),
        surnameOnly: run.length === 1,
        title: null,
        role,
        forms: [],
        key: null,
      });
    }
    return found;
  },
};

/** The role in ", a former senior fellow at X," right after a name, or null if there is none. */
export function appositiveRole(after: string, roleHeads: Set<string>): string | null {
  // Up to the next comma, or to the end of a paragraph's last sentence.
  const m = /^, ([^,;:“”"()]+?),/u.exec(after) ?? /^, ([^,;:“”"()]+)\.$/u.exec(after);
  if (!m) return null;
  const phrase = m[1]!.trim();
  const words = phrase.split(/\s+/);
  if (words.length > MAX_ROLE_WORDS) return null;
  if (/^(?:who|which|whose|where|when|citing|in|at|on|and|or|but)\b/iu.test(phrase)) return null;
  // "Tokyo, Japan" or a list of names is not an appositive; a possessive country is ("Japan's minister").
  if (isCapitalised(phrase) && !/^\p{Lu}[\p{L}.]*['’]s\b/u.test(phrase)) return null;
  if (!words.some((w) => roleHeads.has(w.toLowerCase()))) return null;
  return phrase.replace(/^(?:a|an|the)\s+/iu, '');
}
