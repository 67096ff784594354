/**
 * One canonical form for every article, so offsets and matching are stable: no BOM, `\n` line
 * endings, Unicode NFC, and the space-like characters scrapers leave behind turned into spaces.
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC')
      // Non-breaking, narrow and other fixed-width spaces read as plain spaces.
      .replace(/[\u00A0\u2007\u202F\u2000-\u2006\u2008-\u200A\u3000]/g, ' ')
      // Zero-width characters and soft hyphens carry no meaning in article text.
      .replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/g, '')
      // Line and paragraph separators are line breaks.
      .replace(/[\u2028\u2029]/g, '\n')
  );
}
