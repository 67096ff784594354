import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MINI_INDEX } from '../answers/miniContext.js';

const ask = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/askCommand.ts', ...args], { encoding: 'utf8' });

describe('npm run ask', () => {
  it('prints the structured answer with --json', () => {
    const run = ask('--index', MINI_INDEX, '--json', '/quote speaker:ishba about:cars');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      command: string;
      options: unknown;
      items: { speaker: string; text: string; articleId: string; source: string; published: string }[];
    };
    expect([json.command, json.options]).toEqual(['quote', { speaker: 'ishba', about: 'cars' }]);
    expect(json.items.map((q) => [q.speaker, q.text, q.articleId, q.source, q.published])).toEqual([
      [
        'Shigeru Ishiba',
        'The tariffs on cars are absolutely unacceptable',
        'a1',
        'Tokyo Ledger',
        '2025-07-18',
      ],
    ]);
  });

  it('prints text, and a bare value goes to the first option', () => {
    const run = ask('--index', MINI_INDEX, '--now', '2025-07-22', '/deadline', 'election');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'Deadlines and dated events about “election”',
      '===========================================',
      'All these dates have passed; the most recent come first.',
      '',
      ' 1. 2025-07-20 (passed): House of Councillors election',
    ]);
  });

  it.each([
    [['--index', MINI_INDEX, '/weather'], 'There is no command “/weather”.'],
    [['--index', MINI_INDEX], 'Say what to ask.'],
    [
      ['--index', 'no/such/index.json', '/help'],
      'Cannot use the index no/such/index.json: the file does not exist.',
    ],
    [['--now', 'soon', '/deadline'], '--now soon is not a date; write it as YYYY-MM-DD.'],
  ])('%j fails with exit 1 and says why', (args, message) => {
    const run = ask(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });
});
