import type { TariffVocabulary } from './tariffVocabulary.js';

/** A percentage written in a sentence. Offsets are relative to the text searched. */
export interface RateMention {
  value: number;
  start: number;
  end: number;
  text: string;
}

/** "25", "27.5", "twenty-five", "ten": the number, or null when a word is not a number word. */
export function parseNumber(written: string, numberWords: Map<string, number>): number | null {
  if (/^\d/u.test(written)) return Number(written);
  let total = 0;
  for (const word of written.toLowerCase().split(/[\s-]+/u)) {
    const n = numberWords.get(word);
    if (n === undefined) return null;
    total += n;
  }
  return total;
}

/** Every percentage in the text, in every written form the lexicon's units allow. */
export function findRates(text: string, vocabulary: TariffVocabulary): RateMention[] {
  const found: RateMention[] = [];
  const re = new RegExp(vocabulary.rate.source, vocabulary.rate.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = parseNumber(m[1]!, vocabulary.numberWords);
    if (value === null || value > 1000) continue;
    found.push({ value, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}
