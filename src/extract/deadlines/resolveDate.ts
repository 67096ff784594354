import { addDays, daysBetween, weekdayOf, type Day } from './calendar.js';
import type { Tense } from './tense.js';

/**
 * The year of a month (and day) written without one: the latest such date not after the
 * publication date for a past event, the earliest not before it for a future one, and the
 * nearest otherwise.
 */
export function inferYear(month: number, day: number | null, published: Day, tense: Tense): number {
  const candidates = [published.year - 1, published.year, published.year + 1];
  const offset = (year: number) =>
    day === null
      ? (year - published.year) * 12 + (month - published.month)
      : daysBetween(published, { year, month, day });
  if (tense === 'past') return candidates.filter((y) => offset(y) <= 0).at(-1)!;
  if (tense === 'future') return candidates.find((y) => offset(y) >= 0)!;
  return candidates.reduce((best, y) => (Math.abs(offset(y)) < Math.abs(offset(best)) ? y : best));
}

/** A weekday written alone ("on Friday"): the one before, after or nearest the publication date. */
export function resolveWeekday(weekday: number, published: Day, tense: Tense): Day {
  const today = weekdayOf(published);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (tense === 'past') return addDays(published, -back);
  if (tense === 'future') return addDays(published, ahead);
  return addDays(published, back <= ahead ? -back : ahead);
}
