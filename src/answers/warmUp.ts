/**
 * Works out ahead of time what the first question about each speaker or subject would otherwise
 * work out while the user waits: a speaker's quotes merged and ranked, a subject's tariffs merged
 * and sorted. In an index of 100,000 articles one such list takes tens of milliseconds, a first
 * question's whole budget. The bot answers at once after loading and warms up in the background,
 * one list at a time between interactions.
 */
import type { QueryContext } from '../query/queryContext.js';
import { rankedQuotesOf } from './quoteAnswer.js';
import { rememberedItems } from './tariffAnswer.js';

/** One step per speaker with quotes and per subject with tariffs; each yields when done. */
export function* warmUpSteps(ctx: QueryContext): Generator<void> {
  for (const speakerId of ctx.quotesBySpeaker.keys()) {
    rankedQuotesOf(ctx, speakerId);
    yield;
  }
  for (const subject of ctx.subjects.withTariffs) {
    rememberedItems(ctx, subject);
    yield;
  }
}

/** Every step now; returns how many there were. */
export function warmUp(ctx: QueryContext): number {
  let steps = 0;
  for (const _ of warmUpSteps(ctx)) steps++;
  return steps;
}

/**
 * The steps one at a time, each after the events already waiting (an interaction waits at most
 * one step). Stops early when `current()` is no longer this context: the index was replaced.
 */
export function warmUpInBackground(ctx: QueryContext, current: () => QueryContext): Promise<number> {
  const steps = warmUpSteps(ctx);
  let done = 0;
  return new Promise((resolve, reject) => {
    const next = () => {
      try {
        if (current() !== ctx || steps.next().done) return resolve(done);
        done++;
        setImmediate(next);
      } catch (error) {
        reject(error as Error);
      }
    };
    setImmediate(next);
  });
}
