/**
 * The entry points as a user runs them (`npm start`, `npm run deploy`, `npm run start:sharded`),
 * each in its own process against the fake Discord, configured only through the environment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { slashCommand } from '../fakeDiscord/interactions.js';
import { seedIndexFile, TEST_TOKEN } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = createRequire(import.meta.url).resolve('tsx');
const OUR_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_API_URL',
  'INDEX_PATH',
  'LOG_LEVEL',
  'SHARDS',
];

interface Run {
  child: ChildProcess;
  /** Emits 'line' for each complete line of standard output. */
  lines: Interface;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

/**
 * Runs an entry point from the project folder with only the given variables of ours set. The
 * others are set empty, which the bot reads as unset and which keeps a developer's `.env` out.
 */
function run(script: string, env: Record<string, string>, input = '', args: string[] = []): Run {
  const ours = Object.fromEntries(OUR_VARIABLES.map((name) => [name, '']));
  const inherited = { ...process.env };
  delete inherited.SHARDING_MANAGER;
  const child = spawn(process.execPath, ['--import', TSX, script, ...args], {
    cwd: ROOT,
    env: { ...inherited, ...ours, ...env },
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => stdout.push(line));
  createInterface({ input: child.stderr! }).on('line', (line) => stderr.push(line));
  child.stdin!.end(input);
  // 'close' comes after the output streams have ended, so every line has been read.
  const exited = once(child, 'close').then(([code]) => code as number | null);
  return { child, lines, stdout, stderr, exited };
}

const records = (r: Run) => r.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);

/** Resolves when the process has logged `msg`; rejects if it exits first. */
function logged(r: Run, msg: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!records(r).some((line) => line.msg === msg)) return;
      r.lines.off('line', check);
      resolve();
    };
    r.lines.on('line', check);
    void r.exited.then((code) =>
      reject(new Error(`exited with ${code} before logging "${msg}": ${r.stderr.join('\n')}`)),
    );
    check();
  });
}

let fake: FakeDiscord | undefined;
let indexPath: string;
const running: Run[] = [];

beforeAll(() => {
  indexPath = seedIndexFile();
});
afterEach(async () => {
  for (const r of running.splice(0)) if (r.child.exitCode === null) r.child.kill('SIGKILL');
  await fake?.close();
  fake = undefined;
});

async function startFake(maxConcurrency = 1): Promise<FakeDiscord> {
  fake = await FakeDiscord.start({ token: TEST_TOKEN, maxConcurrency });
  return fake;
}

function botEnv(f: FakeDiscord): Record<string, string> {
  return {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APPLICATION_ID: f.applicationId,
    DISCORD_API_URL: f.apiUrl,
    INDEX_PATH: indexPath,
    LOG_LEVEL: 'info',
  };
}

describe('npm start', () => {
  test('with a token: logs in, answers, and shuts down cleanly on SIGTERM; the token is never printed', async () => {
    const f = await startFake();
    const bot = run('src/cli/startCommand.ts', botEnv(f));
    running.push(bot);
    await logged(bot, 'logged in');

    const exchange = await f.send(
      slashCommand('tariff', { subject: 'autos' }, { applicationId: f.applicationId, place: 'guild' }),
    );
    expect(exchange.callback?.type).toBe(4);
    expect(f.violations).toEqual([]);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(records(bot).map((r) => r.msg)).toEqual(
      expect.arrayContaining(['logged in', 'answered', 'shutting down', 'stopped']),
    );
    expect([...bot.stdout, ...bot.stderr].join('\n')).not.toContain(TEST_TOKEN);
    expect(bot.stderr).toEqual([]);
  });

  test('without a token: answers in the terminal and says how to connect to Discord', async () => {
    const cli = run('src/cli/startCommand.ts', { INDEX_PATH: indexPath }, '/help\n');
    running.push(cli);
    expect(await cli.exited).toBe(0);
    expect(cli.stderr[0]).toMatch(
      /^DISCORD_TOKEN is not set, so tariff-desk answers here in the terminal\. To answer in Discord: copy \.env\.example/,
    );
  });

  test('a token Discord rejects is one line saying what to do, not a stack trace', async () => {
    const f = await startFake();
    const bot = run('src/bot/main.ts', {
      ...botEnv(f),
      DISCORD_TOKEN: 'MTAw.other.token-discord-does-not-know',
    });
    running.push(bot);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr).toEqual([
      'Discord rejected DISCORD_TOKEN: reset the token in the Developer Portal (your application → Bot → Reset Token) and put the new one in .env.',
    ]);
  });
});

