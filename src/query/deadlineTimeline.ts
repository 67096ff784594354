/**
 * The index's deadlines merged and sorted once per loaded index: the same date and description
 * reported by several articles form one group, and the groups are kept in the two orders
 * `/deadline` shows them in. Only the topic filter and the split around today depend on the
 * query, so an answer walks these lists instead of merging and sorting thousands of deadlines.
 */
import type { Deadline } from '../index/schema.js';
import { compareCodeUnits as compare, fold } from './text.js';

/** The deadlines that state one dated event, in index order; the first speaks for the group. */
export interface DeadlineGroup {
  deadlines: Deadline[];
  /** Where the group's first deadline sits in the index, to keep equally dated groups in order. */
  position: number;
  /** The first and last day the first deadline covers. */
  first: string;
  last: string;
  /** Where the group sits in `soonestFirst` and in `latestFirst`. */
  soonestRank: number;
  latestRank: number;
}

export interface DeadlineTimeline {
  /** Groups by the first day they cover, then the last, soonest first. */
  soonestFirst: readonly DeadlineGroup[];
  /** Groups by the last day they cover, then the first, most recent first. */
  latestFirst: readonly DeadlineGroup[];
  /** Each deadline by id, with where it sits in the index and its group. */
  byId: ReadonlyMap<string, { deadline: Deadline; position: number; group: DeadlineGroup }>;
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

/** The key under which deadlines state the same event: the same date and the same words. */
export function deadlineKey(d: Pick<Deadline, 'date' | 'description'>): string {
  return `${d.date}|${fold(d.description)}`;
}

/** Groups and sorts the deadlines; build it again when the index is rebuilt. */
export function createDeadlineTimeline(deadlines: readonly Deadline[]): DeadlineTimeline {
  const byKey = new Map<string, DeadlineGroup>();
  const byId = new Map<string, { deadline: Deadline; position: number; group: DeadlineGroup }>();
  deadlines.forEach((d, position) => {
    const key = deadlineKey(d);
    let group = byKey.get(key);
    if (group) group.deadlines.push(d);
    else {
      const [first, last] = daysCovered(d.date, d.range);
      byKey.set(key, (group = { deadlines: [d], position, first, last, soonestRank: 0, latestRank: 0 }));
    }
    byId.set(d.id, { deadline: d, position, group });
  });
  const groups = [...byKey.values()];
  // Both sorts are stable over index order, as sorting the merged list on every query was.
  const soonestFirst = [...groups].sort((a, b) => compare(a.first, b.first) || compare(a.last, b.last));
  const latestFirst = [...groups].sort((a, b) => compare(b.last, a.last) || compare(b.first, a.first));
  soonestFirst.forEach((g, rank) => (g.soonestRank = rank));
  latestFirst.forEach((g, rank) => (g.latestRank = rank));
  return { soonestFirst, latestFirst, byId };
}
