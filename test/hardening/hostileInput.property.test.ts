/**
 * Whatever a keyboard (or a script) can put in a slash-command option, every command and every
 * option of the catalog answers: a valid Answer, a Discord reply that Discord accepts (the fake
 * Discord's own checks), user text echoed inert (no ping, no markdown of the user's), and no
 * runaway work. Autocomplete gets the same inputs and stays inside Discord's choice limits.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import { CATALOG, type CommandName, type CompletionKind } from '../../src/answers/catalog.js';
import { complete } from '../../src/answers/complete.js';
import type { Answer, AnswerItem } from '../../src/answers/types.js';
import { fitChoices } from '../../src/bot/reply.js';
import { createQueryContext, type QueryContext } from '../../src/query/queryContext.js';
import { renderForDiscord, type DiscordReply } from '../../src/render/discordRenderer.js';
import { inert } from '../../src/render/discordText.js';
import { renderForTerminal } from '../../src/render/terminalRenderer.js';
import { miniContext } from '../answers/miniContext.js';
import { checkChoices, checkMessage } from '../fakeDiscord/discordLimits.js';
import { seedIndex } from '../helpers/buildFixture.js';
import { limitViolations } from '../render/discordLimits.js';

/** User text that must never come out as it went in: each would ping, format or link. */
const RAW_MARKERS = [
  '@everyone',
  '@here',
  '<@123>',
  '<@!123>',
  '<@&123>',
  '**PWN**',
  '__PWN__',
  '~~PWN~~',
  '||PWN||',
  '`PWN`',
  '```',
  '[PWN](https://evil.example)',
];

const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff';
const RIGHT_TO_LEFT = '\u202e\u202b\u200f\u061c';

/** Pieces the generator strings together, besides arbitrary characters. */
const PIECES = [
  ...RAW_MARKERS,
  '```js\nconsole.log(1)\n```',
  '> quote\n',
  '# heading\n',
  '-# small\n',
  '- item\n',
  ZERO_WIDTH,
  RIGHT_TO_LEFT,
  'مرحبا',
  'שלום',
  '関税',
  '👩🏽‍🚀',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  // Regular-expression metacharacters and a classic catastrophic pattern.
  '^$.*+?()[]{}|\\',
  '(a+)+$',
  'a'.repeat(50),
  // fuse.js extended-search operators.
  '!',
  '^',
  '=',
  "'",
  '|',
  '!bessent',
  '^bes',
  '=akazawa',
  "'deal",
  'ishiba | trump',
  '.*$',
  '1234567890',
  '0',
  // Real values, so some answers find something.
  'bessent',
  'akazawa',
  'ishba',
  'autos',
  'steel',
  'tariff',
  'deal',
  'election',
  ' ',
];

/** Whole inputs worth trying every run. */
const FIXED = [
  '',
  ' ',
  '\u0000',
  'bess\u0000ent',
  '1234567890',
  '0',
  ZERO_WIDTH,
  `${RIGHT_TO_LEFT}bessent`,
  `bessent${ZERO_WIDTH}`,
  "!^='|",
  'x'.repeat(6000),
  '😀'.repeat(3000),
  '(a+)+$'.repeat(1000),
  `${'a'.repeat(5999)}!`,
  RAW_MARKERS.join(' '),
  // A bare link runs to the next space for escapeMarkdown, but Discord ends it at "<".
  '[PWN](https://evil.example)<@123>__PWN__**PWN**~~PWN~~||PWN||`PWN`@everyone',
];

const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 }));
/** Strings of 0 to 6000 characters, short ones most often. */
const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...FIXED) },
  { weight: 4, arbitrary: fc.string({ unit: piece, maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: piece, minLength: 300, maxLength: 1500 }).map((s) => s.slice(0, 6000)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6000 }) },
);

