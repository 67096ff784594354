import type { Deadline } from '../index/schema.js';
import { citationsFor } from '../query/citations.js';
import { daysCovered, type DeadlineGroup } from '../query/deadlineTimeline.js';
import type { QueryContext } from '../query/queryContext.js';
import { compareCodeUnits as compare } from '../query/text.js';
import { matchesTopic, parseTopicQuery, type TopicQuery } from '../query/topicQuery.js';
import type { Answer, Citation, DeadlineItem } from './types.js';

export { daysCovered } from '../query/deadlineTimeline.js';

/**
 * The most items one answer carries: ten pages of five in Discord, more than anyone pages
 * through, and building thousands of items was most of what a broad /deadline cost.
 */
export const MAX_DEADLINE_ITEMS = 50;

/** One dated event chosen for an answer: the deadlines that report it and match the topic. */
interface Chosen {
  deadlines: Deadline[];
  first: string;
  last: string;
  status: DeadlineItem['status'];
  position: number;
}

/**
 * `/deadline [topic]`: dated events, those still ahead (soonest first) before those passed
 * (most recent first), each with every article that reports it. "Today" is the UTC date of `now`.
 * At most MAX_DEADLINE_ITEMS events, the nearest, and the message says how many there were.
 */
export function deadlineAnswer(ctx: QueryContext, options: Record<string, string>, now: Date): Answer {
  const topic = options.topic ?? '';
  const query = topic === '' ? null : parseTopicQuery(topic, ctx.lexicon, ctx.deadlineCorrector);
  const today = now.toISOString().slice(0, 10);
  const { shown, total } = chooseEvents(ctx, query, today);
  const items = shown.map((c) => toItem(ctx, c));

  const title = topic === '' ? 'Deadlines and dated events' : `Deadlines and dated events about “${topic}”`;
  const answer: Answer = { command: 'deadline', options, title, items };
  if (items.length === 0) {
    answer.message =
      ctx.index.deadlines.length === 0
        ? 'The articles in the index mention no dated events.'
        : `No dated event in the articles is about “${topic}”.`;
    if (ctx.index.deadlines.length > 0)
      answer.suggestions = ctx.lexicon.topics.map((t) => t.name).slice(0, 10);
    return answer;
  }
  const allPassed = !items.some((i) => i.status !== 'passed');
  if (total > items.length) {
    const showing = `Showing the ${items.length} nearest of ${total.toLocaleString('en-US')} dated events`;
    answer.message = allPassed ? `${showing}; all have passed, the most recent first.` : `${showing}.`;
  } else if (allPassed) {
    answer.message = 'All these dates have passed; the most recent come first.';
  }
  return answer;
}

/**
 * The events the topic matches, at most MAX_DEADLINE_ITEMS in the order the answer shows them,
 * and how many there were, read off the presorted timeline.
 */
