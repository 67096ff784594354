import { describe, expect, it } from 'vitest';
import { decodePageId, encodePageId, type PageRef } from '../../src/render/pageId.js';

describe('encodePageId / decodePageId', () => {
  it.each<[PageRef, string]>([
    [
      { command: 'quote', options: { speaker: 'bessent', about: 'deal' }, page: 1 },
      'page:1:quote:bessent|deal',
    ],
    [{ command: 'quote', options: { about: 'deal' }, page: 0 }, 'page:0:quote:|deal'],
    [{ command: 'deadline', options: {}, page: 3 }, 'page:3:deadline:'],
    [{ command: 'search', options: { query: 'a|b 100%' }, page: 2 }, 'page:2:search:a%7Cb 100%25'],
    [{ command: 'search', options: { query: '%7C' }, page: 0 }, 'page:0:search:%257C'],
  ])('%o encodes as %s and decodes back', (ref, id) => {
    expect(encodePageId(ref)).toBe(id);
    expect(decodePageId(id)).toEqual(ref);
  });

  it('cuts the longest value until the id fits in 100 characters', () => {
    const id = encodePageId({
      command: 'quote',
      options: { speaker: 'scott bessent', about: 'x'.repeat(150) },
      page: 12,
    });
    expect(id.length).toBe(100);
    expect(decodePageId(id)).toEqual({
      command: 'quote',
      options: { speaker: 'scott bessent', about: 'x'.repeat(100 - 'page:12:quote:scott bessent|'.length) },
      page: 12,
    });
  });

  it('never splits an emoji or an escape', () => {
    const id = encodePageId({ command: 'search', options: { query: '😀|'.repeat(60) }, page: 0 });
    expect(id.length).toBeLessThanOrEqual(100);
    const back = decodePageId(id)!.options.query!;
    expect(back).toMatch(/^(😀\|)*😀?$/u);
  });

  it.each([
    'next',
    'page:x:quote:bessent',
    'page:1:nope:bessent',
    'page:1:quote:a|b|c',
    'page:12345:quote:a',
    `page:1:search:${'y'.repeat(100)}`,
  ])('rejects %s', (id) => {
    expect(decodePageId(id)).toBeNull();
  });
});
