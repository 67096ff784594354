import type { DateLexicon } from '../../lexicon/dateLexicon.js';
import { wordList, type PhraseMatcher } from '../tariffs/phraseMatcher.js';

export type Tense = 'past' | 'future' | null;

const cache = new WeakMap<DateLexicon, { past: PhraseMatcher<string>; future: PhraseMatcher<string> }>();

/** Cues further away than this belong to another clause. */
const WINDOW = 70;

/**
 * Whether the wording around a date phrase places its event in the past or the future: the
 * nearest tense cue wins ("returned to the White House in January" is past; "hoped to meet again
 * in mid-May" is future). Null when no cue is near.
 */
export function tenseAround(
  text: string,
  start: number,
  end: number,
  lexicon: DateLexicon,
  window = WINDOW,
): Tense {
  let matchers = cache.get(lexicon);
  if (!matchers) {
    matchers = { past: wordList(lexicon.pastCues), future: wordList(lexicon.futureCues) };
    cache.set(lexicon, matchers);
  }
  let best: { tense: Tense; distance: number } | null = null;
  for (const [tense, matcher] of [
    ['past', matchers.past],
    ['future', matchers.future],
  ] as const) {
    for (const cue of matcher.findAll(text)) {
      if (cue.end > start && cue.start < end) continue;
      const distance = cue.end <= start ? start - cue.end : cue.start - end;
      if (distance > window) continue;
      // A cue before the date usually governs it; one after it is weighed as slightly further away.
      const weighted = cue.end <= start ? distance : distance + 10;
      if (!best || weighted < best.distance) best = { tense, distance: weighted };
    }
  }
  return best?.tense ?? null;
}
