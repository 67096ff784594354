/**
 * Two hundred interactions arriving at once, as after a popular message: every one is answered
 * within Discord's 3 s window (the fake enforces the deadline per interaction).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { autocomplete, slashCommand, type Place } from '../fakeDiscord/interactions.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

const PLACES: Place[] = ['guild', 'dm', 'user-app'];
const MIX = [
  (c: { applicationId: string; place: Place }) => slashCommand('quote', { speaker: 'bessent' }, c),
  (c: { applicationId: string; place: Place }) => slashCommand('tariff', { subject: 'autos' }, c),
  (c: { applicationId: string; place: Place }) => slashCommand('deadline', {}, c),
  (c: { applicationId: string; place: Place }) => slashCommand('who', { name: 'akazawa' }, c),
  (c: { applicationId: string; place: Place }) => autocomplete('tariff', { subject: 'st' }, 'subject', c),
];

test('200 interactions sent at once are all answered, each within 3 s', async () => {
  const payloads = Array.from({ length: 200 }, (_, i) =>
    MIX[i % MIX.length]!({ applicationId: h.fake.applicationId, place: PLACES[i % 3]! }),
  );
  const exchanges = await Promise.all(payloads.map((p) => h.fake.send(p)));
  expect(h.fake.violations).toEqual([]);
  expect(exchanges.filter((e) => e.final !== null)).toHaveLength(200);
  // Timed on purpose: the 3 s window is Discord's rule (the fake also refuses later answers).
  const slowest = Math.max(...exchanges.map((e) => e.callback!.ms));
  expect(slowest).toBeLessThan(3000);
  expect(new Set(exchanges.map((e) => e.callback!.type))).toEqual(new Set([4, 8]));
});
