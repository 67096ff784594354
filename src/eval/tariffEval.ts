import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildIndex } from '../index/buildIndex.js';
import { TariffStatus, type TariffIndex } from '../index/schema.js';
import type { EvalReport, Evaluation } from './evaluation.js';

export const TariffGold = z.object({
  _comment: z.string().optional(),
  articlesDir: z.string(),
  /** Articles whose every tariff fact is labelled; facts found elsewhere are not graded. */
  labelled: z.array(z.string()),
  tariffs: z.array(
    z.object({
      article: z.string(),
      subject: z.string(),
      rate: z.number(),
      /** Null when the wording gives no status: any status is accepted. */
      status: TariffStatus.nullable(),
      previous: z.number().optional(),
      effective: z.string().optional(),
    }),
  ),
  nonTariffs: z.array(z.object({ article: z.string(), rate: z.number() })),
});
export type TariffGold = z.infer<typeof TariffGold>;

/** The gold files the tariff evaluation reads. */
export const TARIFF_GOLD_FILES = [
  'test/fixtures/gold/tariffs.seed.json',
  'test/fixtures/gold/tariffs.extra.json',
];

/** Reads a gold file with its schema; a malformed one fails loudly with the path. */
export function readGold<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} does not match the gold format:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Compares an index's tariff facts with a gold file: how many gold (subject, rate) facts are
 * found, how many extracted facts are right (subject, rate, previous rate, status, effective
 * date), and how many non-tariff percentages slipped in. Every article that reports a merged
 * fact counts once.
 */
export function scoreTariffs(index: TariffIndex, gold: TariffGold): EvalReport {
  const notes: string[] = [];
  const labelled = new Set(gold.labelled);
  const reported = index.tariffs.flatMap((t) =>
    [...new Set(t.sources.map((s) => s.articleId))].map((article) => ({ t, article })),
  );

  let found = 0;
  for (const g of gold.tariffs) {
    if (
      reported.some(
        ({ t, article }) => article === g.article && t.subject === g.subject && t.ratePercent === g.rate,
      )
    )
      found++;
    else notes.push(`missed: ${g.article} ${g.subject} ${g.rate}%`);
  }
  let right = 0;
  let graded = 0;
  for (const { t, article } of reported) {
    if (!labelled.has(article)) continue;
    graded++;
    const g = gold.tariffs.find(
      (x) => x.article === article && x.subject === t.subject && x.rate === t.ratePercent,
    );
    const ok =
      g !== undefined &&
      (g.status === null || g.status === t.status) &&
      (g.previous ?? null) === t.previousRatePercent &&
      (g.effective === undefined || g.effective === t.effective);
    if (ok) right++;
    else
      notes.push(
        `wrong: ${article} ${t.subject} ${t.ratePercent}% from ${t.previousRatePercent ?? '-'} ${t.status} ${t.effective ?? '-'}${g ? ` (gold ${g.status ?? 'any'}, from ${g.previous ?? '-'}, ${g.effective ?? '-'})` : ' (not in gold)'}`,
      );
  }
  const leaked = gold.nonTariffs.filter((n) =>
    reported.some(({ t, article }) => article === n.article && t.ratePercent === n.rate),
  );
  for (const n of leaked) notes.push(`not a tariff, extracted: ${n.article} ${n.rate}%`);
  return {
    name: `Tariffs (${gold.articlesDir})`,
    figures: [
      {
        label: 'gold (subject, rate) facts found',
        value: gold.tariffs.length ? found / gold.tariffs.length : 1,
        bar: 0.95,
      },
      { label: 'extracted facts right', value: graded ? right / graded : 1, bar: 0.95 },
      {
        label: 'non-tariff percentages extracted',
        value: leaked.length,
        bar: 0,
        atMost: true,
        unit: 'count',
      },
    ],
    notes,
  };
}

/** One evaluation per tariff gold file, each over its own articles folder. */
export const tariffEvaluations: Evaluation[] = TARIFF_GOLD_FILES.map((file) => ({
  name: `tariffs ${file}`,
  run() {
    const gold = readGold(file, TariffGold);
    return scoreTariffs(buildIndex({ inDir: gold.articlesDir }), gold);
  },
}));
