import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answers/answer.js';
import type { Answer, QuoteItem } from '../../src/answers/types.js';
import { renderForDiscord } from '../../src/render/discordRenderer.js';
import { decodePageId } from '../../src/render/pageId.js';
import { miniContext } from '../answers/miniContext.js';
import { limitViolations } from './discordLimits.js';

const NOW = new Date('2025-07-22T12:00:00Z');

const quote = (text: string, n: number): QuoteItem => ({
  kind: 'quote',
  speaker: 'Scott Bessent',
  speakerId: 'scott-bessent',
  text,
  partial: false,
  channel: null,
  reportedBy: null,
  articleId: 'a1',
  source: 'Tokyo Ledger',
  published: '2025-07-18',
  citations: [
    {
      articleId: `a${n}`,
      title: 't',
      source: 'Tokyo Ledger',
      published: '2025-07-18',
      url: 'https://news.example/a(1)',
      paraphrased: false,
    },
  ],
});

describe('renderForDiscord', () => {
  it('cites outlet, link and date as a Discord timestamp on every fact', () => {
    const reply = renderForDiscord(answer(miniContext(), 'quote', { speaker: 'bessent' }, NOW));
    expect(reply.embeds[0]!.fields).toEqual([
      {
        name: 'Scott Bessent',
        value:
          '“A good deal is more important than a rushed deal.”\n— [Tokyo Ledger](https://news.example/a1) · <t:1752840000:D>\n— Harbour Post · <t:1752926400:D>',
      },
      { name: 'Scott Bessent (fragment)', value: '“good”\n— Harbour Post · <t:1752926400:D>' },
    ]);
    expect([reply.ephemeral, reply.page, reply.pageCount, reply.components]).toEqual([false, 0, 1, []]);
  });

  it('shows deadline dates as absolute and relative timestamps, and spans as first and last day', () => {
    const fields = renderForDiscord(answer(miniContext(), 'deadline', {}, NOW)).embeds[0]!.fields!;
    expect(fields.map((f) => f.value.split('\n').find((l) => l.startsWith('**When:**')))).toEqual([
      '**When:** <t:1753099200:D> – <t:1753617600:D>, now',
      '**When:** <t:1754049600:D> (<t:1754049600:R>), upcoming',
      '**When:** <t:1753012800:D> (<t:1753012800:R>), passed',
      '**When:** <t:1746964800:D> – <t:1747742400:D>, passed',
    ]);
  });

  it('turns "nothing found" into an ephemeral reply that says what to try', () => {
    const reply = renderForDiscord(answer(miniContext(), 'tariff', { subject: 'steel' }, NOW));
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0]!.description).toBe(
      'The articles report no tariff on Steel. Subjects with a tariff: Autos, Reciprocal, Aluminum.\n**Try:** Autos, Reciprocal, Aluminum',
    );
    expect(reply.embeds[0]!.fields).toEqual([]);
  });

  it('neutralises markdown and mentions in echoed and quoted text', () => {
    const reply = renderForDiscord(
      answer(miniContext(), 'quote', { speaker: '**@everyone** <@123> [x](http://evil)' }, NOW),
    );
    const text = JSON.stringify(reply.embeds);
    expect(text).not.toMatch(/@everyone|<@1/);
    expect(reply.embeds[0]!.title).toBe(
      'Quotes from “\\*\\*@\u200beveryone\\*\\* <@\u200b123> \\[x](http://evil)”',
    );
  });

  it('pages long answers with Previous/Next buttons that carry the request', () => {
    const items = Array.from({ length: 12 }, (_, i) => quote(`Words number ${i} `.repeat(60), i));
    const long: Answer = {
      command: 'quote',
      options: { speaker: 'bessent', about: 'deal' },
      title: 'Quotes from Scott Bessent',
      items,
    };
    const first = renderForDiscord(long, 0);
    expect([first.page, first.pageCount]).toEqual([0, 3]);
    const [previous, next] = first.components[0]!.components;
    expect([previous!.disabled, next!.disabled]).toEqual([true, false]);
    expect(decodePageId('custom_id' in next! ? next.custom_id : '')).toEqual({
      command: 'quote',
      options: { speaker: 'bessent', about: 'deal' },
      page: 1,
    });
    const last = renderForDiscord(long, 99);
    expect([last.page, last.embeds[0]!.footer!.text]).toEqual([2, 'Page 3 of 3 · 12 results']);
    for (let p = 0; p < 3; p++) expect(limitViolations(renderForDiscord(long, p))).toEqual([]);
    // Link targets never break out of the markdown link.
    expect(first.embeds[0]!.fields![0]!.value).toContain('(https://news.example/a%281%29)');
  });

  it('keeps a single huge item inside the field limit', () => {
    const huge: Answer = {
      command: 'search',
      options: { query: 'x' },
      title: 'x'.repeat(400),
      items: [
        {
          kind: 'search',
          articleId: 'a1',
          paragraph: 0,
          text: '*_~`|'.repeat(2000),
          score: 1,
          citations: [],
        },
      ],
    };
    const reply = renderForDiscord(huge);
    expect(limitViolations(reply)).toEqual([]);
    expect(reply.embeds[0]!.title!.length).toBeLessThanOrEqual(256);
  });
});
