import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.js';
import { miniContext, MINI_INDEX } from '../answers/miniContext.js';

async function session(lines: string, interactive = false): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const done = runConsole({
    indexPath: MINI_INDEX,
    articlesDir: null,
    lexicon: miniContext().lexicon,
    input,
    output,
    interactive,
    now: () => new Date('2025-07-22T12:00:00Z'),
  });
  input.end(lines);
  await done;
  return text;
}

describe('runConsole', () => {
  it('answers one piped line after another and ends at end of input', async () => {
    const text = await session('/who akazwa\n\n/weather\n/tariff steel\n');
    expect(text.split('\n')).toEqual([
      'Ryosei Akazawa',
      '==============',
      '',
      ' 1. Ryosei Akazawa, Economic Revitalization Minister',
      '   Also: Akazawa',
      '   1 quote in 2 articles',
      '   — Harbour Post, 2025-07-19',
      '   — Paraphrase Daily, 2025-04-17, paraphrased copy',
      '',
      'There is no command “/weather”. Commands: /deadline, /quote, /tariff, /search, /who, /sources, /help.',
      '',
      'Tariffs on Steel',
      '================',
      'The articles report no tariff on Steel. Subjects with a tariff: Autos, Reciprocal, Aluminum.',
      'Try: Autos, Reciprocal, Aluminum',
      '',
      '',
    ]);
  });

  it('stops at "exit" without reading further', async () => {
    expect(await session('exit\n/help\n')).toBe('');
  });

  it('greets and prompts when interactive', async () => {
    const text = await session('/who akazwa\n', true);
    expect(
      text.startsWith(
        'tariff-desk: type a command such as /quote bessent or /tariff autos; /help lists them all. Ctrl+D quits.\n',
      ),
    ).toBe(true);
    expect(text).toContain('> ');
    expect(text).toContain('Ryosei Akazawa, Economic Revitalization Minister');
  });
});
