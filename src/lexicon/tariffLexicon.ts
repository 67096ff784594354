import { z } from 'zod';
import { readLexiconFile } from './readLexiconFile.js';

const TariffFile = z.object({});

export type TariffLexicon = z.infer<typeof TariffFile>;

export const TARIFF_FILE = 'tariffs.json';

export function loadTariffLexicon(dir: string): TariffLexicon {
  return readLexiconFile(dir, TARIFF_FILE, TariffFile);
}
