import type { Person } from '../../index/schema.js';
import type { QuoteDraft } from '../../pipeline/types.js';
import type { QuoteCandidate } from './quoteCandidate.js';

/**
 * The index's form of a candidate, or null when its speaker was never resolved: an unattributed
 * quote is left out rather than guessed. Spans and evidence point into the article body.
 */
export function toQuoteDraft(c: QuoteCandidate, people: Map<string, Person>): QuoteDraft | null {
  const speaker = c.speakerId ? people.get(c.speakerId) : undefined;
  if (!speaker || !c.attribution) return null;
  const paragraph = c.article.paragraphs[c.paragraph]!;
  const base = paragraph.start;
  const end = Math.max(c.span.close, c.attributionEnd ?? 0);
  const sentences = paragraph.sentences.filter(([s, e]) => e - base > c.span.open && s - base < end);
  const from = sentences[0]?.[0] ?? base;
  const to = sentences.at(-1)?.[1] ?? paragraph.end;
  return {
    articleId: c.article.id,
    speaker: speaker.name,
    speakerId: speaker.id,
    reportedById: c.reportedById && c.reportedById !== speaker.id ? c.reportedById : null,
    text: c.text,
    partial: c.partial,
    channel: c.channel,
    attribution: c.attribution,
    verb: c.verb,
    paragraph: c.paragraph,
    span: { articleId: c.article.id, paragraph: c.paragraph, start: base + c.start, end: base + c.end },
    evidence: paragraph.text.slice(from - base, to - base),
  };
}
