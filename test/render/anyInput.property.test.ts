import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import { CATALOG } from '../../src/answers/catalog.js';
import { createQueryContext } from '../../src/query/queryContext.js';
import { renderForDiscord } from '../../src/render/discordRenderer.js';
import { decodePageId } from '../../src/render/pageId.js';
import { renderForTerminal } from '../../src/render/terminalRenderer.js';
import { miniContext } from '../answers/miniContext.js';
import { seedIndex } from '../helpers/buildFixture.js';
import { limitViolations } from './discordLimits.js';

const NASTY = [
  '',
  ' ',
  'x'.repeat(6000),
  '😀'.repeat(3000),
  '👩🏽‍🚀 🇯🇵',
  '**bold** __under__ ~~strike~~ ||spoiler|| `code` ```block```',
  '> quote\n# heading\n- list\n1. item',
  '@everyone @here <@123456789012345678> <@&1> <#1>',
  '^$.*+?()[]{}|\\ /(a+)+$/',
  '\'bessent !ishiba =akazawa ^trump .*$ | "deal"',
  '[click](https://evil.example) <https://evil.example>',
  '\u0000\u0007\u001b[31mred\u001b[0m\u200b\u202e',
  'bessent',
  'ishba',
];

const value = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const request = fc.constantFrom(...CATALOG).chain((spec) =>
  fc.record({
    command: fc.constant(spec.name),
    options: fc.record(Object.fromEntries(spec.options.map((o) => [o.name, value])), { requiredKeys: [] }),
    page: fc.integer({ min: -2, max: 30 }),
  }),
);

describe('any string option', () => {
  const contexts = [
    ['fixture index', miniContext()],
    ['seed index', createQueryContext(seedIndex())],
  ] as const;

  it.each(contexts)(
    'yields a valid answer whose Discord rendering stays inside every limit (%s)',
    (_, ctx) => {
      fc.assert(
        fc.property(request, ({ command, options, page }) => {
          const a = answer(ctx, command, options as Record<string, string>, new Date('2025-07-22T12:00:00Z'));
          expect(a.command).toBe(command);
          expect(Array.isArray(a.items)).toBe(true);
          expect(typeof renderForTerminal(a)).toBe('string');
          const reply = renderForDiscord(a, page);
          expect(limitViolations(reply)).toEqual([]);
          expect(reply.page).toBeGreaterThanOrEqual(0);
          expect(reply.page).toBeLessThan(reply.pageCount);
          expect(reply.ephemeral).toBe(a.items.length === 0);
          const serialised = JSON.stringify(reply.embeds);
          expect(serialised).not.toMatch(/@(everyone|here)|<@&?\d/);
          for (const row of reply.components) {
            for (const button of row.components) {
              const ref = decodePageId('custom_id' in button ? button.custom_id : '');
              expect(ref?.command).toBe(command);
            }
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});
