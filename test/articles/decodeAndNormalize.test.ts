import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/articles/decodeText.js';
import { normalizeText } from '../../src/articles/normalizeText.js';

describe('decodeText', () => {
  const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
  const utf16be = (s: string) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);
  it.each([
    ['UTF-8', Buffer.from('Tokyo’s “deal”'), 'Tokyo’s “deal”', 'utf-8'],
    ['UTF-8 with BOM', Buffer.from('\uFEFFDeal', 'utf8'), 'Deal', 'utf-8'],
    ['UTF-16 LE with BOM', utf16le('Akazawa said “yes”'), 'Akazawa said “yes”', 'utf-16le'],
    ['UTF-16 BE with BOM', utf16be('Akazawa'), 'Akazawa', 'utf-16be'],
    ['Latin-1', Buffer.from([0x4d, 0x61, 0x6e, 0x9c, 0x20, 0xe9, 0x74, 0xe9]), 'Manœ été', 'windows-1252'],
  ])('%s', (_name, bytes, text, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ ok: true, text, encoding });
  });

  it('notes a fallback encoding so the build can warn', () => {
    const decoded = decodeText(Buffer.from([0xe9]));
    expect(decoded.ok && decoded.note).toContain('not valid UTF-8');
  });

  it.each([
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])],
    ['control bytes', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
  ])('refuses binary input (%s)', (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason: expect.stringContaining('is not text') });
  });
});

describe('normalizeText', () => {
  it.each([
    ['CRLF and CR line endings', 'a\r\nb\rc', 'a\nb\nc'],
    ['BOM', '\uFEFFTokyo', 'Tokyo'],
    ['NFC', 'Cafe\u0301', 'Café'],
    ['non-breaking and narrow spaces', '25\u00A0percent\u202Fnow', '25 percent now'],
    ['zero-width characters and soft hyphens', 'Aka\u200Bza\u00ADwa', 'Akazawa'],
    ['line separators', 'a\u2028b', 'a\nb'],
    ['plain text unchanged', 'Tokyo — “deal”', 'Tokyo — “deal”'],
  ])('%s', (_name, input, output) => {
    expect(normalizeText(input)).toBe(output);
  });
});
