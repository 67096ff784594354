import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import type { Mention } from '../people/mentionFinder.js';
import { MASK, type ParagraphView } from './paragraphView.js';

/**
 * Who does the verb at `verbStart`: the nearest mention before it with nothing but light words
 * between ("Ishiba later said", "Ishiba on Friday quoted"), a name before an aside ("Richard Katz,
 * a former senior fellow at ..., said"), a name that is itself the aside ("Japan's negotiator,
 * Ryosei Akazawa, said"), or, for a verb joined by "and" or a participle ("..., writing"), the
 * subject of the sentence. Null when none of these holds: precision before recall.
 */
export function subjectOfVerb(
  view: ParagraphView,
  verbStart: number,
  verb: string,
  sentenceStart: number,
  lex: AttributionLexicon,
): Mention | null {
  const before = view.mentions
    .filter((m) => m.end <= verbStart && m.start >= sentenceStart && !m.inQuote && !m.possessive)
    .reverse();
  for (const m of before) {
    const gap = view.masked.slice(m.end, verbStart);
    if (gap.includes(MASK) || /[;:.!?]\s/u.test(gap)) break;
    // "Analysts at the Daiwa Institute said": a name after a preposition is not who speaks.
    if (lex.subjectVerbGap.test(gap)) return isObject(view, sentenceStart, m, lex) ? null : m;
    if (/^\s*,\s*$/u.test(gap) && /,\s*$/u.test(view.masked.slice(sentenceStart, m.start))) return m;
    const aside = /^\s*,([^,]*),\s*$/u.exec(gap);
    if (aside && lex.subjectVerbGap.test(gap.slice(gap.lastIndexOf(',') + 1))) return m;
  }
  const lead = view.masked.slice(sentenceStart, verbStart);
  const coordinated = coordinatorPattern(lex).test(stripGapWords(lead, lex));
  const participle = /ing$/u.test(verb) && /,\s*$/u.test(lead);
  if (coordinated || participle) return sentenceSubject(view, sentenceStart, verbStart, lex);
  return null;
}

const coordinatorPatterns = new WeakMap<AttributionLexicon, RegExp>();

/** A coordinator ending a text: "Ishiba met Trump and" before "stated". */
function coordinatorPattern(lex: AttributionLexicon): RegExp {
  let pattern = coordinatorPatterns.get(lex);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[\\s,])(?:${[...lex.coordinators].join('|')})\\s+$`, 'u');
    coordinatorPatterns.set(lex, pattern);
  }
  return pattern;
}

/**
 * The subject of a sentence: its first mention outside quotes that is neither possessive
 * ("Trump's criticism") nor right after a preposition or verb that makes it an object.
 */
export function sentenceSubject(
  view: ParagraphView,
  sentenceStart: number,
  limit: number,
  lex: AttributionLexicon,
): Mention | null {
  for (const m of view.mentions) {
    if (m.start < sentenceStart || m.inQuote) continue;
    if (m.start >= limit) break;
    if (m.possessive) continue;
    if (!isObject(view, sentenceStart, m, lex)) return m;
  }
  return null;
}

/** Whether the word before a mention makes it an object ("with Akazawa", "met Ryosei Akazawa"). */
function isObject(view: ParagraphView, sentenceStart: number, m: Mention, lex: AttributionLexicon): boolean {
  // Read word by word backwards from the mention, over determiners ("met the"), within the sentence.
  const text = view.masked;
  let at = m.start;
  for (;;) {
    const word = lastWord(text, sentenceStart, at);
    if (!word) return false;
    const comma = text.slice(word.end, at).includes(',');
    const lower = text.slice(word.start, word.end).toLowerCase();
    if (comma) return false;
    if (!lex.determiners.has(lower)) return lex.objectMarkers.has(lower);
    at = word.start;
  }
}

/** Drops trailing light words ("and then later") so what precedes them can be read. */
function stripGapWords(text: string, lex: AttributionLexicon): string {
  let end = text.length;
  for (;;) {
    // The last word with the white space on both sides of it, as `(\s*\p{L}+\s*)$` would match.
    const word = lastWord(text, 0, end);
    if (!word || !onlySpace(text, word.end, end)) return text.slice(0, end);
    let from = word.start;
    while (from > 0 && SPACE.test(text[from - 1]!)) from--;
    if (!lex.subjectVerbGap.test(text.slice(from, end))) return text.slice(0, end);
    if (lex.coordinators.has(text.slice(word.start, word.end).toLowerCase())) return text.slice(0, end);
    end = from;
  }
}

const SPACE = /\s/u;
const LETTER = /^\p{L}$/u;

/**
 * The last run of letters in `text` between `from` and `end`, read backwards: cheaper than a
 * pattern anchored at the end, which is tried from every position before it.
 */
function lastWord(text: string, from: number, end: number): { start: number; end: number } | null {
  let stop = end;
  while (stop > from && letterBefore(text, from, stop) === 0) stop -= sizeBefore(text, from, stop);
  let start = stop;
  for (let size = letterBefore(text, from, start); size > 0; size = letterBefore(text, from, start))
    start -= size;
  return start === stop ? null : { start, end: stop };
}

/** The length of the letter (a whole code point, within `from`) that ends at `at`, or 0. */
function letterBefore(text: string, from: number, at: number): number {
  if (at <= from) return 0;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  const size = sizeBefore(text, from, at);
  return LETTER.test(text.slice(at - size, at)) ? size : 0;
}

/** The length in code units of the code point that ends at `at`, a surrogate pair only within `from`. */
function sizeBefore(text: string, from: number, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff && at - 2 >= from ? 2 : 1;
}

function onlySpace(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!SPACE.test(text[i]!)) return false;
  return true;
}
