import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progressBar.js';

/** A terminal (or not) that keeps what is written to it. */
function screen(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 };
}
const shown = (written: string[]) => written.map((w) => w.replace(/^\r/u, '').trimEnd());

describe('progressBar', () => {
  it('draws reading, then each stage, and ends the line after the last one', () => {
    const out = screen(true);
    const bar = progressBar(out, 'deadlines');
    for (const step of ['reading', 'people', 'deadlines']) for (let i = 1; i <= 400; i++) bar(step, i, 400);
    const lines = shown(out.written);
    // One drawing per whole percent (0 to 100) and step, and the line break.
    expect(lines).toHaveLength(3 * 101 + 1);
    expect(lines[0]).toBe(`[${'.'.repeat(30)}] 1/400 articles read`);
    expect(lines[100]).toBe(`[${'#'.repeat(30)}] 400/400 articles read`);
    expect(lines[101]).toBe(`[${'.'.repeat(30)}] 1/400 articles: people`);
    expect(lines[302]).toBe(`[${'#'.repeat(30)}] 400/400 articles: deadlines`);
    expect(out.written.at(-1)).toBe('\n');
    expect(out.written.filter((w) => w === '\n')).toHaveLength(1);
  });

  it.each([
    ['not a terminal', false, 400],
    ['a small folder', true, 199],
  ])('draws nothing on %s', (_case, isTTY, total) => {
    const out = screen(isTTY);
    const bar = progressBar(out, 'deadlines');
    for (let i = 1; i <= total; i++) bar('reading', i, total);
    expect(out.written).toEqual([]);
  });
});
