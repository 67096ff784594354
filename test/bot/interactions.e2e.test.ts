/**
 * Slash commands, autocomplete and buttons through the real discord.js client and the fake
 * Discord: each answer must be exactly what the renderer makes of the answer function's result,
 * delivered through the right route, within Discord's limits and its 3 s window.
 */
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { CommandName } from '../../src/answers/catalog.js';
import { complete } from '../../src/answers/complete.js';
import type { CommandModule } from '../../src/bot/commandModule.js';
import { COMMANDS } from '../../src/bot/commands.js';
import { STALE_BUTTON_NOTICE } from '../../src/bot/pageButtons.js';
import { fitChoices, sendChoices } from '../../src/bot/reply.js';
import { UNKNOWN_COMMAND_NOTICE } from '../../src/bot/router.js';
import { loadIndex } from '../../src/index/loadIndex.js';
import { writeIndex } from '../../src/index/writeIndex.js';
import { createQueryContext } from '../../src/query/queryContext.js';
import { renderForDiscord } from '../../src/render/discordRenderer.js';
import { autocomplete, buttonPress, slashCommand, type Place } from '../fakeDiscord/interactions.js';
import { startHarness, twoArticleIndex, type Harness } from './harness.js';

type Json = Record<string, unknown>;

const EPHEMERAL = 64;
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A command whose handler fails: at once, after the router deferred, or after it replied itself. */
function failing(name: string, when: 'at once' | 'after defer' | 'after reply'): CommandModule {
  return {
    data: { name, toJSON: () => ({ name, description: 'Fails on purpose' }) },
    defer: when === 'after defer',
    execute: async (interaction) => {
      if (when === 'after reply') await interaction.reply({ content: 'Working on it' });
      throw new Error(`the ${name} handler broke`);
    },
  };
}

/** A command whose provider offers too many, too long choices: the reply module must trim them. */
const noisy: CommandModule = {
  data: { name: 'noisy', toJSON: () => ({ name: 'noisy', description: 'Offers too much' }) },
  execute: async () => {},
  autocomplete: async (interaction) => {
    const long = 'x'.repeat(150);
    const choices = Array.from({ length: 40 }, (_, i) => ({
      name: i === 0 ? long : `Subject ${i}`,
      value: i === 1 ? long : `subject-${i}`,
    }));
    await sendChoices(interaction, choices);
  },
};

let h: Harness;

beforeAll(async () => {
  const commands = [
    ...COMMANDS,
    noisy,
    failing('explode', 'at once'),
    failing('explode-deferred', 'after defer'),
    failing('explode-replied', 'after reply'),
  ];
  h = await startHarness({ commands });
});
afterAll(() => h?.stop());
afterEach(() => {
  // Every payload the bot sent must have been one Discord accepts; cleared so one failure stays one.
  expect(h.fake.violations.splice(0)).toEqual([]);
});

function expected(command: CommandName, options: Record<string, string>, page = 0) {
  const ctx = createQueryContext(loadIndex(h.indexPath));
  return renderForDiscord(answer(ctx, command, options, new Date()), page);
}

const send = (payload: Json) => h.fake.send(payload);
const common = (place: Place = 'dm') => ({ applicationId: h.fake.applicationId, place });

describe('slash commands', () => {
  test.each([
    ['quote', { speaker: 'bessent' }, 'guild', /bessent/i],
    ['tariff', { subject: 'autos' }, 'dm', /autos/i],
    ['deadline', {}, 'user-app', /deadline/i],
  ] as const)(
    '/%s %o from a %s is answered with the rendered answer',
    async (command, options, place, title) => {
      const exchange = await send(slashCommand(command, options, common(place)));
      const want = expected(command, options);
      expect(exchange.callback?.type).toBe(4);
      expect(exchange.callback!.ms).toBeLessThan(3000);
      const data = exchange.callback!.data!;
      expect(data.embeds).toEqual(plain(want.embeds));
      expect(data.components).toEqual(plain(want.components));
      expect(((data.flags as number | undefined) ?? 0) & EPHEMERAL).toBe(want.ephemeral ? EPHEMERAL : 0);
      expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
      expect(String((want.embeds[0] as Json).title)).toMatch(title);
    },
  );

  test('/search is deferred, then its answer is edited into the reply', async () => {
    const exchange = await send(slashCommand('search', { query: 'tariff' }, common('guild')));
    const want = expected('search', { query: 'tariff' });
    expect(want.ephemeral).toBe(false);
    expect(exchange.callback).toMatchObject({ type: 5, data: { flags: 0 } });
    expect(exchange.edits).toHaveLength(1);
    expect(exchange.edits[0]!.embeds).toEqual(plain(want.embeds));
    expect(exchange.followUps).toEqual([]);
  });

  test('a deferred answer meant for the asker only replaces the public placeholder with a private follow-up', async () => {
    const options = { query: 'qqqzzzxxx' };
    const want = expected('search', options);
    expect(want.ephemeral).toBe(true);
    const exchange = await send(slashCommand('search', options, common('guild')));
    expect(exchange.callback?.type).toBe(5);
    expect(exchange.deleted).toBe(true);
    expect(exchange.edits).toEqual([]);
    expect(exchange.followUps).toHaveLength(1);
    expect(exchange.followUps[0]!.flags).toBe(EPHEMERAL);
    expect(exchange.followUps[0]!.embeds).toEqual(plain(want.embeds));
  });

  test('a command the bot does not serve gets a private notice', async () => {
    const exchange = await send(slashCommand('retired', {}, common()));
    expect(exchange.callback?.type).toBe(4);
    expect(exchange.callback!.data).toMatchObject({ content: UNKNOWN_COMMAND_NOTICE, flags: EPHEMERAL });
  });
});

