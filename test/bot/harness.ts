/**
 * Starts the real bot (discord.js client, router, commands, live index) against the fake Discord
 * on 127.0.0.1, with the seed articles' index in a temporary file and the logs captured.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startBot, type RunningBot } from '../../src/bot/bot.js';
import type { CommandModule } from '../../src/bot/commandModule.js';
import type { CooldownSettings } from '../../src/bot/cooldown.js';
import { createLogger } from '../../src/bot/logger.js';
import { writeIndex } from '../../src/index/writeIndex.js';
import { FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import type { TariffIndex } from '../../src/index/schema.js';
import { indexOf, SEED_DIR, seedIndex, tempDir } from '../helpers/buildFixture.js';

/** Shaped like a real token (three dot-separated parts) so the config check accepts it. */
export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Gfake0.test-token-never-in-logs_0123456789';

/** Log lines as the bot wrote them. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  }
  records(): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  text(): string {
    return this.lines.join('\n');
  }
}

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  logs: LogCapture;
  indexPath: string;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  commands?: readonly CommandModule[];
  heartbeatIntervalMs?: number;
  /** Off unless a test is about it: the other tests send many commands as one user. */
  cooldown?: CooldownSettings;
}

export const NO_COOLDOWN: CooldownSettings = { commands: 0, windowMs: 10_000 };

/** The index of the first two seed articles: valid, and different from the full one. */
export function twoArticleIndex(): TariffIndex {
  const dir = join(tempDir(), 'articles');
  mkdirSync(dir);
  for (const file of readdirSync(SEED_DIR).sort().slice(0, 2))
    copyFileSync(join(SEED_DIR, file), join(dir, file));
  return indexOf(dir);
}

/** Writes the seed index to a fresh temporary file and returns its path. */
export function seedIndexFile(): string {
  const path = join(tempDir(), 'index.json');
  writeIndex(seedIndex(), path);
  return path;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({
    token: TEST_TOKEN,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
  });
  const logs = new LogCapture();
  const indexPath = seedIndexFile();
  const logger = createLogger({ level: 'debug', secrets: [TEST_TOKEN], destination: logs });
  const bot = await startBot({
    config: {
      token: TEST_TOKEN,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      indexPath,
      cooldown: options.cooldown ?? NO_COOLDOWN,
    },
    logger,
    ...(options.commands ? { commands: options.commands } : {}),
  });
  return {
    fake,
    bot,
    logs,
    indexPath,
    stop: async () => {
      await bot.stop();
      await fake.close();
    },
  };
}
