/**
 * What goes wrong at run time, through the real discord.js client and the fake Discord: REST
 * errors and rate limits on the way out, a gateway session Discord invalidates, a handler slower
 * than Discord's 3 s window, and one user sending commands faster than the limit. In every case
 * the answer (or a clear private notice) still arrives, and the bot goes on answering.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { CommandModule } from '../../src/bot/commandModule.js';
import { COMMANDS } from '../../src/bot/commands.js';
import { cooldownNotice } from '../../src/bot/cooldown.js';
import { sendAnswer } from '../../src/bot/reply.js';
import { AUTO_DEFER_MS } from '../../src/bot/router.js';
import { renderForDiscord } from '../../src/render/discordRenderer.js';
import { rateLimited } from '../fakeDiscord/fakeDiscord.js';
import { autocomplete, otherUser, slashCommand } from '../fakeDiscord/interactions.js';
import { startHarness, type Harness } from './harness.js';

type Json = Record<string, unknown>;

const EPHEMERAL = 64;
const SLOW_MS = 3200;
const COOLDOWN = { commands: 2, windowMs: 60_000 };

/** A command that waits on slow I/O longer than Discord's window before answering with /help. */
const slow: CommandModule = {
  data: { name: 'slow', toJSON: () => ({ name: 'slow', description: 'Takes its time' }) },
  execute: async (interaction, deps) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    await sendAnswer(interaction, renderForDiscord(answer(deps.index(), 'help', {}, deps.now())));
  },
};

let h: Harness;
let users = 0;
/** Each test speaks as a new user, so the command limit only counts where a test is about it. */
const asNewUser = () => ({ applicationId: h.fake.applicationId, user: otherUser(++users) });
const help = () => slashCommand('help', {}, asNewUser());
const helpEmbeds = () =>
  JSON.parse(JSON.stringify(renderForDiscord(answer(h.bot.index.current(), 'help', {})).embeds)) as unknown;

beforeAll(async () => {
  h = await startHarness({ commands: [...COMMANDS, slow], cooldown: COOLDOWN, heartbeatIntervalMs: 1000 });
});
afterAll(() => h?.stop());
afterEach(() => {
  expect(h.fake.faults.filter((f) => f.times > 0)).toEqual([]);
  h.fake.faults.splice(0);
  h.fake.faultsServed.splice(0);
  expect(h.fake.violations.splice(0)).toEqual([]);
});

const CALLBACK = /^POST \/interactions\/\d+\/[^/]+\/callback$/;
const ORIGINAL = /^PATCH \/webhooks\/\d+\/[^/]+\/messages\/@original$/;

describe('REST errors and rate limits', () => {
  test('two 500s on the reply: discord.js retries and the answer arrives', async () => {
    h.fake.inject({ route: CALLBACK, status: 500, times: 2 });
    const exchange = await h.fake.send(help());
    expect(h.fake.faultsServed).toHaveLength(2);
    expect(exchange.callback?.type).toBe(4);
    expect(exchange.callback!.data!.embeds).toEqual(helpEmbeds());
  });

  test.each(['user', 'global', 'shared'] as const)(
    'a 429 (%s scope, retry after 1 s) on the reply: the bot waits and the answer arrives within 3 s',
    async (scope) => {
      h.fake.inject(rateLimited(CALLBACK, 1, scope));
      const exchange = await h.fake.send(help());
      expect(h.fake.faultsServed).toHaveLength(1);
      expect(exchange.callback?.type).toBe(4);
      expect(exchange.callback!.ms).toBeGreaterThanOrEqual(1000);
      expect(exchange.callback!.data!.embeds).toEqual(helpEmbeds());
    },
  );

  test('a 500 and a 429 on the edit of a deferred answer: the edit still arrives', async () => {
    h.fake.inject({ route: ORIGINAL, status: 502, times: 1 });
    h.fake.inject(rateLimited(ORIGINAL, 1));
    const exchange = await h.fake.send(slashCommand('search', { query: 'tariff' }, asNewUser()));
    expect(h.fake.faultsServed).toEqual([expect.stringMatching(ORIGINAL), expect.stringMatching(ORIGINAL)]);
    expect(exchange.callback?.type).toBe(5);
    expect(exchange.edits).toHaveLength(1);
    expect((exchange.edits[0]!.embeds as Json[])[0]!.title).toMatch(/tariff/i);
  });

  test('a reply failing past every retry becomes a private error notice, and the bot answers on', async () => {
    // One try and three retries fail; the error notice is the fifth request and goes through.
    h.fake.inject({ route: CALLBACK, status: 500, times: 4 });
    const failed = await h.fake.send(help());
    expect(h.fake.faultsServed).toHaveLength(4);
    expect(failed.callback?.type).toBe(4);
    expect(failed.callback!.data!.flags).toBe(EPHEMERAL);
    const errorId = /error id `([0-9a-f]{8})`/.exec(String(failed.callback!.data!.content))?.[1];
    expect(h.logs.records().find((r) => r.errorId === errorId)).toMatchObject({
      level: 50,
      msg: 'answering failed',
    });

    const next = await h.fake.send(help());
    expect(next.callback!.data!.embeds).toEqual(helpEmbeds());
  });
});

