import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IndexLoadError } from '../errors.js';
import { CHECKSUM_KEY, hasValidChecksum } from './indexChecksum.js';
import { scanMembers } from './jsonMembers.js';
import { SCHEMA_VERSION, TariffIndex } from './schema.js';

export const DEFAULT_INDEX_PATH = 'data/index.json';

/** V8 cannot hold a longer string; files above this are parsed member by member from the bytes. */
const MAX_STRING_BYTES = (1 << 29) - 24;

/** Reads and validates an index file. Every failure is an IndexLoadError naming the file and the fix. */
export function loadIndex(file: string = DEFAULT_INDEX_PATH): TariffIndex {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IndexLoadError(
      file,
      code === 'ENOENT'
        ? 'the file does not exist.'
        : code === 'ERR_FS_FILE_TOO_LARGE'
          ? 'the file is over 2 GiB, more than one process can read.'
          : `the file cannot be read (${code}).`,
    );
  }
  return decodeIndex(bytes, file);
}

export function parseIndex(raw: string, file: string): TariffIndex {
  return decodeIndex(Buffer.from(raw, 'utf8'), file);
}

/**
 * Parses and checks the bytes of an index file. A file whose checksum vouches for it (it is exactly
 * what `writeIndex` wrote after validating, under this schema) is not validated field by field a
 * second time; any other file is. `maxStringBytes` is for tests of the member-by-member path.
 */
export function decodeIndex(bytes: Buffer, file: string, maxStringBytes = MAX_STRING_BYTES): TariffIndex {
  let json: unknown;
  try {
    json = bytes.length <= maxStringBytes ? JSON.parse(bytes.toString('utf8')) : parseMembers(bytes);
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
  if (hasValidChecksum(bytes)) {
    const trusted = json as Record<string, unknown>;
    delete trusted[CHECKSUM_KEY];
    // Not a cast of unchecked JSON: the checksum proves these bytes are a validated index
    // serialised under this schema (see indexChecksum.ts). Validating again would double the
    // time and memory of every load.
    return trusted as TariffIndex;
  }
  const parsed = TariffIndex.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new IndexLoadError(file, `${z.prettifyError(new z.ZodError([first]))}`);
  }
  return parsed.data;
}

/** The top-level object, each member and array element parsed on its own: no one string holds the whole file. */
function parseMembers(bytes: Buffer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of scanMembers(bytes)) {
    out[key] =
      value.kind === 'value'
        ? JSON.parse(bytes.toString('utf8', value.start, value.end))
        : value.elements.map(([start, end]) => JSON.parse(bytes.toString('utf8', start, end)) as unknown);
  }
  return out;
}
