import { describe, expect, it } from 'vitest';
import { indexScriptFlags, scriptFlags } from '../../bench/scriptFlags.js';

describe('scriptFlags', () => {
  it.each([
    ['node --max-semi-space-size=64 --import tsx src/cli/indexCommand.ts', ['--max-semi-space-size=64']],
    [
      'node --max-old-space-size=8192 --max-semi-space-size=32 x.ts',
      ['--max-old-space-size=8192', '--max-semi-space-size=32'],
    ],
    ['tsx src/cli/indexCommand.ts', []],
    ['node --max-semi-space-size=big x.ts', []],
    ['node --import tsx x.ts --max-bytes=5', []],
  ])('reads %j as %j', (script, flags) => {
    expect(scriptFlags(script)).toEqual(flags);
  });

  it('reads the flags npm run index builds with', () => {
    expect(indexScriptFlags()).toEqual(['--max-semi-space-size=64']);
  });
});
