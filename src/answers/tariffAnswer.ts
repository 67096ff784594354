import type { Tariff } from '../index/schema.js';
import { citationsFor, newestPublished } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import type { Subject } from '../query/subjects.js';
import { mergeByKey } from './mergeFacts.js';
import type { Answer, TariffItem } from './types.js';

/**
 * `/tariff <subject>`: every rate reported for the subject, the most recently reported first and
 * its history after it; the same rate, status and date reported by several articles appear once.
 */
export function tariffAnswer(ctx: QueryContext, options: Record<string, string>): Answer {
  const asked = options.subject ?? '';
  const { matcher, withTariffs } = ctx.subjects;
  const base = { command: 'tariff' as const, options };
  const known = withTariffs.map((s) => s.label);
  const knownList = known.length === 0 ? 'none yet' : known.join(', ');

  if (asked === '') {
    return { ...base, title: 'Tariffs', items: [], message: `Name a subject with subject. Subjects with a tariff in the articles: ${knownList}.`, suggestions: known };
  }
  const resolution = matcher.resolve(asked);
  if (resolution.kind === 'ambiguous') {
    const labels = resolution.candidates.map((s) => s.label);
    return { ...base, title: `Tariffs on “${asked}”`, items: [], message: `“${asked}” fits ${labels.join(' and ')} about equally well. Ask again with one of them.`, suggestions: labels };
  }
  if (resolution.kind === 'none' || resolution.item.tariffCount === 0) {
    const what = resolution.kind === 'none' ? `“${asked}”` : resolution.item.label;
    return { ...base, title: `Tariffs on ${what}`, items: [], message: `The articles report no tariff on ${what}. Subjects with a tariff: ${knownList}.`, suggestions: known };
  }
  const subject = resolution.item;
  return { ...base, title: `Tariffs on ${subject.label}`, items: itemsFor(ctx, subject) };
}

function itemsFor(ctx: QueryContext, subject: Subject): TariffItem[] {
  const items = ctx.index.tariffs.filter((t) => t.subject === subject.slug).map((t) => toItem(ctx, t, subject.label));
  const merged = mergeByKey(items, (t) => [t.ratePercent, t.previousRatePercent, t.status, t.effective].join('|'));
  // Stable sort: equally recent reports keep the order the articles give them.
  return merged.sort(
    (a, b) => newestPublished(b.citations).localeCompare(newestPublished(a.citations)) || (b.effective ?? '').localeCompare(a.effective ?? ''),
  );
}

function toItem(ctx: QueryContext, t: Tariff, subjectLabel: string): TariffItem {
  return {
    kind: 'tariff',
    subject: t.subject,
    subjectLabel,
    ratePercent: t.ratePercent,
    previousRatePercent: t.previousRatePercent,
    status: t.status,
    effective: t.effective,
    imposedBy: t.imposedBy,
    imposedOn: t.imposedOn,
    evidence: t.evidence,
    articleId: t.articleId,
    citations: citationsFor(ctx.articles, [t.articleId, ...t.sources.map((s) => s.articleId)]),
  };
}
