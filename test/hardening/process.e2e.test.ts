/**
 * The bot process as `npm start` runs it (src/bot/main.ts, configured by the environment), held
 * to its promises: it refuses an unusable index in a few plain lines; a promise rejected with no
 * handler is logged and the bot answers on; and its token appears nowhere but in the requests that
 * must carry it: not in the logs, not on stderr, not in any answer or request body it sent.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { REDACTED } from '../../src/bot/logger.js';
import { writeIndex } from '../../src/index/writeIndex.js';
import { seedIndexFile } from '../bot/harness.js';
import { FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { autocomplete, slashCommand } from '../fakeDiscord/interactions.js';
import { seedIndex, tempDir } from '../helpers/buildFixture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = createRequire(import.meta.url).resolve('tsx');
const PRELOAD = fileURLToPath(new URL('./rejectOnSignal.ts', import.meta.url));
/** Recognisable anywhere it might leak, and shaped like a real token so the config accepts it. */
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.LEAKCHECK.never-print-this-token_0123456789';

interface Bot {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

const running: Bot[] = [];
let fake: FakeDiscord | undefined;

afterEach(async () => {
  for (const bot of running.splice(0)) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await fake?.close();
  fake = undefined;
});

/** Starts src/bot/main.ts with only these variables of ours set (empty ones count as unset). */
function startBot(env: Record<string, string>): Bot {
  const ours = [
    'DISCORD_APPLICATION_ID',
    'DISCORD_GUILD_ID',
    'LOG_LEVEL',
    'SHARDS',
    'COOLDOWN_COMMANDS',
    'COOLDOWN_SECONDS',
  ];
  const inherited = { ...process.env };
  delete inherited.SHARDING_MANAGER;
  const child = spawn(process.execPath, ['--import', TSX, '--import', PRELOAD, 'src/bot/main.ts'], {
    cwd: ROOT,
    env: { ...inherited, ...Object.fromEntries(ours.map((n) => [n, ''])), DISCORD_TOKEN: TOKEN, ...env },
  });
  const bot: Bot = {
    child,
    stdout: [],
    stderr: [],
    exited: once(child, 'close').then(([code]) => code as number | null),
  };
  createInterface({ input: child.stdout! }).on('line', (line) => bot.stdout.push(line));
  createInterface({ input: child.stderr! }).on('line', (line) => bot.stderr.push(line));
  running.push(bot);
  return bot;
}

const records = (bot: Bot) => bot.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);

async function logged(bot: Bot, msg: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = records(bot).find((r) => r.msg === msg);
    if (found) return found;
    if (bot.child.exitCode !== null)
      throw new Error(`exited before logging "${msg}": ${bot.stderr.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`no "${msg}" in the log`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('an unusable index at start', () => {
  const broken: [string, (path: string) => void, RegExp][] = [
    [
      'truncated JSON',
      (p) => writeFileSync(p, readFileSync(p).subarray(0, 200)),
      /it is not valid JSON .*the file may be truncated\.$/,
    ],
    [
      'another schema version',
      (p) => writeFileSync(p, JSON.stringify({ ...seedIndex(), schemaVersion: 999 })),
      /it has schema version 999, and this version of tariff-desk reads version \d+\.$/,
    ],
    [
      'valid JSON with wrong types',
      (p) => {
        const index = JSON.parse(readFileSync(p, 'utf8')) as { articles: Record<string, unknown>[] };
        index.articles[0]!.paragraphs = 'not a list';
        writeFileSync(p, JSON.stringify(index));
      },
      /Invalid input: expected array, received string$/,
    ],
  ];

  test.each(broken)(
    '%s: refused in a few plain lines, exit code 1, no stack trace',
    async (_, spoil, reason) => {
      const path = join(tempDir(), 'index.json');
      writeIndex(seedIndex(), path);
      spoil(path);
      const bot = startBot({ INDEX_PATH: path, DISCORD_API_URL: 'http://127.0.0.1:9/api' });
      expect(await bot.exited).toBe(1);
      expect(bot.stdout).toEqual([]);
      expect(bot.stderr[0]).toMatch(
        new RegExp(`^Cannot use the index ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `),
      );
      expect(bot.stderr.length).toBeLessThanOrEqual(4);
      expect(bot.stderr.at(-1)).toBe('Rebuild it with: npm run index');
      expect(bot.stderr.join('\n')).toMatch(new RegExp(reason.source, 'm'));
      expect(bot.stderr.join('\n')).not.toMatch(/^\s+at /m);
    },
  );
});

describe('a session with faults', () => {
  test(
    'an unhandled rejection is logged and the bot answers on; the token is in no log, answer or body',
    { timeout: 60_000 },
    async () => {
      fake = await FakeDiscord.start({ token: TOKEN, heartbeatIntervalMs: 500 });
      const f = fake;
      const bot = startBot({
        DISCORD_API_URL: f.apiUrl,
        DISCORD_APPLICATION_ID: f.applicationId,
        INDEX_PATH: seedIndexFile(),
        LOG_LEVEL: 'debug',
        COOLDOWN_COMMANDS: '3',
      });
      await logged(bot, 'logged in');
      const common = { applicationId: f.applicationId, place: 'guild' as const };

      bot.child.kill('SIGUSR2');
      const rejection = await logged(bot, 'unhandled promise rejection; still running');
      expect(rejection.level).toBe(50);
      expect((rejection.err as { message: string }).message).toBe(
        `a promise nobody awaited failed while using ${REDACTED}`,
      );

      f.inject({ route: /^POST \/interactions\//, status: 500, times: 1 });
      const exchanges = [
        await f.send(slashCommand('quote', { speaker: '@everyone <@&123>' }, common)),
        await f.send(autocomplete('quote', { speaker: 'bes' }, 'speaker', common)),
        await f.send(slashCommand('retired', {}, common)),
        await f.send(slashCommand('help', {}, common)),
        await f.send(slashCommand('tariff', { subject: 'autos' }, common)),
        // The fourth command (unknown ones and autocomplete do not count) is over the limit of three.
        await f.send(slashCommand('sources', {}, common)),
      ];
      expect(exchanges.map((e) => e.callback?.type)).toEqual([4, 8, 4, 4, 4, 4]);
      expect(String(exchanges[5]!.callback!.data!.content)).toMatch(/^You have run 3 commands/);
      expect(f.violations).toEqual([]);

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.stderr).toEqual([]);

      // Only IDENTIFY (op 2) and RESUME (op 6) carry the token, as they must; it shows the check can see it.
      const carriesToken = (frame: string) => [2, 6].includes((JSON.parse(frame) as { op: number }).op);
      expect(f.frames.filter(carriesToken).every((frame) => frame.includes(TOKEN))).toBe(true);
      const everything = [
        ...bot.stdout,
        ...bot.stderr,
        ...f.frames.filter((frame) => !carriesToken(frame)),
        ...f.requests.map((r) => `${r.method} ${r.url} ${r.body}`),
      ].join('\n');
      expect(f.requests.length).toBeGreaterThan(5);
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain('LEAKCHECK');
    },
  );
});

describe('.env', () => {
  test('is ignored by git, and .env.example is not', () => {
    const ignored = (file: string) => {
      try {
        execFileSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: ROOT });
        return true;
      } catch {
        return false;
      }
    };
    expect([ignored('.env'), ignored('.env.example')]).toEqual([true, false]);
  });
});
