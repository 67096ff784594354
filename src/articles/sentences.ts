/**
 * Sentence boundaries inside one paragraph, as [start, end) offsets relative to the paragraph.
 * A boundary is terminal punctuation (with any closing quotes or brackets) followed by white
 * space and something that can start a sentence, unless the word before it is an abbreviation
 * ("U.S.", "Aug.") or an initial ("J.").
 */
export function splitSentences(text: string, abbreviations: Set<string>): [number, number][] {
  const sentences: [number, number][] = [];
  let start = skipSpace(text, 0);
  const boundary = /[.!?…]+["”’')\]]*(?=\s)/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!/["“‘'(\p{Lu}\p{N}]/u.test(text[next]!)) continue;
    if (m[0] === '.' && isAbbreviation(text, start, m.index, abbreviations)) continue;
    sentences.push([start, end]);
    start = next;
  }
  const end = trimEnd(text);
  if (end > start) sentences.push([start, end]);
  return sentences;
}

/** Whether the word ending at `end` (letters and periods, from `start` at most) is an abbreviation. */
function isAbbreviation(text: string, start: number, end: number, abbreviations: Set<string>): boolean {
  // Read backwards from the period: a pattern anchored at the end would be tried from every
  // position of the sentence so far.
  let from = end;
  while (from > start) {
    const low = text.charCodeAt(from - 1);
    const high = text.charCodeAt(from - 2);
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff && from - 2 >= start;
    const size = pair ? 2 : 1;
    if (!LETTER_OR_PERIOD.test(text.slice(from - size, from))) break;
    from -= size;
  }
  const word = text.slice(from, end);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

const LETTER_OR_PERIOD = /^[\p{L}.]$/u;

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return i;
}
