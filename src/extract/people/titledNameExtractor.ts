import type { Extractor } from '../../pipeline/types.js';
import type { PersonCandidate } from './personCandidate.js';
import { titleBefore } from './titles.js';
import { adjacent, isNameWord, wordsOfParagraph, type Word } from './words.js';

const MAX_NAME_WORDS = 3;

/**
 * People named after a title: "Japanese Prime Minister Shigeru Ishiba", "Japan’s top trade
 * negotiator Ryosei Akazawa", "secretary Bessent". A title followed by one word gives a surname.
 */
export const titledNameExtractor: Extractor<PersonCandidate> = {
  name: 'titled-name',
  extract({ article, paragraph }, _draft, { lexicon }) {
    const lex = lexicon.attribution;
    const text = paragraph.text;
    const words = wordsOfParagraph(paragraph);
    const found: PersonCandidate[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!startsName(words[i]!, lex.notNames, lex.organisationHeads)) continue;
      const title = titleBefore(text, words, i, lex);
      if (!title) continue;
      const run = nameRun(text, words, i, lex.notNames, lex.organisationHeads);
      if (run.length === 0 || run.length > MAX_NAME_WORDS) continue;
      const last = run[run.length - 1]!;
      const name = text.slice(run[0]!.start, last.end);
      found.push({
        articleId: article.id,
        kind: 'person',
        name,
        surnameOnly: run.length === 1,
        title,
        role: null,
        forms: [text.slice(words[title.first]!.start, last.end)],
        key: null,
      });
      i += run.length - 1;
    }
    return found;
  },
};

function startsName(word: Word, notNames: Set<string>, organisationHeads: Set<string>): boolean {
  return isNameWord(word.text) && !notNames.has(word.text) && !organisationHeads.has(word.text);
}

/** The name words from `at` on: adjacent capitalised words (and initials), ending at a possessive. */
export function nameRun(
  text: string,
  words: readonly Word[],
  at: number,
  notNames: Set<string>,
  organisationHeads: Set<string>,
): Word[] {
  const run: Word[] = [];
  for (let j = at; j < words.length; j++) {
    const w = words[j]!;
    if (run.length > 0 && !adjacent(text, run[run.length - 1]!.outerEnd, w.start)) break;
    const initial = run.length > 0 && /^\p{Lu}\.$/u.test(w.text);
    if (!initial && !startsName(w, notNames, organisationHeads)) {
      if (organisationHeads.has(w.text)) return [];
      break;
    }
    run.push(w);
    if (w.possessive) break;
  }
  return run.length > MAX_NAME_WORDS ? [] : run;
}
