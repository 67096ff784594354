import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { TariffIndex } from './schema.js';
import { z } from 'zod';

/**
 * Writes the index atomically: the bytes go to a temporary file beside the target, are flushed
 * to disk, and the file is renamed over the old index. A build that dies halfway leaves the
 * previous index as it was. The output is checked against the schema before anything is written.
 */
export function writeIndex(index: TariffIndex, out: string): number {
  const checked = TariffIndex.safeParse(index);
  if (!checked.success)
    throw new Error(
      `The builder produced an index that breaks its own schema:\n${z.prettifyError(checked.error)}`,
    );
  const json = `${JSON.stringify(index)}\n`;
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, json);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, out);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  return Buffer.byteLength(json);
}
