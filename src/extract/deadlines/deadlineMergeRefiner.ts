import type { DeadlineDraft, Refiner } from '../../pipeline/types.js';
import { informativeness } from './informativeness.js';
import { CACHE_LIMIT, tagSentences } from './taggedSentence.js';

/** The content words of a description, possessives and endings folded ("meets" = "meeting"). */
function keywords(d: DeadlineDraft, stopwords: Set<string>): Set<string> {
  const words = (d.description.toLowerCase().match(/[\p{L}’'-]{5,}/gu) ?? []).map((w) =>
    w.replace(/['’]s$/u, ''),
  );
  return new Set(
    words.filter((w) => !stopwords.has(w)).map((w) => w.replace(/(?<=\p{L}{4})(?:ing|ed|es|s)$/u, '')),
  );
}

/** Descriptions tagged in one call: a share of the tagger's cache, which keeps a call's sentences. */
const SCORED_TOGETHER = Math.floor(CACHE_LIMIT / 4);

/** Whether a group's descriptions differ: of equal ones the first is kept, unscored. */
const competes = (group: DeadlineDraft[]) => group.some((d) => d.description !== group[0]!.description);

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
    // Only descriptions that compete are scored; they are tagged together, a share at a time, so
    // that the tagger's cache still holds each share when it is scored.
    const competing = [...new Set(groups.filter(competes).flatMap((g) => g.map((d) => d.description)))];
    const scores = new Map<string, number>();
    for (let from = 0; from < competing.length; from += SCORED_TOGETHER) {
      const share = competing.slice(from, from + SCORED_TOGETHER);
      tagSentences(share, ctx.lexicon.dates.wordTags);
      for (const description of share) scores.set(description, informativeness(description, ctx.lexicon));
    }
    const score = (d: DeadlineDraft) => scores.get(d.description)!;
    return groups.map((group) => {
      const first = group[0]!;
      const best = competes(group) ? group.reduce((a, b) => (score(b) > score(a) ? b : a)) : first;
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
