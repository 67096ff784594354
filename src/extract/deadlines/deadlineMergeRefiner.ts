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
    // Two events merge when they share the dates and a keyword; a candidate joins the earliest
    // group that holds a keyword of its own. Each dates-and-keyword pair remembers the earliest
    // group holding it, so a candidate looks up its own keywords instead of comparing itself with
    // every event on its dates (thousands, for a date many articles name).
    const earliest = new Map<string, number>();
    for (const c of candidates) {
      const dates = `${c.date}|${c.range?.start ?? ''}|${c.range?.end ?? ''}`;
      const keys = [...keywords(c, stopwords)].map((w) => `${dates}|${w}`);
      let into = Infinity;
      for (const key of keys) into = Math.min(into, earliest.get(key) ?? Infinity);
      if (into === Infinity) {
        into = groups.length;
        groups.push([c]);
      } else groups[into]!.push(c);
      for (const key of keys) if ((earliest.get(key) ?? Infinity) > into) earliest.set(key, into);
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
