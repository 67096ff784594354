import type { ArticleDoc } from '../../articles/articleDoc.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { Draft, TariffDraft } from '../../pipeline/types.js';
import { sentencesOf, type SentenceInput } from '../tariffs/sentences.js';
import { findDates, type DateMention } from './dateFinder.js';
import { tagSentences } from './taggedSentence.js';
import { tariffsOfArticle } from './tariffsByArticle.js';

const found = new WeakMap<ArticleDoc, { lexicon: Lexicon; bySentence: Map<number, DateMention[]> }>();
const positions = new WeakMap<readonly ArticleDoc[], Map<ArticleDoc, number>>();

/**
 * Articles read ahead together: the tagger costs about half as much per sentence in a pass of a
 * few hundred sentences as in a pass of one, and a window keeps what is held at a time bounded.
 */
const WINDOW = 64;

/** The tariff facts stated inside a sentence. */
export function tariffsIn(
  sentence: SentenceInput,
  articleId: string,
  tariffs: readonly TariffDraft[],
): TariffDraft[] {
  return tariffs.filter((t) =>
    t.sources.some((s) => s.articleId === articleId && s.start >= sentence.start && s.end <= sentence.end),
  );
}

/**
 * The date mentions of every sentence of an article, by the sentence's start offset. They are
 * found for a window of articles at once, from the first article of the window a paragraph
 * comes from, and the sentences whose dates will be described from their words (not by a dated
 * rate change) are tagged then, together.
 */
export function articleDates(
  article: ArticleDoc,
  draft: Draft,
  lexicon: Lexicon,
): Map<number, DateMention[]> {
  const hit = found.get(article);
  if (hit && hit.lexicon === lexicon) return hit.bySentence;
  let position = positions.get(draft.articles);
  if (!position) positions.set(draft.articles, (position = new Map(draft.articles.map((a, i) => [a, i]))));
  const from = position.get(article);
  const window = from === undefined ? [article] : draft.articles.slice(from, from + WINDOW);
  const toTag: string[] = [];
  for (const a of window) {
    const bySentence = new Map<number, DateMention[]>();
    const articleTariffs = tariffsOfArticle(draft.tariffs, a.id);
    for (const [index, paragraph] of a.paragraphs.entries()) {
      for (const sentence of sentencesOf({ article: a, paragraph, index })) {
        const mentions = findDates(sentence.text, a.published, lexicon.dates);
        bySentence.set(sentence.start, mentions);
        const tariffs = tariffsIn(sentence, a.id, articleTariffs);
        const described = mentions.some(
          (m) => !tariffs.some((t) => t.effective === m.date && t.ratePercent !== null),
        );
        if (described) toTag.push(sentence.text);
      }
    }
    found.set(a, { lexicon, bySentence });
  }
  tagSentences(toTag, lexicon.dates.wordTags);
  return found.get(article)!.bySentence;
}
