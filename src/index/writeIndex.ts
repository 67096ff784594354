import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { checksumTail, startChecksum } from './indexChecksum.js';
import { TariffIndex } from './schema.js';
import { z } from 'zod';

/** Bytes gathered before each write: few system calls, and never one string near V8's limit. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes the index atomically: the bytes go to a temporary file beside the target, are flushed
 * to disk, and the file is renamed over the old index. A build that dies halfway leaves the
 * previous index as it was. The output is checked against the schema before anything is written.
 *
 * The JSON is written member by member and array element by element, so an index of any size
 * can be written (one `JSON.stringify` of the whole would exceed V8's longest string at about
 * 100,000 articles), and it ends with a checksum that lets `loadIndex` trust it (indexChecksum.ts).
 * Returns the number of bytes written.
 */
export function writeIndex(index: TariffIndex, out: string): number {
  const broken = schemaIssues(index);
  if (broken)
    throw new Error(`The builder produced an index that breaks its own schema:\n${z.prettifyError(broken)}`);
  const tmp = `${out}.tmp-${process.pid}`;
  let bytes = 0;
  try {
    const fd = openSync(tmp, 'w');
    try {
      const hash = startChecksum();
      let pending = '';
      const flush = () => {
        // Encoded once: the checksum and the file take the same bytes.
        const buffer = Buffer.from(pending, 'utf8');
        hash.update(buffer);
        bytes += writeAll(fd, buffer);
        pending = '';
      };
      for (const piece of jsonPieces(index)) {
        pending += piece;
        if (pending.length >= CHUNK_CHARS) flush();
      }
      flush();
      hash.update('}');
      bytes += writeAll(fd, Buffer.from(checksumTail(hash), 'utf8'));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, out);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return bytes;
}

/**
 * What the schema finds wrong with an index, or null. Checked member by member and array element
 * by element, which is the same check (the schema has no rule across members) without a parsed
 * copy of the whole index alive at once: at 100,000 articles that copy alone is gigabytes.
 */
export function schemaIssues(index: TariffIndex): z.ZodError | null {
  const issues: z.core.$ZodIssue[] = [];
  const check = (schema: z.ZodType, value: unknown, path: PropertyKey[]) => {
    const result = schema.safeParse(value);
    if (!result.success)
      for (const issue of result.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] });
  };
  const members = index as unknown as Record<string, unknown>;
  for (const [key, schema] of Object.entries(TariffIndex.shape)) {
    const value = members[key];
    if (schema instanceof z.ZodArray && Array.isArray(value))
      value.forEach((item, i) => check(schema.element as z.ZodType, item, [key, i]));
    else check(schema, value, [key]);
    if (issues.length > 0) return new z.ZodError(issues);
  }
  return null;
}

/** writeSync may write less than it was given; loop until every byte is out. */
function writeAll(fd: number, buffer: Buffer): number {
  for (let done = 0; done < buffer.length;) done += writeSync(fd, buffer, done, buffer.length - done);
  return buffer.length;
}

/**
 * `JSON.stringify(index)` without its closing brace and with one array element a line, in pieces:
 * members in the schema's order, arrays one element at a time.
 */
function* jsonPieces(index: TariffIndex): Generator<string> {
  let separator = '{';
  for (const key of Object.keys(TariffIndex.shape) as (keyof TariffIndex)[]) {
    const value: unknown = index[key];
    if (value === undefined) continue;
    yield `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    if (!Array.isArray(value)) {
      yield JSON.stringify(value);
      continue;
    }
    // One element a line: loadIndex finds runs of whole elements without reading every byte.
    yield value.length === 0 ? '[' : '[\n';
    for (let i = 0; i < value.length; i++) yield `${i === 0 ? '' : ',\n'}${JSON.stringify(value[i])}`;
    yield value.length === 0 ? ']' : '\n]';
  }
}
