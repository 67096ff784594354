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
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/u;

/**
 * The words of a text. Trailing periods are dropped unless the word is an initialism ("U.S.",
 * "J."), so "Akazawa." at the end of a sentence is the word "Akazawa".
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    if (!/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.replace(/[.-]+$/u, '');
    // A closing single quote glued to a word is not part of it; after an "s" it is a plural possessive.
    if (/[^s]['’]$/u.test(raw)) raw = raw.slice(0, -1);
    const start = m.index;
    const outerEnd = start + raw.length;
    const possessive = POSSESSIVE.exec(raw);
    const base = possessive ? raw.slice(0, possessive.index) : raw;
    words.push({ text: base, start, end: start + base.length, outerEnd, possessive: possessive !== null });
  }
  return words;
}

/** A word that can be part of a person's name: capitalised, then lower case ("Akazawa", "O’Neil"). */
export function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u.test(word);
}

/** A capitalised word or an initialism ("House", "U.S.", "NATO"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Only white space between two offsets: the words are adjacent in one phrase. */
export function adjacent(text: string, end: number, start: number): boolean {
  return /^ +$/.test(text.slice(end, start));
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
