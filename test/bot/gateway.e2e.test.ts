/**
 * The gateway session of the real discord.js client against the fake: login, heartbeats, and a
 * connection dropped mid-session that must be resumed, not started over.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { slashCommand } from '../fakeDiscord/interactions.js';
import { startHarness, TEST_TOKEN, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ heartbeatIntervalMs: 150 });
});
afterAll(() => h?.stop());

test('login: HELLO, then IDENTIFY with the token and only the Guilds intent, then READY', () => {
  expect(h.fake.identifies).toHaveLength(1);
  expect(h.fake.identifies[0]).toMatchObject({ token: TEST_TOKEN, intents: 1 });
  expect(h.bot.client.isReady()).toBe(true);
  expect(h.bot.client.user.id).toBe(h.fake.botUserId);
  expect(h.bot.client.application.id).toBe(h.fake.applicationId);
  expect(h.logs.records().find((r) => r.msg === 'logged in')).toMatchObject({
    level: 30,
    application: h.fake.applicationId,
    servers: 0,
  });
});

test('heartbeats keep coming, and each is acknowledged', async () => {
  const before = h.fake.heartbeats;
  await h.fake.until(() => h.fake.heartbeats >= before + 3, 'three more heartbeats');
  expect(h.fake.heartbeatAcks).toBe(h.fake.heartbeats);
});

test('a dropped connection is resumed with the same session, and the next interaction is answered', async () => {
  const [sessionId] = h.fake.sessionIds;
  h.fake.drop();
  await h.fake.until(() => h.fake.resumes.length === 1, 'a RESUME');
  expect(h.fake.resumes[0]).toMatchObject({ token: TEST_TOKEN, session_id: sessionId });
  expect(h.fake.identifies).toHaveLength(1);

  const exchange = await h.fake.send(slashCommand('help', {}, { applicationId: h.fake.applicationId }));
  expect(exchange.callback?.type).toBe(4);
  expect(h.fake.violations).toEqual([]);
  await h.fake.until(
    () => h.logs.records().some((r) => r.msg === 'gateway session resumed'),
    'the resume in the log',
  );
});
