import * as chrono from 'chrono-node';
import type { DateLexicon } from '../../lexicon/dateLexicon.js';

/** Tags the custom parsers put on their results, read by `findDates`. */
export const PART_OF_MONTH_TAG = 'tariff-desk/partOfMonth';
export const YEAR_TAG = 'tariff-desk/year';

const cache = new WeakMap<DateLexicon, chrono.Chrono>();

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'))
    .join('|');
}

/** A pattern that fails at once: a regular expression tried only at the start of the text. */
const NEVER = /^(?!)/u;

/**
 * A parser's pattern, read only in a text where `required` is found: something every match of the
 * pattern holds (a part of a month's word, a year's digits). chrono tries each parser on every
 * sentence, and a test for one short word costs a fraction of the whole pattern.
 */
function guarded(pattern: RegExp, required: RegExp): (context: { text: string }) => RegExp {
  return (context) => (required.test(context.text) ? pattern : NEVER);
}

/**
 * chrono's English parser plus two phrases it does not read: a part of a month ("mid-May",
 * "late July 2025") and a bare year after a preposition ("in 2024").
 */
export function dateParser(lexicon: DateLexicon): chrono.Chrono {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const parser = chrono.en.casual.clone();
  const months = alternation(Object.keys(lexicon.months));
  const parts = alternation(lexicon.partsOfMonth.flatMap((p) => p.words));
  const partOfMonth = new RegExp(
    `(?<![\\p{L}])(${parts})[\\s-]+(${months})(?:,?\\s+((?:19|20)\\d{2}))?(?![\\p{L}])`,
    'iu',
  );
  const bareYear = new RegExp(
    `(?<![\\p{L}])(?:${alternation(lexicon.yearPrepositions)})\\s+((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
    'iu',
  );
  parser.parsers.unshift(
    {
      pattern: guarded(partOfMonth, new RegExp(parts, 'iu')),
      extract(context, match) {
        const month = lexicon.months[match[2]!.toLowerCase()];
        if (month === undefined) return null;
        const components = context.createParsingComponents({
          month,
          ...(match[3] ? { year: Number(match[3]) } : {}),
        });
        return components.addTag(PART_OF_MONTH_TAG);
      },
    },
    {
      pattern: guarded(bareYear, /(?:19|20)\d{2}/u),
      extract(context, match) {
        const year = Number(match[1]);
        // The preposition stays in the text: chrono drops results that are digits only.
        return context.createParsingComponents({ year }).addTag(YEAR_TAG);
      },
    },
  );
  cache.set(lexicon, parser);
  return parser;
}
