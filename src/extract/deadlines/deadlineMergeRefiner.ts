import type { DeadlineDraft, Refiner } from '../../pipeline/types.js';
import { informativeness } from './informativeness.js';
import { tagSentences } from './taggedSentence.js';

/** The content words of a description, possessives and endings folded ("meets" = "meeting"). */
function keywords(d: DeadlineDraft, stopwords: Set<string>): Set<string> {
  const words = (d.description.toLowerCase().match(/[\p{L}’'-]{5,}/gu) ?? []).map((w) =>
    w.replace(/['’]s$/u, ''),
  );
  return new Set(
    words.filter((w) => !stopwords.has(w)).map((w) => w.replace(/(?<=\p{L}{4})(?:ing|ed|es|s)$/u, '')),
  );
}

function sameEvent(a: DeadlineDraft, b: DeadlineDraft, stopwords: Set<string>): boolean {
  if (a.date !== b.date || a.range?.start !== b.range?.start || a.range?.end !== b.range?.end) return false;
  const kb = keywords(b, stopwords);
  return [...keywords(a, stopwords)].some((w) => kb.has(w));
}

/**
 * One deadline per event however many sentences and articles date it: the same date whose
 * descriptions share a keyword merge, keeping every source. The merged entry carries the most
 * informative of their descriptions and the fewest inferred parts any source needed (one article
 * writing the year is enough to know it). Keywords are read from each source's own description,
 * so a chosen description does not change what merges.
 */
export const deadlineMergeRefiner: Refiner<DeadlineDraft> = {
  name: 'merge-deadlines',
  refine(candidates, _draft, ctx) {
    const stopwords = new Set(ctx.lexicon.dates.mergeStopwords.map((w) => w.toLowerCase()));
    const groups: DeadlineDraft[][] = [];
    // Only events on the same dates can merge: looking within those keeps the build linear.
    const byDates = new Map<string, DeadlineDraft[][]>();
    for (const c of candidates) {
      const key = `${c.date}|${c.range?.start ?? ''}|${c.range?.end ?? ''}`;
      let sameDates = byDates.get(key);
      if (!sameDates) byDates.set(key, (sameDates = []));
      const into = sameDates.find((g) => g.some((m) => sameEvent(m, c, stopwords)));
      if (into) into.push(c);
      else {
        groups.push([c]);
        sameDates.push(groups[groups.length - 1]!);
      }
    }
    // Only descriptions that compete are scored; they are tagged together, in one pass.
    tagSentences(
      groups.filter((g) => g.length > 1).flatMap((g) => g.map((d) => d.description)),
      ctx.lexicon.dates.wordTags,
    );
    const scores = new Map<string, number>();
    const score = (d: DeadlineDraft) => {
      let s = scores.get(d.description);
      if (s === undefined) scores.set(d.description, (s = informativeness(d.description, ctx.lexicon)));
      return s;
    };
    return groups.map((group) => {
      const first = group[0]!;
      const best = group.reduce((a, b) => (score(b) > score(a) ? b : a));
      const inferred = group.reduce(
        (a, b) => (b.inferred.length < a.length ? b.inferred : a),
        first.inferred,
      );
      // The evidence shown beside a description is the sentence that description was read from.
      return {
        ...first,
        description: best.description,
        evidence: best.evidence,
        inferred,
        sources: group.flatMap((d) => d.sources),
      };
    });
  },
};
