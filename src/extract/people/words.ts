import type { Paragraph } from '../../index/schema.js';

/** One word of a paragraph, with its offsets into the paragraph text. */
export interface Word {
  /** The word without a possessive ending ("Trump" for "Trump’s"). */
  text: string;
  start: number;
  /** End of the word proper; a possessive ending, if any, runs to `outerEnd`. */
  end: number;
  outerEnd: number;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’-]*/gu;
const INITIALISM = /^(?:\p{L}\.)+$/u;
const TRAILING_DOTS = /[.-]+$/u;
const DOT = 0x2e;
const HYPHEN = 0x2d;
const S = 0x73;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const SPACE = 0x20;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const UPPER_START = /^\p{Lu}/u;

/**
 * The words of a text. Trailing periods are dropped unless the word is an initialism ("U.S.",
 * "J."), so "Akazawa." at the end of a sentence is the word "Akazawa".
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = wordProper(m[0]);
    const start = m.index;
    const outerEnd = start + raw.length;
    const baseLength = raw.length - possessiveLength(raw);
    words.push({
      text: baseLength === raw.length ? raw : raw.slice(0, baseLength),
      start,
      end: start + baseLength,
      outerEnd,
      possessive: baseLength !== raw.length,
    });
  }
  return words;
}

/**
 * The last paragraph split and its words. A stage's extractors read a paragraph one after the
 * other, so one entry spares the splitting for all but the first, and nothing is held for the
 * paragraphs already read.
 */
let last: { paragraph: Paragraph; words: Word[] } | null = null;

/**
 * The words of a paragraph's text, split once however many extractors read it in a row. The list
 * is shared: callers must not change it.
 */
export function wordsOfParagraph(paragraph: Paragraph): readonly Word[] {
  if (last?.paragraph !== paragraph) last = { paragraph, words: splitWords(paragraph.text) };
  return last.words;
}

/**
 * A match of WORD without what follows the word proper: trailing periods and hyphens (unless it
 * is an initialism), and a closing single quote glued to it (after an "s" it is a plural
 * possessive and stays). Tested on the last characters, since nearly every word ends in a letter.
 */
function wordProper(match: string): string {
  let raw = match;
  const last = raw.charCodeAt(raw.length - 1);
  if ((last === DOT || last === HYPHEN) && !INITIALISM.test(raw)) raw = raw.replace(TRAILING_DOTS, '');
  if (raw.length >= 2 && isQuote(raw.charCodeAt(raw.length - 1)) && raw.charCodeAt(raw.length - 2) !== S)
    raw = raw.slice(0, -1);
  return raw;
}

/** The length of a possessive ending ("’s", or "’" after an "s"), or 0. */
function possessiveLength(raw: string): number {
  const n = raw.length;
  const last = raw.charCodeAt(n - 1);
  if (last === S && n >= 2 && isQuote(raw.charCodeAt(n - 2))) return 2;
  if (isQuote(last) && n >= 2 && raw.charCodeAt(n - 2) === S) return 1;
  return 0;
}

function isQuote(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}

/** A word that can be part of a person's name: capitalised, then lower case ("Akazawa", "O’Neil"). */
export function isNameWord(word: string): boolean {
  return startsUpper(word) && NAME_WORD.test(word);
}

/** A capitalised word or an initialism ("House", "U.S.", "NATO"). */
export function isCapitalised(word: string): boolean {
  return startsUpper(word);
}

/**
 * Whether a text starts with an upper-case letter. Most words start with an ASCII letter, read
 * from its code; only the rest go to the Unicode property.
 */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_START.test(text);
}

/** Only white space between two offsets: the words are adjacent in one phrase. */
export function adjacent(text: string, end: number, start: number): boolean {
  if (start <= end) return false;
  for (let i = end; i < start; i++) if (text.charCodeAt(i) !== SPACE) return false;
  return true;
}

/** A stable slug of a name: `scott-bessent`. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