describe('a failing command', () => {
  test.each([
    ['explode', 4, 'the reply'],
    ['explode-deferred', 5, 'a private follow-up replacing the placeholder'],
    ['explode-replied', 4, 'a private follow-up'],
  ])(
    '/%s (first response type %i) reports the error in %s with an id that is in the log; the next command is answered',
    async (name, firstType) => {
      const exchange = await send(slashCommand(name, {}, common('guild')));
      expect(exchange.callback?.type).toBe(firstType);
      if (name !== 'explode')
        await h.fake.until(() => exchange.followUps.length === 1, 'the error follow-up');
      const notice = name === 'explode' ? exchange.callback!.data! : exchange.followUps[0]!;
      expect(exchange.deleted).toBe(name === 'explode-deferred');
      expect(notice.flags).toBe(EPHEMERAL);
      const errorId = /error id `([0-9a-f]{8})`/.exec(String(notice.content))?.[1];
      expect(errorId).toBeDefined();
      const logged = h.logs.records().find((r) => r.errorId === errorId);
      expect(logged).toMatchObject({ level: 50, command: name, msg: 'answering failed' });
      expect(JSON.stringify(logged)).toContain(`the ${name} handler broke`);

      const next = await send(slashCommand('help', {}, common()));
      expect(next.callback?.type).toBe(4);
      expect(next.callback!.data!.embeds).toEqual(plain(expected('help', {}).embeds));
    },
  );
});

describe('autocomplete', () => {
  test('at most 25 choices reach Discord, long names shortened and long values dropped', async () => {
    const exchange = await send(autocomplete('noisy', { subject: '' }, 'subject', common()));
    expect(exchange.callback?.type).toBe(8);
    const choices = exchange.callback!.data!.choices as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices[0]!.name).toBe(`${'x'.repeat(99)}…`);
    expect(choices.map((c) => c.value)).not.toContain('x'.repeat(150));
  });

  test.each([
    ['tariff', 'subject', 'au', 'subject'],
    ['tariff', 'subject', '', 'subject'],
    ['quote', 'speaker', 'bes', 'speaker'],
    ['who', 'name', '', 'speaker'],
    ['deadline', 'topic', 'ta', 'topic'],
  ] as const)('/%s %s:"%s" offers what the %s provider offers', async (command, option, typed, kind) => {
    const exchange = await send(autocomplete(command, { [option]: typed }, option, common()));
    const want = fitChoices(complete(createQueryContext(loadIndex(h.indexPath)), kind, typed));
    expect(exchange.callback?.type).toBe(8);
    expect(exchange.callback!.data!.choices).toEqual(want);
    expect(want.length).toBeLessThanOrEqual(25);
  });
});

describe('page buttons', () => {
  test('Next and Previous page through a long answer by updating the message', async () => {
    const first = await send(slashCommand('deadline', {}, common('guild')));
    const page0 = expected('deadline', {}, 0);
    expect(page0.pageCount).toBeGreaterThan(2);
    const message = first.callback!.data!;
    const buttons = (message.components as { components: { label: string; custom_id: string }[] }[])[0]!
      .components;
    const next = buttons.find((b) => b.label === 'Next')!;

    const second = await send(
      buttonPress(next.custom_id, message, { ...common('guild'), botUserId: h.fake.botUserId }),
    );
    const page1 = expected('deadline', {}, 1);
    expect(second.callback?.type).toBe(7);
    expect(second.callback!.data!.embeds).toEqual(plain(page1.embeds));
    expect(second.callback!.data!.embeds).not.toEqual(plain(page0.embeds));

    const previous = (
      second.callback!.data!.components as { components: { label: string; custom_id: string }[] }[]
    )[0]!.components.find((b) => b.label === 'Previous')!;
    const third = await send(
      buttonPress(previous.custom_id, second.callback!.data!, {
        ...common('guild'),
        botUserId: h.fake.botUserId,
      }),
    );
    expect(third.callback?.type).toBe(7);
    expect(third.callback!.data!.embeds).toEqual(plain(page0.embeds));
  });

  test('a button the bot cannot decode gets a private notice, not an error', async () => {
    const exchange = await send(
      buttonPress('not-a-page-id', { content: 'old' }, { ...common(), botUserId: h.fake.botUserId }),
    );
    expect(exchange.callback?.type).toBe(4);
    expect(exchange.callback!.data).toMatchObject({ content: STALE_BUTTON_NOTICE, flags: EPHEMERAL });
  });
});

describe('a new index file', () => {
  test('is answered from once written, and a broken one leaves the last good index answering', async () => {
    const before = await send(slashCommand('sources', {}, common()));
    const reloaded = once(h.bot.index, 'reload');
    writeIndex(twoArticleIndex(), h.indexPath);
    await reloaded;
    const after = await send(slashCommand('sources', {}, common()));
    expect(after.callback!.data!.embeds).toEqual(plain(expected('sources', {}).embeds));
    expect(after.callback!.data!.embeds).not.toEqual(before.callback!.data!.embeds);

    const rejected = once(h.bot.index, 'reject');
    writeFileSync(h.indexPath, '{"schemaVersion": 1, "articles": [');
    await rejected;
    const still = await send(slashCommand('sources', {}, common()));
    expect(still.callback!.data!.embeds).toEqual(after.callback!.data!.embeds);
  });
});
