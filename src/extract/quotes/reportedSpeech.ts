import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import type { Mention } from '../people/mentionFinder.js';
import type { ParagraphView } from './paragraphView.js';
import { subjectOfVerb } from './subjectFinder.js';

/**
 * "Ishiba quoted Bessent as saying ...": for the verb "saying" after "as", the words are the
 * person between the report verb and "as", relayed by that verb's subject. Null otherwise.
 */
export function reportedSpeaker(
  view: ParagraphView,
  verb: { start: number; text: string },
  sentenceStart: number,
  lex: AttributionLexicon,
): { speaker: Mention; reporter: Mention | null } | null {
  const lead = view.masked.slice(sentenceStart, verb.start);
  const as = /\bas\s+$/u.exec(lead);
  if (!as) return null;
  const asAt = sentenceStart + as.index;
  const speaker = view.mentions.filter((m) => m.end <= asAt && m.start >= sentenceStart && !m.inQuote).at(-1);
  if (!speaker || !/^\s+$/u.test(view.masked.slice(speaker.end, asAt))) return null;
  // Title words may stand between the verb and a name the registry knows only bare.
  const words = [...view.masked.slice(sentenceStart, speaker.start).matchAll(/[\p{L}.’']+/gu)];
  let i = words.length - 1;
  while (i >= 0 && (/^\p{Lu}/u.test(words[i]![0]) || lex.titleModifiers.has(words[i]![0].toLowerCase()))) i--;
  const reportVerb = words[i];
  if (!reportVerb || !lex.reportVerbs.has(reportVerb[0])) return null;
  const reporter = subjectOfVerb(view, sentenceStart + reportVerb.index, reportVerb[0], sentenceStart, lex);
  return { speaker, reporter };
}
