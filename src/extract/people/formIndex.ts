/** Written forms of known entities, grouped so a paragraph is read once whatever the roster size. */
export interface FormIndex {
  /** Forms by their first word (its letters and digits), longest first, as the alternation tried them. */
  byFirstWord: Map<string, string[]>;
  /**
   * One alternation of every form, kept only when some form starts with neither a letter nor a
   * digit: such a form has no first word to look up, so the text is matched the slow way.
   */
  pattern: RegExp | null;
}

/** A form found in a text; offsets into the text. */
export interface FormMatch {
  form: string;
  start: number;
  end: number;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Groups the forms once per roster; longer forms come first so the longest one at a place wins. */
export function buildFormIndex(forms: Iterable<string>): FormIndex {
  const sorted = [...forms].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const byFirstWord = new Map<string, string[]>();
  let unkeyed = false;
  for (const form of sorted) {
    const first = FIRST_WORD.exec(form)?.[0];
    if (!first) {
      unkeyed = true;
      continue;
    }
    let bucket = byFirstWord.get(first);
    if (!bucket) byFirstWord.set(first, (bucket = []));
    bucket.push(form);
  }
  const pattern =
    unkeyed && sorted.length > 0
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null;
  return { byFirstWord, pattern };
}

/**
 * Every form written in a text as a whole word, left to right, without overlaps: at each place
 * the longest form that fits. A form can only start where a word starts, so each word of the text
 * is looked up once instead of trying every form at every character.
 */
export function findForms(text: string, index: FormIndex): FormMatch[] {
  if (index.pattern)
    return [...text.matchAll(index.pattern)].map((m) => ({
      form: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
  const found: FormMatch[] = [];
  const n = text.length;
  let at = 0;
  while (at < n) {
    // Step over what is not a word, then read the word: a run of letters and digits.
    const code = text.codePointAt(at)!;
    if (!isLetterOrDigit(code)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    let end = at + (code > 0xffff ? 2 : 1);
    for (let c = text.codePointAt(end); c !== undefined && isLetterOrDigit(c); c = text.codePointAt(end))
      end += c > 0xffff ? 2 : 1;
    at = end;
    const form = index.byFirstWord
      .get(text.slice(start, end))
      ?.find((f) => text.startsWith(f, start) && !letterOrDigitAt(text, start + f.length));
    if (!form) continue;
    found.push({ form, start, end: start + form.length });
    at = start + form.length;
  }
  return found;
}

/** `[\p{L}\p{N}]` for one code point; ASCII, nearly all of a news text, without a regular expression. */
function isLetterOrDigit(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** Whether a letter or digit (a whole code point, as the `u` flag reads it) starts at an offset. */
function letterOrDigitAt(text: string, offset: number): boolean {
  const code = text.codePointAt(offset);
  return code !== undefined && isLetterOrDigit(code);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