/** Every command with any subset of its options, each set to hostile text, and any page. */
const request = fc.constantFrom(...CATALOG).chain((spec) =>
  fc.record({
    command: fc.constant(spec.name),
    options: fc.record(Object.fromEntries(spec.options.map((o) => [o.name, text])), { requiredKeys: [] }),
    page: fc.integer({ min: -2, max: 30 }),
  }),
);

const KIND: Record<CommandName, AnswerItem['kind']> = {
  deadline: 'deadline',
  quote: 'quote',
  tariff: 'tariff',
  search: 'search',
  who: 'person',
  sources: 'source',
  help: 'help',
};

// A runaway regular expression takes seconds; any answer here takes milliseconds. Speed itself is
// measured by `npm run bench`, not asserted here: this bound only catches the catastrophic case.
const CATASTROPHIC_MS = 1000;
const slowest = { answerMs: 0, completeMs: 0 };
afterAll(() => {
  console.log(
    `slowest hostile input: answer and render ${slowest.answerMs.toFixed(1)} ms, autocomplete ${slowest.completeMs.toFixed(1)} ms`,
  );
});

function timed<T>(what: 'answerMs' | 'completeMs', run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  slowest[what] = Math.max(slowest[what], ms);
  expect(ms).toBeLessThan(CATASTROPHIC_MS);
  return result;
}

function expectValidAnswer(a: Answer, command: CommandName): void {
  const spec = CATALOG.find((c) => c.name === command)!;
  expect(a.command).toBe(command);
  expect(typeof a.title).toBe('string');
  expect(a.title.trim()).not.toBe('');
  // The options as understood: only the command's own, trimmed, without control characters, within length.
  for (const [name, value] of Object.entries(a.options)) {
    const option = spec.options.find((o) => o.name === name);
    expect(option).toBeDefined();
    expect(value).toBe(value.trim());
    expect(value).not.toBe('');
    // eslint-disable-next-line no-control-regex -- control characters are what must be gone
    expect(value).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(Array.from(value).length).toBeLessThanOrEqual(option!.maxLength);
  }
  for (const item of a.items) expect(item.kind).toBe(KIND[command]);
  if (a.items.length === 0) expect(`${a.message ?? ''}`.trim()).not.toBe('');
}

function expectAcceptedByDiscord(reply: DiscordReply): void {
  expect(limitViolations(reply)).toEqual([]);
  const body = {
    embeds: reply.embeds,
    components: reply.components,
    allowed_mentions: { parse: [], replied_user: false },
    flags: reply.ephemeral ? 64 : 0,
  };
  expect(checkMessage(JSON.parse(JSON.stringify(body)))).toEqual([]);
  expect(reply.page).toBeGreaterThanOrEqual(0);
  expect(reply.page).toBeLessThan(reply.pageCount);
}

/** Every string a reader sees in the reply. */
function shownText(reply: DiscordReply): string[] {
  return reply.embeds.flatMap((e) => [
    e.title ?? '',
    e.description ?? '',
    e.footer?.text ?? '',
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]);
}

/**
 * Where `marker` appears in `shown` as markdown: not after a backslash (a `\[` no longer opens a
 * link) and not inside a bare URL, which Discord turns into a link without formatting its inside
 * (and which discord.js's escapeMarkdown leaves alone so that the link still works).
 */
function rawAt(shown: string, marker: string): number[] {
  const urls = [...shown.matchAll(/https?:\/\/[^\s<]+/g)].map((m) => [m.index, m.index + m[0].length]);
  const found: number[] = [];
  for (let at = shown.indexOf(marker); at !== -1; at = shown.indexOf(marker, at + 1)) {
    const inUrl = urls.some(([start, end]) => at >= start! && at < end!);
    if (shown[at - 1] !== '\\' && !inUrl) found.push(at);
  }
  return found;
}

