import type { TariffStatus } from '../../index/schema.js';
import type { PhraseMatch } from './phraseMatcher.js';
import type { KnownStatus } from './tariffVocabulary.js';

/** Status cues further than this from the rate speak about something else in the sentence. */
const MAX_DISTANCE = 90;

/**
 * The status the wording gives a rate: the status cue nearest to it, or `unknown` when the
 * sentence has none close enough.
 */
export function findStatus(
  rate: { start: number; end: number },
  cues: PhraseMatch<KnownStatus>[],
): TariffStatus {
  let best: { status: KnownStatus; distance: number } | null = null;
  for (const cue of cues) {
    const distance =
      cue.end <= rate.start ? rate.start - cue.end : cue.start >= rate.end ? cue.start - rate.end : 0;
    if (distance > MAX_DISTANCE) continue;
    if (!best || distance < best.distance) best = { status: cue.value, distance };
  }
  return best?.status ?? 'unknown';
}
