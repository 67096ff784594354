import type { ParsedResult } from 'chrono-node';
import type { Deadline } from '../../index/schema.js';
import type { DateLexicon } from '../../lexicon/dateLexicon.js';
import {
  addDays,
  coveringDate,
  daysInMonth,
  formatDay,
  formatMonth,
  mondayOf,
  parseIsoDay,
  type Day,
} from './calendar.js';
import { dateParser, PART_OF_MONTH_TAG, YEAR_TAG } from './dateParser.js';
import { inferYear, resolveWeekday } from './resolveDate.js';
import { tenseAround, type Tense } from './tense.js';

type DatePart = Deadline['inferred'][number];

/** A date written in a text, resolved as precisely as the text allows. Offsets are into the text. */
export interface DateMention {
  start: number;
  end: number;
  /** As written, with a leading deadline word ("by July"). */
  phrase: string;
  date: string;
  range: { start: string; end: string } | null;
  inferred: DatePart[];
  relation: Deadline['relation'];
  /** Written as a limit ("by July", "before Aug. 1"). */
  deadline: boolean;
  tense: Tense;
}

/** A resolved span of days before it is formatted. */
interface Resolved {
  first: Day;
  last: Day;
  date: string;
  isRange: boolean;
  inferred: DatePart[];
  /** The span is the part of a week before the publication date ("earlier this week"). */
  past?: boolean;
}

const ALL_PARTS: DatePart[] = ['year', 'month', 'day'];
const RELATIVE_WORDS = /\b(ago|yesterday|today|tonight|tomorrow|this|next|last|past|coming)\b/iu;

/** The reference chrono counts from: noon of the publication day in UTC, or a fixed epoch. */
function reference(published: Day | null) {
  const day = published ?? { year: 1970, month: 1, day: 1 };
  return { instant: new Date(Date.UTC(day.year, day.month - 1, day.day, 12)), timezone: 0 };
}

function endsWithAny(text: string, words: readonly string[]): string | null {
  const lower = text.toLowerCase().trimEnd();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    if (lower === w || lower.endsWith(` ${w}`)) return w;
  }
  return null;
}

function wholeMonth(year: number, month: number, inferred: DatePart[]): Resolved {
  return {
    first: { year, month, day: 1 },
    last: { year, month, day: daysInMonth(year, month) },
    date: formatMonth(year, month),
    isRange: false,
    inferred,
  };
}

function oneDay(d: Day, inferred: DatePart[]): Resolved {
  return { first: d, last: d, date: formatDay(d), isRange: false, inferred };
}

function span(first: Day, last: Day, inferred: DatePart[], past = false): Resolved {
  return { first, last, date: coveringDate(first, last), isRange: true, inferred, past };
}