describe('a handler slower than 3 s', () => {
  test(`is deferred after ${AUTO_DEFER_MS} ms, inside Discord's window, and its answer is edited in`, async () => {
    const exchange = await h.fake.send(slashCommand('slow', {}, asNewUser()));
    expect(exchange.callback?.type).toBe(5);
    // Timed on purpose: the 3 s window is Discord's rule; the fake refuses a later first response.
    expect(exchange.callback!.ms).toBeGreaterThanOrEqual(AUTO_DEFER_MS);
    expect(exchange.callback!.ms).toBeLessThan(3000);
    expect(exchange.edits).toHaveLength(1);
    expect(exchange.edits[0]!.embeds).toEqual(helpEmbeds());
    expect(h.logs.records().some((r) => r.command === 'slow' && r.msg === 'still working; deferred')).toBe(
      true,
    );
  });

  test('a quick handler is not deferred', async () => {
    const exchange = await h.fake.send(help());
    expect(exchange.callback?.type).toBe(4);
    expect(exchange.edits).toEqual([]);
  });
});

describe('the per-user command limit', () => {
  test('the third command within the window gets a private notice; others and autocomplete are answered', async () => {
    const flooder = asNewUser();
    for (let i = 0; i < COOLDOWN.commands; i++) {
      const ok = await h.fake.send(slashCommand('help', {}, flooder));
      expect(ok.callback!.data!.embeds).toEqual(helpEmbeds());
    }
    const sentAt = Date.now();
    const refused = await h.fake.send(slashCommand('help', {}, flooder));
    expect(refused.callback?.type).toBe(4);
    expect(refused.callback!.data!.flags).toBe(EPHEMERAL);
    const content = String(refused.callback!.data!.content);
    const retryAt = Number(/<t:(\d+):R>/.exec(content)?.[1]) * 1000;
    expect(content).toBe(cooldownNotice(COOLDOWN, retryAt));
    expect(retryAt).toBeGreaterThan(sentAt + COOLDOWN.windowMs - 5000);
    expect(retryAt).toBeLessThanOrEqual(sentAt + COOLDOWN.windowMs + 1000);

    const typing = await h.fake.send(autocomplete('tariff', { subject: 'au' }, 'subject', flooder));
    expect(typing.callback?.type).toBe(8);
    expect((typing.callback!.data!.choices as unknown[]).length).toBeGreaterThan(0);
    const someoneElse = await h.fake.send(help());
    expect(someoneElse.callback!.data!.embeds).toEqual(helpEmbeds());
  });
});

describe('the gateway session', () => {
  test('INVALID_SESSION that may be resumed: the bot resumes and answers the next interaction', async () => {
    const resumes = h.fake.resumes.length;
    const identifies = h.fake.identifies.length;
    h.fake.invalidateSession(true);
    await h.fake.until(() => h.fake.resumes.length === resumes + 1, 'a RESUME');
    expect(h.fake.identifies).toHaveLength(identifies);
    const exchange = await h.fake.send(help());
    expect(exchange.callback!.data!.embeds).toEqual(helpEmbeds());
  });

  test(
    'INVALID_SESSION that may not be resumed: the bot identifies again and answers',
    { timeout: 20_000 },
    async () => {
      const identifies = h.fake.identifies.length;
      h.fake.invalidateSession(false);
      // discord.js waits out Discord's identify window (about 5 s) before identifying again.
      await h.fake.until(() => h.fake.identifies.length === identifies + 1, 'a new IDENTIFY', 12_000);
      expect(new Set(h.fake.sessionIds).size).toBe(h.fake.sessionIds.length);
      const exchange = await h.fake.send(help());
      expect(exchange.callback!.data!.embeds).toEqual(helpEmbeds());
    },
  );
});
