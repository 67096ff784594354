import { z } from 'zod';
import { buildIndex } from '../index/buildIndex.js';
import { Deadline, IsoDay, PartialIsoDate, type TariffIndex } from '../index/schema.js';
import { MAX_DESCRIPTION } from '../extract/deadlines/descriptionText.js';
import { sentenceText, spanText } from '../index/spanText.js';
import type { EvalReport, Evaluation } from './evaluation.js';
import { readGold } from './tariffEval.js';

export const DeadlineGold = z.object({
  _comment: z.string().optional(),
  articlesDir: z.string(),
  labelled: z.array(z.string()),
  deadlines: z.array(
    z.object({
      article: z.string(),
      /** The date phrase as the index records it ("by July", "on Friday"). */
      phrase: z.string(),
      date: PartialIsoDate,
      range: z.object({ start: IsoDay, end: IsoDay }).optional(),
      /** Graded where this article is the event's first source. */
      relation: Deadline.shape.relation.optional(),
      /** Words of the evidence sentence, when the phrase occurs twice in the article. */
      context: z.string().optional(),
      /** A word the description must contain. */
      about: z.string().optional(),
    }),
  ),
  /** Phrases that must not become deadlines (relative dates without a publication date). */
  absent: z.array(z.object({ article: z.string(), phrase: z.string() })),
});
export type DeadlineGold = z.infer<typeof DeadlineGold>;

export const DEADLINE_GOLD_FILES = [
  'test/fixtures/gold/deadlines.seed.json',
  'test/fixtures/gold/deadlines.extra.json',
];

/**
 * Compares an index's deadlines with a gold file: each gold date phrase must be found with the
 * right date (and range); no phrase may carry a wrong year; relations and descriptions are
 * graded where the gold gives them.
 */
export function scoreDeadlines(index: TariffIndex, gold: DeadlineGold): EvalReport {
  const notes: string[] = [];
  const mentions = index.deadlines.flatMap((d) =>
    d.sources.map((s) => ({
      d,
      article: s.articleId,
      phrase: spanText(index, s),
      evidence: sentenceText(index, s),
      first: s === d.sources[0],
    })),
  );
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

  let found = 0;
  let wrongYears = 0;
  let relations = 0;
  let relationsRight = 0;
  let abouts = 0;
  let aboutsRight = 0;
  for (const g of gold.deadlines) {
    const candidates = mentions.filter(
      (m) =>
        m.article === g.article && same(m.phrase, g.phrase) && (!g.context || m.evidence.includes(g.context)),
    );
    const hit = candidates.find(
      (m) =>
        m.d.date === g.date &&
        (!g.range || (m.d.range?.start === g.range.start && m.d.range.end === g.range.end)),
    );
    for (const m of candidates) if (m.d.date.slice(0, 4) !== g.date.slice(0, 4)) wrongYears++;
    if (!hit) {
      notes.push(
        `missed: ${g.article} "${g.phrase}" ${g.date}${candidates.length ? ` (got ${candidates.map((c) => c.d.date).join(', ')})` : ''}`,
      );
      continue;
    }
    found++;
    if (g.relation && hit.first) {
      relations++;
      if (hit.d.relation === g.relation) relationsRight++;
      else notes.push(`relation: ${g.article} "${g.phrase}" ${hit.d.relation}, gold ${g.relation}`);
    }
    if (g.about) {
      abouts++;
      if (hit.d.description.toLowerCase().includes(g.about.toLowerCase())) aboutsRight++;
      else notes.push(`description: ${g.article} "${g.phrase}": "${hit.d.description}" lacks "${g.about}"`);
    }
  }
  const malformed = index.deadlines.filter((d) => describeFlaw(d.description) !== null);
  for (const d of malformed)
    notes.push(
      `description: ${d.sources[0]!.articleId} "${d.phrase}": "${d.description}" ${describeFlaw(d.description)}`,
    );
  const leaked = gold.absent.filter((a) =>
    mentions.some((m) => m.article === a.article && same(m.phrase, a.phrase)),
  );
  for (const a of leaked) notes.push(`should stay unresolved: ${a.article} "${a.phrase}"`);
  return {
    name: `Deadlines (${gold.articlesDir})`,
    figures: [
      {
        label: 'gold dates found with the right date',
        value: gold.deadlines.length ? found / gold.deadlines.length : 1,
        bar: 1,
      },
      { label: 'dates with a wrong year', value: wrongYears, bar: 0, atMost: true, unit: 'count' },
      { label: 'unresolvable dates given a date', value: leaked.length, bar: 0, atMost: true, unit: 'count' },
      { label: 'relations right', value: relations ? relationsRight / relations : 1, bar: 0.9 },
      { label: 'descriptions naming the event', value: abouts ? aboutsRight / abouts : 1, bar: 0.9 },
      {
        label: 'descriptions that do not read as a phrase',
        value: malformed.length,
        bar: 0,
        atMost: true,
        unit: 'count',
      },
    ],
    notes,
  };
}

const DANGLING =
  /(?:^[\s\p{P}]|[\s,;:—–-]$|\s[,;:.]|(?<![\p{L}])(?:and|or|but|the|a|an|of|to|in|on|at|by|for|with|from|since|that|which)$)/iu;
const PRONOUN_SUBJECT = /^(?:he|she|it|they|i|we|he’s|she’s|it’s|who|which)(?![\p{L}])/iu;

/**
 * What keeps a description from reading as a short phrase about an event, or null: too long,
 * punctuation or a function word left dangling at an end, a pronoun where a name should be.
 */
export function describeFlaw(description: string): string | null {
  if (description.length > MAX_DESCRIPTION) return `is longer than ${MAX_DESCRIPTION} characters`;
  if (DANGLING.test(description)) return 'has a dangling word or punctuation';
  if (PRONOUN_SUBJECT.test(description)) return 'starts with a pronoun';
  return null;
}

/** One evaluation per deadline gold file. */
export const deadlineEvaluations: Evaluation[] = DEADLINE_GOLD_FILES.map((file) => ({
  name: `deadlines ${file}`,
  run() {
    const gold = readGold(file, DeadlineGold);
    return scoreDeadlines(buildIndex({ inDir: gold.articlesDir }), gold);
  },
}));