describe('configuration errors are one line naming the variable', () => {
  test.each([
    [
      'npm start',
      'src/bot/main.ts',
      {},
      "DISCORD_TOKEN is not set: copy .env.example to .env and set it to your bot's token (Developer Portal → your application → Bot → Reset Token).",
    ],
    [
      'npm run deploy',
      'src/bot/deploy.ts',
      { DISCORD_TOKEN: TEST_TOKEN },
      'DISCORD_APPLICATION_ID is not set: set it to the Application ID from the Developer Portal (your application → General Information).',
    ],
    [
      'npm run start:sharded',
      'src/bot/sharded.ts',
      { DISCORD_TOKEN: TEST_TOKEN, SHARDS: 'two' },
      'SHARDS must be "auto" or a whole number of shards, at least 1.',
    ],
  ])('%s', async (_, script, env, line) => {
    const r = run(script, env);
    running.push(r);
    expect(await r.exited).toBe(1);
    expect(r.stderr).toEqual([line]);
  });
});

describe('npm run deploy', () => {
  test.each([
    [
      'a server when DISCORD_GUILD_ID is set',
      '123456789012345678',
      '/applications/APP/guilds/123456789012345678/commands',
      'in server 123456789012345678 (available now):',
    ],
    ['every server when it is not', '', '/applications/APP/commands', 'globally'],
  ])('registers the seven commands in %s', async (_, guildId, route, where) => {
    const f = await startFake();
    const r = run('src/bot/deploy.ts', { ...botEnv(f), DISCORD_GUILD_ID: guildId });
    running.push(r);
    expect(await r.exited).toBe(0);
    expect(f.violations).toEqual([]);
    expect(f.commandWrites.map((w) => w.route)).toEqual([route.replace('APP', f.applicationId)]);
    const sent = f.commandWrites[0]!.body as {
      name: string;
      contexts: number[];
      integration_types: number[];
    }[];
    expect(sent.map((c) => c.name)).toEqual([
      'deadline',
      'quote',
      'tariff',
      'search',
      'who',
      'sources',
      'help',
    ]);
    for (const command of sent)
      expect([command.contexts, command.integration_types]).toEqual([
        [0, 1, 2],
        [0, 1],
      ]);
    expect(r.stdout[0]).toContain(`Registered 7 of 7 commands ${where}`);
    expect(r.stdout.slice(1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}\/quote speaker: \[about:\] {2}What a person said/),
      ]),
    );
    expect(r.stdout).toHaveLength(8);
  });
});

test('npm run deploy -- --clear removes the commands from the server', async () => {
  const f = await startFake();
  const r = run('src/bot/deploy.ts', { ...botEnv(f), DISCORD_GUILD_ID: '123456789012345678' }, '', [
    '--clear',
  ]);
  running.push(r);
  expect(await r.exited).toBe(0);
  expect(f.commandWrites).toEqual([
    { route: `/applications/${f.applicationId}/guilds/123456789012345678/commands`, body: [] },
  ]);
  expect(r.stdout).toEqual(['Removed every command of this application from server 123456789012345678.']);
});

describe('npm run start:sharded', () => {
  test(
    'SHARDS=2 starts two shard processes that identify as shard 0 and 1 of 2, and each answers',
    { timeout: 60_000 },
    async () => {
      // Discord lets both shards identify at once when max_concurrency allows it.
      const f = await startFake(2);
      const manager = run('src/bot/sharded.ts', { ...botEnv(f), SHARDS: '2' });
      running.push(manager);
      await logged(manager, 'all shards ready');
      expect(f.identifies.map((d) => d.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      for (const shard of [0, 1]) {
        const exchange = await f.send(slashCommand('help', {}, { applicationId: f.applicationId }), shard);
        expect(exchange.callback?.type).toBe(4);
      }
      expect(f.violations).toEqual([]);
      manager.child.kill('SIGTERM');
      expect(await manager.exited).toBe(0);
    },
  );
});