/** One chrono result to a span of days, or null when it is no calendar date or cannot be resolved. */
function resolve(
  r: ParsedResult,
  before: string,
  published: Day | null,
  tense: Tense,
  lexicon: DateLexicon,
): Resolved | null {
  const text = r.text.toLowerCase();
  const c = r.start;
  const relative = /^(\w+)\s+(week|month|year)$/u.exec(text);
  if (relative) {
    const shift = lexicon.weekWords[relative[1]!];
    if (shift === undefined || !published) return null;
    if (relative[2] === 'week') {
      const monday = addDays(mondayOf(published), 7 * shift);
      if (shift === 0 && endsWithAny(before, lexicon.earlierWords)) {
        return span(
          monday,
          addDays(published, -1) < monday ? monday : addDays(published, -1),
          ALL_PARTS,
          true,
        );
      }
      return span(monday, addDays(monday, 6), ALL_PARTS);
    }
    if (relative[2] === 'month') {
      const index = published.year * 12 + published.month - 1 + shift;
      return wholeMonth(Math.floor(index / 12), (index % 12) + 1, ['year', 'month']);
    }
    const year = published.year + shift;
    return span({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, ['year']);
  }

  const tags = r.tags();
  const units = new RegExp(`(?<![\\p{L}])(${lexicon.durationUnits.join('|')})(?![\\p{L}])`, 'iu');
  if (units.test(text)) return null;
  const yearKnown = c.isCertain('year');
  if (!yearKnown && !published) return null;
  if (tags.has(YEAR_TAG)) {
    const year = c.get('year')!;
    return {
      first: { year, month: 1, day: 1 },
      last: { year, month: 12, day: 31 },
      date: String(year),
      isRange: false,
      inferred: [],
    };
  }
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;

  const thisMonth = lexicon.thisMonth.find((w) => text.endsWith(w.toLowerCase()));
  // chrono reads "the end of the month" itself, as its last day; it is a span like "late July".
  if (tags.has(PART_OF_MONTH_TAG) || thisMonth) {
    if (thisMonth && !published) return null;
    const m = thisMonth ? published!.month : month;
    if (m === null) return null;
    const year = yearKnown
      ? c.get('year')!
      : thisMonth
        ? published!.year
        : inferYear(m, null, published!, tense);
    const written = (
      thisMonth ? text.slice(0, -thisMonth.length) : text.replace(/[\s-]+\p{L}+(\s+\d{4})?$/u, '')
    )
      .trim()
      .replace(/\s+/gu, ' ');
    const part = lexicon.partsOfMonth.find((p) => p.words.some((w) => w.toLowerCase() === written));
    if (!part) return null;
    const last = Math.min(part.to, daysInMonth(year, m));
    const inferred: DatePart[] = thisMonth ? ['year', 'month'] : yearKnown ? [] : ['year'];
    return span({ year, month: m, day: part.from }, { year, month: m, day: last }, inferred);
  }
  if (RELATIVE_WORDS.test(text) || tags.has('result/relativeDate')) {
    if (!published || (!c.isCertain('day') && !c.isCertain('weekday'))) return null;
    return oneDay({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! }, ALL_PARTS);
  }
  if (month !== null && day !== null) {
    const year = yearKnown ? c.get('year')! : inferYear(month, day, published!, tense);
    return oneDay({ year, month, day }, yearKnown ? [] : ['year']);
  }
  if (month !== null) {
    const year = yearKnown ? c.get('year')! : inferYear(month, null, published!, tense);
    return wholeMonth(year, month, yearKnown ? [] : ['year']);
  }
  if (c.isCertain('weekday') && published) {
    return oneDay(resolveWeekday(c.get('weekday')!, published, tense), ALL_PARTS);
  }
  // Times of day alone ("from 10", "at 9") and anything else chrono guesses at.
  return null;
}

function relationOf(resolved: Resolved, published: Day | null, tense: Tense): Deadline['relation'] {
  if (!published) return 'unknown';
  const p = formatDay(published);
  const first = formatDay(resolved.first);
  const last = formatDay(resolved.last);
  if (last < p) return 'behind';
  if (first > p) return 'ahead';
  if (first === p && last === p) return 'same-day';
  if (resolved.past) return 'behind';
  return tense === 'past' ? 'behind' : tense === 'future' ? 'ahead' : 'unknown';
}

/**
 * Every date in a text, resolved against the publication date (null when unknown: then only
 * dates with a written year resolve). Offsets counted from another event ("two weeks before the
 * Aug. 1 deadline") are dropped and the anchor kept; a year never comes from the clock.
 */
export function findDates(text: string, published: string | null, lexicon: DateLexicon): DateMention[] {
  const pub = published ? parseIsoDay(published) : null;
  const mentions: DateMention[] = [];
  for (const r of dateParser(lexicon).parse(text, reference(pub))) {
    if (endsWithAny(r.text, lexicon.anchoredOffsets)) continue;
    if (lexicon.ignoredPhrases.some((p) => p.toLowerCase() === r.text.toLowerCase().trim())) continue;
    let start = r.index;
    // chrono keeps a trailing comma or period ("July,") that is no part of the phrase.
    const end = r.index + r.text.replace(/[\s,.;:]+$/u, '').length;
    const before = text.slice(Math.max(0, start - 30), start);
    // A weekday alone is nearly always within days of publication; only wording right next to it
    // ("met on Friday") says which side, while a verb further away often speaks of something else.
    const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
    const tense = tenseAround(text, start, end, lexicon, weekdayOnly ? 15 : undefined);
    const resolved = resolve(r, before, pub, tense, lexicon);
    if (!resolved) continue;
    const limit = endsWithAny(before, lexicon.deadlineWords);
    if (limit)
      start -=
        before.trimEnd().length -
        before.toLowerCase().trimEnd().lastIndexOf(limit) +
        (before.length - before.trimEnd().length);
    mentions.push({
      start,
      end,
      phrase: text.slice(start, end),
      date: resolved.date,
      range: resolved.isRange ? { start: formatDay(resolved.first), end: formatDay(resolved.last) } : null,
      inferred: resolved.inferred,
      relation: relationOf(resolved, pub, limit ? 'future' : tense),
      deadline: limit !== null,
      tense,
    });
  }
  return mentions;
}
