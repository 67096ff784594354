import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';

/** A stretch of a paragraph between quotation marks. Offsets are into the paragraph text. */
export interface QuotedSpan {
  /** The opening mark. */
  open: number;
  /** Just past the closing mark, or the paragraph's end when the quote runs on to the next. */
  close: number;
  /** The words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** Opened and not closed in this paragraph: the news style for a quote that runs on. */
  unclosed: boolean;
  single: boolean;
}

const OPEN_BEFORE = /[\s([{—–\-/]/u;
const CLOSE_AFTER = /[\s)\]},.;:!?—–\-…]/u;

/**
 * The quoted spans of a paragraph, left to right. Double marks pair up first (straight ones by
 * alternation, curly ones by direction, tolerating a straight closer); single marks count only
 * outside them, where they open at a word's start and close at a word's end, so apostrophes
 * ("Japan’s", "the allies’ treaty") are never taken for quotes.
 */
export function findQuotedSpans(text: string, lex: AttributionLexicon): QuotedSpan[] {
  const doubles = lex.quoteMarks.filter((m) => !m.single);
  const singles = lex.quoteMarks.filter((m) => m.single);
  const spans = pairDoubles(text, doubles);
  for (const s of pairSingles(text, singles, spans)) spans.push(s);
  return spans.sort((a, b) => a.open - b.open);
}

function pairDoubles(text: string, marks: { open: string; close: string }[]): QuotedSpan[] {
  const openers = new Set(marks.map((m) => m.open));
  const closers = new Set(marks.map((m) => m.close));
  const spans: QuotedSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open === -1) {
      // A straight mark glued to a word is a stray closer, not an opener.
      if (openers.has(ch) && (i === 0 || OPEN_BEFORE.test(text[i - 1]!) || !closers.has(ch))) open = i;
    } else if (closers.has(ch)) {
      spans.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false, single: false });
      open = -1;
    }
  }
  if (open !== -1)
    spans.push({
      open,
      close: text.length,
      innerStart: open + 1,
      innerEnd: text.length,
      unclosed: true,
      single: false,
    });
  return spans.filter((s) => s.innerEnd > s.innerStart);
}

function pairSingles(
  text: string,
  marks: { open: string; close: string }[],
  taken: QuotedSpan[],
): QuotedSpan[] {
  const openers = new Set(marks.map((m) => m.open));
  const closers = new Set(marks.map((m) => m.close));
  const inside = (i: number) => taken.some((s) => i >= s.open && i < s.close);
  const spans: QuotedSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!openers.has(text[i]!) || inside(i)) continue;
    if (i > 0 && !OPEN_BEFORE.test(text[i - 1]!) && !/["“]/u.test(text[i - 1]!)) continue;
    if (!/[\p{L}\p{N}….]/u.test(text[i + 1] ?? '')) continue;
    const candidates: number[] = [];
    for (let j = i + 2; j < text.length && !inside(j); j++) {
      if (openers.has(text[j]!) && /\s/u.test(text[j - 1]!)) break;
      if (!closers.has(text[j]!) || /\s/u.test(text[j - 1]!)) continue;
      if (j + 1 < text.length && !CLOSE_AFTER.test(text[j + 1]!) && !/["”]/u.test(text[j + 1]!)) continue;
      candidates.push(j);
      // A closer after punctuation ("...,’ he said") is surely the end; a bare one may be a plural possessive.
      if (/[,.!?…]/u.test(text[j - 1]!)) break;
    }
    const close = candidates.find((j) => /[,.!?…]/u.test(text[j - 1]!)) ?? candidates[0];
    if (close === undefined) continue;
    spans.push({
      open: i,
      close: close + 1,
      innerStart: i + 1,
      innerEnd: close,
      unclosed: false,
      single: true,
    });
    i = close;
  }
  return spans;
}
