import { describe, expect, it } from 'vitest';
import { passes } from '../../src/eval/evaluation.js';
import {
  readGold,
  scoreTariffs,
  TARIFF_GOLD_FILES,
  TariffGold,
  tariffEvaluations,
} from '../../src/eval/tariffEval.js';
import type { TariffIndex } from '../../src/index/schema.js';
import { indexOf } from '../helpers/buildFixture.js';

function goldAndIndex(file: string): { gold: TariffGold; index: TariffIndex } {
  const gold = readGold(file, TariffGold);
  return { gold, index: indexOf(gold.articlesDir) };
}

describe('tariff evaluation', () => {
  it.each(tariffEvaluations.map((e) => [e.name, e] as const))('%s meets every bar', (_name, evaluation) => {
    const report = evaluation.run();
    expect(report.figures.filter((f) => !passes(f)).map((f) => f.label)).toEqual([]);
  });

  it.each(TARIFF_GOLD_FILES)(
    '%s: a wrong status, a lost fact and a leaked percentage each miss their bar',
    (file) => {
      const { gold, index } = goldAndIndex(file);
      // Only facts from labelled articles are graded (other articles may share the folder). The
      // first such fact's status is labelled in both gold files; dropping the second loses a gold fact.
      const labelled = index.tariffs.filter((t) => gold.labelled.includes(t.sources[0]!.articleId));
      const [first, ...rest] = labelled;
      const leak = gold.nonTariffs[0]!;
      const tampered: TariffIndex = {
        ...index,
        tariffs: [
          ...index.tariffs.filter((t) => !labelled.includes(t)),
          ...rest.slice(1),
          { ...first!, status: first!.status === 'threatened' ? 'agreed' : 'threatened' },
          {
            ...first!,
            id: 'leak',
            subject: 'autos',
            ratePercent: leak.rate,
            sources: [{ ...first!.sources[0]!, articleId: leak.article }],
          },
        ],
      };
      const figures = scoreTariffs(tampered, gold).figures;
      expect(figures.map((f) => passes(f))).toEqual([false, false, false]);
    },
  );
});
