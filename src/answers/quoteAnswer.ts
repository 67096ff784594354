import type { Quote } from '../index/schema.js';
import { citationsFor, newestPublished } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import { compareCodeUnits, fold } from '../query/text.js';
import { matchesTopic, parseTopicQuery } from '../query/topicQuery.js';
import { frozenItem } from './sharedItems.js';
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
    return {
      command: 'quote',
      options,
      title: name === '' ? 'Quotes' : `Quotes from “${name}”`,
      items: [],
      message: lookup.message,
      suggestions: lookup.suggestions,
    };
  }
  const { speaker } = lookup;
  const all = rankedQuotesOf(ctx, speaker.id);
  const topic = about === '' ? null : parseTopicQuery(about, ctx.lexicon);
  const items = topic ? all.filter((item) => matchesTopic(topic, ctx.quoteWords.get(item.id) ?? [])) : all;

  const answer: Answer = {
    command: 'quote',
    options,
    title: about === '' ? `Quotes from ${speaker.name}` : `Quotes from ${speaker.name} about “${about}”`,
    // The remembered items' fields without their ranking keys; the citations are the remembered,
    // frozen ones (sharedItems.ts).
    items: items.map(({ id: _id, order: _order, newest: _newest, ...item }) => item),
  };
  if (all.length === 0) {
    answer.message = `The articles mention ${speaker.name}${speaker.role ? ` (${speaker.role})` : ''} but quote no words of theirs.`;
  } else if (answer.items.length === 0) {
    answer.message = `${speaker.name} is quoted ${all.length} time${all.length === 1 ? '' : 's'}, but never about “${about}”.`;
  }
  return answer;
}

type RankedQuote = QuoteItem & { id: string; order: number; newest: string };

const rememberedQuotes = new WeakMap<QueryContext, Map<string, RankedQuote[]>>();

/**
 * A speaker's quotes merged and ranked, worked out on the first question about them and kept
 * with the context: a much quoted speaker has hundreds of quotes in a large index, and merging
 * repeats compares every pair. The `about` filter keeps this order, as a stable sort would.
 */
export function rankedQuotesOf(ctx: QueryContext, speakerId: string): RankedQuote[] {
  let bySpeaker = rememberedQuotes.get(ctx);
  if (!bySpeaker) rememberedQuotes.set(ctx, (bySpeaker = new Map()));
  let ranked = bySpeaker.get(speakerId);
  if (!ranked) {
    ranked = mergeRepeats(ctx, ctx.quotesBySpeaker.get(speakerId) ?? []);
    for (const item of ranked) item.newest = newestPublished(item.citations);
    ranked.sort(byRank);
    ranked.forEach(frozenItem);
    bySpeaker.set(speakerId, ranked);
  }
  return ranked;
}

/** One item per distinct quote: the same words, or one quote inside a longer one, become a single item citing every article. */
function mergeRepeats(ctx: QueryContext, quotes: readonly Quote[]): RankedQuote[] {
  const byLength = quotes.map((q, order) => ({ q, order })).sort((a, b) => b.q.text.length - a.q.text.length);
  const kept = new KeptQuotes();
  for (const { q, order } of byLength) {
    const folded = fold(q.text);
    const citations = citationsFor(ctx.articles, [q.articleId]);
    const same = kept.find(folded);
    if (same) {
      for (const c of citations) {
        if (same.cited.has(c.articleId)) continue;
        same.item.citations.push(c);
        same.cited.add(c.articleId);
      }
      same.item.order = Math.min(same.item.order, order);
      continue;
    }
    kept.add(folded, { ...toItem(ctx, q, citations), id: q.id, order, newest: '' });
  }
  return kept.items();
}

interface Kept {
  folded: string;
  item: RankedQuote;
  cited: Set<string>;
}

/**
 * The distinct quotes so far, longest first, with what finds the first one equal to or holding
 * a new quote without comparing it with every one: a much quoted speaker has thousands of
 * quotes in a large index. A quote inside a longer one has its inner word pairs (all but the
 * first and last word may be cut short) among the longer one's, so only quotes that share its
 * rarest inner pair are compared.
 */
class KeptQuotes {
  private readonly kept: Kept[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byPair = new Map<string, number[]>();

  find(folded: string): Kept | undefined {
    let first = this.byText.get(folded) ?? Infinity;
    const words = folded.split(' ');
    if (words.length >= MIN_CONTAINED_WORDS) {
      let rarest: number[] | undefined;
      for (let i = 1; i + 2 < words.length; i++) {
        const holders = this.byPair.get(`${words[i]} ${words[i + 1]}`) ?? [];
        if (!rarest || holders.length < rarest.length) rarest = holders;
      }
      const holder = rarest?.find((k) => k < first && this.kept[k]!.folded.includes(folded));
      if (holder !== undefined) first = holder;
    }
    return this.kept[first];
  }

  add(folded: string, item: RankedQuote): void {
    const at = this.kept.length;
    this.kept.push({ folded, item, cited: new Set(item.citations.map((c) => c.articleId)) });
    if (!this.byText.has(folded)) this.byText.set(folded, at);
    const words = folded.split(' ');
    for (let i = 0; i + 1 < words.length; i++) {
      const pair = `${words[i]} ${words[i + 1]}`;
      const holders = this.byPair.get(pair);
      if (!holders) this.byPair.set(pair, [at]);
      else if (holders.at(-1) !== at) holders.push(at);
    }
  }

  items(): RankedQuote[] {
    return this.kept.map((k) => k.item);
  }
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
  return compareCodeUnits(b.newest, a.newest) || a.order - b.order;
}
