import type { Extractor, ParagraphInput, PipelineContext, TariffDraft } from '../../pipeline/types.js';
import type { TariffLexicon } from '../../lexicon/tariffLexicon.js';
import type { ArticleDoc } from '../../articles/articleDoc.js';
import { measuresSomethingElse } from './nonTariffFilter.js';
import { findParties } from './partyFinder.js';
import { pairRates } from './previousRate.js';
import { findRates, type RateMention } from './rateFinder.js';
import { datesOfSentence } from './sentenceDates.js';
import { sentencesOf, type SentenceInput } from './sentences.js';
import { findStatus } from './statusFinder.js';
import { findSubjects, sameClause } from './subjectFinder.js';
import { tariffVocabulary, type TariffVocabulary } from './tariffVocabulary.js';

/** A subject the sentence names only through a country ("Japan, which faces a 24% rate"). */
const COUNTRY_RATE_SUBJECT = 'reciprocal';

/** Dates further than this from the rate belong to another part of the sentence. */
const DATE_REACH = 90;

const reportedPatterns = new WeakMap<TariffLexicon, RegExp>();

/** A reporting verb right before a date ("said on Friday"): the date is when it was said. */
function reportedPattern(lexicon: TariffLexicon): RegExp {
  let pattern = reportedPatterns.get(lexicon);
  if (!pattern) {
    const verbs = lexicon.reportingVerbs.join('|');
    pattern = new RegExp(`(?<![\\p{L}])(${verbs})(\\s+\\p{L}+)?\\s+(on\\s+)?$`, 'iu');
    reportedPatterns.set(lexicon, pattern);
  }
  return pattern;
}

/** When a rate applies, if the sentence (or, for a scheduled rate, the next one) says. */
function effectiveDate(
  rate: RateMention,
  sentence: SentenceInput,
  next: SentenceInput | undefined,
  article: ArticleDoc,
  ctx: PipelineContext,
  scheduled: boolean,
): string | null {
  const reported = reportedPattern(ctx.lexicon.tariffs);
  const here = datesOfSentence(article, sentence, ctx.lexicon.dates)
    .map((d) => ({ d, distance: d.end <= rate.start ? rate.start - d.end : d.start - rate.end }))
    .filter(({ d, distance }) => distance <= DATE_REACH && sameClause(sentence.text, d, rate))
    .filter(({ d }) => !reported.test(sentence.text.slice(Math.max(0, d.start - 20), d.start)))
    .sort((a, b) => a.distance - b.distance);
  if (here[0]) return here[0].d.date;
  if (!scheduled || !next) return null;
  const later = datesOfSentence(article, next, ctx.lexicon.dates).filter((d) => d.relation !== 'behind');
  return later.length === 1 ? later[0]!.date : null;
}

function sentenceFacts(
  input: ParagraphInput,
  sentence: SentenceInput,
  next: SentenceInput | undefined,
  ctx: PipelineContext,
  v: TariffVocabulary,
): TariffDraft[] {
  const { text } = sentence;
  if (v.tariffCues.findAll(text).length === 0) return [];
  const notTariff = v.notTariffCues.findAll(text);
  const rates = findRates(text, v).filter((r) => !measuresSomethingElse(text, r, notTariff));
  if (rates.length === 0) return [];
  const subjectMatcher = input.article.paraphrased ? v.paraphrasedSubjects : v.subjects;
  const subjects = subjectMatcher
    .findAll(text)
    .filter((s) => !rates.some((r) => s.start < r.end && s.end > r.start));
  const statusCues = v.status
    .findAll(text)
    .filter((c) => !v.negations.test(text.slice(Math.max(0, c.start - 30), c.start)));
  const parties = v.parties.findAll(text);
  const subjectStarts = new Set(subjects.map((s) => s.start));
  const { article, index: paragraph } = input;

  const facts: TariffDraft[] = [];
  /** `partner` is the other rate of a change: it never claims this rate's subjects. */
  const emit = (
    rate: RateMention,
    previous: RateMention | null,
    status: TariffDraft['status'],
    partner: RateMention | null = previous,
  ) => {
    const { imposedBy, imposedOn } = findParties(text, rate, parties, subjectStarts);
    let slugs = [
      ...new Set(
        findSubjects(
          text,
          rate,
          subjects,
          rates.filter((r) => r !== rate && r !== partner),
        ).map((s) => s.value),
      ),
    ];
    if (slugs.length === 0 && imposedOn) slugs = [COUNTRY_RATE_SUBJECT];
    // A threatened or unknown rate has no date of its own; a date nearby is when it was said.
    const dated = status === 'scheduled' || status === 'in-effect';
    const effective = dated
      ? effectiveDate(rate, sentence, next, article, ctx, status === 'scheduled')
      : null;
    const start = sentence.start + rate.start;
    const end = sentence.start + (previous ? Math.max(previous.end, rate.end) : rate.end);
    for (const subject of slugs) {
      facts.push({
        articleId: article.id,
        subject,
        ratePercent: rate.value,
        previousRatePercent: previous?.value ?? null,
        status,
        effective,
        imposedBy,
        imposedOn,
        evidence: text,
        sources: [{ articleId: article.id, paragraph, start, end }],
      });
    }
  };
  for (const { rate, previous } of pairRates(text, rates, v.previousMarkers.findAll(text))) {
    // "instead of the current 27.5%": "current" describes the old rate, not the new one.
    const ownCues = previous
      ? statusCues.filter((c) => c.end <= previous.start && previous.start - c.end <= 12)
      : [];
    const cues = statusCues.filter((c) => !ownCues.includes(c) && sameClause(text, c, rate));
    emit(rate, previous, findStatus(rate, cues));
    if (previous && ownCues.some((c) => c.value === 'in-effect')) emit(previous, null, 'in-effect', rate);
  }
  return facts;
}

/**
 * Tariff rates in a paragraph: every percentage in a sentence that speaks of tariffs, unless the
 * number measures something else; one fact per subject the rate covers.
 */
export const tariffExtractor: Extractor<TariffDraft> = {
  name: 'tariff-rates',
  extract(input, _draft, ctx) {
    const v = tariffVocabulary(ctx.lexicon.tariffs);
    const sentences = sentencesOf(input);
    return sentences.flatMap((sentence, i) => sentenceFacts(input, sentence, sentences[i + 1], ctx, v));
  },
};
