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
    if (
      m[0].startsWith('.') &&
      m[0].length === 1 &&
      isAbbreviation(text.slice(start, m.index), abbreviations)
    )
      continue;
    sentences.push([start, end]);
    start = next;
  }
  const end = trimEnd(text);
  if (end > start) sentences.push([start, end]);
  return sentences;
}

function isAbbreviation(before: string, abbreviations: Set<string>): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return i;
}
