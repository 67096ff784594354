import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAttributionLexicon, type AttributionLexicon } from './attributionLexicon.js';
import { loadBoilerplateLexicon, type BoilerplateLexicon } from './boilerplateLexicon.js';
import { loadDateLexicon, type DateLexicon } from './dateLexicon.js';
import { loadTariffLexicon, type TariffLexicon } from './tariffLexicon.js';

/** Where the vocabulary lives; users extend these JSON files without touching code. */
export const DEFAULT_LEXICON_DIR = 'data/lexicon';

/** All vocabulary the extractors use, parsed and compiled once per build. */
export interface Lexicon {
  boilerplate: BoilerplateLexicon;
  attribution: AttributionLexicon;
  tariffs: TariffLexicon;
  dates: DateLexicon;
}

export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  return {
    boilerplate: loadBoilerplateLexicon(dir),
    attribution: loadAttributionLexicon(dir),
    tariffs: loadTariffLexicon(dir),
    dates: loadDateLexicon(dir),
  };
}

/** The lexicon files' names and bytes, sorted: part of the index's input hash. */
export function lexiconInputs(dir: string = DEFAULT_LEXICON_DIR): { name: string; bytes: Buffer }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}
