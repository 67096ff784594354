import type { Tariff } from '../index/schema.js';
import { citationsFor, newestPublished } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import { compareCodeUnits } from '../query/text.js';
import type { Subject } from '../query/subjects.js';
import { frozenItem } from './sharedItems.js';
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
    return {
      ...base,
      title: 'Tariffs',
      items: [],
      message: `Name a subject with subject. Subjects with a tariff in the articles: ${knownList}.`,
      suggestions: known,
    };
  }
  const resolution = matcher.resolve(asked);
  if (resolution.kind === 'ambiguous') {
    const labels = resolution.candidates.map((s) => s.label);
    return {
      ...base,
      title: `Tariffs on “${asked}”`,
      items: [],
      message: `“${asked}” fits ${labels.join(' and ')} about equally well. Ask again with one of them.`,
      suggestions: labels,
    };
  }
  if (resolution.kind === 'none' || resolution.item.tariffCount === 0) {
    const what = resolution.kind === 'none' ? `“${asked}”` : resolution.item.label;
    return {
      ...base,
      title: `Tariffs on ${what}`,
      items: [],
      message: `The articles report no tariff on ${what}. Subjects with a tariff: ${knownList}.`,
      suggestions: known,
    };
  }
  const subject = resolution.item;
  return { ...base, title: `Tariffs on ${subject.label}`, items: itemsFor(ctx, subject) };
}

const rememberedTariffs = new WeakMap<QueryContext, Map<string, TariffItem[]>>();

/** The subject's merged, sorted items: the remembered ones themselves, frozen (sharedItems.ts). */
function itemsFor(ctx: QueryContext, subject: Subject): TariffItem[] {
  return [...rememberedItems(ctx, subject)];
}

/** The subject's merged, sorted items, worked out on the first question and kept with the context. */
export function rememberedItems(ctx: QueryContext, subject: Subject): readonly TariffItem[] {
  let bySubject = rememberedTariffs.get(ctx);
  if (!bySubject) rememberedTariffs.set(ctx, (bySubject = new Map()));
  let sorted = bySubject.get(subject.slug);
  if (!sorted) {
    sorted = sortedItems(ctx, subject).map(frozenItem);
    bySubject.set(subject.slug, sorted);
  }
  return sorted;
}

/**
 * The subject's tariffs, one item per distinct rate, status and date citing every article that
 * reports it, the most recently reported first. Merged on the index's own records first, so
 * that an item and its citations are built once per distinct fact, not once per report.
 */
function sortedItems(ctx: QueryContext, subject: Subject): TariffItem[] {
  const facts = new Map<string, { first: Tariff; articleIds: string[] }>();
  for (const t of ctx.tariffsBySubject.get(subject.slug) ?? []) {
    const key = [t.ratePercent, t.previousRatePercent, t.status, t.effective].join('|');
    const ids = [t.articleId, ...t.sources.map((s) => s.articleId)];
    const fact = facts.get(key);
    if (fact) fact.articleIds.push(...ids);
    else facts.set(key, { first: t, articleIds: ids });
  }
  const merged = [...facts.values()].map(({ first, articleIds }) => {
    const item = toItem(ctx, first, subject.label, articleIds);
    return { item, newest: newestPublished(item.citations) };
  });
  // Stable sort: equally recent reports keep the order the articles give them.
  return merged
    .sort(
      (a, b) =>
        compareCodeUnits(b.newest, a.newest) ||
        compareCodeUnits(b.item.effective ?? '', a.item.effective ?? ''),
    )
    .map((m) => m.item);
}

/** The item for a tariff, citing `articleIds` in order, each once. */
function toItem(
  ctx: QueryContext,
  t: Tariff,
  subjectLabel: string,
  articleIds: readonly string[],
): TariffItem {
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
    citations: citationsFor(ctx.articles, articleIds),
  };
}
