import type { PhraseMatch } from './phraseMatcher.js';
import type { RateMention } from './rateFinder.js';

/** Words that may stand between a measure and its number: "rising by nearly 5 per cent". */
const FILLER =
  /^(\s+|\s*\b(by|about|around|nearly|almost|some|roughly|more than|less than|over|under|a|an|of|to about)\b\s*)*$/iu;
/** Words that may stand between a number and what it measures: "5 percent of shares", "a 40 percent stake". */
const AFTER_FILLER = /^(\s+|\s*\b(of|in|the|its|their)\b\s*)*$/iu;

/**
 * Whether a percentage measures something other than a tariff: a share move, growth, a poll
 * ("IHI rising 5 per cent", "down 1.3 per cent", "a 40 percent stake"). Only a cue right next
 * to the number counts, so "set to jump up to 25 percent" stays a tariff.
 */
export function measuresSomethingElse(text: string, rate: RateMention, cues: PhraseMatch<string>[]): boolean {
  return cues.some(
    (cue) =>
      (cue.end <= rate.start && rate.start - cue.end <= 25 && FILLER.test(text.slice(cue.end, rate.start))) ||
      (cue.start >= rate.end &&
        cue.start - rate.end <= 15 &&
        AFTER_FILLER.test(text.slice(rate.end, cue.start))),
  );
}