function chooseEvents(
  ctx: QueryContext,
  query: TopicQuery | null,
  today: string,
): { shown: Chosen[]; total: number } {
  const { soonestFirst, latestFirst, byId } = ctx.deadlines;
  const chosen = (group: DeadlineGroup, deadlines = group.deadlines): Chosen => ({
    ...group,
    deadlines,
    status: statusOn(group.first, group.last, today),
  });
  if (!query) {
    const shown: Chosen[] = [];
    // Soonest first, today's and later events come before the passed ones, most recent first.
    for (const g of soonestFirst)
      if (shown.length < MAX_DEADLINE_ITEMS && g.last >= today) shown.push(chosen(g));
    for (const g of latestFirst)
      if (shown.length < MAX_DEADLINE_ITEMS && g.last < today) shown.push(chosen(g));
    return { shown, total: soonestFirst.length };
  }
  const candidates = ctx.deadlineTopics.candidates(query);
  type Member = { deadline: Deadline; position: number };
  const matching = new Map<DeadlineGroup, Member[]>();
  // The groups whose first deadline matches too: they keep their presorted places.
  const headed = new Set<DeadlineGroup>();
  for (const id of candidates.keys) {
    const entry = byId.get(id);
    if (!entry || (!candidates.exact && !matchesTopic(query, ctx.deadlineWords.get(id) ?? []))) continue;
    const members = matching.get(entry.group);
    if (members) members.push(entry);
    else matching.set(entry.group, [entry]);
    if (entry.deadline === entry.group.deadlines[0]) headed.add(entry.group);
  }
  const headless = [...matching.keys()].some((group) => !headed.has(group));
  const inOrder = (members: Member[]) => members.sort((a, b) => a.position - b.position);
  // A group whose first deadline misses the topic is spoken for by a later one, which may cover
  // other days or sit elsewhere in the index: then the presorted order no longer holds.
  if (headless) {
    const sorted = [...matching.values()]
      .map((members) => {
        inOrder(members);
        const [first, last] = daysCovered(members[0]!.deadline.date, members[0]!.deadline.range);
        return {
          deadlines: members.map((m) => m.deadline),
          first,
          last,
          status: statusOn(first, last, today),
          position: members[0]!.position,
        };
      })
      .sort((a, b) => byUrgency(a, b) || a.position - b.position);
    return { shown: sorted.slice(0, MAX_DEADLINE_ITEMS), total: sorted.length };
  }
  // Every group keeps its place in the presorted lists, so only the ranks of the nearest are
  // needed: a broad topic in a large index matches tens of thousands of events, and sorting ranks
  // as numbers costs far less than sorting the events. Sorting by soonest rank puts today's
  // events (begun already) before the upcoming ones.
  const aheadRanks: number[] = [];
  const passedRanks: number[] = [];
  for (const group of matching.keys())
    if (group.last >= today) aheadRanks.push(group.soonestRank);
    else passedRanks.push(group.latestRank);
  const nearest = (ranks: number[], order: readonly DeadlineGroup[], room: number) =>
    room <= 0 ? [] : [...Int32Array.from(ranks).sort().subarray(0, room)].map((rank) => order[rank]!);
  const groups = nearest(aheadRanks, soonestFirst, MAX_DEADLINE_ITEMS);
  groups.push(...nearest(passedRanks, latestFirst, MAX_DEADLINE_ITEMS - groups.length));
  const shown = groups.map((group) =>
    chosen(
      group,
      inOrder(matching.get(group)!).map((m) => m.deadline),
    ),
  );
  return { shown, total: matching.size };
}

function toItem(ctx: QueryContext, c: Chosen): DeadlineItem {
  const d = c.deadlines[0]!;
  return {
    kind: 'deadline',
    date: d.date,
    range: d.range,
    description: d.description,
    status: c.status,
    evidence: d.evidence,
    articleId: d.articleId,
    citations: citationsOf(ctx, c.deadlines),
  };
}

const rememberedCitations = new WeakMap<QueryContext, WeakMap<Deadline, Citation[]>>();

/**
 * Every article that reports the event, the first deadline's own first. An event every article
 * reports is cited by thousands in a large index, so the citations of a whole group are worked
 * out once and copied; a topic that picks only some of a group's deadlines gets its own.
 */
function citationsOf(ctx: QueryContext, deadlines: readonly Deadline[]): Citation[] {
  const build = () =>
    citationsFor(
      ctx.articles,
      deadlines.flatMap((r) => [r.articleId, ...r.sources.map((s) => s.articleId)]),
    );
  const head = deadlines[0]!;
  const group = ctx.deadlines.byId.get(head.id)?.group;
  if (!group || group.deadlines.length !== deadlines.length || group.deadlines[0] !== head) return build();
  let byHead = rememberedCitations.get(ctx);
  if (!byHead) rememberedCitations.set(ctx, (byHead = new WeakMap()));
  let citations = byHead.get(head);
  if (!citations) byHead.set(head, (citations = build()));
  return [...citations];
}

function statusOn(first: string, last: string, today: string): DeadlineItem['status'] {
  if (last < today) return 'passed';
  if (first > today) return 'upcoming';
  return 'today';
}

const RANK = { today: 0, upcoming: 1, passed: 2 } as const;

function byUrgency(a: Chosen, b: Chosen): number {
  if (a.status !== b.status) return RANK[a.status] - RANK[b.status];
  if (a.status === 'passed') return compare(b.last, a.last) || compare(b.first, a.first);
  return compare(a.first, b.first) || compare(a.last, b.last);
}