function expectInert(reply: DiscordReply): void {
  for (const shown of shownText(reply)) {
    expect(shown).not.toMatch(/@(everyone|here)|<@[!&]?\d+>/);
    for (const marker of RAW_MARKERS)
      expect({ marker, at: rawAt(shown, marker) }).toEqual({ marker, at: [] });
  }
}

const CONTEXTS: [string, QueryContext][] = [
  ['fixture index', miniContext()],
  ['seed index', createQueryContext(seedIndex())],
];
const NOW = new Date('2025-07-22T12:00:00Z');

describe.each(CONTEXTS)('hostile option values (%s)', (_, ctx) => {
  it('every command and option: a valid answer, accepted by Discord, echoed inert, no runaway work', () => {
    fc.assert(
      fc.property(request, ({ command, options, page }) => {
        const reply = timed('answerMs', () => {
          const a = answer(ctx, command, options as Record<string, string>, NOW);
          expectValidAnswer(a, command);
          expect(typeof renderForTerminal(a)).toBe('string');
          return renderForDiscord(a, page);
        });
        expectAcceptedByDiscord(reply);
        expectInert(reply);
      }),
      { numRuns: 250 },
    );
  });

  it.each(CATALOG.flatMap((spec) => spec.options.map((o) => [spec.name, o.name] as const)))(
    '/%s %s: each fixed hostile value, alone',
    (command, option) => {
      for (const value of FIXED) {
        const reply = timed('answerMs', () => {
          const a = answer(ctx, command, { [option]: value }, NOW);
          expectValidAnswer(a, command);
          return renderForDiscord(a);
        });
        expectAcceptedByDiscord(reply);
        expectInert(reply);
      }
    },
  );

  it.each(['speaker', 'subject', 'topic'] as CompletionKind[])(
    'autocomplete of %s: at most 25 choices, names of 1–100 characters, values of at most 100',
    (kind) => {
      fc.assert(
        fc.property(text, (typed) => {
          const choices = timed('completeMs', () => complete(ctx, kind, typed));
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThanOrEqual(1);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
          expect(checkChoices({ choices: fitChoices(choices) })).toEqual([]);
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('user text is echoed escaped, not dropped', () => {
  const ctx = createQueryContext(seedIndex());
  const HOSTILE = '**PWN** @everyone <@&123> `x`';
  const ESCAPED = '\\*\\*PWN\\*\\* @\u200beveryone <@\u200b&123> \\`x\\`';

  it.each<[CommandName, Record<string, string>, 'title' | 'description']>([
    ['deadline', { topic: HOSTILE }, 'title'],
    ['quote', { speaker: HOSTILE }, 'title'],
    ['tariff', { subject: HOSTILE }, 'title'],
    ['search', { query: HOSTILE }, 'title'],
    ['who', { name: HOSTILE }, 'title'],
    ['quote', { speaker: HOSTILE }, 'description'],
    ['who', { name: HOSTILE }, 'description'],
  ])('/%s %o shows the text, escaped, in the %s', (command, options, where) => {
    const reply = renderForDiscord(answer(ctx, command, options, NOW));
    expect(reply.embeds[0]![where]).toContain(`“${ESCAPED}”`);
    expectInert(reply);
  });

  it.each([
    ['[31m[PWN](https://evil.example)', '\\[31m\\[PWN](https://evil.example)'],
    ['[a][PWN](https://e.x)', '\\[a]\\[PWN](https://e.x)'],
    ['\\[PWN](https://e.x)', '\\\\\\[PWN](https://e.x)'],
    ['plain words', 'plain words'],
  ])('every "[" is escaped, so no masked link survives: %s', (typed, shown) => {
    expect(inert(typed)).toBe(shown);
  });

  it('the check catches raw user text (negative case)', () => {
    const raw: DiscordReply = {
      embeds: [{ title: `Search: “${HOSTILE}”` }],
      components: [],
      ephemeral: false,
      page: 0,
      pageCount: 1,
    };
    expect(() => expectInert(raw)).toThrow();
  });
});
