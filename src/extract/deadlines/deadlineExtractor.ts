import type { DeadlineDraft, Extractor } from '../../pipeline/types.js';
import { sentencesOf } from '../tariffs/sentences.js';
import { tariffVocabulary } from '../tariffs/tariffVocabulary.js';
import { datesOfSentence } from '../tariffs/sentenceDates.js';
import { tagDatedSentences } from './articleDates.js';
import { describeEvent } from './eventDescription.js';
import { tariffsIn, tariffsOfArticle, tariffsStatedIn } from './factsByArticle.js';

/**
 * Dated events in a paragraph: every date phrase chrono and the custom parsers read, resolved
 * against the publication date, with a short description of what happens then. Runs after the
 * people, quote and tariff stages: descriptions name people, resolve "he" and "I", and describe
 * a dated tariff change by its rates.
 */
export const deadlineExtractor: Extractor<DeadlineDraft> = {
  name: 'dated-events',
  extract(input, draft, ctx) {
    const { article, index: paragraph } = input;
    const labels = tariffVocabulary(ctx.lexicon.tariffs).labels;
    const articleTariffs = tariffsOfArticle(draft.tariffs, article.id);
    const stated = tariffsStatedIn(draft.tariffs, article.id);
    tagDatedSentences(article, draft, ctx.lexicon);
    const drafts: DeadlineDraft[] = [];
    for (const sentence of sentencesOf(input)) {
      const tariffs = tariffsIn(sentence, stated);
      const context = {
        article,
        paragraph,
        sentence,
        people: draft.people,
        quotes: draft.quotes,
        tariffs: articleTariffs,
        lexicon: ctx.lexicon,
      };
      for (const mention of datesOfSentence(article, sentence, ctx.lexicon.dates)) {
        const description = describeEvent({ sentence: context, mention, tariffs, labels });
        const start = sentence.start + mention.start;
        const end = sentence.start + mention.end;
        drafts.push({
          articleId: article.id,
          date: mention.date,
          range: mention.range,
          inferred: mention.inferred,
          phrase: mention.phrase,
          description,
          relation: mention.relation,
          evidence: sentence.text,
          sources: [{ articleId: article.id, paragraph, start, end }],
        });
      }
    }
    return drafts;
  },
};
