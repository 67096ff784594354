import { z } from 'zod';
import { readLexiconFile } from './readLexiconFile.js';

const AttributionFile = z.object({});

export type AttributionLexicon = z.infer<typeof AttributionFile>;

export const ATTRIBUTION_FILE = 'attribution.json';

export function loadAttributionLexicon(dir: string): AttributionLexicon {
  return readLexiconFile(dir, ATTRIBUTION_FILE, AttributionFile);
}
