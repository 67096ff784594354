import { z } from 'zod';
import { readLexiconFile } from './readLexiconFile.js';

const DateFile = z.object({});

export type DateLexicon = z.infer<typeof DateFile>;

export const DATE_FILE = 'dates.json';

export function loadDateLexicon(dir: string): DateLexicon {
  return readLexiconFile(dir, DATE_FILE, DateFile);
}
