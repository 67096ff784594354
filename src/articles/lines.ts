/** A line of the normalised body, with its 1-based number and [start, end) offsets. */
export interface Line {
  number: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    lines.push({ number, start, end, text: body.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
    number++;
  }
}

/** Ends as a sentence does: terminal punctuation, possibly inside closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:]["”’')\]]*\s*$/u.test(text);
}

/** Folds case, quotes, dashes and spacing, for comparing a line with a title. */
export function foldForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
