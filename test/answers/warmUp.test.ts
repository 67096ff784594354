import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import { warmUp, warmUpInBackground } from '../../src/answers/warmUp.js';
import { createQueryContext } from '../../src/query/queryContext.js';
import { seedIndex } from '../helpers/buildFixture.js';

const NOW = new Date('2025-07-20T00:00:00Z');
const fresh = () => createQueryContext(seedIndex());

describe('warming up the answer lists', () => {
  it('has one step per quoted speaker and per subject with tariffs', () => {
    const ctx = fresh();
    expect(warmUp(ctx)).toBe(ctx.quotesBySpeaker.size + ctx.subjects.withTariffs.length);
    expect(warmUp(createQueryContext({ ...seedIndex(), quotes: [], tariffs: [] }))).toBe(0);
  });

  it.each([
    ['quote', { speaker: 'bessent' }],
    ['quote', { speaker: 'ishiba', about: 'deal' }],
    ['tariff', { subject: 'autos' }],
    ['tariff', { subject: 'reciprocal' }],
  ] as const)('leaves /%s %j answering exactly as without it', (command, options) => {
    const cold = answer(fresh(), command, options, NOW);
    const warm = fresh();
    warmUp(warm);
    expect(answer(warm, command, options, NOW)).toEqual(cold);
    expect(cold.items.length).toBeGreaterThan(0);
  });

  it('runs every step in the background while the context is current', async () => {
    const ctx = fresh();
    await expect(warmUpInBackground(ctx, () => ctx)).resolves.toBe(warmUp(fresh()));
  });

  it('stops once another context replaces it', async () => {
    const ctx = fresh();
    let current = ctx;
    const running = warmUpInBackground(ctx, () => current);
    current = fresh();
    await expect(running).resolves.toBe(0);
  });
});
