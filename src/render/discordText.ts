/**
 * Text as it may leave for Discord: markdown and mentions in quoted or typed text neutralised,
 * lengths cut to Discord's limits after escaping, dates as timestamps every reader sees in their
 * own time zone and language.
 */
import { escapeMarkdown } from 'discord.js';
import type { Citation } from '../answers/types.js';
import { truncate } from '../query/text.js';

const ESCAPE_ALL = {
  codeBlock: true,
  inlineCode: true,
  bold: true,
  italic: true,
  underline: true,
  strikethrough: true,
  spoiler: true,
  codeBlockContent: true,
  inlineCodeContent: true,
  escape: true,
  heading: true,
  bulletedList: true,
  numberedList: true,
  // escapeMarkdown escapes only the first "[" of a run, so "[x[label](url)" keeps a working link;
  // inert() escapes every "[" instead.
  maskedLink: false,
};

/**
 * Makes text from an article or a user inert: no formatting, no block quotes, headings or links,
 * and no mention syntax (a zero-width space after `@` breaks `@everyone`, `@here` and `<@id>`), so
 * the text reads as typed even where `allowedMentions` is not set.
 */
export function inert(text: string): string {
  // escapeMarkdown leaves markdown inside a link alone and takes a link to run to the next space,
  // but Discord ends a bare link at "<" as well: escaping each run that starts at a "<" on its own
  // keeps "https://x<@1>__y__" from underlining "y". No markdown spans a "<", so nothing else changes.
  // Backslashes are already doubled by `escape`, so every "[" left is one the user typed.
  return text
    .split(/(?=<)/)
    .map((run) => escapeMarkdown(run, ESCAPE_ALL))
    .join('')
    .replace(/\[/g, '\\[')
    .replace(/^(\s*)(>|-#)/gm, '$1\\$2')
    .replace(/@/g, '@\u200b')
    .replace(/<(#|:|t:|\/)/g, '<\u200b$1');
}

/** `inert(text)` cut so that the escaped result, with its ellipsis, is at most `max` characters. */
export function fitInert(text: string, max: number): string {
  // Escaping only lengthens text, so no more than `max` characters of it can fit.
  const whole = inert(truncate(text, max, ''));
  if (whole.length <= max && text.length <= max) return whole;
  // Each raw character dropped drops at least one escaped character, so cutting the overflow
  // from the raw text fits in one or two rounds (escapeMarkdown is too slow to binary-search with).
  let keep = Math.min(text.length, max) - 1;
  for (;;) {
    const cut = inert(truncate(text, Math.max(0, keep), ''));
    if (cut.length + 1 <= max || keep <= 0) return `${cut}…`;
    keep -= cut.length + 1 - max;
  }
}

/** Discord renders `<t:unix:D>` in the reader's time zone; noon UTC keeps the calendar day the same from UTC−11 to UTC+11. */
export function unixNoon(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!, 12) / 1000;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A date as precise as it is known: a full day as a timestamp, a month or a year as words. */
export function discordDate(date: string, withRelative: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const t = unixNoon(date);
    return withRelative ? `<t:${t}:D> (<t:${t}:R>)` : `<t:${t}:D>`;
  }
  const [year, month] = date.split('-');
  return month ? `${MONTHS[Number(month) - 1] ?? month} ${year}` : (year ?? date);
}

/** A link target safe inside `[text](url)`, or null for anything but http(s). */
export function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\/[^\s<>]+$/i.test(url)) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** One citation: outlet (linked when the article has an address) and publication date. */
export function citationLine(c: Citation): string {
  const name = fitInert(c.source ?? c.title ?? c.articleId, 80);
  const url = safeUrl(c.url);
  const parts = [url ? `[${name}](${url})` : name];
  if (c.published) parts.push(discordDate(c.published, false));
  if (c.paraphrased) parts.push('paraphrased copy, wording not exact');
  return `— ${parts.join(' · ')}`;
}

/** The citation lines of a fact, at most `max` of them and a count of the rest. */
export function citationLines(citations: readonly Citation[], max = 3): string {
  const shown = citations.slice(0, max).map(citationLine);
  if (citations.length > max)
    shown.push(`— and ${citations.length - max} more article${citations.length - max === 1 ? '' : 's'}`);
  return shown.length > 0 ? shown.join('\n') : '— source unknown';
}
