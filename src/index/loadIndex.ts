import { closeSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { IndexLoadError } from '../errors.js';
import { CHECKSUM_KEY, ChecksumReader } from './indexChecksum.js';
import { MemberScanner } from './jsonMembers.js';
import { SCHEMA_VERSION, TariffIndex } from './schema.js';
import { TextSharer } from './sharedText.js';

export const DEFAULT_INDEX_PATH = 'data/index.json';

/** Bytes read at a time: few system calls, and the file is never in memory whole. */
const CHUNK_BYTES = 4 << 20;

/**
 * Reads and validates an index file. Every failure is an IndexLoadError naming the file and the fix.
 *
 * The file is read in chunks and parsed member by member and array element by element, so no
 * string or buffer ever holds it whole: memory after loading is the index itself, not two or three
 * copies of its text waiting for the garbage collector, and a file of any size loads.
 */
export function loadIndex(file: string = DEFAULT_INDEX_PATH): TariffIndex {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new IndexLoadError(file, unreadable(error));
  }
  try {
    const decoder = new IndexDecoder(file);
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      } catch (error) {
        throw new IndexLoadError(file, unreadable(error));
      }
      if (read === 0) break;
      decoder.push(chunk.subarray(0, read));
    }
    return decoder.finish();
  } finally {
    closeSync(fd);
  }
}

export function parseIndex(raw: string, file: string): TariffIndex {
  return decodeIndex([Buffer.from(raw, 'utf8')], file);
}

/** Parses and checks an index given as chunks of its bytes (see IndexDecoder). */
export function decodeIndex(chunks: Iterable<Buffer>, file: string): TariffIndex {
  const decoder = new IndexDecoder(file);
  for (const chunk of chunks) decoder.push(chunk);
  return decoder.finish();
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'the file does not exist.'
    : code === 'EISDIR'
      ? 'it is a folder; give the path of the index file inside it.'
      : `the file cannot be read (${code}).`;
}

/**
 * Parses an index file's bytes as they arrive and checks them. A file whose checksum vouches for
 * it (it is exactly what `writeIndex` wrote after validating, under this schema) is not validated
 * field by field a second time; any other file is. A file of another schema version is refused as
 * soon as its version is read.
 */
class IndexDecoder {
  private readonly checksum = new ChecksumReader();
  private readonly json: Record<string, unknown> = {};
  private readonly scanner: MemberScanner;
  /** Evidence and quote texts as slices of their paragraphs, not copies (see sharedText.ts). */
  private readonly sharer = new TextSharer();

  constructor(private readonly file: string) {
    const json = this.json;
    const sharer = this.sharer;
    this.scanner = new MemberScanner({
      value: (key, value) => {
        json[key] = value;
        if (key === 'schemaVersion') this.checkVersion();
      },
      array: (key) => {
        json[key] = [];
      },
      elements: (key, values) => {
        // While the copies are young: they are freed cheaply, never promoted to the old generation.
        sharer.take(key, values);
        const list = json[key] as unknown[];
        for (const value of values) list.push(value);
      },
    });
  }

  push(chunk: Buffer): void {
    this.checksum.update(chunk);
    this.syntax(() => this.scanner.push(chunk));
  }

  finish(): TariffIndex {
    this.syntax(() => this.scanner.end());
    this.checkVersion();
    if (this.checksum.valid()) {
      delete this.json[CHECKSUM_KEY];
      // Not a cast of unchecked JSON: the checksum proves these bytes are a validated index
      // serialised under this schema (see indexChecksum.ts). Validating again would double the
      // time and memory of every load.
      return this.json as TariffIndex;
    }
    const parsed = TariffIndex.safeParse(this.json);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      throw new IndexLoadError(this.file, `${z.prettifyError(new z.ZodError([first]))}`);
    }
    return parsed.data;
  }

  private checkVersion(): void {
    const version = this.json.schemaVersion;
    if (version !== SCHEMA_VERSION) {
      throw new IndexLoadError(
        this.file,
        `it has schema version ${JSON.stringify(version ?? null)}, and this version of tariff-desk reads version ${SCHEMA_VERSION}.`,
      );
    }
  }

  private syntax(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof IndexLoadError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG')
        throw new IndexLoadError(
          this.file,
          'one of its values is longer than the longest string Node.js can hold (about 512 MiB).',
        );
      throw new IndexLoadError(
        this.file,
        `it is not valid JSON (${(error as Error).message}); the file may be truncated.`,
      );
    }
  }
}
