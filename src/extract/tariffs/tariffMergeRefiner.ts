import type { Refiner, TariffDraft } from '../../pipeline/types.js';

/** Two values agree when equal or when one of them is not known. */
function compatible<T>(a: T | null, b: T | null, unknown: T | null = null): boolean {
  return a === b || a === unknown || b === unknown;
}

function sameFact(a: TariffDraft, b: TariffDraft, perCountry: Set<string>): boolean {
  if (perCountry.has(a.subject) && a.imposedOn !== b.imposedOn) return false;
  return (
    a.subject === b.subject &&
    a.ratePercent === b.ratePercent &&
    compatible(a.previousRatePercent, b.previousRatePercent) &&
    compatible<string>(a.status, b.status, 'unknown') &&
    compatible(a.effective, b.effective) &&
    compatible(a.imposedBy, b.imposedBy) &&
    compatible(a.imposedOn, b.imposedOn)
  );
}

function known<T>(a: T | null, b: T | null, unknown: T | null = null): T | null {
  return a === unknown ? b : a;
}

/**
 * One fact per tariff however many sentences and articles report it: the same subject and rate
 * whose other fields do not contradict merge, keeping every source and the fields any of them
 * knows. Facts that disagree (threatened in one article, scheduled in another) stay apart.
 */
export const tariffMergeRefiner: Refiner<TariffDraft> = {
  name: 'merge-tariffs',
  refine(candidates, _draft, ctx) {
    const perCountry = new Set(ctx.lexicon.tariffs.subjects.filter((s) => s.perCountry).map((s) => s.slug));
    const merged: TariffDraft[] = [];
    // Only facts with the same subject and rate can merge: looking within those keeps the build linear.
    const bySubjectAndRate = new Map<string, TariffDraft[]>();
    // Where each merged fact's sources start: a tariff many articles report has thousands.
    const sourceKeys = new Map<TariffDraft, Set<string>>();
    const keyOf = (s: TariffDraft['sources'][number]) => `${s.articleId}|${s.start}`;
    for (const c of candidates) {
      const key = `${c.subject}|${c.ratePercent}`;
      let alike = bySubjectAndRate.get(key);
      if (!alike) bySubjectAndRate.set(key, (alike = []));
      const into = alike.find((m) => sameFact(m, c, perCountry));
      if (!into) {
        const entry = { ...c, sources: [...c.sources] };
        merged.push(entry);
        alike.push(entry);
        sourceKeys.set(entry, new Set(entry.sources.map(keyOf)));
        continue;
      }
      into.previousRatePercent = known(into.previousRatePercent, c.previousRatePercent);
      into.status = known(into.status, c.status, 'unknown') ?? 'unknown';
      into.effective = known(into.effective, c.effective);
      into.imposedBy = known(into.imposedBy, c.imposedBy);
      into.imposedOn = known(into.imposedOn, c.imposedOn);
      const keys = sourceKeys.get(into)!;
      if (!keys.has(keyOf(c.sources[0]!))) {
        into.sources.push(...c.sources);
        for (const source of c.sources) keys.add(keyOf(source));
      }
    }
    return merged;
  },
};
