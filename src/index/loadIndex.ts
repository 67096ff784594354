import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IndexLoadError } from '../errors.js';
import { SCHEMA_VERSION, TariffIndex } from './schema.js';

export const DEFAULT_INDEX_PATH = 'data/index.json';

/** Reads and validates an index file. Every failure is an IndexLoadError naming the file and the fix. */
export function loadIndex(file: string = DEFAULT_INDEX_PATH): TariffIndex {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IndexLoadError(
      file,
      code === 'ENOENT' ? 'the file does not exist.' : `the file cannot be read (${code}).`,
    );
  }
  return parseIndex(raw, file);
}

export function parseIndex(raw: string, file: string): TariffIndex {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new IndexLoadError(
      file,
      `it is not valid JSON (${(error as Error).message}); the file may be truncated.`,
    );
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new IndexLoadError(
      file,
      `it has schema version ${JSON.stringify(version ?? null)}, and this version of tariff-desk reads version ${SCHEMA_VERSION}.`,
    );
  }
  const parsed = TariffIndex.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new IndexLoadError(file, `${z.prettifyError(new z.ZodError([first]))}`);
  }
  return parsed.data;
}
