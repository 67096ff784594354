import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/articles/frontMatter.js';

describe('splitFrontMatter', () => {
  it('reads every known key, unquoting values, and gives the body offset', () => {
    const text =
      '---\ntitle: "Japan\'s envoy: no deal yet"\nsource: Bloomberg News\npublished: 2025-07-19\nurl: https://example.com/a\nparaphrased: true\n---\nBody line.\n';
    const result = splitFrontMatter(text);
    expect(result).toEqual({
      ok: true,
      meta: {
        title: "Japan's envoy: no deal yet",
        source: 'Bloomberg News',
        published: '2025-07-19',
        url: 'https://example.com/a',
        paraphrased: true,
      },
      bodyStart: text.indexOf('Body'),
    });
  });

  it('treats a file without a block as all body', () => {
    expect(splitFrontMatter('TOKYO — Talks resumed.')).toEqual({ ok: true, meta: {}, bodyStart: 0 });
  });

  it('accepts an empty block', () => {
    expect(splitFrontMatter('---\n---\nBody.')).toEqual({ ok: true, meta: {}, bodyStart: 8 });
  });

  it.each([
    ['---\ntitle: Talks\nBody with no closing line.', 'no closing "---" line'],
    ['---\ntitle Talks\n---\nBody.', 'front matter line 2 "title Talks" is not "key: value"'],
    ['---\npublished: 18 July 2025\n---\nBody.', 'front matter "published": expected a date as YYYY-MM-DD'],
    ['---\npublished: 2025-02-30\n---\nBody.', 'front matter "published": not a real calendar date'],
    ['---\nurl: not a link\n---\nBody.', 'front matter "url"'],
    ['---\nheadline: Talks\n---\nBody.', 'unknown key(s) headline; the known keys are title, source'],
  ])('rejects %j with a reason that says what to fix', (text, reason) => {
    const result = splitFrontMatter(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
