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
  const { doubles, singles } = marksOf(lex);
  const spans = pairDoubles(text, doubles);
  for (const s of pairSingles(text, singles, spans)) spans.push(s);
  return spans.sort((a, b) => a.open - b.open);
}

interface Marks {
  openers: Set<string>;
  closers: Set<string>;
  /** Any opener or closer. */
  any: RegExp;
}

const compiled = new WeakMap<AttributionLexicon, { doubles: Marks; singles: Marks }>();

/** The lexicon's double and single marks, gathered once per lexicon. */
function marksOf(lex: AttributionLexicon): { doubles: Marks; singles: Marks } {
  let marks = compiled.get(lex);
  if (!marks) {
    const gather = (pairs: { open: string; close: string }[]): Marks => {
      const openers = new Set(pairs.map((m) => m.open));
      const closers = new Set(pairs.map((m) => m.close));
      const escaped = [...new Set([...openers, ...closers])].map(
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      // An empty class matches nothing, as a lexicon without such marks should.
      const any = new RegExp(`[${escaped.join('')}]`, 'g');
      return { openers, closers, any };
    };
    marks = {
      doubles: gather(lex.quoteMarks.filter((m) => !m.single)),
      singles: gather(lex.quoteMarks.filter((m) => m.single)),
    };
    compiled.set(lex, marks);
  }
  return marks;
}

function pairDoubles(text: string, { openers, closers, any: next }: Marks): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  // Every span starts at an opener: most paragraphs have none, and need no walk.
  if (!containsAny(text, openers)) return spans;
  let open = -1;
  // Only the marks themselves change the state: jump from one to the next.
  next.lastIndex = 0;
  for (let m = next.exec(text); m; m = next.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (open === -1) {
      // A straight mark glued to a word is a stray closer, not an opener.
      if (openers.has(ch) && (i === 0 || OPEN_BEFORE.test(text[i - 1]!) || !closers.has(ch))) open = i;
    } else if (openers.has(ch) && !closers.has(ch)) {
      // An opening mark before any closer: the first quote was never closed. It ends here, so it
      // does not swallow the quote that follows.
      spans.push({ open, close: i, innerStart: open + 1, innerEnd: i, unclosed: true, single: false });
      open = i;
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

/**
 * Single-mark quotes outside the double ones. For an opener the closer is the first closer ending a
 * clause (after `,.!?…`), else the first plausible one, looked for up to the next stop (a mark
 * opening after a space, a double-quoted span, the end). Those "next" positions are tabulated once
 * from the right, so a paragraph of stray marks costs linear time, not a scan per opener.
 */
function pairSingles(text: string, { openers, closers }: Marks, taken: QuotedSpan[]): QuotedSpan[] {
  // Every span starts at an opener: most paragraphs have none, and need no tables.
  if (!containsAny(text, openers)) return [];
  const n = text.length;
  const inside = new Uint8Array(n);
  for (const s of taken) inside.fill(1, s.open, s.close);
  const isStop = (j: number) => inside[j] === 1 || (openers.has(text[j]!) && /\s/u.test(text[j - 1]!));
  const isCandidate = (j: number) =>
    closers.has(text[j]!) &&
    !/\s/u.test(text[j - 1]!) &&
    (j + 1 >= n || CLOSE_AFTER.test(text[j + 1]!) || /["”]/u.test(text[j + 1]!));
  // The first stop, candidate and clause-ending candidate at or after each position.
  const nextStop = new Int32Array(n + 1).fill(n);
  const nextCandidate = new Int32Array(n + 1).fill(n);
  const nextEnding = new Int32Array(n + 1).fill(n);
  for (let j = n - 1; j >= 1; j--) {
    const stop = isStop(j);
    const candidate = !stop && isCandidate(j);
    nextStop[j] = stop ? j : nextStop[j + 1]!;
    nextCandidate[j] = candidate ? j : nextCandidate[j + 1]!;
    nextEnding[j] = candidate && /[,.!?…]/u.test(text[j - 1]!) ? j : nextEnding[j + 1]!;
  }

  const spans: QuotedSpan[] = [];
  for (let i = 0; i < n; i++) {
    if (!openers.has(text[i]!) || inside[i] === 1) continue;
    if (i > 0 && !OPEN_BEFORE.test(text[i - 1]!) && !/["“]/u.test(text[i - 1]!)) continue;
    if (!/[\p{L}\p{N}….]/u.test(text[i + 1] ?? '')) continue;
    const from = Math.min(i + 2, n);
    const stop = nextStop[from]!;
    // A closer after punctuation ("...,’ he said") is surely the end; a bare one may be a plural possessive.
    const ending = nextEnding[from]!;
    const close = ending < stop ? ending : nextCandidate[from]! < stop ? nextCandidate[from]! : -1;
    if (close === -1) continue;
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

function containsAny(text: string, marks: Set<string>): boolean {
  for (const mark of marks) if (text.includes(mark)) return true;
  return false;
}
