import type { Lexicon } from '../../lexicon/lexicon.js';
import { insideNounPhrase } from './clauses.js';
import { isVerb, tagSentence } from './taggedSentence.js';

/** Longest description shown; longer ones are shortened at a phrase boundary, never inside a word. */
export const MAX_DESCRIPTION = 80;

const LEADING =
  /^(?:[\s,;:—–-]+|(?:and|but|so|as|while|when|which|who|that|the|a|an|then|now|also|earlier|later)(?![\p{L}'’]))+/iu;
const TRAILING =
  /(?:[\s,;:—–-]+|(?<![\p{L}'’])(?:and|but|or|as|the|a|an|on|in|at|by|before|after|since|until|from|for|of|to|with|when|where|that|which|who|whose|so-called|his|her|their|its|earlier|later|now)(?![\p{L}'’]))+$/iu;
/** A clause at the end of a description that can go without losing what happens. */
const SUBORDINATE = /[\s,]+(?:that|which|who|whose|while|because|as|although|though|where|when|unless)\s/giu;

function trim(text: string): string {
  let t = text;
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(LEADING, '').replace(TRAILING, '').trim();
  }
  return t;
}

/**
 * A description as shown: no quote marks or brackets, no space before a comma, no dangling
 * words at either end ("… since", "Earlier ,"), at most MAX_DESCRIPTION characters.
 */
export function cleanDescription(text: string, lexicon: Lexicon): string {
  let t = text
    .replace(/[“”"‘]|(?<![\p{L}])['’]|['’](?![\p{L}])/gu, '')
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,;:.!?])/gu, '$1');
  for (const marker of lexicon.attribution.nameMarkers)
    t = t.replace(
      new RegExp(`(?<![\\p{L}])${marker.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\s+`, 'giu'),
      '',
    );
  return shorten(trim(t), lexicon);
}

/**
 * Shortens a description to MAX_DESCRIPTION: prepositional phrases go first, last first, each
 * up to the next verb ("reaching an agreement before the Aug. 1 deadline would be difficult"
 * keeps "would be difficult"); then a trailing subordinate clause; only then words.
 */
export function shorten(text: string, lexicon: Lexicon): string {
  let t = text;
  while (t.length > MAX_DESCRIPTION) {
    const phrase = lastPrepositionalPhrase(t, lexicon);
    if (!phrase) break;
    t = trim(
      `${t.slice(0, phrase.start)} ${t.slice(phrase.end)}`.replace(/\s+/gu, ' ').replace(/\s+,/gu, ','),
    );
  }
  while (t.length > MAX_DESCRIPTION) {
    const cut = [...t.matchAll(SUBORDINATE)].filter((m) => m.index > 20).at(-1);
    if (!cut) break;
    t = trim(t.slice(0, cut.index));
  }
  if (t.length <= MAX_DESCRIPTION) return t;
  const cut = t.slice(0, MAX_DESCRIPTION + 1);
  return trim(cut.slice(0, cut.lastIndexOf(' ')));
}

/** The last phrase from a preposition to the next verb, comma or preposition, past the first words. */
function lastPrepositionalPhrase(text: string, lexicon: Lexicon): { start: number; end: number } | null {
  const { tokens } = tagSentence(text, lexicon.dates.wordTags);
  const prepositions = lexicon.dates.prepositions;
  for (let i = tokens.length - 1; i >= 2; i--) {
    if (!prepositions.includes(tokens[i]!.lower) || tokens[i]!.start < 20) continue;
    let j = i + 1;
    while (
      tokens[j] &&
      !(isVerb(tokens[j]!) && !insideNounPhrase(tokens, j)) &&
      !prepositions.includes(tokens[j]!.lower) &&
      !lexicon.dates.clauseBreaks.includes(tokens[j]!.lower) &&
      !/[,;:]/u.test(tokens[j - 1]!.post)
    )
      j++;
    if (j === i + 1) continue;
    return { start: tokens[i]!.start, end: tokens[j - 1]!.end };
  }
  return null;
}
