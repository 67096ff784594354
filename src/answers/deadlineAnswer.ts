import type { Deadline } from '../index/schema.js';
import { citationsFor } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import { fold } from '../query/text.js';
import { matchesTopic, parseTopicQuery } from '../query/topicQuery.js';
import { mergeByKey } from './mergeFacts.js';
import type { Answer, DeadlineItem } from './types.js';

/**
 * `/deadline [topic]`: dated events, those still ahead (soonest first) before those passed
 * (most recent first), each with every article that reports it. "Today" is the UTC date of `now`.
 */
export function deadlineAnswer(ctx: QueryContext, options: Record<string, string>, now: Date): Answer {
  const topic = options.topic ?? '';
  const query = topic === '' ? null : parseTopicQuery(topic, ctx.lexicon);
  const today = now.toISOString().slice(0, 10);
  const chosen = query ? ctx.index.deadlines.filter((d) => matchesTopic(query, ctx.deadlineWords.get(d.id) ?? [])) : ctx.index.deadlines;

  const items = mergeByKey(
    chosen.map((d) => toItem(ctx, d, today)),
    (item) => `${item.date}|${fold(item.description)}`,
  ).sort(byUrgency);

  const title = topic === '' ? 'Deadlines and dated events' : `Deadlines and dated events about “${topic}”`;
  const answer: Answer = { command: 'deadline', options, title, items };
  if (items.length === 0) {
    answer.message =
      ctx.index.deadlines.length === 0
        ? 'The articles in the index mention no dated events.'
        : `No dated event in the articles is about “${topic}”.`;
    if (ctx.index.deadlines.length > 0) answer.suggestions = ctx.lexicon.topics.map((t) => t.name).slice(0, 10);
  } else if (!items.some((i) => i.status !== 'passed')) {
    answer.message = 'All these dates have passed; the most recent come first.';
  }
  return answer;
}

function toItem(ctx: QueryContext, d: Deadline, today: string): DeadlineItem {
  return {
    kind: 'deadline',
    date: d.date,
    range: d.range,
    description: d.description,
    status: statusOn(d, today),
    evidence: d.evidence,
    articleId: d.articleId,
    citations: citationsFor(ctx.articles, [d.articleId, ...d.sources.map((s) => s.articleId)]),
  };
}

/** The first and last day a date covers: a day is itself, "2025-07" all of July, "2025" all of 2025. */
export function daysCovered(date: string, range: { start: string; end: string } | null): [string, string] {
  if (range) return [range.start, range.end];
  const [year, month] = date.split('-');
  if (date.length === 10) return [date, date];
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${date}-01`, `${date}-${String(lastDay).padStart(2, '0')}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

function statusOn(d: Pick<Deadline, 'date' | 'range'>, today: string): DeadlineItem['status'] {
  const [first, last] = daysCovered(d.date, d.range);
  if (last < today) return 'passed';
  if (first > today) return 'upcoming';
  return 'today';
}

const RANK = { today: 0, upcoming: 1, passed: 2 } as const;

function byUrgency(a: DeadlineItem, b: DeadlineItem): number {
  if (a.status !== b.status) return RANK[a.status] - RANK[b.status];
  const [aFirst, aLast] = daysCovered(a.date, a.range);
  const [bFirst, bLast] = daysCovered(b.date, b.range);
  if (a.status === 'passed') return bLast.localeCompare(aLast) || bFirst.localeCompare(aFirst);
  return aFirst.localeCompare(bFirst) || aLast.localeCompare(bLast);
}
