import type { PhraseMatch } from './phraseMatcher.js';
import type { RateMention } from './rateFinder.js';

/** Words between two parts of a sentence that put them in different clauses. */
const CLAUSE_BREAK =
  /[;:]|,\s*(which|who|whose|where|including|while|but|although|though|as)\b|\b(while|whereas|but|unless|because)\b/iu;

/**
 * A subject is held to the same phrase as its rate: "a baseline 10 percent rate" is baseline,
 * but in "tariffs on steel, along with a baseline 10 percent rate" the 10% is not steel.
 */
const SUBJECT_BREAK = new RegExp(
  `${CLAUSE_BREAK.source}|\\b(along with|in addition to|compared with|except)\\b`,
  'iu',
);

/** Between two subjects of one list: "autos and auto parts, steel, and aluminium". */
const JOINER = /^\s*,?\s*(and|or|&|plus)?\s*$/iu;

/** How far (in characters) a subject may sit from its rate. */
const MAX_DISTANCE = 120;

/** Whether nothing between two spans of a sentence puts them in different clauses. */
export function sameClause(
  text: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return !CLAUSE_BREAK.test(gap(text, a, b));
}

function gap(text: string, a: { start: number; end: number }, b: { start: number; end: number }): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
}

/**
 * The subjects one rate applies to: the nearest subject in the same clause, plus the subjects
 * listed together with it. Another rate between them claims the subject instead.
 */
export function findSubjects(
  text: string,
  rate: RateMention,
  subjects: PhraseMatch<string>[],
  otherRates: RateMention[],
): PhraseMatch<string>[] {
  const reachable = subjects.filter((s) => {
    const between = gap(text, rate, s);
    if (between.length > MAX_DISTANCE || SUBJECT_BREAK.test(between)) return false;
    const lo = Math.min(rate.end, s.end);
    const hi = Math.max(rate.start, s.start);
    return !otherRates.some((r) => r.start >= lo && r.end <= hi);
  });
  if (reachable.length === 0) return [];
  const distance = (s: PhraseMatch<string>) => gap(text, rate, s).length;
  const nearest = reachable.reduce((best, s) => (distance(s) < distance(best) ? s : best));

  const ordered = [...subjects].sort((a, b) => a.start - b.start);
  const at = ordered.indexOf(nearest);
  const list = [nearest];
  for (
    let i = at + 1;
    i < ordered.length && JOINER.test(text.slice(ordered[i - 1]!.end, ordered[i]!.start));
    i++
  ) {
    list.push(ordered[i]!);
  }
  for (let i = at - 1; i >= 0 && JOINER.test(text.slice(ordered[i]!.end, ordered[i + 1]!.start)); i--) {
    list.unshift(ordered[i]!);
  }
  return list;
}
