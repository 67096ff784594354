/**
 * Bytes to text. Articles arrive from scrapers and editors in whatever encoding they had: UTF-8
 * with or without a BOM, UTF-16 with a BOM, or Latin-1/Windows-1252 from older tools.
 */

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
      note: string | null;
    }
  | { ok: false; reason: string };

const UTF16_NOTE = 'is UTF-16 text; read as such. Save it as UTF-8 to silence this warning.';

/** Share of control characters above which a file is taken to be binary, not text. */
const BINARY_CONTROL_SHARE = 0.02;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      note: UTF16_NOTE,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      note: UTF16_NOTE,
    };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      reason: 'is not text (it holds NUL or control bytes). Save the article as plain UTF-8 text.',
    };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8', note: null };
  } catch {
    return {
      ok: true,
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      note: 'is not valid UTF-8; read as Windows-1252 (Latin-1). Save it as UTF-8 to be sure of every character.',
    };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

/** Windows-1252's characters for bytes 0x80–0x9F; the rest of the range is Latin-1. */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** Decoded by hand: Node's decoder reads "windows-1252" as plain Latin-1 without full ICU. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
