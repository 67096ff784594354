/**
 * The checksum that ends every index file `writeIndex` writes:
 *
 *     {"schemaVersion":1, … ,"warnings":[],"checksum":"<sha256 hex>"}
 *
 * It is the sha256 of the schema's fingerprint followed by the file's JSON without the checksum
 * member (everything before `,"checksum"`, then `}`). `writeIndex` validates an index before
 * writing it, so a file whose checksum matches holds exactly what a validated index serialised
 * to, under this very schema: loading it need not validate every field again. A file edited by
 * hand, cut short, or written under another schema does not match, and is validated in full.
 */
import { createHash, type Hash } from 'node:crypto';
import { z } from 'zod';
import { SCHEMA_VERSION, TariffIndex } from './schema.js';

export const CHECKSUM_KEY = 'checksum';
const TAIL = /,"checksum":"([0-9a-f]{64})"}\s*$/;
/** The tail is short and fixed: look for it only in the last bytes. */
const TAIL_BYTES = 96;

let fingerprint: string | undefined;

/** Changes whenever the schema changes, even without a version bump, so an old checksum stops vouching. */
function schemaFingerprint(): string {
  fingerprint ??= `tariff-desk index ${SCHEMA_VERSION}\n${JSON.stringify(z.toJSONSchema(TariffIndex))}\n`;
  return fingerprint;
}

/** A hash to feed the file's JSON (without the checksum member) into. */
export function startChecksum(): Hash {
  return createHash('sha256').update(schemaFingerprint());
}

/** The member that ends the file, for the digest of everything before it. */
export function checksumTail(hash: Hash): string {
  return `,"${CHECKSUM_KEY}":"${hash.digest('hex')}"}\n`;
}

/**
 * Checks a file's checksum as its bytes stream past: everything but the last bytes is hashed at
 * once, and the tail, where the checksum member must be, is held back until the end.
 */
export class ChecksumReader {
  private readonly hash = startChecksum();
  private held: Buffer = Buffer.alloc(0);

  update(chunk: Buffer): void {
    if (chunk.length < TAIL_BYTES) {
      // A short chunk joins the held bytes; only their last TAIL_BYTES stay held.
      const bytes = Buffer.concat([this.held, chunk]);
      const keep = Math.min(TAIL_BYTES, bytes.length);
      this.hash.update(bytes.subarray(0, bytes.length - keep));
      this.held = bytes.subarray(bytes.length - keep);
      return;
    }
    // The held bytes come before this chunk, which holds a whole tail of its own: no copy of the
    // chunk is made, however large it is.
    this.hash.update(this.held);
    this.hash.update(chunk.subarray(0, chunk.length - TAIL_BYTES));
    this.held = Buffer.from(chunk.subarray(chunk.length - TAIL_BYTES));
  }

  /** True when the bytes ended with a checksum that matches them and the current schema. */
  valid(): boolean {
    const tail = TAIL.exec(this.held.toString('latin1'));
    if (!tail) return false;
    const digest = this.hash.update(this.held.subarray(0, tail.index)).update('}').digest('hex');
    return digest === tail[1];
  }
}

/** True when the file ends with a checksum that matches its content and the current schema. */
export function hasValidChecksum(bytes: Buffer): boolean {
  const reader = new ChecksumReader();
  reader.update(bytes);
  return reader.valid();
}
