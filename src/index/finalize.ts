import type { Draft } from '../pipeline/types.js';
import { SCHEMA_VERSION, type TariffIndex } from './schema.js';

/**
 * The draft in its final, deterministic form: facts sorted by where they first appear, ids
 * derived from that position, article bodies dropped (spans point into paragraphs).
 */
export function finalize(draft: Draft, inputHash: string): TariffIndex {
  const order = new Map(draft.articles.map((a, i) => [a.id, i]));
  const bySpan = (a: { articleId: string; start: number }, b: { articleId: string; start: number }) =>
    (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start;

  const quotes = [...draft.quotes]
    .sort((a, b) => bySpan(a.span, b.span))
    .map((q, i) => ({ id: `q${i + 1}`, ...q }));
  const tariffs = [...draft.tariffs]
    .sort((a, b) => bySpan(a.sources[0]!, b.sources[0]!) || a.subject.localeCompare(b.subject))
    .map((t, i) => ({ id: `t${i + 1}`, ...t }));
  const deadlines = [...draft.deadlines]
    .sort((a, b) => bySpan(a.sources[0]!, b.sources[0]!) || a.date.localeCompare(b.date))
    .map((d, i) => ({ id: `d${i + 1}`, ...d }));

  return {
    schemaVersion: SCHEMA_VERSION,
    inputHash,
    articles: draft.articles.map(({ body: _body, ...article }) => article),
    people: [...draft.people].sort((a, b) => a.id.localeCompare(b.id)),
    quotes,
    tariffs,
    deadlines,
    warnings: draft.warnings,
  };
}
