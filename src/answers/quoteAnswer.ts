import type { Quote } from '../index/schema.js';
import { citationsFor, newestPublished } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import { fold } from '../query/text.js';
import { matchesTopic, parseTopicQuery } from '../query/topicQuery.js';
import { lookUpSpeaker } from './speakerResolution.js';
import type { Answer, QuoteItem } from './types.js';

/** Fewer words than this inside a longer quote is a coincidence ("good"), not the same quote. */
const MIN_CONTAINED_WORDS = 4;

/**
 * `/quote <speaker> [about]`: the person's quotes, full quotes before one- and two-word
 * fragments, newest article first; the same words reported by several articles appear once.
 */
export function quoteAnswer(ctx: QueryContext, options: Record<string, string>): Answer {
  const name = options.speaker ?? '';
  const about = options.about ?? '';
  const lookup = lookUpSpeaker(ctx, name, 'speaker');
  if (!('speaker' in lookup)) {
    return { command: 'quote', options, title: name === '' ? 'Quotes' : `Quotes from “${name}”`, items: [], message: lookup.message, suggestions: lookup.suggestions };
  }
  const { speaker } = lookup;
  const all = mergeRepeats(ctx, ctx.index.quotes.filter((q) => q.speakerId === speaker.id));
  const topic = about === '' ? null : parseTopicQuery(about, ctx.lexicon);
  const items = topic ? all.filter((item) => matchesTopic(topic, ctx.quoteWords.get(item.id) ?? [])) : all;

  const answer: Answer = {
    command: 'quote',
    options,
    title: about === '' ? `Quotes from ${speaker.name}` : `Quotes from ${speaker.name} about “${about}”`,
    items: items.sort(byRank).map(({ id: _id, order: _order, ...item }) => item),
  };
  if (all.length === 0) {
    answer.message = `The articles mention ${speaker.name}${speaker.role ? ` (${speaker.role})` : ''} but quote no words of theirs.`;
  } else if (answer.items.length === 0) {
    answer.message = `${speaker.name} is quoted ${all.length} time${all.length === 1 ? '' : 's'}, but never about “${about}”.`;
  }
  return answer;
}

type RankedQuote = QuoteItem & { id: string; order: number };

/** One item per distinct quote: the same words, or one quote inside a longer one, become a single item citing every article. */
function mergeRepeats(ctx: QueryContext, quotes: readonly Quote[]): RankedQuote[] {
  const byLength = quotes.map((q, order) => ({ q, order })).sort((a, b) => b.q.text.length - a.q.text.length);
  const kept: { folded: string; item: RankedQuote }[] = [];
  for (const { q, order } of byLength) {
    const folded = fold(q.text);
    const citations = citationsFor(ctx.articles, [q.articleId]);
    const same = kept.find((k) => k.folded === folded || (folded.split(' ').length >= MIN_CONTAINED_WORDS && k.folded.includes(folded)));
    if (same) {
      for (const c of citations) if (!same.item.citations.some((s) => s.articleId === c.articleId)) same.item.citations.push(c);
      same.item.order = Math.min(same.item.order, order);
      continue;
    }
    kept.push({ folded, item: { ...toItem(ctx, q, citations), id: q.id, order } });
  }
  return kept.map((k) => k.item);
}

function toItem(ctx: QueryContext, q: Quote, citations: QuoteItem['citations']): QuoteItem {
  const first = citations[0];
  return {
    kind: 'quote',
    speaker: q.speaker,
    speakerId: q.speakerId,
    text: q.text,
    partial: q.partial,
    channel: q.channel,
    reportedBy: q.reportedById ? (ctx.speakers.byId.get(q.reportedById)?.name ?? q.reportedById) : null,
    articleId: q.articleId,
    source: first?.source ?? null,
    published: first?.published ?? null,
    citations,
  };
}

function byRank(a: RankedQuote, b: RankedQuote): number {
  if (a.partial !== b.partial) return a.partial ? 1 : -1;
  return newestPublished(b.citations).localeCompare(newestPublished(a.citations)) || a.order - b.order;
}
