/**
 * Property tests draw their cases from one fixed seed, so `npm test` (and CI) gives the same
 * verdict on every run. `FC_SEED=random` explores new cases; `FC_SEED=<integer>` replays the seed a
 * failing run printed.
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20250722;

export function propertySeed(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  if (raw === 'random') return undefined;
  if (/^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw))) return Number(raw);
  throw new Error(
    `FC_SEED must be an integer or "random", not ${JSON.stringify(raw)}: unset it to use the fixed seed.`,
  );
}

const seed = propertySeed(process.env.FC_SEED);
if (seed !== undefined) fc.configureGlobal({ seed });
