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
  const coordinated = new RegExp(`(?:^|[\\s,])(?:${[...lex.coordinators].join('|')})\\s+$`, 'u').test(
    stripGapWords(lead, lex),
  );
  const participle = /ing$/u.test(verb) && /,\s*$/u.test(lead);
  if (coordinated || participle) return sentenceSubject(view, sentenceStart, verbStart, lex);
  return null;
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
  const words = [...view.masked.slice(sentenceStart, m.start).matchAll(/(\p{L}+)([^\p{L}]*)/gu)];
  let i = words.length - 1;
  while (i >= 0 && lex.determiners.has(words[i]![1]!.toLowerCase()) && !words[i]![2]!.includes(',')) i--;
  const previous = words[i];
  if (!previous || previous[2]!.includes(',')) return false;
  return lex.objectMarkers.has(previous[1]!.toLowerCase());
}

/** Drops trailing light words ("and then later") so what precedes them can be read. */
function stripGapWords(text: string, lex: AttributionLexicon): string {
  let out = text;
  for (;;) {
    const m = /(\s*[\p{L}]+\s*)$/u.exec(out);
    if (!m || !lex.subjectVerbGap.test(m[1]!) || /^\s*$/u.test(m[1]!)) return out;
    const word = m[1]!.trim().toLowerCase();
    if (lex.coordinators.has(word)) return out;
    out = out.slice(0, m.index);
  }
}
