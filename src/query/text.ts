/**
 * Words as the query layer compares them: lower case, no accents, a light plural stem, so that
 * "Cars", "car" and "car's" meet, and a small edit distance for typos.
 */

/**
 * A character other than ASCII and the typographic punctuation of news copy. None of those
 * decomposes into letters, digits or marks, so a text without such a character needs neither
 * decomposition nor mark removal to fold.
 */
const NOT_PLAIN = /[^\p{ASCII}‘’“”–—…]/u;

/** Lower case without diacritics; everything that is not a letter or digit becomes a space. */
export function fold(text: string): string {
  if (!NOT_PLAIN.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Strips an English plural, possessive, "-ed" or "-ing" ("visited", "meeting"); leaves short
 * words and "-ss" words ("Bessent", "class") alone. Query and text go through the same stem, so
 * an odd stem ("united" to "unit") still meets itself.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('sses'))
    return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The stemmed words of a text, in order. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ').map(stem);
}

/** How many typos a word of this length may carry and still match. */
export function typoAllowance(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * Edit distance where swapping two neighbouring letters counts as one edit, like a wrong or
 * missing letter ("tariffs" / "traiffs"): the commonest typo would otherwise cost two and fall
 * outside a word's allowance. Gives up (returning max + 1) as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    // A swap reaches back two rows, so both must be past `max` before no path can come back under it.
    if (rowMin > max && previousMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
    previousMin = rowMin;
  }
  return previous[b.length]!;
}

/**
 * The fewest edits (insertions, deletions, substitutions of UTF-16 code units) that turn `pattern`
 * into some stretch of `text`, or `max + 1` as soon as it is sure to be more than `max`: how close
 * fuse.js's bitap matcher can find the pattern anywhere inside the text.
 */
export function substringDistance(pattern: string, text: string, max: number): number {
  const n = text.length;
  // Row i: the edits that turn the first i characters of the pattern into a stretch ending at j.
  // Row 0 is all zeros: the stretch may start anywhere.
  let previous = new Uint16Array(n + 1);
  let current = new Uint16Array(n + 1);
  for (let i = 1; i <= pattern.length; i++) {
    const c = pattern.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const value = Math.min(
        previous[j - 1]! + (text.charCodeAt(j - 1) === c ? 0 : 1),
        previous[j]! + 1,
        current[j - 1]! + 1,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // No row is below the one before it: once a whole row is past `max`, so is the answer.
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  let best = max + 1;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j]!);
  return best;
}

/** True when two stemmed words are the same word, allowing for typos in the longer ones. */
export function sameWord(query: string, word: string): boolean {
  if (query === word) return true;
  const allowance = typoAllowance(query);
  return allowance > 0 && editDistance(query, word, allowance) <= allowance;
}

/** User input cut to a length the matchers handle quickly, on a code point boundary. */
export function clip(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}

/**
 * Cuts text to at most `max` UTF-16 code units (the unit Discord's limits count), on a code
 * point boundary, ending with `marker` when anything was cut.
 */
export function truncate(text: string, max: number, marker = '…'): string {
  if (text.length <= max) return text;
  let out = '';
  for (const point of text) {
    if (out.length + point.length + marker.length > max) break;
    out += point;
  }
  return out + marker;
}

/**
 * Code unit order, which for ISO dates is date order, at a fraction of the cost of localeCompare
 * when thousands of facts are sorted.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
