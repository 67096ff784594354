import type { PhraseMatch } from './phraseMatcher.js';
import type { RateMention } from './rateFinder.js';

/** A rate and, when the sentence gives it, the rate it replaces. */
export interface RateChange {
  rate: RateMention;
  previous: RateMention | null;
}

/** Words that may sit between a marker and the old rate: "instead of the current 27.5%". */
const BETWEEN_MARKER_AND_RATE =
  /^\s*((the|a|an|its|existing|current|present|earlier|previous|prior|old)\s+)*$/iu;
/** "from 10% to 25%": the old rate comes first and "to" leads to the new one. */
const TO_NEW = /^\s*(up\s+|down\s+)?to\s*$/iu;

function markerBefore(text: string, rate: RateMention, markers: PhraseMatch<string>[]): boolean {
  return markers.some(
    (m) =>
      m.end <= rate.start &&
      rate.start - m.end <= 30 &&
      BETWEEN_MARKER_AND_RATE.test(text.slice(m.end, rate.start)),
  );
}

/**
 * Pairs each new rate with the one it replaces: "to 25 percent from 10 percent", "from 10% to
 * 25%", "15% instead of the current 27.5%". A rate that is some other rate's previous one is not
 * reported on its own.
 */
export function pairRates(text: string, rates: RateMention[], markers: PhraseMatch<string>[]): RateChange[] {
  const previousOf = new Map<RateMention, RateMention>();
  const isPrevious = new Set<RateMention>();
  for (const [i, rate] of rates.entries()) {
    const next = rates[i + 1];
    const prior = rates[i - 1];
    if (next && markerBefore(text, rate, markers) && TO_NEW.test(text.slice(rate.end, next.start))) {
      previousOf.set(next, rate);
      isPrevious.add(rate);
    } else if (
      prior &&
      !isPrevious.has(prior) &&
      !previousOf.has(prior) &&
      rate.start - prior.end <= 60 &&
      markerBefore(text, rate, markers)
    ) {
      previousOf.set(prior, rate);
      isPrevious.add(rate);
    }
  }
  return rates
    .filter((r) => !isPrevious.has(r))
    .map((rate) => ({ rate, previous: previousOf.get(rate) ?? null }));
}
