import { describe, expect, it } from 'vitest';
import {
  DEADLINE_GOLD_FILES,
  DeadlineGold,
  deadlineEvaluations,
  describeFlaw,
  scoreDeadlines,
} from '../../src/eval/deadlineEval.js';
import { passes } from '../../src/eval/evaluation.js';
import { readGold } from '../../src/eval/tariffEval.js';
import type { TariffIndex } from '../../src/index/schema.js';
import { indexOf } from '../helpers/buildFixture.js';

describe('deadline evaluation', () => {
  it.each(deadlineEvaluations.map((e) => [e.name, e] as const))('%s meets every bar', (_name, evaluation) => {
    const report = evaluation.run();
    expect(report.figures.filter((f) => !passes(f)).map((f) => f.label)).toEqual([]);
  });

  it.each(DEADLINE_GOLD_FILES)('%s: a date a year off misses both the date and the year bar', (file) => {
    const gold = readGold(file, DeadlineGold);
    const index = indexOf(gold.articlesDir);
    const shifted = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
    // Shift the first deadline a labelled article reports: other articles may share the folder.
    const target = index.deadlines.find((d) => gold.labelled.includes(d.sources[0]!.articleId));
    const tampered: TariffIndex = {
      ...index,
      deadlines: index.deadlines.map((d) =>
        d === target ? { ...d, date: shifted(d.date), range: null } : d,
      ),
    };
    const [found, wrongYears] = scoreDeadlines(tampered, gold).figures;
    expect([passes(found!), passes(wrongYears!)]).toEqual([false, false]);
  });

  it.each([
    ['Akazawa to visit Washington', null],
    ['reciprocal tariffs on Japan rise to 25% from 10%', null],
    ['Earlier , Trump suggested that reaching an agreement', 'has a dangling word or punctuation'],
    ['has visited Washington seven times since', 'has a dangling word or punctuation'],
    ['he’s aiming to visit Washington', 'starts with a pronoun'],
    [
      "deadline for U.S. President Donald Trump's so-called country-specific reciprocal ta and more words",
      'is longer than 80 characters',
    ],
  ])('describeFlaw(%j) is %j', (description, flaw) => {
    expect(describeFlaw(description)).toBe(flaw);
  });
});
