import type { ArticleDoc } from '../../articles/articleDoc.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { Draft } from '../../pipeline/types.js';
import { sentencesOf } from '../tariffs/sentences.js';
import { datesOfSentence } from '../tariffs/sentenceDates.js';
import { tagSentences } from './taggedSentence.js';
import { tariffsIn, tariffsStatedIn } from './factsByArticle.js';

/** The articles whose described sentences were tagged, with the lexicon they were tagged for. */
const tagged = new WeakMap<ArticleDoc, Lexicon>();
const positions = new WeakMap<readonly ArticleDoc[], Map<ArticleDoc, number>>();

/**
 * Articles read ahead together: the tagger costs less per sentence in a pass of a few hundred
 * sentences than in a pass of one, and a window keeps what is held at a time bounded.
 */
const WINDOW = 64;

/**
 * Tags, ahead of describing them, the sentences of an article whose dates will be described from
 * their words (not by a dated rate change). It is done for a window of articles at once, from the
 * first article of the window a paragraph comes from; the dates themselves are the ones the
 * tariff stage found (`datesOfSentence`).
 */
export function tagDatedSentences(article: ArticleDoc, draft: Draft, lexicon: Lexicon): void {
  if (tagged.get(article) === lexicon) return;
  let position = positions.get(draft.articles);
  if (!position) positions.set(draft.articles, (position = new Map(draft.articles.map((a, i) => [a, i]))));
  const from = position.get(article);
  const window = from === undefined ? [article] : draft.articles.slice(from, from + WINDOW);
  const toTag: string[] = [];
  for (const a of window) {
    const stated = tariffsStatedIn(draft.tariffs, a.id);
    for (const [index, paragraph] of a.paragraphs.entries()) {
      for (const sentence of sentencesOf({ article: a, paragraph, index })) {
        const mentions = datesOfSentence(a, sentence, lexicon.dates);
        const tariffs = tariffsIn(sentence, stated);
        const described = mentions.some(
          (m) => !tariffs.some((t) => t.effective === m.date && t.ratePercent !== null),
        );
        if (described) toTag.push(sentence.text);
      }
    }
    tagged.set(a, lexicon);
  }
  tagSentences(toTag, lexicon.dates.wordTags);
}
